#include "deadline/casedeadlines.h"
#include "documents/documentcomposer.h"
#include "domain/vocabulary.h"
#include "sessions/icalendarexport.h"
#include "store/store.h"
#include "support/samplecase.h"

#include <QJsonDocument>
#include <QTimeZone>

#include <catch2/catch.hpp>

#include <libical/ical.h>

using namespace huajie;

namespace {
const QDate kToday(2026, 11, 25);

struct SessionDesk
{
    test::TempDatabase file;
    std::unique_ptr<Store> store;
    qint64 caseId = 0;
    qint64 otherId = 0;

    SessionDesk()
    {
        auto opened = Store::open(file.path(), StoreAccess::Create);
        REQUIRE(opened.ok());
        store = std::move(opened).value();
        for (const char *room : {"第一调解室", "第二调解室"})
            REQUIRE(store->directories()
                        .save(DirectoryKind::Rooms, {0, {QString::fromUtf8(room)}})
                        .ok());
        caseId = store->cases().registerCase(test::sampleCase(), kToday).value().id;
        CaseRecord other = test::sampleCase();
        other.leadMediator = QStringLiteral("孙丽萍");
        other.judge.clear();
        other.procurator.clear();
        otherId = store->cases().registerCase(other, kToday).value().id;
    }

    Result<Session> schedule(qint64 id, const char *start, const char *room = "第一调解室")
    {
        return store->sessions().schedule(id, session(start, room), kToday);
    }

    Rescheduling move(const char *start, const char *reason = "申请人住院，改期") const
    {
        Rescheduling change;
        change.start =
            QDateTime::fromString(QString::fromLatin1(start), QStringLiteral("yyyy-MM-ddTHH:mm"));
        change.reason = QString::fromUtf8(reason);
        return change;
    }

    Session session(const char *start, const char *room = "第一调解室", int minutes = 90) const
    {
        Session s;
        s.start =
            QDateTime::fromString(QString::fromLatin1(start), QStringLiteral("yyyy-MM-ddTHH:mm"));
        s.durationMinutes = minutes;
        s.room = QString::fromUtf8(room);
        s.noticeOn = QDate(2026, 11, 20);
        return s;
    }
};
} // namespace

TEST_CASE("A session is scheduled with the case's usual participants", "[sessions]")
{
    SessionDesk desk;
    auto scheduled =
        desk.store->sessions().schedule(desk.caseId, desk.session("2026-11-30T09:30"), kToday);
    INFO((scheduled.ok() ? std::string() : scheduled.error().describe().toStdString()));
    REQUIRE(scheduled.ok());
    QStringList names;
    for (const Participant &p : scheduled.value().participants)
        names.append(p.name);
    CHECK(names.contains(QStringLiteral("张三")));
    CHECK(names.contains(QStringLiteral("李律师")));
    CHECK(names.contains(QStringLiteral("赵志明")));
    CHECK(names.contains(QStringLiteral("马立新")));
    CHECK(scheduled.value().room == QStringLiteral("第一调解室"));
    CHECK(desk.store->sessions().between(QDate(2026, 11, 30), QDate(2026, 11, 30)).value().size() ==
          1);
    CHECK(desk.store->cases().history(desk.caseId).value().last().action ==
          QStringLiteral("schedule_session"));
}

