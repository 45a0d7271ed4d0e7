#include "store/backups.h"
#include "store/eventlog.h"
#include "store/recorddigest.h"
#include "store/schema.h"
#include "store/sqliteconnection.h"
#include "store/store.h"
#include "support/samplecase.h"

#include <QSqlQuery>
#include <QTimeZone>

#include <catch2/catch.hpp>

using namespace huajie;

namespace {
// Rows as a database of each version held them, so that an upgrade can be
// seen to keep them. Version 0 is an empty file.
void fillVersion(const QSqlDatabase &db, int version)
{
    QSqlQuery q(db);
    if (version >= 1) {
        REQUIRE(
            q.exec(QStringLiteral("INSERT INTO agencies (id, name) VALUES (1, '石嘴山市公安局')")));
        REQUIRE(q.exec(QStringLiteral(
            "INSERT INTO cases (id, number, year, sequence, source, state, registered_on, "
            "disputed_act, consent_date, consent_form) VALUES (1, '（2025）化解字第1号', 2025, 1, "
            "'direct', 'registered', '2025-03-01', '行政处罚决定', '2025-03-01', "
            "'signed_consent')")));
        REQUIRE(q.exec(QStringLiteral(
            "INSERT INTO parties (id, case_id, position, role, kind, name) VALUES "
            "(1, 1, 0, 'applicant', 'person', '张三'), (2, 1, 1, 'agency', 'organisation', "
            "'石嘴山市公安局')")));
        REQUIRE(q.exec(QStringLiteral("UPDATE parties SET agency_id = 1, lead = 1 WHERE id = 2")));
        REQUIRE(q.exec(QStringLiteral(
            "UPDATE parties SET id_number = '11010519491231002X', phone = '13800000000' "
            "WHERE id = 1")));
        REQUIRE(q.exec(QStringLiteral("INSERT INTO agents (party_id, position, name, authority) "
                                      "VALUES (1, 0, '李律师', 'special')")));
    }
    // The document before the event, so that the event's digest covers it.
    if (version >= 5)
        REQUIRE(q.exec(QStringLiteral(
            "INSERT INTO documents (id, case_id, kind, year, sequence, number, html, sha256, "
            "issued_by, issued_at) VALUES (1, 1, 'notice', 2025, 1, '（2025）化解通字第1号', "
            "'<p>通知</p>', '', '张三', '2025-03-02T01:00:00.000Z')")));
    if (version >= 2) {
        CaseEvent registered;
        registered.caseId = 1;
        registered.at = QDateTime(QDate(2025, 3, 1), QTime(9, 0), QTimeZone::utc());
        registered.user = QStringLiteral("张三");
        registered.action = QStringLiteral("register");
        registered.toState = QStringLiteral("registered");
        REQUIRE(EventLog(db, version >= 12 ? EventLog::Format::WithDigests
                                           : EventLog::Format::BeforeDigests)
                    .append(registered)
                    .ok());
    }
}
} // namespace

