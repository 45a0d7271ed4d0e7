// The record's own integrity: each event fixes the rows it wrote, and
// verify() finds rows, users and settings changed behind the program's back,
// and events dated before the one they follow.
#include "clock.h"
#include "demo/demogenerator.h"
#include "store/recorddigest.h"
#include "store/schema.h"
#include "store/sqliteconnection.h"
#include "store/store.h"
#include "support/samplecase.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QTimeZone>

#include <catch2/catch.hpp>

using namespace huajie;

namespace {
struct RecordDesk
{
    test::TempDatabase file;
    std::unique_ptr<Store> store;
    qint64 caseId = 0;

    RecordDesk()
    {
        auto opened = Store::open(file.path(), StoreAccess::Create);
        REQUIRE(opened.ok());
        store = std::move(opened).value();
        REQUIRE(loadDemoData(*store, 30, 7, QDate::currentDate()).ok());
        auto c = store->cases().registerCase(test::sampleCase(), QDate::currentDate());
        REQUIRE(c.ok());
        caseId = c.value().id;
        REQUIRE(verify().intact());
    }

    // What someone with the file and sqlite3 does, the program's triggers dropped first.
    void insider(const QString &sql)
    {
        QSqlQuery q(store->connection());
        REQUIRE(q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'trigger' AND "
                                      "(name LIKE '%append_only%' OR name LIKE '%_kept_%' OR "
                                      "name LIKE '%receipt_once%')")));
        QStringList triggers;
        while (q.next())
            triggers.append(q.value(0).toString());
        for (const QString &t : std::as_const(triggers))
            REQUIRE(q.exec(QStringLiteral("DROP TRIGGER ") + t));
        for (const QString &statement : sql.split(QLatin1Char(';'), Qt::SkipEmptyParts))
            REQUIRE(q.exec(statement));
    }

    ChainVerification verify()
    {
        auto checked = store->events().verify();
        REQUIRE(checked.ok());
        return checked.value();
    }

    QString number() const { return store->cases().load(caseId).value().number; }

    // Exactly one finding, of rows, naming `subject`.
    void caught(const QString &subject)
    {
        const ChainVerification v = verify();
        REQUIRE(v.findings.size() == 1);
        CHECK(v.findings[0].kind == VerificationFinding::Kind::Rows);
        CHECK(v.findings[0].subject == subject);
        CHECK(v.findings[0].problem.contains(subject));
        CHECK(v.firstBroken() == 0); // the chain itself holds
    }
};
} // namespace

TEST_CASE("A case's rows changed by hand are found and the case named", "[record]")
{
    RecordDesk desk;
    const QString id = QString::number(desk.caseId);
    SECTION("its state")
    {
        desk.insider(QStringLiteral("UPDATE cases SET state = 'closed' WHERE id = ") + id);
    }
    SECTION("a party's ID number")
    {
        desk.insider(QStringLiteral("UPDATE parties SET id_number = '110101199003074514' WHERE "
                                    "case_id = %1 AND id_number <> ''")
                         .arg(id));
    }
    SECTION("a party deleted")
    {
        desk.insider(
            QStringLiteral("DELETE FROM parties WHERE id = (SELECT max(id) FROM parties WHERE "
                           "case_id = %1)")
                .arg(id));
    }
    SECTION("an agent's authority")
    {
        desk.insider(QStringLiteral("UPDATE agents SET authority = 'general' WHERE party_id IN "
                                    "(SELECT id FROM parties WHERE case_id = %1)")
                         .arg(id));
    }
    SECTION("its progress")
    {
        desk.insider(
            QStringLiteral(
                "UPDATE cases SET progress = '{\"closedOn\":\"2026-01-01\"}' WHERE id = ") +
            id);
    }
    desk.caught(desk.number());
}

