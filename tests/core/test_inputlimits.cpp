#include "calendar/holidaycalendar.h"
#include "documents/documentcomposer.h"
#include "documents/documentlibrary.h"
#include "documents/officiallayout.h"
#include "io/boundedread.h"
#include "store/store.h"
#include "support/samplecase.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <functional>

using namespace huajie;
using huajie::test::kToday;
using huajie::test::sampleCase;
using huajie::test::TempDatabase;

namespace {
// Every row of every table, so that "nothing changed" means exactly that.
QString everything(const Store &store)
{
    QSqlQuery tables(store.connection());
    REQUIRE(tables.exec(
        QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")));
    QString all;
    while (tables.next()) {
        QSqlQuery rows(store.connection());
        REQUIRE(rows.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(tables.value(0).toString())));
        while (rows.next())
            for (int i = 0; i < rows.record().count(); ++i)
                all += rows.value(i).toString() + QLatin1Char('|');
    }
    return all;
}

struct Desk
{
    TempDatabase file;
    std::unique_ptr<Store> store = std::move(Store::open(file.path(), StoreAccess::Create).value());
    CaseRecord record;
    qint64 sessionId = 0;

    Desk()
    {
        REQUIRE(store->directories()
                    .save(DirectoryKind::Rooms, {0, {QStringLiteral("第一调解室")}})
                    .ok());
        record = store->cases().registerCase(sampleCase(), kToday).value();
        REQUIRE(store->cases()
                    .transition(record.id, QStringLiteral("notify_agency"),
                                {{QStringLiteral("dispatchedOn"), QStringLiteral("2026-11-21")},
                                 {QStringLiteral("receivedOn"), QStringLiteral("2026-11-23")}},
                                kToday)
                    .ok());
        Session s;
        s.start = QDateTime(QDate(2026, 11, 25), QTime(9, 0));
        s.room = QStringLiteral("第一调解室");
        s.noticeOn = QDate(2026, 11, 20);
        auto scheduled = store->sessions().schedule(record.id, s, kToday);
        REQUIRE(scheduled.ok());
        sessionId = scheduled.value().id;
    }

    QJsonObject plan(const QString &summary, const QString &mediator = QStringLiteral("刘明")) const
    {
        return {{QStringLiteral("receivedOn"), QStringLiteral("2026-11-24")},
                {QStringLiteral("summary"), summary},
                {QStringLiteral("mediators"),
                 QJsonArray{QJsonObject{{QStringLiteral("name"), mediator}}}}};
    }
};

struct Attempt
{
    const char *what;
    std::function<Result<void>(Desk &)> run;
    const char *named; // the field and limit (or character) the refusal names
};

template <typename T> Result<void> done(const Result<T> &r)
{
    if (!r)
        return r.error();
    return {};
}
} // namespace

TEST_CASE("Text beyond the case is refused naming the field and its limit, changing nothing",
          "[store][hostile]")
{
    const QString tooLong(10001, QChar(u'字'));
    const QString escape = QStringLiteral("方案\u001b[31m");
    const std::vector<Attempt> attempts{
        {"a plan summary of 10,001 characters",
         [&](Desk &d) {
             return done(d.store->cases().transition(d.record.id, QStringLiteral("receive_plan"),
                                                     d.plan(tooLong), kToday));
         },
         "10000"},
        {"an escape sequence in the plan summary",
         [&](Desk &d) {
             return done(d.store->cases().transition(d.record.id, QStringLiteral("receive_plan"),
                                                     d.plan(escape), kToday));
         },
         "U+001B"},
        {"a mediator's name of 201 characters",
         [&](Desk &d) {
             return done(d.store->cases().transition(
                 d.record.id, QStringLiteral("receive_plan"),
                 d.plan(QStringLiteral("方案"), QString(201, QChar(u'名'))), kToday));
         },
         "200"},
        {"a termination explanation of 900,000 characters",
         [&](Desk &d) {
             return done(d.store->cases().transition(
                 d.record.id, QStringLiteral("terminate"),
                 {{QStringLiteral("terminatedOn"), QStringLiteral("2026-11-24")},
                  {QStringLiteral("reason"), QStringLiteral("other")},
                  {QStringLiteral("text"), QString(900000, QChar(u'终'))}},
                 kToday));
         },
         "10000"},
        {"a correction reason with a control character",
         [&](Desk &d) {
             return done(
                 d.store->cases().withdrawLastAction(d.record.id, QStringLiteral("误录\u0001")));
         },
         "U+0001"},
        {"session minutes of 20,001 characters",
         [&](Desk &d) {
             sessionjson::Outcome outcome;
             outcome.minutes = QString(20001, QChar(u'录'));
             return done(d.store->sessions().recordOutcome(d.sessionId, outcome, kToday));
         },
         "20000"},
        {"a session cancelled with a reason of 2,001 characters",
         [&](Desk &d) {
             return done(d.store->sessions().cancel(d.sessionId, QString(2001, QChar(u'因'))));
         },
         "2000"},
        {"a session rescheduled into a room named with an escape",
         [&](Desk &d) {
             Rescheduling change;
             change.start = QDateTime(QDate(2026, 11, 26), QTime(9, 0));
             change.room = QStringLiteral("第一\u001b调解室");
             change.reason = QStringLiteral("改期");
             return done(d.store->sessions().reschedule(d.sessionId, change, kToday));
         },
         "U+001B"},
        {"a calendar day set with a reason of 2,001 characters",
         [&](Desk &d) {
             return d.store->calendar().setDay(QDate(2026, 12, 25), true, QStringLiteral("假"),
                                               QStringLiteral("王"), QString(2001, QChar(u'因')));
         },
         "2000"},
        {"a holiday named with an escape",
         [&](Desk &d) {
             return d.store->calendar().setDay(QDate(2026, 12, 25), true, escape,
                                               QStringLiteral("王"), QStringLiteral("本地假日"));
         },
         "U+001B"},
        {"a directory entry named in 201 characters",
         [&](Desk &d) {
             return done(d.store->directories().save(DirectoryKind::Agencies,
                                                     {0, {QString(201, QChar(u'局'))}}));
         },
         "200"},
        {"a center name of 201 characters",
         [&](Desk &d) {
             return d.store->settings().setValue(CenterSetting::CenterName,
                                                 QString(201, QChar(u'中')));
         },
         "200"},
        {"a number pattern with a control character",
         [&](Desk &d) {
             return d.store->settings().setValue(CenterSetting::RegistrationPattern,
                                                 QStringLiteral("（{year}）\u0007第{seq}号"));
         },
         "U+0007"},
    };
    for (const Attempt &attempt : attempts) {
        INFO(attempt.what);
        Desk desk;
        const QString before = everything(*desk.store);
        auto result = attempt.run(desk);
        REQUIRE_FALSE(result.ok());
        INFO(result.error().describe().toStdString());
        CHECK(result.error().describe().contains(QString::fromUtf8(attempt.named)));
        CHECK(result.error().describe().size() < 500);
        CHECK(everything(*desk.store) == before);
    }
}

TEST_CASE("A text at its limit is kept", "[store][hostile]")
{
    Desk desk;
    auto planned = desk.store->cases().transition(desk.record.id, QStringLiteral("receive_plan"),
                                                  desk.plan(QString(10000, QChar(u'字'))), kToday);
    REQUIRE(planned.ok());
    CHECK(planned.value().progress.planSummary.size() == 10000);
}

TEST_CASE("A document that cannot be delivered takes no number", "[documents][hostile]")
{
    Desk desk;
    DocumentComposer composer(*desk.store);
    const QDateTime at(kToday, QTime(10, 0));
    auto failed = composer.issue(desk.record, QStringLiteral("notice"), at,
                                 [](const IssuedDocument &) -> Result<void> {
                                     return Error{QStringLiteral("the printer is out of paper")};
                                 });
    REQUIRE_FALSE(failed.ok());
    CHECK(desk.store->documents().forCase(desk.record.id).value().isEmpty());
    QString delivered;
    auto issued = composer.issue(desk.record, QStringLiteral("notice"), at,
                                 [&](const IssuedDocument &d) -> Result<void> {
                                     delivered = d.number;
                                     return {};
                                 });
    REQUIRE(issued.ok());
    CHECK(issued.value().number == QStringLiteral("（2026）化解通字第1号"));
    CHECK(delivered == issued.value().number);
}

TEST_CASE("Files are read up to their cap and no further", "[io][hostile]")
{
    auto zero = readFileBounded(QStringLiteral("/dev/zero"), 1024);
    REQUIRE_FALSE(zero.ok());
    CHECK(zero.error().describe().contains(QStringLiteral("1 KB")));
    QTemporaryDir dir;
    QFile exact(dir.filePath(QStringLiteral("exact")));
    REQUIRE(exact.open(QIODevice::WriteOnly));
    exact.write(QByteArray(1024, 'x'));
    exact.close();
    CHECK(readFileBounded(exact.fileName(), 1024).value().size() == 1024);
    CHECK_FALSE(readFileBounded(exact.fileName(), 1023).ok());
}

TEST_CASE("A holiday file speaks of its own year and the New Year's run before it",
          "[calendar][hostile]")
{
    const auto file = [](const char *date, bool off) {
        return QStringLiteral(R"({"year": 2027, "papers": ["https://www.gov.cn/"], "days": [
            {"name": "元旦", "date": "2027-01-01", "isOffDay": true},
            {"name": "x", "date": "%1", "isOffDay": %2}]})")
            .arg(QString::fromLatin1(date), off ? QStringLiteral("true") : QStringLiteral("false"))
            .toUtf8();
    };
    HolidayCalendar calendar;
    auto other = calendar.addYear(file("2026-05-01", false));
    REQUIRE_FALSE(other.ok());
    CHECK(other.error().describe().contains(QStringLiteral("2026-05-01")));
    CHECK_FALSE(calendar.addYear(file("2028-01-01", false)).ok());
    CHECK_FALSE(calendar.addYear(file("2026-12-19", false)).ok());
    // The make-up working day of New Year's Day on the Sunday before it.
    REQUIRE(calendar.addYear(file("2026-12-27", false)).ok());
    CHECK_FALSE(calendar.isRestDay(QDate(2026, 12, 27)));
    QByteArray huge = file("2027-10-01", true);
    huge.insert(1, "\"pad\": \"" + QByteArray(HolidayCalendar::kMaxFileBytes, 'x') + "\", ");
    CHECK_FALSE(calendar.addYear(huge).ok());
    CHECK_FALSE(HolidayCalendar::readFile(QStringLiteral("/dev/zero")).ok());
}