TEST_CASE("A database of every earlier version is upgraded and keeps its data",
          "[store][migration]")
{
    for (int version = 0; version < schema::kCurrentVersion; ++version) {
        DYNAMIC_SECTION("from version " << version)
        {
            test::TempDatabase file;
            {
                auto db = sqlite::open(file.path(), QStringLiteral("old"));
                REQUIRE(db.ok());
                REQUIRE(schema::upgrade(db.value(), version).ok());
                REQUIRE(sqlite::schemaVersion(db.value()).value() == version);
                fillVersion(db.value(), version);
                db.value().close();
            }
            QSqlDatabase::removeDatabase(QStringLiteral("old"));

            auto store = Store::open(file.path(), StoreAccess::Create);
            REQUIRE(store.ok());
            CHECK(sqlite::schemaVersion(store.value()->connection()).value() ==
                  schema::kCurrentVersion);
            // The database as it was is kept before the upgrade.
            auto backups = Backups(file.path()).list();
            REQUIRE(backups.ok());
            CHECK(backups.value().size() == (version >= 1 ? 1 : 0));
            if (version >= 1) {
                CHECK(backups.value().first().reason == QStringLiteral("before-upgrade"));
                CHECK(Backups::check(backups.value().first().path).value() == version);
            }
            if (version >= 1) {
                auto kept =
                    store.value()->cases().loadByNumber(QStringLiteral("（2025）化解字第1号"));
                REQUIRE(kept.ok());
                CHECK(kept.value().parties.size() == 2);
                CHECK(kept.value().parties[1].lead);
                // From version 2 on, every case has its registration as an
                // event; from version 12 on, an event fixes its rows as they were.
                // A database of version 12 already had its digests.
                auto history = store.value()->cases().history(kept.value().id);
                REQUIRE(history.value().size() == (version >= 12 ? 1 : 2));
                CHECK(history.value()[0].action == QStringLiteral("register"));
                if (version < 12)
                    CHECK(history.value()[1].action == QStringLiteral("fix_record"));
                // No referral's dates were known before version 14.
                CHECK_FALSE(kept.value().referredOn.isValid());
                CHECK(store.value()->events().verify().value().intact());
                // Statistics read the case's facts, which the upgrade derives.
                QSqlQuery facts(store.value()->connection());
                REQUIRE(facts.exec(QStringLiteral(
                    "SELECT registered, source, concluded FROM case_facts WHERE case_id = 1")));
                REQUIRE(facts.next());
                CHECK(facts.value(0).toLongLong() == QDate(2025, 3, 1).toJulianDay());
                CHECK(facts.value(1).toString() == QStringLiteral("direct"));
                CHECK(facts.value(2).isNull());
                REQUIRE(facts.exec(QStringLiteral("UPDATE cases SET supervised = 1 WHERE id = 1")));
                REQUIRE(
                    facts.exec(QStringLiteral("SELECT flags FROM case_facts WHERE case_id = 1")));
                REQUIRE(facts.next());
                CHECK(facts.value(0).toInt() == 4);
                // The search finds the cases that were there, by any field.
                for (const char *text : {"张三", "19491231", "李律师", "3800000", "化解字第1号"}) {
                    INFO(text);
                    auto found = store.value()->cases().search().matching(QString::fromUtf8(text));
                    REQUIRE(found.ok());
                    CHECK(found.value() == QSet<qint64>{1});
                }
                // A voided case leaves the statistics' facts (version 10).
                REQUIRE(store.value()
                            ->cases()
                            .voidCase(kept.value().id, QStringLiteral("重复登记"))
                            .ok());
                REQUIRE(facts.exec(
                    QStringLiteral("SELECT count(*) FROM case_facts WHERE case_id = 1")));
                REQUIRE(facts.next());
                CHECK(facts.value(0).toInt() == 0);
                CHECK(store.value()->cases().loadByNumber(kept.value().number).value().voided);
            }
            // A document issued before anchors were printed has none (version 11).
            if (version >= 5) {
                auto document = store.value()->documents().load(1);
                REQUIRE(document.ok());
                CHECK_FALSE(document.value().anchor.has_value());
                CHECK(document.value().footnote().isEmpty());
            }
            // An event of the whole center has no case, and the chain still verifies.
            CaseEvent frozen;
            frozen.at = QDateTime::currentDateTimeUtc();
            frozen.user = QStringLiteral("张三");
            frozen.action = QStringLiteral("freeze_report");
            REQUIRE(store.value()->events().append(frozen).ok());
            CHECK(store.value()->events().verify().value().intact());
            // The upgraded database takes new cases.
            CHECK(store.value()->cases().registerCase(test::sampleCase(), test::kToday).ok());
        }
    }
}

TEST_CASE("A database from a newer program is refused and not damaged", "[store][migration]")
{
    test::TempDatabase file;
    {
        auto db = sqlite::open(file.path(), QStringLiteral("newer"));
        REQUIRE(db.ok());
        REQUIRE(sqlite::setSchemaVersion(db.value(), schema::kCurrentVersion + 1).ok());
        db.value().close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("newer"));
    auto store = Store::open(file.path(), StoreAccess::Create);
    REQUIRE_FALSE(store.ok());
    CHECK(store.error().message.contains(QStringLiteral("newer Huajie")));
}

TEST_CASE("A failed migration leaves the database at its old version", "[store][migration]")
{
    test::TempDatabase file;
    {
        auto db = sqlite::open(file.path(), QStringLiteral("blocked"));
        REQUIRE(db.ok());
        // A table in the way of version 1's first statement.
        QSqlQuery q(db.value());
        REQUIRE(q.exec(QStringLiteral("CREATE TABLE cases (x)")));
        REQUIRE_FALSE(schema::upgrade(db.value()).ok());
        CHECK(sqlite::schemaVersion(db.value()).value() == 0);
        REQUIRE(
            q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'settings'")));
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == 0);
        q.finish();
        db.value().close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("blocked"));
}