TEST_CASE("A session, a document's row or a service changed by hand is found", "[record]")
{
    RecordDesk desk;
    QSqlQuery q(desk.store->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT c.number, s.id FROM sessions s JOIN cases c ON "
                                  "c.id = s.case_id ORDER BY s.id LIMIT 1")));
    REQUIRE(q.next());
    const QString number = q.value(0).toString();
    desk.insider(QStringLiteral("UPDATE sessions SET minutes_text = '另一份笔录' WHERE id = ") +
                 q.value(1).toString());
    desk.caught(number);
}

TEST_CASE("A case added or removed by hand is found", "[record]")
{
    RecordDesk desk;
    SECTION("added")
    {
        desk.insider(QStringLiteral(
            "INSERT INTO cases (number, year, sequence, source, state, registered_on, "
            "disputed_act, consent_date, consent_form) VALUES ('（2026）化解字第999号', 2026, 999, "
            "'direct', 'registered', '2026-11-01', '某行为', '2026-11-01', 'written')"));
        desk.caught(QStringLiteral("（2026）化解字第999号"));
    }
    SECTION("removed")
    {
        desk.insider(QStringLiteral("PRAGMA foreign_keys = OFF; DELETE FROM parties WHERE case_id "
                                    "= %1; DELETE FROM cases WHERE id = %1")
                         .arg(desk.caseId));
        const ChainVerification v = desk.verify();
        REQUIRE(v.findings.size() == 1);
        CHECK(v.findings[0].problem.contains(QStringLiteral("removed")));
    }
}

TEST_CASE("User management is events, and a user changed by hand is found", "[record]")
{
    RecordDesk desk;
    Accounts &accounts = desk.store->accounts();
    auto admin = accounts.add(QStringLiteral("admin"), QStringLiteral("管理员"),
                              Role::Administrator, QStringLiteral("a long secret 1"));
    REQUIRE(admin.ok());
    desk.store->signIn(admin.value());
    REQUIRE(accounts
                .add(QStringLiteral("wang"), QStringLiteral("王调解员"), Role::Mediator,
                     QStringLiteral("a long secret 2"))
                .ok());
    REQUIRE(accounts.setPassword(QStringLiteral("wang"), QStringLiteral("a long secret 3")).ok());
    REQUIRE(accounts.setActive(QStringLiteral("wang"), false).ok());
    REQUIRE(accounts.setActive(QStringLiteral("wang"), true).ok());
    REQUIRE(accounts.setLoginRequired(false).ok());
    CHECK(accounts.setPassword(QStringLiteral("nobody"), QStringLiteral("a long secret 4"))
              .error()
              .describe()
              .contains(QStringLiteral("nobody")));
    QSqlQuery q(desk.store->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT action, user FROM events WHERE case_id IS NULL ORDER BY "
                                  "sequence")));
    QStringList actions;
    QStringList users;
    while (q.next()) {
        actions.append(q.value(0).toString());
        users.append(q.value(1).toString());
    }
    // Who added the first user is the desk's login; then the administrator signed in.
    CHECK(users.mid(1) == QStringList(5, QStringLiteral("admin")));
    CHECK(actions == QStringList{QStringLiteral("add_user"), QStringLiteral("add_user"),
                                 QStringLiteral("set_password"), QStringLiteral("deactivate_user"),
                                 QStringLiteral("activate_user"),
                                 QStringLiteral("change_setting")});
    REQUIRE(desk.verify().intact());

    SECTION("a role")
    {
        desk.insider(
            QStringLiteral("UPDATE users SET role = 'administrator' WHERE login = 'wang'"));
        desk.caught(QStringLiteral("wang"));
    }
    SECTION("a password hash")
    {
        desk.insider(QStringLiteral("UPDATE users SET password_hash = (SELECT password_hash FROM "
                                    "users WHERE login = 'admin') WHERE login = 'wang'"));
        desk.caught(QStringLiteral("wang"));
    }
    SECTION("a user added")
    {
        desk.insider(QStringLiteral("INSERT INTO users (login, name, role, password_hash, "
                                    "created_at) SELECT 'mole', '内鬼', 'administrator', "
                                    "password_hash, created_at FROM users WHERE login = 'admin'"));
        desk.caught(QStringLiteral("mole"));
    }
    SECTION("a user removed")
    {
        desk.insider(QStringLiteral("DELETE FROM users WHERE login = 'wang'"));
        desk.caught(QStringLiteral("wang"));
    }
    SECTION("login_required")
    {
        desk.insider(
            QStringLiteral("UPDATE settings SET value = '1' WHERE key = 'login_required'"));
        const ChainVerification v = desk.verify();
        REQUIRE(v.findings.size() == 1);
        CHECK(v.findings[0].problem.contains(QStringLiteral("settings")));
    }
}