TEST_CASE("A room or a person booked twice at the same time is refused with the clash named",
          "[sessions]")
{
    SessionDesk desk;
    REQUIRE(desk.store->sessions()
                .schedule(desk.caseId, desk.session("2026-11-30T09:30"), kToday)
                .ok());
    // The same room, overlapping: refused, naming the other case and time.
    auto clash =
        desk.store->sessions().schedule(desk.otherId, desk.session("2026-11-30T10:30"), kToday);
    REQUIRE_FALSE(clash.ok());
    CHECK(clash.error().message.contains(
        QStringLiteral("第一调解室 is booked for （2026）化解字第1号")));
    CHECK(clash.error().message.contains(QStringLiteral("09:30 to 11:00")));
    // Right after it: no clash.
    CHECK(desk.store->sessions()
              .schedule(desk.otherId, desk.session("2026-11-30T11:00"), kToday)
              .ok());
    // Another room, but the same judge in both sessions.
    Session judged = desk.session("2026-11-30T10:00", "第二调解室", 30);
    judged.participants = {
        {QStringLiteral("judge"), QStringLiteral("马立新"), QString(), std::nullopt},
        {QStringLiteral("lead_mediator"), QStringLiteral("孙丽萍"), QString(), std::nullopt}};
    auto busy = desk.store->sessions().schedule(desk.otherId, judged, kToday);
    REQUIRE_FALSE(busy.ok());
    CHECK(busy.error().message.contains(
        QStringLiteral("马立新 is in the session of （2026）化解字第1号")));
    CHECK(desk.store->sessions().between(QDate(2026, 11, 30), QDate(2026, 11, 30)).value().size() ==
          2);
}

TEST_CASE("Notice lead time is counted with the calendar and a shorter one needs a reason",
          "[sessions]")
{
    SessionDesk desk;
    // Notified on Friday 2026-11-20: three days end on Monday the 23rd.
    CHECK(desk.store->sessions().earliestDay(QDate(2026, 11, 20)) == QDate(2026, 11, 23));
    // Across National Day 2025: notified 09-28, three days end in the holiday, so 10-09.
    CHECK(desk.store->sessions().earliestDay(QDate(2025, 9, 28)) == QDate(2025, 10, 9));
    Session soon = desk.session("2026-11-26T09:00");
    soon.noticeOn = QDate(2026, 11, 25);
    auto refused = desk.store->sessions().schedule(desk.caseId, soon, kToday);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("no earlier than 2026-11-30")));
    soon.shortNoticeReason = QStringLiteral("各方同意提前");
    CHECK(desk.store->sessions().schedule(desk.caseId, soon, kToday).ok());
}

TEST_CASE("Remote sessions need consent and a room must be in the directory", "[sessions]")
{
    SessionDesk desk;
    Session video = desk.session("2026-11-30T09:30", "");
    video.mode = QStringLiteral("video");
    CHECK(desk.store->sessions()
              .schedule(desk.caseId, video, kToday)
              .error()
              .message.contains(QStringLiteral("consent")));
    video.remoteConsent = true;
    CHECK(desk.store->sessions().schedule(desk.caseId, video, kToday).ok());
    CHECK(desk.store->sessions()
              .schedule(desk.caseId, desk.session("2026-12-01T09:30", "大礼堂"), kToday)
              .error()
              .message.contains(QStringLiteral("no room named")));
    CHECK_FALSE(desk.store->sessions()
                    .schedule(desk.caseId, desk.session("2026-12-01T09:30", ""), kToday)
                    .ok());
    Session outside = desk.session("2026-12-01T09:30", "");
    outside.place = QStringLiteral("惠农区礼和乡政府会议室");
    CHECK(desk.store->sessions().schedule(desk.caseId, outside, kToday).ok());
    CHECK_FALSE(
        desk.store->sessions()
            .schedule(desk.caseId, desk.session("2026-12-01T09:30", "第一调解室", 5), kToday)
            .ok());
}