TEST_CASE("A document beyond what lays out in seconds is refused naming the limit",
          "[documents][hostile]")
{
    QString nested = QStringLiteral("<h1>x</h1>");
    for (int i = 0; i < 5000; ++i)
        nested += QStringLiteral("<table><tr><td>");
    auto tables = OfficialLayout::pdf(nested, QStringLiteral("t"));
    REQUIRE_FALSE(tables.ok());
    CHECK(tables.error().describe().contains(QString::number(OfficialLayout::kMaxTableDepth)));
    auto paragraphs =
        OfficialLayout::pdf(QStringLiteral("<p>段</p>").repeated(300000), QStringLiteral("t"));
    REQUIRE_FALSE(paragraphs.ok());
    auto text = OfficialLayout::pdf(QString(5'000'000, QChar(u'字')), QStringLiteral("t"));
    REQUIRE_FALSE(text.ok());
    CHECK(text.error().describe().contains(QString::number(OfficialLayout::kMaxCharacters)));
    // Forms of a few nested tables, as the shipped templates have, still print.
    CHECK(OfficialLayout::pdf(QStringLiteral("<table><tr><td><table><tr><td>x</td></tr></table>"
                                             "</td></tr></table>"),
                              QStringLiteral("t"))
              .ok());
}

TEST_CASE("A PDF holds no image read from a local file", "[documents][hostile]")
{
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("secret.png"));
    QImage secret(7, 5, QImage::Format_RGB32);
    secret.fill(Qt::red);
    REQUIRE(secret.save(png));
    const QString html = QStringLiteral("<h1>x</h1><img src=\"%1\" width=\"100\" height=\"100\">"
                                        "<img src=\"file://%1\" width=\"100\" height=\"100\">")
                             .arg(png);
    auto pdf = OfficialLayout::pdf(html, QStringLiteral("t"));
    REQUIRE(pdf.ok());
    // The image's own size would stand in the PDF's image dictionary.
    CHECK_FALSE(pdf.value().contains("/Width 7"));
}

