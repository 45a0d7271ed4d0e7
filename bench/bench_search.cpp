// How fast a case is found from what a caller gives, over many cases: the
// trigram index (CaseSearch) against a plain SQL scan of the same rows
// (every case's text built from its parties and agents and searched with
// instr), in the same run, on a copy of the database (upgraded if older),
// and the index built anew, as the upgrade does. Both must find the same
// cases.
// Usage: huajie-bench-search [--db FILE] [--runs N]

#include "store/casesearch.h"
#include "store/statement.h"
#include "store/store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace huajie;

namespace {
double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values[values.size() / 2];
}

// One value of a row picked in the middle of the table, for a realistic query.
QString sample(const QSqlDatabase &db, const QString &sql)
{
    Statement query(db, sql);
    if (!query.exec() || !query.next())
        return {};
    return query.value(0).toString();
}

// The anchor: the same text, built from the tables for every case and scanned.
QSet<qint64> scan(const QSqlDatabase &db, const QString &text)
{
    QStringList conditions;
    const QStringList words = CaseSearch::words(text);
    for (qsizetype i = 0; i < words.size(); ++i)
        conditions.append(QStringLiteral("instr(lower(text), lower(?)) > 0"));
    Statement query(db, QStringLiteral("SELECT case_id FROM case_search_source WHERE %1")
                            .arg(conditions.join(QStringLiteral(" AND "))));
    for (const QString &word : words)
        query.bind(word);
    QSet<qint64> ids;
    if (query.exec())
        while (query.next())
            ids.insert(query.value(0).toLongLong());
    return ids;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption db(QStringLiteral("db"), QStringLiteral("Database (not changed)."),
                                QStringLiteral("FILE"), QStringLiteral("bench-100k.sqlite"));
    const QCommandLineOption runs(QStringLiteral("runs"), QStringLiteral("Runs."),
                                  QStringLiteral("N"), QStringLiteral("7"));
    parser.addOptions({db, runs});
    parser.addHelpOption();
    parser.process(app);

    QTemporaryDir folder;
    const QString copy = folder.filePath(QStringLiteral("bench.sqlite"));
    if (!QFile::exists(parser.value(db)) || !QFile::copy(parser.value(db), copy)) {
        std::fprintf(stderr, "cannot copy %s (make it with scripts/bench.sh)\n",
                     qPrintable(parser.value(db)));
        return 1;
    }
    QElapsedTimer opening;
    opening.start();
    auto store = Store::open(copy);
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(store.error().describe()));
        return 1;
    }
    const double openMs = opening.nsecsElapsed() / 1e6;
    const QSqlDatabase &connection = store.value()->connection();
    const int cases = store.value()->cases().count().value();

    // What callers give, taken from a case in the middle of the database.
    const QString middle = QStringLiteral(" FROM parties p JOIN cases c ON c.id = p.case_id "
                                          "WHERE c.id >= (SELECT max(id) / 2 FROM cases) AND ");
    const QString id = sample(connection, QStringLiteral("SELECT p.id_number") + middle +
                                              QStringLiteral("p.id_number <> '' LIMIT 1"));
    const QString code = sample(connection, QStringLiteral("SELECT p.credit_code") + middle +
                                                QStringLiteral("p.credit_code <> '' LIMIT 1"));
    const QString phone = sample(connection, QStringLiteral("SELECT p.phone") + middle +
                                                 QStringLiteral("p.phone <> '' LIMIT 1"));
    const QString name = sample(connection, QStringLiteral("SELECT p.name") + middle +
                                                QStringLiteral("p.role = 'applicant' AND "
                                                               "p.kind = 'person' LIMIT 1"));
    const QString agent =
        sample(connection, QStringLiteral("SELECT a.name FROM agents a JOIN parties p ON p.id = "
                                          "a.party_id WHERE p.case_id >= (SELECT max(id) / 2 FROM "
                                          "cases) LIMIT 1"));
    const QString number = sample(connection, QStringLiteral("SELECT number FROM cases WHERE id = "
                                                             "(SELECT max(id) / 2 FROM cases)"));
    const struct
    {
        const char *what;
        QString text;
    } queries[] = {
        {"part of an ID number (8 digits)", id.mid(6, 8)},
        {"a whole ID number", id},
        {"part of a credit code", code.mid(8, 8)},
        {"part of a phone (7 digits)", phone.right(7)},
        {"an agent's name", agent},
        {"a two-character name", name.left(2)},
        {"one character", name.left(1)},
        {"a registration number", number},
        {"an agency, on many cases", QStringLiteral("自然资源局")},
        {"two words: a name and an agency", name.left(2) + QStringLiteral(" 人民政府")},
    };

    std::printf("%d cases in %s; opened and upgraded in %.1f ms\n", cases,
                qPrintable(parser.value(db)), openMs);
    std::printf("%-36s %7s %10s %10s %8s\n", "query", "found", "index ms", "scan ms", "ratio");
    const CaseSearch search = store.value()->cases().search();
    bool same = true;
    for (const auto &q : queries) {
        QList<double> indexed;
        QList<double> scanned;
        QSet<qint64> found;
        QSet<qint64> anchor;
        for (int i = 0; i < parser.value(runs).toInt(); ++i) {
            QElapsedTimer timer;
            timer.start();
            auto ids = search.matching(q.text);
            indexed.append(timer.nsecsElapsed() / 1e6);
            if (!ids) {
                std::fprintf(stderr, "%s\n", qPrintable(ids.error().describe()));
                return 1;
            }
            found = ids.value();
            timer.restart();
            anchor = scan(connection, q.text);
            scanned.append(timer.nsecsElapsed() / 1e6);
        }
        same = same && found == anchor;
        std::printf("%-36s %7lld %10.1f %10.1f %7.1fx %s\n", q.what, qlonglong(found.size()),
                    median(indexed), median(scanned), median(scanned) / median(indexed),
                    found == anchor ? "" : "DIFFERENT");
    }

    // What the upgrade to schema 9 does on an existing database: the index
    // built from every case's rows.
    QElapsedTimer building;
    if (!execute(connection, QStringLiteral("DELETE FROM case_search")))
        return 1;
    building.start();
    if (!execute(connection, QStringLiteral("INSERT INTO case_search (rowid, text) "
                                            "SELECT case_id, text FROM case_search_source")))
        return 1;
    std::printf("%-36s %9.1f ms\n", "index built from every case", building.nsecsElapsed() / 1e6);
    return same ? 0 : 1;
}