TEST_CASE("Attendance meets the first hearing and two agency absences open termination reason 3",
          "[sessions]")
{
    SessionDesk desk;
    const auto act = [&](const char *action, const char *input) {
        return desk.store->cases().transition(desk.caseId, QString::fromLatin1(action),
                                              QJsonDocument::fromJson(QByteArray(input)).object(),
                                              kToday);
    };
    REQUIRE(
        act("notify_agency", R"({"dispatchedOn": "2026-11-20", "receivedOn": "2026-11-20"})").ok());
    REQUIRE(act("receive_plan", R"({"receivedOn": "2026-11-21", "summary": "方案",
        "mediators": [{"name": "王科长", "phone": "1"}]})")
                .ok());
    REQUIRE(act("start_mediation", R"({"startedOn": "2026-11-21"})").ok());
    const char *absent = R"({"terminatedOn": "2026-11-25", "reason": "agency_absent"})";
    REQUIRE_FALSE(act("terminate", absent).ok());

    for (const char *start : {"2026-11-23T09:00", "2026-11-24T09:00"}) {
        auto s = desk.store->sessions().schedule(desk.caseId, desk.session(start), kToday);
        REQUIRE(s.ok());
        sessionjson::Outcome outcome;
        // Neither the lead agency's people nor the other agency, called by its name, came.
        for (const Participant &p : s.value().participants)
            outcome.attendance.append({p.name, p.role != QLatin1String("agency_staff") &&
                                                   p.role != QLatin1String("agency")});
        outcome.minutes = QStringLiteral("行政机关人员未到场。");
        auto recorded = desk.store->sessions().recordOutcome(s.value().id, outcome, kToday);
        INFO((recorded.ok() ? std::string() : recorded.error().describe().toStdString()));
        REQUIRE(recorded.ok());
        CHECK(recorded.value().status == QStringLiteral("held"));
    }
    const CaseRecord c = desk.store->cases().load(desk.caseId).value();
    CHECK(c.progress.firstHearingOn == QDate(2026, 11, 23));
    CHECK(c.progress.agencyAbsences.size() == 2);
    CHECK(act("terminate", absent).ok());
    CHECK(desk.store->events().verify().value().intact());
}

TEST_CASE("An outcome must answer for every participant and come after the session", "[sessions]")
{
    SessionDesk desk;
    auto future =
        desk.store->sessions().schedule(desk.caseId, desk.session("2026-11-30T09:00"), kToday);
    REQUIRE(future.ok());
    sessionjson::Outcome outcome;
    CHECK(desk.store->sessions()
              .recordOutcome(future.value().id, outcome, kToday)
              .error()
              .message.contains(QStringLiteral("not taken place")));
    auto past =
        desk.store->sessions().schedule(desk.caseId, desk.session("2026-11-24T09:00"), kToday);
    REQUIRE(past.ok());
    outcome.attendance = {{QStringLiteral("张三"), true}};
    CHECK(desk.store->sessions()
              .recordOutcome(past.value().id, outcome, kToday)
              .error()
              .message.contains(QStringLiteral("say whether")));
    outcome.attendance.append({QStringLiteral("无名氏"), true});
    CHECK(desk.store->sessions()
              .recordOutcome(past.value().id, outcome, kToday)
              .error()
              .message.contains(QStringLiteral("not a participant")));
    CHECK(desk.store->sessions().load(past.value().id).value().status ==
          QStringLiteral("scheduled"));
}

