// How fast deadlines are counted: 1,000,000 computations of mixed periods
// over the shipped calendar, on one core. Usage: huajie-bench-deadlines [--count N]

#include "calendar/holidaycalendar.h"
#include "deadline/deadlinecalculator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

using namespace huajie;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption count(QStringLiteral("count"), QStringLiteral("Computations."),
                                   QStringLiteral("N"), QStringLiteral("1000000"));
    parser.addOption(count);
    parser.addHelpOption();
    parser.process(app);
    const int n = parser.value(count).toInt();

    const HolidayCalendar &calendar = HolidayCalendar::shipped(); // loaded before timing
    const DeadlineCalculator calculator(calendar);
    const QDate today(2026, 11, 25);
    const QDate first(2007, 1, 1);
    const QList<DateRange> suspension{{QDate(2020, 6, 1), QDate(2020, 6, 20)}};
    qint64 checksum = 0;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < n; ++i) {
        DeadlineRequest request;
        request.start = first.addDays((i * 37) % 7300);
        request.period = {Period::Unit(i % 3), 1 + i % 30};
        if (i % 10 == 0)
            request.suspensions = suspension;
        request.extensionDays = i % 7 == 0 ? 30 : 0;
        checksum += calculator.compute(request, today).due.toJulianDay();
    }
    const double ms = timer.nsecsElapsed() / 1e6;
    std::printf("%d deadline computations in %.1f ms (budget 1000 ms) %s   [checksum %lld]\n", n,
                ms, ms <= 1000 ? "ok" : "OVER", static_cast<long long>(checksum));
    return 0;
}
