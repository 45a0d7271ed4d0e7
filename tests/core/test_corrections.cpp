#include "deadline/casedeadlines.h"
#include "documents/documentcomposer.h"
#include "store/store.h"
#include "support/samplecase.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QTimeZone>

#include <catch2/catch.hpp>

using namespace huajie;

namespace {
const QString kWhy = QStringLiteral("日期录入错误");

QJsonObject json(const char *text)
{
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(text));
    REQUIRE(document.isObject());
    return document.object();
}

// A case registered on 2026-11-20, today the 25th.
struct Desk
{
    test::TempDatabase file;
    std::unique_ptr<Store> store;
    qint64 caseId = 0;

    Desk()
    {
        auto opened = Store::open(file.path(), StoreAccess::Create);
        REQUIRE(opened.ok());
        store = std::move(opened).value();
        caseId = store->cases().registerCase(test::sampleCase(), test::kToday).value().id;
    }

    CaseStore &cases() { return store->cases(); }

    void act(const char *action, const char *input)
    {
        auto moved =
            cases().transition(caseId, QString::fromLatin1(action), json(input), test::kToday);
        INFO(action << ": "
                    << (moved.ok() ? std::string() : moved.error().describe().toStdString()));
        REQUIRE(moved.ok());
    }

    CaseRecord record() { return cases().load(caseId).value(); }

    CaseDeadline deadline(const char *id)
    {
        const DeadlineSetup &setup = store->deadlineSetup();
        for (const CaseDeadline &d :
             evaluateDeadlines(record(), setup.profile, setup.calendar, test::kToday))
            if (d.rule.id == QLatin1String(id))
                return d;
        FAIL("no deadline " << id);
        return {};
    }

    QString refusal(const Result<CaseRecord> &result)
    {
        REQUIRE_FALSE(result.ok());
        return result.error().describe();
    }

    bool intact() { return store->events().verify().value().intact(); }
};
} // namespace

TEST_CASE("The last action is corrected through its own rules, with a reason", "[correction]")
{
    Desk desk;
    desk.act("notify_agency", R"({"dispatchedOn": "2026-11-21", "receivedOn": "2026-11-23"})");
    // Received on Monday the 23rd: the plan is due three working days later.
    CHECK(desk.deadline("D2").deadline.due == QDate(2026, 11, 26));

    // The corrected values are checked as the action checks them.
    CHECK(desk.refusal(desk.cases().correctLastAction(desk.caseId,
                                                      json(R"({"receivedOn": "2026-11-26"})"), kWhy,
                                                      test::kToday))
              .contains(QStringLiteral("future")));
    CHECK(desk.refusal(desk.cases().correctLastAction(desk.caseId,
                                                      json(R"({"dispatchedOn": "2026-11-19"})"),
                                                      kWhy, test::kToday))
              .contains(QStringLiteral("before the registration date")));
    CHECK(desk.refusal(desk.cases().correctLastAction(desk.caseId,
                                                      json(R"({"receivedOn": "2026-11-20"})"), kWhy,
                                                      test::kToday))
              .contains(QStringLiteral("before the notice was sent")));
    // A reason is required, and a correction must change something.
    CHECK(desk.refusal(desk.cases().correctLastAction(desk.caseId,
                                                      json(R"({"receivedOn": "2026-11-24"})"),
                                                      QStringLiteral("  "), test::kToday))
              .contains(QStringLiteral("is required")));
    CHECK(desk.refusal(desk.cases().correctLastAction(desk.caseId,
                                                      json(R"({"receivedOn": "2026-11-23"})"), kWhy,
                                                      test::kToday))
              .contains(QStringLiteral("nothing changes")));
    CHECK(desk.record().progress.noticeReceivedOn == QDate(2026, 11, 23));

    // Received on the 24th: the plan deadline moves with it.
    auto corrected = desk.cases().correctLastAction(
        desk.caseId, json(R"({"receivedOn": "2026-11-24"})"), kWhy, test::kToday);
    REQUIRE(corrected.ok());
    CHECK(corrected.value().progress.noticeReceivedOn == QDate(2026, 11, 24));
    CHECK(corrected.value().progress.noticeDispatchedOn == QDate(2026, 11, 21));
    CHECK(corrected.value().state == QStringLiteral("agency_notified"));
    CHECK(desk.deadline("D2").deadline.due == QDate(2026, 11, 27));

    // The correction is an event with who, when and why; the action's own event stays.
    const QList<CaseEvent> history = desk.cases().history(desk.caseId).value();
    REQUIRE(history.size() == 3);
    CHECK(history[1].action == QStringLiteral("notify_agency"));
    CHECK(history[1].input.value(QStringLiteral("receivedOn")).toString() ==
          QStringLiteral("2026-11-23"));
    const CaseEvent &e = history[2];
    CHECK(e.action == QStringLiteral("correct_action"));
    CHECK(e.input.value(QStringLiteral("reason")).toString() == kWhy);
    CHECK(e.input.value(QStringLiteral("event")).toInteger() == history[1].sequence);
    CHECK_FALSE(e.user.isEmpty());
    CHECK(desk.intact());

    // The form is prefilled from the values as corrected; null takes an optional one away.
    auto last = desk.cases().lastAction(desk.caseId);
    REQUIRE(last.ok());
    CHECK(last.value().input.value(QStringLiteral("receivedOn")).toString() ==
          QStringLiteral("2026-11-24"));
    REQUIRE(desk.cases()
                .correctLastAction(desk.caseId, json(R"({"receivedOn": null})"), kWhy, test::kToday)
                .ok());
    CHECK_FALSE(desk.record().progress.noticeReceivedOn.isValid());
    CHECK(desk.intact());
}