TEST_CASE("The iCalendar export parses back with the right times in Asia/Shanghai",
          "[sessions][ics]")
{
    SessionDesk desk;
    REQUIRE(desk.store->sessions()
                .schedule(desk.caseId, desk.session("2026-11-30T09:30"), kToday)
                .ok());
    REQUIRE(desk.store->sessions()
                .schedule(desk.otherId, desk.session("2026-12-01T14:00", "第二调解室", 120), kToday)
                .ok());
    const auto sessions =
        desk.store->sessions().between(QDate(2026, 11, 1), QDate(2026, 12, 31)).value();
    const QByteArray ics = sessionsToICalendar(
        sessions, QDateTime(kToday, QTime(8, 0), QTimeZone::utc()), vocab::participantRoles());

    icalcomponent *calendar = icalparser_parse_string(ics.constData());
    REQUIRE(calendar != nullptr);
    CHECK(icalcomponent_count_errors(calendar) == 0);
    icaltimezone *zone = icalcomponent_get_timezone(calendar, "Asia/Shanghai");
    REQUIRE(zone != nullptr);
    QStringList seen;
    for (icalcomponent *event = icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT);
         event; event = icalcomponent_get_next_component(calendar, ICAL_VEVENT_COMPONENT)) {
        const icaltimetype start = icalcomponent_get_dtstart(event);
        const icaltimetype end = icalcomponent_get_dtend(event);
        // In UTC, 8 hours earlier.
        const icaltimetype utc = icaltime_convert_to_zone(start, icaltimezone_get_utc_timezone());
        seen.append(QStringLiteral("%1 %2:%3 UTC %4:%5 %6 min %7")
                        .arg(start.day)
                        .arg(start.hour)
                        .arg(start.minute, 2, 10, QLatin1Char('0'))
                        .arg(utc.hour)
                        .arg(utc.minute, 2, 10, QLatin1Char('0'))
                        .arg(icaltime_as_timet_with_zone(end, zone) / 60 -
                             icaltime_as_timet_with_zone(start, zone) / 60)
                        .arg(QString::fromUtf8(icalcomponent_get_location(event))));
        CHECK(QString::fromUtf8(icalcomponent_get_summary(event))
                  .contains(QStringLiteral("化解字第")));
    }
    icalcomponent_free(calendar);
    CHECK(seen == QStringList{QStringLiteral("30 9:30 UTC 1:30 90 min 第一调解室"),
                              QStringLiteral("1 14:00 UTC 6:00 120 min 第二调解室")});
}

TEST_CASE(
    "A cancelled session leaves the schedule and frees its room, with its reason in the chain",
    "[sessions][correct]")
{
    SessionDesk desk;
    SessionStore &sessions = desk.store->sessions();
    const auto first = desk.schedule(desk.caseId, "2026-11-30T09:30");
    REQUIRE(first.ok());
    REQUIRE_FALSE(desk.schedule(desk.otherId, "2026-11-30T09:30").ok());
    const qsizetype events = desk.store->cases().history(desk.caseId).value().size();

    // No reason: refused, nothing changed.
    for (const char *blank : {"", "   "}) {
        const auto refused = sessions.cancel(first.value().id, QString::fromLatin1(blank));
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().field == QStringLiteral("Reason"));
    }
    CHECK(sessions.load(first.value().id).value().status == QStringLiteral("scheduled"));
    CHECK(desk.store->cases().history(desk.caseId).value().size() == events);

    const auto cancelled = sessions.cancel(first.value().id, QStringLiteral("行政机关申请延期"));
    INFO((cancelled.ok() ? std::string() : cancelled.error().describe().toStdString()));
    REQUIRE(cancelled.ok());
    CHECK(cancelled.value().status == QStringLiteral("cancelled"));
    // Off the schedule (and so the agenda and its iCalendar file), still with the case.
    CHECK(sessions.between(QDate(2026, 11, 30), QDate(2026, 11, 30)).value().isEmpty());
    REQUIRE(sessions.forCase(desk.caseId).value().size() == 1);
    CHECK(sessions.forCase(desk.caseId).value().first().isCancelled());
    // Its room and people are free again.
    CHECK(desk.schedule(desk.otherId, "2026-11-30T09:30").ok());

    const CaseEvent last = desk.store->cases().history(desk.caseId).value().last();
    CHECK(last.action == QStringLiteral("cancel_session"));
    CHECK(last.input.value(QStringLiteral("reason")).toString() ==
          QStringLiteral("行政机关申请延期"));
    CHECK(last.input.value(QStringLiteral("session")).toInteger() == first.value().id);
    CHECK_FALSE(last.user.isEmpty());
    CHECK(last.at.isValid());
    CHECK(desk.store->events().verify().value().intact());

    // Once cancelled, it is neither cancelled again, moved nor minuted.
    CHECK(sessions.cancel(first.value().id, QStringLiteral("再次"))
              .error()
              .message.contains(QStringLiteral("was cancelled")));
    CHECK(sessions.reschedule(first.value().id, desk.move("2026-12-02T09:30"), kToday)
              .error()
              .message.contains(QStringLiteral("was cancelled")));
    sessionjson::Outcome outcome;
    CHECK(sessions.recordOutcome(first.value().id, outcome, QDate(2026, 12, 1))
              .error()
              .message.contains(QStringLiteral("was cancelled")));
    CHECK(sessions.cancel(9999, QStringLiteral("无此会"))
              .error()
              .message.contains(QStringLiteral("no session 9999")));
}

