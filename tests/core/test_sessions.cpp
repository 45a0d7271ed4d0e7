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
        auto opened = Store::open(file.path());
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
        for (const Participant &p : s.value().participants)
            outcome.attendance.append({p.name, p.role != QLatin1String("agency_staff")});
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
    CHECK(desk.store->events().verify().value().intact);
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
    const QByteArray ics =
        sessionsToICalendar(sessions, QDateTime(kToday, QTime(8, 0), QTimeZone::utc()));

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