TEST_CASE("The last action is withdrawn, back to the state before it, unless something rests on "
          "it",
          "[correction]")
{
    Desk desk;
    desk.act("notify_agency", R"({"dispatchedOn": "2026-11-21", "receivedOn": "2026-11-23"})");
    desk.act("receive_plan", R"({"receivedOn": "2026-11-24", "summary": "方案",
        "mediators": [{"name": "王科长", "position": "法制科科长"}]})");
    CHECK(desk.deadline("D2").status == CaseDeadline::Status::Done);

    CHECK(desk.refusal(desk.cases().withdrawLastAction(desk.caseId, QString()))
              .contains(QStringLiteral("is required")));
    auto withdrawn = desk.cases().withdrawLastAction(desk.caseId, kWhy);
    REQUIRE(withdrawn.ok());
    CHECK(withdrawn.value().state == QStringLiteral("agency_notified"));
    CHECK_FALSE(withdrawn.value().progress.planReceivedOn.isValid());
    CHECK(withdrawn.value().progress.agencyMediators.isEmpty());
    CHECK(withdrawn.value().progress.noticeReceivedOn == QDate(2026, 11, 23));
    // The plan is due again (and overdue on the 25th? due the 26th: open).
    CHECK(desk.deadline("D2").status == CaseDeadline::Status::Open);
    const CaseEvent last = desk.cases().history(desk.caseId).value().last();
    CHECK(last.action == QStringLiteral("withdraw_action"));
    CHECK(last.fromState == QStringLiteral("plan_received"));
    CHECK(last.toState == QStringLiteral("agency_notified"));
    CHECK(last.input.value(QStringLiteral("reason")).toString() == kWhy);

    // The one before it is now the last that stands: corrected, then withdrawn too.
    REQUIRE(desk.cases()
                .correctLastAction(desk.caseId, json(R"({"receivedOn": "2026-11-22"})"), kWhy,
                                   test::kToday)
                .ok());
    auto again = desk.cases().withdrawLastAction(desk.caseId, kWhy);
    REQUIRE(again.ok());
    CHECK(again.value().state == QStringLiteral("registered"));
    CHECK(again.value().progress == CaseProgress{});
    CHECK(desk.refusal(desk.cases().withdrawLastAction(desk.caseId, kWhy))
              .contains(QStringLiteral("Nothing has been recorded")));
    CHECK(desk.intact());

    // Recorded again afresh, as if the withdrawn steps had not been.
    desk.act("notify_agency", R"({"dispatchedOn": "2026-11-24"})");
    CHECK(desk.record().progress.noticeDispatchedOn == QDate(2026, 11, 24));

    // A document issued after an action rests on it: no withdrawal, a correction still.
    REQUIRE(DocumentComposer(*desk.store)
                .issue(desk.record(), QStringLiteral("notice"), QDateTime::currentDateTimeUtc())
                .ok());
    const QString refused = desk.refusal(desk.cases().withdrawLastAction(desk.caseId, kWhy));
    CHECK(refused.contains(QStringLiteral("Recorded after it")));
    CHECK(refused.contains(QStringLiteral("issued on")));
    REQUIRE(desk.cases()
                .correctLastAction(desk.caseId, json(R"({"dispatchedOn": "2026-11-23"})"), kWhy,
                                   test::kToday)
                .ok());
    CHECK(desk.intact());
}