TEST_CASE("A template that links out of the templates folder is refused", "[documents][hostile]")
{
    QStandardPaths::setTestModeEnabled(true);
    const QString folder = DocumentLibrary::userFolder();
    REQUIRE(QDir().mkpath(folder));
    const QString path = QDir(folder).filePath(QStringLiteral("notice.html"));
    QFile::remove(path);
    REQUIRE(QFile::link(QStringLiteral("/etc/passwd"), path));
    auto loaded = DocumentLibrary::load(QStringLiteral("notice"));
    QFile::remove(path);
    QStandardPaths::setTestModeEnabled(false);
    REQUIRE_FALSE(loaded.ok());
    CHECK(loaded.error().describe().contains(path));
}

TEST_CASE("A holiday file kept before its year was checked does not keep the desk from opening",
          "[calendar][hostile]")
{
    TempDatabase file;
    {
        auto store = std::move(Store::open(file.path(), StoreAccess::Create).value());
        QSqlQuery insert(store->connection());
        REQUIRE(insert.exec(QStringLiteral(
            R"(INSERT INTO calendar_changes (at, user, reason, kind, name, data) VALUES
               ('2026-11-01T00:00:00.000Z', '王', '导入', 'import', '2027',
                '{"year": 2027, "papers": ["x"], "days": [{"date": "2026-05-01", "isOffDay": false}]}'))")));
    }
    auto reopened = Store::open(file.path());
    REQUIRE(reopened.ok());
    CHECK(reopened.value()->deadlineSetup().calendar.isRestDay(QDate(2026, 5, 1)));
}