TEST_CASE("The upgrade to version 13 counts an agreement gone back on as its termination",
          "[store][migration]")
{
    test::TempDatabase file;
    auto db = sqlite::open(file.path(), QStringLiteral("v12"));
    REQUIRE(db.ok());
    REQUIRE(schema::upgrade(db.value(), 12).ok());
    fillVersion(db.value(), 1);
    QSqlQuery q(db.value());
    REQUIRE(q.exec(QStringLiteral(
        "UPDATE cases SET state = 'terminated', progress = '{\"agreementSignedOn\": "
        "\"2025-03-10\", \"agreementEffect\": \"on_condition\", \"terminatedOn\": \"2025-03-20\", "
        "\"terminationReason\": \"party_retracted\"}' WHERE id = 1")));
    const auto facts = [&] {
        REQUIRE(q.exec(QStringLiteral("SELECT concluded, agreement FROM case_facts")));
        REQUIRE(q.next());
        return std::pair{q.value(0).toLongLong(), q.value(1)};
    };
    // Version 12 took the signature for the outcome.
    CHECK(facts().first == QDate(2025, 3, 10).toJulianDay());
    REQUIRE(schema::upgrade(db.value()).ok());
    const auto [concluded, agreement] = facts();
    CHECK(concluded == QDate(2025, 3, 20).toJulianDay());
    CHECK(agreement.isNull());
    q.finish();
    db.value().close();
}

TEST_CASE("The referral's dates come with version 14, and verify finds them edited by hand",
          "[store][migration]")
{
    test::TempDatabase file;
    {
        auto db = sqlite::open(file.path(), QStringLiteral("old"));
        REQUIRE(db.ok());
        REQUIRE(schema::upgrade(db.value(), 12).ok());
        fillVersion(db.value(), 12);
        db.value().close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("old"));
    auto store = Store::open(file.path(), StoreAccess::Create);
    REQUIRE(store.ok());
    Store &s = *store.value();
    // A case from before knows neither date, and its rows still verify.
    const CaseRecord old = s.cases().loadByNumber(QStringLiteral("（2025）化解字第1号")).value();
    CHECK_FALSE(old.courtReceivedOn.isValid());
    CHECK_FALSE(old.referredOn.isValid());
    CHECK(s.events().verify().value().intact());
    // A new case keeps them.
    CaseRecord referred = test::sampleCase();
    referred.courtReceivedOn = QDate(2026, 11, 16);
    referred.referredOn = QDate(2026, 11, 19);
    const CaseRecord fresh = s.cases().registerCase(referred, test::kToday).value();
    const CaseRecord loaded = s.cases().load(fresh.id).value();
    CHECK(loaded.courtReceivedOn == QDate(2026, 11, 16));
    CHECK(loaded.referredOn == QDate(2026, 11, 19));
    CHECK(s.events().verify().value().intact());

    // Someone with sqlite3 writes a date into each: both are found.
    QSqlQuery q(s.connection());
    REQUIRE(q.exec(
        QStringLiteral("UPDATE cases SET referred_on = '2025-02-27' WHERE id = %1").arg(old.id)));
    REQUIRE(q.exec(QStringLiteral("UPDATE cases SET court_received_on = '2026-11-01' WHERE id = %1")
                       .arg(fresh.id)));
    const ChainVerification v = s.events().verify().value();
    CHECK_FALSE(v.intact());
    QStringList subjects;
    for (const VerificationFinding &f : v.findings)
        subjects.append(f.subject);
    CHECK(subjects.contains(old.number));
    CHECK(subjects.contains(fresh.number));
    // Cleared again, the old case is as its last event fixed it.
    REQUIRE(
        q.exec(QStringLiteral("UPDATE cases SET referred_on = NULL WHERE id = %1").arg(old.id)));
    REQUIRE(q.exec(QStringLiteral("UPDATE cases SET court_received_on = '2026-11-16' WHERE id = %1")
                       .arg(fresh.id)));
    CHECK(s.events().verify().value().intact());
}