TEST_CASE("A held session can be neither cancelled nor moved", "[sessions][correct]")
{
    SessionDesk desk;
    const auto past = desk.schedule(desk.caseId, "2026-11-24T09:00");
    REQUIRE(past.ok());
    sessionjson::Outcome outcome;
    for (const Participant &p : past.value().participants)
        outcome.attendance.append({p.name, true});
    REQUIRE(desk.store->sessions().recordOutcome(past.value().id, outcome, kToday).ok());
    const qsizetype events = desk.store->cases().history(desk.caseId).value().size();
    CHECK(desk.store->sessions()
              .cancel(past.value().id, QStringLiteral("误录"))
              .error()
              .message.contains(QStringLiteral("has been held")));
    CHECK(desk.store->sessions()
              .reschedule(past.value().id, desk.move("2026-12-02T09:30"), kToday)
              .error()
              .message.contains(QStringLiteral("has been held")));
    CHECK(desk.store->sessions().load(past.value().id).value().status == QStringLiteral("held"));
    CHECK(desk.store->cases().history(desk.caseId).value().size() == events);
}

TEST_CASE("A rescheduled session is checked again for clashes and notice and names whom to notify",
          "[sessions][correct]")
{
    SessionDesk desk;
    SessionStore &sessions = desk.store->sessions();
    const auto mine = desk.schedule(desk.caseId, "2026-11-30T09:30");
    REQUIRE(mine.ok());
    REQUIRE(desk.schedule(desk.otherId, "2026-12-01T09:30").ok());
    const qsizetype events = desk.store->cases().history(desk.caseId).value().size();

    // Onto the other case's room and time: refused, naming it; nothing changed.
    auto clash = sessions.reschedule(mine.value().id, desk.move("2026-12-01T10:00"), kToday);
    REQUIRE_FALSE(clash.ok());
    CHECK(clash.error().message.contains(
        QStringLiteral("第一调解室 is booked for （2026）化解字第2号")));
    // The new notice goes out today (Wednesday 11-25): Friday is too soon without a reason.
    auto soon = sessions.reschedule(mine.value().id, desk.move("2026-11-27T09:30"), kToday);
    REQUIRE_FALSE(soon.ok());
    CHECK(soon.error().message.contains(QStringLiteral("no earlier than 2026-11-30")));
    // No reason for the change.
    auto unexplained =
        sessions.reschedule(mine.value().id, desk.move("2026-12-02T09:30", ""), kToday);
    REQUIRE_FALSE(unexplained.ok());
    CHECK(unexplained.error().field == QStringLiteral("Reason"));
    // A room that is not in the directory.
    Rescheduling nowhere = desk.move("2026-12-02T09:30");
    nowhere.room = QStringLiteral("大礼堂");
    CHECK_FALSE(sessions.reschedule(mine.value().id, nowhere, kToday).ok());
    CHECK(sessions.load(mine.value().id).value().start == mine.value().start);
    CHECK(desk.store->cases().history(desk.caseId).value().size() == events);

    // Another room at the same time as the other case: moved, the new notice from today.
    Rescheduling change = desk.move("2026-12-01T10:00");
    change.room = QStringLiteral("第二调解室");
    const auto moved = sessions.reschedule(mine.value().id, change, kToday);
    INFO((moved.ok() ? std::string() : moved.error().describe().toStdString()));
    REQUIRE(moved.ok());
    CHECK(moved.value().id == mine.value().id);
    CHECK(moved.value().start == QDateTime(QDate(2026, 12, 1), QTime(10, 0)));
    CHECK(moved.value().room == QStringLiteral("第二调解室"));
    CHECK(moved.value().noticeOn == kToday);
    CHECK(moved.value().status == QStringLiteral("scheduled"));
    CHECK(moved.value().participants == mine.value().participants);
    // Its old room and time are free for another case.
    CHECK(desk.schedule(desk.otherId, "2026-11-30T09:30").ok());

    const CaseEvent last = desk.store->cases().history(desk.caseId).value().last();
    CHECK(last.action == QStringLiteral("reschedule_session"));
    CHECK(last.input.value(QStringLiteral("reason")).toString() ==
          QStringLiteral("申请人住院，改期"));
    const QJsonObject start = last.changes.value(QStringLiteral("start")).toObject();
    CHECK(start.value(QStringLiteral("old")).toString() == QStringLiteral("2026-11-30T09:30"));
    CHECK(start.value(QStringLiteral("new")).toString() == QStringLiteral("2026-12-01T10:00"));
    CHECK(desk.store->events().verify().value().intact());

    // A shorter notice is taken with its reason, as when scheduling.
    Rescheduling urgent = desk.move("2026-11-27T14:30");
    urgent.shortNoticeReason = QStringLiteral("各方同意提前");
    CHECK(sessions.reschedule(mine.value().id, urgent, kToday).ok());
}

