// How fast documents are made, on the demo database the case list bench
// makes: one notice filled and laid out as PDF (budget 150 ms), and 1,000
// notices issued in one batch with a PDF each (budget 60 s). Everything it
// issues is rolled back at the end, so the database stays as it was.
// Usage: huajie-bench-documents --db FILE [--batch N]

#include "clock.h"
#include "documents/documentbatch.h"
#include "documents/documentcomposer.h"
#include "documents/officiallayout.h"
#include "store/statement.h"
#include "store/store.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace huajie;

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption db(QStringLiteral("db"), QStringLiteral("Demo database."),
                                QStringLiteral("FILE"), QStringLiteral("bench-100k.sqlite"));
    const QCommandLineOption batch(QStringLiteral("batch"), QStringLiteral("Notices in the batch."),
                                   QStringLiteral("N"), QStringLiteral("1000"));
    parser.addOptions({db, batch});
    parser.addHelpOption();
    parser.process(app);
    auto opened = Store::open(parser.value(db));
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().describe()));
        return 1;
    }
    Store &store = *opened.value();
    QList<qint64> ids;
    QSqlQuery q(store.connection());
    q.exec(QStringLiteral("SELECT id FROM cases ORDER BY id DESC LIMIT %1")
               .arg(parser.value(batch).toInt()));
    while (q.next())
        ids.append(q.value(0).toLongLong());
    if (ids.isEmpty()) {
        std::fprintf(stderr, "no cases in %s\n", qPrintable(parser.value(db)));
        return 1;
    }
    TransactionGuard rolledBack(store.connection());

    // One document: the case read, the notice filled, laid out and written as PDF bytes.
    DocumentComposer composer(store);
    QList<double> singles;
    for (int i = 0; i < 21; ++i) {
        QElapsedTimer timer;
        timer.start();
        auto record = store.cases().load(ids.at(i % ids.size()));
        auto html = composer.preview(record.value(), QStringLiteral("notice"), Clock::today());
        auto pdf = OfficialLayout::pdf(html.value(), record.value().number);
        if (!pdf)
            return 1;
        singles.append(timer.nsecsElapsed() / 1e6);
    }
    const double first = singles.takeFirst(); // fonts are read on the first
    std::sort(singles.begin(), singles.end());
    const double median = singles.at(singles.size() / 2);
    std::printf("one notice to PDF: first %.1f ms, then median %.1f ms, slowest %.1f ms "
                "(budget 150 ms) %s\n",
                first, median, singles.last(), median <= 150 ? "ok" : "OVER");

    QTemporaryDir folder;
    QElapsedTimer timer;
    timer.start();
    const auto outcome =
        DocumentBatch::run(store, ids, QStringLiteral("notice"), folder.path(), Clock::now(), {});
    const double seconds = timer.nsecsElapsed() / 1e9;
    std::printf("batch: %d of %lld notices issued with their PDFs in %.1f s (budget 60 s) %s\n",
                outcome.issued, static_cast<long long>(ids.size()), seconds,
                seconds <= 60 && outcome.failures.isEmpty() ? "ok" : "OVER");
    for (const QString &failure : outcome.failures.mid(0, 5))
        std::printf("  not issued: %s\n", qPrintable(failure));
    return 0;
}
