#include "store/store.h"
#include "support/samplecase.h"

#include <QJsonDocument>
#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace huajie;

namespace {
struct LoggedDesk
{
    test::TempDatabase file;
    std::unique_ptr<Store> store;

    LoggedDesk()
    {
        auto opened = Store::open(file.path(), StoreAccess::Create);
        REQUIRE(opened.ok());
        store = std::move(opened).value();
        for (int i = 0; i < 2; ++i) {
            auto c = store->cases().registerCase(test::sampleCase(), test::kToday);
            REQUIRE(c.ok());
            const auto input =
                QJsonDocument::fromJson(R"({"dispatchedOn": "2026-11-21"})").object();
            REQUIRE(
                store->cases()
                    .transition(c.value().id, QStringLiteral("notify_agency"), input, test::kToday)
                    .ok());
        }
    }

    // What someone with the database file and sqlite3 could do: the
    // append-only triggers go first.
    void tamper(const QString &sql)
    {
        QSqlQuery q(store->connection());
        REQUIRE(q.exec(QStringLiteral("DROP TRIGGER events_are_append_only_update")));
        REQUIRE(q.exec(QStringLiteral("DROP TRIGGER events_are_append_only_delete")));
        for (const QString &statement : sql.split(QLatin1Char(';'), Qt::SkipEmptyParts))
            REQUIRE(q.exec(statement));
    }

    ChainVerification verify()
    {
        auto checked = store->events().verify();
        REQUIRE(checked.ok());
        return checked.value();
    }
};
} // namespace

TEST_CASE("An untouched log verifies", "[events]")
{
    LoggedDesk desk;
    const ChainVerification v = desk.verify();
    CHECK(v.intact());
    CHECK(v.eventCount == 4);
}

TEST_CASE("The program cannot change or delete an event", "[events]")
{
    LoggedDesk desk;
    QSqlQuery q(desk.store->connection());
    CHECK_FALSE(q.exec(QStringLiteral("UPDATE events SET user = 'x' WHERE sequence = 1")));
    CHECK_FALSE(q.exec(QStringLiteral("DELETE FROM events WHERE sequence = 1")));
    CHECK(desk.verify().intact());
}

TEST_CASE("An edited event is found and named", "[events]")
{
    LoggedDesk desk;
    desk.tamper(QStringLiteral(
        "UPDATE events SET input = '{\"dispatchedOn\":\"2026-11-20\"}' WHERE sequence = 2"));
    const ChainVerification v = desk.verify();
    CHECK_FALSE(v.intact());
    CHECK(v.firstBroken() == 2);
    CHECK(v.findings.first().subject == QStringLiteral("（2026）化解字第1号"));
    CHECK(v.findings.first().problem.contains(QStringLiteral("changed")));
}

TEST_CASE("An edited user or time is found", "[events]")
{
    LoggedDesk desk;
    desk.tamper(QStringLiteral("UPDATE events SET user = 'someone else' WHERE sequence = 3"));
    CHECK(desk.verify().firstBroken() == 3);
}

TEST_CASE("A deleted event is found", "[events]")
{
    LoggedDesk desk;
    desk.tamper(QStringLiteral("DELETE FROM events WHERE sequence = 2"));
    const ChainVerification v = desk.verify();
    CHECK_FALSE(v.intact());
    CHECK(v.firstBroken() == 3);
    CHECK(v.findings.first().problem.contains(QStringLiteral("missing")));
}

TEST_CASE("A deleted last event is found", "[events]")
{
    LoggedDesk desk;
    desk.tamper(QStringLiteral("DELETE FROM events WHERE sequence = 4"));
    const ChainVerification v = desk.verify();
    CHECK_FALSE(v.intact());
    CHECK(v.findings.first().problem.contains(QStringLiteral("end")));
}

TEST_CASE("Reordered events are found", "[events]")
{
    LoggedDesk desk;
    // Swap the contents of events 2 and 3, keeping their places.
    desk.tamper(QStringLiteral("UPDATE events SET sequence = -2 WHERE sequence = 2;"
                               "UPDATE events SET sequence = 2 WHERE sequence = 3;"
                               "UPDATE events SET sequence = 3 WHERE sequence = -2"));
    const ChainVerification v = desk.verify();
    CHECK_FALSE(v.intact());
    CHECK(v.firstBroken() == 2);
}

TEST_CASE("An inserted event is found", "[events]")
{
    LoggedDesk desk;
    desk.tamper(QStringLiteral(
        "UPDATE events SET sequence = -sequence - 1 WHERE sequence >= 3;"
        "UPDATE events SET sequence = -sequence WHERE sequence < 0;"
        "INSERT INTO events SELECT 3, case_id, at, user, 'terminate', from_state, to_state, input, "
        "changes, previous_hash, hash, digest FROM events WHERE sequence = 2"));
    const ChainVerification v = desk.verify();
    CHECK_FALSE(v.intact());
    CHECK(v.firstBroken() == 3);
}

TEST_CASE("Registration, edits and actions are events with old and new values", "[events]")
{
    LoggedDesk desk;
    CaseRecord c = desk.store->cases().loadByNumber(QStringLiteral("（2026）化解字第1号")).value();
    c.claims = QStringLiteral("新的诉讼请求");
    REQUIRE(desk.store->cases().updateCase(c, test::kToday).ok());
    // Saving without a change writes no event.
    REQUIRE(desk.store->cases().updateCase(c, test::kToday).ok());
    const auto events = desk.store->cases().history(c.id).value();
    REQUIRE(events.size() == 3);
    CHECK(events[0].action == QStringLiteral("register"));
    CHECK(events[1].action == QStringLiteral("notify_agency"));
    CHECK(events[1].fromState == QStringLiteral("registered"));
    CHECK(events[1].toState == QStringLiteral("agency_notified"));
    CHECK(events[1]
              .changes.value(QStringLiteral("progress.noticeDispatchedOn"))
              .toObject()
              .value(QStringLiteral("new")) == QStringLiteral("2026-11-21"));
    CHECK(events[2].action == QStringLiteral("edit"));
    const QJsonObject claims = events[2].changes.value(QStringLiteral("dispute.claims")).toObject();
    CHECK(claims.value(QStringLiteral("old")) == QStringLiteral("撤销补偿决定；\n重新评估"));
    CHECK(claims.value(QStringLiteral("new")) == QStringLiteral("新的诉讼请求"));
    CHECK_FALSE(events[2].user.isEmpty());
    CHECK(desk.verify().intact());
}