TEST_CASE("A session held after the last action keeps it from being corrected or withdrawn",
          "[correction][sessions]")
{
    Desk desk;
    REQUIRE(desk.store->directories()
                .save(DirectoryKind::Rooms, {0, {QStringLiteral("第一调解室")}})
                .ok());
    desk.act("notify_agency", R"({"dispatchedOn": "2026-11-21", "receivedOn": "2026-11-21"})");
    Session s;
    s.start = QDateTime(QDate(2026, 11, 24), QTime(9, 30));
    s.durationMinutes = 60;
    s.room = QStringLiteral("第一调解室");
    s.noticeOn = QDate(2026, 11, 20);
    auto scheduled = desk.store->sessions().schedule(desk.caseId, s, test::kToday);
    INFO((scheduled.ok() ? std::string() : scheduled.error().describe().toStdString()));
    REQUIRE(scheduled.ok());
    sessionjson::Outcome outcome;
    for (const Participant &p : scheduled.value().participants)
        outcome.attendance.append({p.name, true});
    outcome.minutes = QStringLiteral("双方陈述意见。");
    REQUIRE(desk.store->sessions().recordOutcome(scheduled.value().id, outcome, test::kToday).ok());

    const QString undo = desk.refusal(desk.cases().withdrawLastAction(desk.caseId, kWhy));
    CHECK(undo.contains(QStringLiteral("the session recorded on")));
    const QString correct = desk.refusal(desk.cases().correctLastAction(
        desk.caseId, json(R"({"receivedOn": "2026-11-22"})"), kWhy, test::kToday));
    CHECK(correct.contains(QStringLiteral("the session recorded on")));
    CHECK(desk.record().progress.noticeReceivedOn == QDate(2026, 11, 21));
}

TEST_CASE("A voided registration leaves the lists, keeps its number and history, and takes no "
          "action",
          "[correction][void]")
{
    Desk desk;
    const qint64 second = desk.cases().registerCase(test::sampleCase(), test::kToday).value().id;
    REQUIRE(desk.store->directories()
                .save(DirectoryKind::Rooms, {0, {QStringLiteral("第一调解室")}})
                .ok());
    Session s;
    s.start = QDateTime(QDate(2026, 11, 30), QTime(9, 30));
    s.durationMinutes = 60;
    s.room = QStringLiteral("第一调解室");
    s.noticeOn = QDate(2026, 11, 25);
    REQUIRE(desk.store->sessions().schedule(second, s, test::kToday).ok());

    CHECK(desk.refusal(desk.cases().voidCase(second, QString()))
              .contains(QStringLiteral("is required")));
    auto voided = desk.cases().voidCase(second, QStringLiteral("重复登记"));
    REQUIRE(voided.ok());
    CHECK(voided.value().voided);
    CHECK(voided.value().number == QStringLiteral("（2026）化解字第2号"));

    // The list keeps it, marked, for the filter that shows it; the deadlines and the
    // schedule do not; its room is free again.
    const QList<CaseSummary> rows = desk.cases().summaries().value();
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].voided);
    CHECK_FALSE(rows[1].voided);
    const QList<CaseRecord> open =
        desk.cases().casesInStates({QStringLiteral("registered")}).value();
    REQUIRE(open.size() == 1);
    CHECK(open[0].id == desk.caseId);
    CHECK(
        desk.store->sessions().between(QDate(2026, 11, 30), QDate(2026, 11, 30)).value().isEmpty());
    CHECK(desk.store->sessions().schedule(desk.caseId, s, test::kToday).ok());

    // Nothing more is done with it.
    const auto refusedVoid = [&](const Result<CaseRecord> &r) {
        CHECK(desk.refusal(r).contains(QStringLiteral("was voided")));
    };
    refusedVoid(desk.cases().transition(second, QStringLiteral("notify_agency"),
                                        json(R"({"dispatchedOn": "2026-11-24"})"), test::kToday));
    refusedVoid(desk.cases().updateCase(voided.value(), test::kToday));
    refusedVoid(desk.cases().withdrawLastAction(second, kWhy));
    refusedVoid(desk.cases().correctLastAction(second, {}, kWhy, test::kToday));
    refusedVoid(desk.cases().voidCase(second, kWhy));
    auto session = desk.store->sessions().schedule(second, s, test::kToday);
    REQUIRE_FALSE(session.ok());
    CHECK(session.error().describe().contains(QStringLiteral("was voided")));
    auto document =
        DocumentComposer(*desk.store)
            .issue(voided.value(), QStringLiteral("notice"), QDateTime::currentDateTimeUtc());
    REQUIRE_FALSE(document.ok());

    // Its number is never given again.
    const CaseRecord third = desk.cases().registerCase(test::sampleCase(), test::kToday).value();
    CHECK(third.number == QStringLiteral("（2026）化解字第3号"));

    // Its history tells it, with the reason; the log stays whole and append-only.
    const CaseEvent last = desk.cases().history(second).value().last();
    CHECK(last.action == QStringLiteral("void_registration"));
    CHECK(last.input.value(QStringLiteral("reason")).toString() == QStringLiteral("重复登记"));
    CHECK(desk.intact());
    QSqlQuery tamper(desk.store->connection());
    CHECK_FALSE(tamper.exec(QStringLiteral("UPDATE events SET input = '{}'")));
    CHECK_FALSE(tamper.exec(QStringLiteral("DELETE FROM events")));
    CHECK(desk.intact());
}