TEST_CASE("A setting added by hand, with no event of the settings, is found", "[record]")
{
    RecordDesk desk;
    desk.insider(
        QStringLiteral("INSERT INTO settings (key, value) VALUES ('login_required', '0')"));
    const ChainVerification v = desk.verify();
    REQUIRE(v.findings.size() == 1);
    CHECK(v.findings[0].problem.contains(QStringLiteral("settings")));
    // The settings saved through the program are an event, and verify passes again.
    REQUIRE(desk.store->settings()
                .setValue(CenterSetting::CenterName, QStringLiteral("石嘴山市行政争议协调化解中心"))
                .ok());
    CHECK(desk.verify().intact());
}

TEST_CASE("An event dated earlier than the one before it is flagged, a clock's small step back "
          "is not",
          "[record]")
{
    RecordDesk desk;
    const auto voidWithClock = [&](const QDateTime &at) {
        // The clock of the desk itself, set back.
        CaseEvent e;
        e.caseId = desk.caseId;
        e.at = at;
        e.user = QStringLiteral("someone");
        e.action = QStringLiteral("edit");
        REQUIRE(desk.store->events().append(e).ok());
    };
    const QDateTime last = desk.store->events().lastAt().value();
    SECTION("a minute back: a clock adjusted")
    {
        voidWithClock(last.addSecs(-60));
        CHECK(desk.verify().intact());
    }
    SECTION("a day back")
    {
        voidWithClock(last.addDays(-1));
        const ChainVerification v = desk.verify();
        REQUIRE(v.findings.size() == 1);
        CHECK(v.findings[0].kind == VerificationFinding::Kind::Time);
        CHECK(v.findings[0].sequence == desk.verify().eventCount);
    }
}

TEST_CASE("HUAJIE_TODAY is refused on a database with users, for writing and reading", "[record]")
{
    test::TempDatabase file;
    {
        auto store = Store::open(file.path(), StoreAccess::Create);
        REQUIRE(store.ok());
        qputenv("HUAJIE_TODAY", "2020-01-01");
        // Without users it is a demo desk: allowed.
        REQUIRE(Store::open(file.path(), StoreAccess::ReadOnly).ok());
        REQUIRE(store.value()
                    ->accounts()
                    .add(QStringLiteral("admin"), QStringLiteral("管理员"), Role::Administrator,
                         QStringLiteral("a long secret 1"))
                    .ok());
    }
    for (StoreAccess access : {StoreAccess::Write, StoreAccess::ReadOnly}) {
        auto refused = Store::open(file.path(), access);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().describe().contains(QStringLiteral("HUAJIE_TODAY")));
    }
    qunsetenv("HUAJIE_TODAY");
    auto store = Store::open(file.path());
    REQUIRE(store.ok());
    CHECK(store.value()->events().verify().value().intact());
}

TEST_CASE("Demo data added twice, and bulk imports, keep the log's times in order", "[record]")
{
    RecordDesk desk;
    REQUIRE(loadDemoData(*desk.store, 20, 8, QDate::currentDate()).ok());
    CHECK(desk.verify().intact());
}

TEST_CASE("One case's digest is its part of every case's", "[record]")
{
    RecordDesk desk;
    auto every = RecordDigest::ofEveryCase(desk.store->connection());
    REQUIRE(every.ok());
    CHECK(every.value().size() >= 31);
    for (auto it = every.value().cbegin(); it != every.value().cend(); ++it)
        CHECK(RecordDigest::ofCase(desk.store->connection(), it.key()).value() == it.value());
}