TEST_CASE("A cancelled session does not meet the first hearing", "[sessions][correct]")
{
    SessionDesk desk;
    const auto past = desk.schedule(desk.caseId, "2026-11-24T09:00");
    REQUIRE(past.ok());
    REQUIRE(desk.store->sessions().cancel(past.value().id, QStringLiteral("未能召开")).ok());
    sessionjson::Outcome outcome;
    for (const Participant &p : past.value().participants)
        outcome.attendance.append({p.name, true});
    CHECK_FALSE(desk.store->sessions().recordOutcome(past.value().id, outcome, kToday).ok());
    const CaseRecord c = desk.store->cases().load(desk.caseId).value();
    CHECK_FALSE(c.progress.firstHearingOn.isValid());
    const DeadlineSetup &setup = desk.store->deadlineSetup();
    bool seen = false;
    for (const CaseDeadline &d : evaluateDeadlines(c, setup.profile, setup.calendar, kToday))
        if (d.rule.id == QStringLiteral("D3")) {
            seen = true;
            CHECK(d.isOpen());
        }
    CHECK(seen);
}

TEST_CASE("The proposed slot is a free room at that time, else the next free half hour",
          "[sessions]")
{
    SessionDesk desk;
    const QStringList rooms{QStringLiteral("第一调解室"), QStringLiteral("第二调解室")};
    SessionStore &sessions = desk.store->sessions();
    Session draft = desk.session("2026-11-30T09:30");
    draft.participants =
        Session::defaultParticipants(desk.store->cases().load(desk.otherId).value());
    // Nothing booked: the draft as it is.
    CHECK(sessions.proposeFreeSlot(draft, rooms) == draft);
    REQUIRE(desk.schedule(desk.caseId, "2026-11-30T09:30").ok());
    // The first room is taken: the second, at the same time.
    Session proposed = sessions.proposeFreeSlot(draft, rooms);
    CHECK(proposed.start == draft.start);
    CHECK(proposed.room == QStringLiteral("第二调解室"));
    // Both taken until 11:00: the first room at 11:00.
    REQUIRE(desk.store->sessions()
                .schedule(desk.otherId, desk.session("2026-11-30T09:00", "第二调解室", 120), kToday)
                .ok());
    proposed = sessions.proposeFreeSlot(draft, rooms);
    CHECK(proposed.start == QDateTime(QDate(2026, 11, 30), QTime(11, 0)));
    CHECK(proposed.room == QStringLiteral("第一调解室"));
    // The judge of the first case is busy until 11:00 whatever the room.
    Session judged = desk.session("2026-11-30T10:00", "");
    judged.place = QStringLiteral("法院");
    judged.participants = {
        {QStringLiteral("judge"), QStringLiteral("马立新"), QString(), std::nullopt}};
    proposed = sessions.proposeFreeSlot(judged, {});
    CHECK(proposed.start == QDateTime(QDate(2026, 11, 30), QTime(11, 0)));
    // Late on a Friday, both rooms taken: the next working day, Monday, at 08:30.
    REQUIRE(desk.schedule(desk.caseId, "2026-12-04T16:30").ok());
    REQUIRE(desk.schedule(desk.otherId, "2026-12-04T16:30", "第二调解室").ok());
    Session late = desk.session("2026-12-04T16:30");
    proposed = sessions.proposeFreeSlot(late, rooms);
    CHECK(proposed.start == QDateTime(QDate(2026, 12, 7), QTime(8, 30)));
}

