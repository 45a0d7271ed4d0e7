// How fast the monthly report is counted over many cases: the month with
// the month before it and the year to date, breakdowns, lists and balance.
// Works on a copy of the database, which it upgrades.
// Usage: huajie-bench-statistics [--db FILE] [--month YYYY-MM] [--runs N]

#include "clock.h"
#include "statistics/reportbuilder.h"
#include "store/store.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace huajie;

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption db(QStringLiteral("db"), QStringLiteral("Database (not changed)."),
                                QStringLiteral("FILE"), QStringLiteral("bench-100k.sqlite"));
    const QCommandLineOption month(QStringLiteral("month"),
                                   QStringLiteral("The month (default: the one before today's)."),
                                   QStringLiteral("YYYY-MM"));
    const QCommandLineOption runs(QStringLiteral("runs"), QStringLiteral("Runs."),
                                  QStringLiteral("N"), QStringLiteral("7"));
    parser.addOptions({db, month, runs});
    parser.addHelpOption();
    parser.process(app);

    QTemporaryDir folder;
    const QString copy = folder.filePath(QStringLiteral("bench.sqlite"));
    if (!QFile::exists(parser.value(db)) || !QFile::copy(parser.value(db), copy)) {
        std::fprintf(stderr, "cannot copy %s (make it with scripts/bench.sh)\n",
                     qPrintable(parser.value(db)));
        return 1;
    }
    auto store = Store::open(copy);
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(store.error().describe()));
        return 1;
    }
    const QDate today = Clock::today();
    const QDate before = today.addMonths(-1);
    const auto period = parser.isSet(month)
                            ? ReportPeriod::fromKey(parser.value(month))
                            : std::optional(ReportPeriod::month(before.year(), before.month()));
    if (!period || period->kind != ReportPeriod::Kind::Month) {
        std::fprintf(stderr, "--month takes YYYY-MM\n");
        return 2;
    }

    const ReportBuilder builder(*store.value());
    QList<double> times;
    QList<double> cpuTimes; // on a busy machine, what the report itself took of the processor
    int count = 0;
    for (int i = 0; i < parser.value(runs).toInt(); ++i) {
        QElapsedTimer timer;
        timer.start();
        const std::clock_t cpu = std::clock();
        auto report = builder.build(*period, today);
        times.append(timer.nsecsElapsed() / 1e6);
        cpuTimes.append(1000.0 * double(std::clock() - cpu) / CLOCKS_PER_SEC);
        if (!report) {
            std::fprintf(stderr, "%s\n", qPrintable(report.error().describe()));
            return 1;
        }
        count = report.value().current.newCases;
    }
    std::sort(times.begin(), times.end());
    std::sort(cpuTimes.begin(), cpuTimes.end());
    const double median = times.isEmpty() ? 0 : times[times.size() / 2];
    const double cpuMedian = cpuTimes.isEmpty() ? 0 : cpuTimes[cpuTimes.size() / 2];
    std::printf("monthly report %s over %s: %d new cases\n", qPrintable(period->key()),
                qPrintable(parser.value(db)), count);
    std::printf("%-44s %9.1f ms   (budget %.0f ms) %s\n", "monthly report, median", median, 300.0,
                median <= 300 ? "ok" : "OVER");
    std::printf("%-44s %9.1f ms\n", "  of which processor time, median", cpuMedian);
    return 0;
}