TEST_CASE("An upgraded database fixes the rows it had, and a later hand edit is found",
          "[record][migration]")
{
    test::TempDatabase file;
    {
        auto store = Store::open(file.path(), StoreAccess::Create);
        REQUIRE(store.ok());
        REQUIRE(store.value()->cases().registerCase(test::sampleCase(), test::kToday).ok());
        REQUIRE(store.value()
                    ->accounts()
                    .add(QStringLiteral("admin"), QStringLiteral("管理员"), Role::Administrator,
                         QStringLiteral("a long secret 1"))
                    .ok());
        // Back to version 11, as a database of the program before digests.
        QSqlQuery q(store.value()->connection());
        REQUIRE(q.exec(QStringLiteral("DROP TRIGGER events_are_append_only_delete")));
        REQUIRE(q.exec(QStringLiteral("DELETE FROM events")));
        REQUIRE(q.exec(QStringLiteral("DELETE FROM settings")));
        REQUIRE(q.exec(QStringLiteral("ALTER TABLE events DROP COLUMN digest")));
        // Nor the referral's dates and the end of the mediation (version 14).
        for (const char *sql : {"ALTER TABLE cases DROP COLUMN court_received_on",
                                "ALTER TABLE cases DROP COLUMN referred_on",
                                "ALTER TABLE case_facts DROP COLUMN mediation_ended"})
            REQUIRE(q.exec(QString::fromLatin1(sql)));
        REQUIRE(q.exec(QStringLiteral("CREATE TRIGGER events_are_append_only_delete BEFORE "
                                      "DELETE ON events BEGIN SELECT RAISE(ABORT, 'events are "
                                      "append-only'); END")));
        CaseEvent registered;
        registered.caseId = 1;
        registered.at = QDateTime::currentDateTimeUtc().addDays(-3);
        registered.user = QStringLiteral("张三");
        registered.action = QStringLiteral("register");
        registered.toState = QStringLiteral("registered");
        // An event as version 11 wrote it: no digest.
        registered.sequence = 1;
        registered.previousHash = EventLog::kGenesisHash;
        registered.at =
            QDateTime::fromString(registered.at.toString(Qt::ISODateWithMs), Qt::ISODateWithMs);
        q.prepare(QStringLiteral("INSERT INTO events (sequence, case_id, at, user, action, "
                                 "from_state, to_state, input, changes, previous_hash, hash) "
                                 "VALUES (1, 1, ?, ?, 'register', '', 'registered', '{}', '{}', "
                                 "?, ?)"));
        q.addBindValue(registered.at.toString(Qt::ISODateWithMs));
        q.addBindValue(registered.user);
        q.addBindValue(registered.previousHash);
        q.addBindValue(EventLog::computeHash(registered));
        REQUIRE(q.exec());
        REQUIRE(q.exec(QStringLiteral("INSERT INTO settings VALUES ('event_chain_head', '1:") +
                       EventLog::computeHash(registered) +
                       QStringLiteral("'), "
                                      "('center_name', '某中心')")));
        REQUIRE(sqlite::setSchemaVersion(store.value()->connection(), 11).ok());
    }
    auto store = Store::open(file.path());
    REQUIRE(store.ok());
    ChainVerification v = store.value()->events().verify().value();
    CHECK(v.intact());
    // The case, the user and the settings, each fixed by the upgrade.
    CHECK(v.eventCount == 4);
    CHECK(store.value()->cases().history(1).value().last().action == QStringLiteral("fix_record"));
    QSqlQuery q(store.value()->connection());
    REQUIRE(q.exec(QStringLiteral("UPDATE users SET role = 'mediator'")));
    REQUIRE(q.exec(QStringLiteral("UPDATE parties SET name = '李四' WHERE position = 0")));
    REQUIRE(
        q.exec(QStringLiteral("UPDATE settings SET value = '另一中心' WHERE key = 'center_name'")));
    v = store.value()->events().verify().value();
    CHECK(v.findings.size() == 3);
}