TEST_CASE("The usual participants name every agency and an organisation's legal representative",
          "[sessions]")
{
    CaseRecord c = test::sampleCase();
    const auto has = [](const QList<Participant> &list, const char *role, const char *name,
                        const char *party) {
        return list.contains(Participant{QString::fromLatin1(role), QString::fromUtf8(name),
                                         QString::fromUtf8(party), std::nullopt});
    };
    QList<Participant> list = Session::defaultParticipants(c);
    // Before the plan names anybody, each agency by its name.
    CHECK(has(list, "agency", "石嘴山市自然资源局", ""));
    CHECK(has(list, "agency", "大武口区人民政府", ""));
    CHECK(has(list, "applicant", "石嘴山市星海物流有限公司", ""));
    CHECK(has(list, "legal_representative", "王五", "石嘴山市星海物流有限公司"));
    CHECK(has(list, "agent", "李律师", "张三"));
    // The plan's people stand for the lead agency; the other still comes by name.
    c.parties.swapItemsAt(2, 3); // the lead agency listed second
    c.progress.agencyMediators = {{QStringLiteral("王科长"), QStringLiteral("科长"), QString()}};
    list = Session::defaultParticipants(c);
    CHECK(has(list, "agency_staff", "王科长", "石嘴山市自然资源局"));
    CHECK_FALSE(has(list, "agency", "石嘴山市自然资源局", ""));
    CHECK(has(list, "agency", "大武口区人民政府", ""));
}

TEST_CASE("The session notice speaks of the session as moved and never of a cancelled one",
          "[sessions][correct][documents]")
{
    SessionDesk desk;
    const auto notice = [&] {
        const CaseRecord c = desk.store->cases().load(desk.caseId).value();
        auto html =
            DocumentComposer(*desk.store).preview(c, QStringLiteral("session-notice"), kToday);
        REQUIRE(html.ok());
        return html.value();
    };
    const auto first = desk.schedule(desk.caseId, "2026-11-30T09:30");
    REQUIRE(first.ok());
    CHECK(notice().contains(QStringLiteral("2026年11月30日")));
    REQUIRE(desk.store->sessions()
                .reschedule(first.value().id, desk.move("2026-12-03T14:30"), kToday)
                .ok());
    CHECK(notice().contains(QStringLiteral("2026年12月3日")));
    CHECK_FALSE(notice().contains(QStringLiteral("2026年11月30日")));
    REQUIRE(desk.store->sessions().cancel(first.value().id, QStringLiteral("双方和解")).ok());
    CHECK_FALSE(notice().contains(QStringLiteral("2026年12月3日")));
}
