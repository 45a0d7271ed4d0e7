#include "calendar/holidaycalendar.h"
#include "deadline/casedeadlines.h"
#include "deadline/deadlinecalculator.h"
#include "deadline/deskagenda.h"
#include "store/store.h"
#include "support/samplecase.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSqlQuery>
#include <QStandardPaths>

#include <catch2/catch.hpp>

#include <ctime>
#include <optional>
#include <random>

using namespace huajie;

namespace {
const QDate kToday(2026, 11, 25);

QDate d(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

Deadline compute(const char *start, Period::Unit unit, int length,
                 QList<DateRange> suspensions = {}, int extension = 0,
                 const HolidayCalendar &calendar = HolidayCalendar::shipped())
{
    return DeadlineCalculator(calendar).compute(
        DeadlineRequest{d(start), Period{unit, length}, suspensions, extension, false}, kToday,
        true);
}

// A 2027 notice as the State Council might publish it, for the import tests.
QByteArray year2027(bool published)
{
    return QStringLiteral(R"({"year": 2027, "papers": [%1], "days": [
        {"name": "元旦", "date": "2027-01-01", "isOffDay": true},
        {"name": "春节", "date": "2027-02-06", "isOffDay": true},
        {"name": "春节", "date": "2027-01-31", "isOffDay": false}]})")
        .arg(published ? QStringLiteral("\"https://www.gov.cn/2027\"") : QString())
        .toUtf8();
}
} // namespace

TEST_CASE("The four examples of DEADLINES.md", "[deadline]")
{
    // E1: 3 working days over National Day, ending on a make-up working Saturday.
    CHECK(compute("2025-09-30", Period::WorkingDays, 3).due == d("2025-10-11"));
    // E3: 15 days ending in the holiday roll to the first working day.
    const Deadline e3 = compute("2025-09-20", Period::Days, 15);
    CHECK(e3.nominal == d("2025-10-05"));
    CHECK(e3.due == d("2025-10-09"));
    CHECK_FALSE(e3.provisional);
    // E6: no 31 February, so the month's end; a make-up working Saturday, no roll.
    CHECK(compute("2025-08-31", Period::Months, 6).due == d("2026-02-28"));
    // E11: into an unpublished year: 元旦 by law, then a weekend; provisional.
    const Deadline e11 = compute("2026-12-17", Period::Days, 15);
    CHECK(e11.due == d("2027-01-04"));
    CHECK(e11.provisional);
}

TEST_CASE("Deadlines across years, month ends, holidays and suspensions", "[deadline]")
{
    struct Vector
    {
        const char *start;
        Period::Unit unit;
        int length;
        QList<DateRange> suspensions;
        int extension;
        const char *due;
    };
    // Worked out by hand from the holiday notices (and checked with a second,
    // independent implementation of the rules).
    const Vector vectors[] = {
        {"2025-12-25", Period::Days, 10, {}, 0, "2026-01-04"},  // 元旦 then a make-up Sunday
        {"2024-01-31", Period::Months, 1, {}, 0, "2024-02-29"}, // leap year month end
        {"2023-01-31", Period::Months, 1, {}, 0, "2023-02-28"},
        {"2020-01-20", Period::Days, 10, {}, 0, "2020-02-03"}, // the 2020 Spring Festival extension
        {"2020-01-23", Period::WorkingDays, 3, {}, 0, "2020-02-05"},
        {"2007-12-28", Period::Days, 3, {}, 0, "2008-01-02"}, // December days in the 2008 file
        {"2008-04-30", Period::Days, 2, {}, 0, "2008-05-04"}, // make-up Sunday after 劳动节
        {"2013-09-16", Period::WorkingDays, 5, {}, 0, "2013-09-24"},
        {"2015-09-01", Period::Days, 2, {}, 0, "2015-09-06"}, // the 2015 victory day holiday
        {"2019-04-28", Period::WorkingDays, 1, {}, 0, "2019-04-29"},
        {"2026-02-10", Period::Days, 5, {}, 0, "2026-02-24"}, // 春节 2026
        {"2026-02-10", Period::WorkingDays, 5, {}, 0, "2026-02-24"},
        {"2016-12-20", Period::Days, 12, {}, 0, "2017-01-03"},
        {"2010-09-20", Period::Days, 2, {}, 0, "2010-09-25"}, // 中秋 2010, make-up Saturday
        {"2011-12-30", Period::WorkingDays, 2, {}, 0, "2012-01-04"},
        {"2024-09-28", Period::WorkingDays, 1, {}, 0, "2024-09-29"}, // a make-up Sunday counts
        {"2017-01-01", Period::Months, 12, {}, 0, "2018-01-02"},
        {"2026-03-01", Period::Days, 30, {{d("2026-03-05"), d("2026-03-09")}}, 10, "2026-04-15"},
        {"2026-03-01",
         Period::WorkingDays,
         5,
         {{d("2026-03-03"), d("2026-03-04")}},
         0,
         "2026-03-10"},
        {"2025-01-20", Period::Months, 1, {{d("2025-01-25"), d("2025-02-05")}}, 0, "2025-03-04"},
    };
    for (const Vector &v : vectors) {
        INFO(v.start << " + " << v.length << " unit " << int(v.unit));
        const Deadline result = compute(v.start, v.unit, v.length, v.suspensions, v.extension);
        CHECK(result.due == d(v.due));
        CHECK_FALSE(result.provisional);
    }
}

TEST_CASE("Suspension days before the start do not count and a running one is provisional",
          "[deadline]")
{
    CHECK(compute("2026-03-10", Period::Days, 10, {{d("2026-03-01"), d("2026-03-12")}}).due ==
          d("2026-03-23"));
    const Deadline running = compute("2026-11-01", Period::Days, 30, {{d("2026-11-20"), QDate()}});
    CHECK(running.provisional);
    CHECK(running.due == d("2026-12-07")); // 6 days so far (20th to today, the 25th)
}

TEST_CASE("The calendar follows the notices with their quirks", "[deadline][calendar]")
{
    const HolidayCalendar &c = HolidayCalendar::shipped();
    CHECK(c.isRestDay(d("2020-01-31"))); // the later 2020 notice
    CHECK(c.isRestDay(d("2020-02-02")));
    CHECK_FALSE(c.isRestDay(d("2020-02-03")));
    CHECK_FALSE(c.isRestDay(d("2018-12-29"))); // a Saturday made working, in the 2019 file
    CHECK(c.isRestDay(d("2018-12-31")));
    CHECK(c.day(d("2025-10-01")).name == QStringLiteral("国庆节、中秋节"));
    CHECK(c.isPublished(2026));
    CHECK_FALSE(c.isPublished(2027));
    CHECK(c.day(d("2027-05-01")).basis == HolidayCalendar::Basis::Statutory);
    CHECK_FALSE(c.isRestDay(d("2027-02-05"))); // a Friday: 春节 2027 is not known yet
}

TEST_CASE("A working-day deadline never falls on a rest day and a day deadline never before its "
          "nominal end",
          "[deadline][property]")
{
    std::mt19937 random(20261125);
    const HolidayCalendar &calendar = HolidayCalendar::shipped();
    const DeadlineCalculator calculator(calendar);
    std::uniform_int_distribution<int> day(0, int(QDate(2007, 1, 1).daysTo(QDate(2026, 12, 31))));
    std::uniform_int_distribution<int> length(1, 60);
    for (int i = 0; i < 20000; ++i) {
        const QDate start = QDate(2007, 1, 1).addDays(day(random));
        const int n = length(random);
        const Deadline working =
            calculator.compute({start, {Period::WorkingDays, n}, {}, 0, false}, kToday);
        REQUIRE_FALSE(calendar.isRestDay(working.due));
        REQUIRE(working.due > start);
        const Deadline days = calculator.compute({start, {Period::Days, n}, {}, 0, false}, kToday);
        REQUIRE(days.due >= days.nominal);
        REQUIRE_FALSE(calendar.isRestDay(days.due));
        const Deadline months =
            calculator.compute({start, {Period::Months, n % 12 + 1}, {}, 0, false}, kToday);
        REQUIRE(months.due >= months.nominal);
    }
}

TEST_CASE("Results do not depend on the time zone or the locale", "[deadline][property]")
{
    const auto run = [] {
        QStringList results;
        for (const char *start : {"2025-09-30", "2026-12-17", "2020-01-20", "2024-12-31"})
            for (Period::Unit unit : {Period::Days, Period::WorkingDays, Period::Months})
                results << compute(start, unit, 3).due.toString(Qt::ISODate);
        return results;
    };
    const QStringList reference = run();
    const QByteArray oldTz = qgetenv("TZ");
    for (const char *zone : {"Asia/Shanghai", "America/Los_Angeles", "Pacific/Kiritimati", "UTC"}) {
        qputenv("TZ", zone);
        tzset();
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        CHECK(run() == reference);
        QLocale::setDefault(QLocale(QLocale::Arabic, QLocale::Egypt));
        CHECK(run() == reference);
    }
    qputenv("TZ", oldTz);
    tzset();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

TEST_CASE("Explanations name each step", "[deadline]")
{
    const DeadlineRequest request{d("2025-09-20"), {Period::Days, 15}, {}, 0, false};
    const Deadline result =
        DeadlineCalculator(HolidayCalendar::shipped()).compute(request, kToday, true);
    const QString text = result.explanation(request).join(QLatin1Char('\n'));
    CHECK(text.contains(QStringLiteral("2025-09-20")));
    CHECK(text.contains(QStringLiteral("15 days")));
    CHECK(text.contains(QStringLiteral("2025-10-05 is a rest day (国庆节、中秋节)")));
    CHECK(text.contains(QStringLiteral("Due on 2025-10-09")));
}

TEST_CASE("Importing a year's notice turns provisional deadlines final", "[deadline][calendar]")
{
    test::TempDatabase file;
    auto store = Store::open(file.path(), StoreAccess::Create);
    REQUIRE(store.ok());
    Store &s = *store.value();
    const auto due = [&s] {
        return DeadlineCalculator(s.deadlineSetup().calendar)
            .compute({d("2027-01-20"), {Period::Days, 15}, {}, 0, false}, kToday);
    };
    CHECK(due().provisional);
    CHECK(due().due == d("2027-02-04"));

    // A file with no papers is a year not yet published: still provisional.
    REQUIRE(s.calendar()
                .importYear(year2027(false), QStringLiteral("王"), QStringLiteral("draft"))
                .ok());
    REQUIRE(s.reloadDeadlineSetup().ok());
    CHECK(due().provisional);

    REQUIRE(s.calendar()
                .importYear(year2027(true), QStringLiteral("王"), QStringLiteral("国务院通知"))
                .ok());
    REQUIRE(s.reloadDeadlineSetup().ok());
    CHECK_FALSE(due().provisional);
    CHECK(due().due == d("2027-02-04"));
    CHECK(s.deadlineSetup().calendar.isRestDay(d("2027-02-06")));
    CHECK_FALSE(s.deadlineSetup().calendar.isRestDay(d("2027-01-31"))); // a make-up Sunday

    const auto changes = s.calendar().changes().value();
    REQUIRE(changes.size() == 2);
    CHECK(changes[1].user == QStringLiteral("王"));
    CHECK(changes[1].reason == QStringLiteral("国务院通知"));
    CHECK(changes[1].at.isValid());
}

TEST_CASE("A bad calendar file or a change without a reason is refused and nothing changes",
          "[deadline][calendar]")
{
    test::TempDatabase file;
    auto store = Store::open(file.path(), StoreAccess::Create);
    REQUIRE(store.ok());
    CalendarStore &calendar = store.value()->calendar();
    CHECK_FALSE(calendar.importYear("{not json", QStringLiteral("王"), QStringLiteral("x")).ok());
    CHECK_FALSE(
        calendar
            .importYear(
                R"({"year": 2027, "papers": [], "days": [{"date": "2027-13-01", "isOffDay": true}]})",
                QStringLiteral("王"), QStringLiteral("x"))
            .ok());
    CHECK_FALSE(calendar
                    .importYear(R"({"year": 1800, "papers": [], "days": []})", QStringLiteral("王"),
                                QStringLiteral("x"))
                    .ok());
    CHECK_FALSE(
        calendar.importYear(year2027(true), QStringLiteral("王"), QStringLiteral(" ")).ok());
    CHECK_FALSE(calendar
                    .setDay(d("2026-06-01"), true, QStringLiteral("古尔邦节"), QStringLiteral("王"),
                            QString())
                    .ok());
    CHECK(calendar.changes().value().isEmpty());
}

TEST_CASE("A center's own day wins over the notice until it is cleared", "[deadline][calendar]")
{
    test::TempDatabase file;
    auto store = Store::open(file.path(), StoreAccess::Create);
    REQUIRE(store.ok());
    Store &s = *store.value();
    REQUIRE(s.calendar()
                .setDay(d("2026-06-01"), true, QStringLiteral("古尔邦节"), QStringLiteral("马"),
                        QStringLiteral("自治区通知"))
                .ok());
    REQUIRE(s.reloadDeadlineSetup().ok());
    CHECK(s.deadlineSetup().calendar.day(d("2026-06-01")).name == QStringLiteral("古尔邦节"));
    CHECK(DeadlineCalculator(s.deadlineSetup().calendar)
              .compute({d("2026-05-29"), {Period::WorkingDays, 1}, {}, 0, false}, kToday)
              .due == d("2026-06-02"));
    REQUIRE(s.calendar()
                .clearDay(d("2026-06-01"), QStringLiteral("马"), QStringLiteral("录入有误"))
                .ok());
    REQUIRE(s.reloadDeadlineSetup().ok());
    CHECK_FALSE(s.deadlineSetup().calendar.isRestDay(d("2026-06-01")));
}

TEST_CASE("The shipped profile is the default and a broken profile of the center's is reported",
          "[deadline][profile]")
{
    auto profile = RuleProfile::load(RuleProfile::defaultId());
    REQUIRE(profile.ok());
    CHECK(profile.value().rule(QStringLiteral("D5"))->period.length == 30);
    // S0 §7's 三日 for the plan, the notice's 3个工作日 for the liaison staff.
    CHECK(profile.value().rule(QStringLiteral("D2"))->period.unit == Period::Days);
    CHECK(profile.value().rule(QStringLiteral("D9"))->period.unit == Period::WorkingDays);

    auto broken = RuleProfile::fromJson(R"({"id": "x", "name": {"en": "X"}, "deadlines": [
        {"id": "D1", "label": {"en": "a"}, "start": "registeredOn", "length": 3, "unit": "weeks", "done": "closedOn"}]})",
                                        QStringLiteral("x.json"));
    REQUIRE_FALSE(broken.ok());
    CHECK(broken.error().field == QStringLiteral("x.json"));
    CHECK(broken.error().message.contains(QStringLiteral("deadlines[0].unit")));
    CHECK_FALSE(RuleProfile::fromJson(R"({"id": "x", "name": {"en": "X"}, "deadlines": [
        {"id": "D1", "label": {"en": "a"}, "start": "bornOn", "length": 3, "unit": "days", "done": "closedOn"}]})",
                                      QStringLiteral("x.json"))
                    .ok());
}

TEST_CASE("A center's own profile is chosen and counts", "[deadline][profile]")
{
    test::TempDatabase file;
    QStandardPaths::setTestModeEnabled(true);
    QDir().mkpath(RuleProfile::userFolder());
    QFile own(RuleProfile::userFolder() + QStringLiteral("/quick.json"));
    REQUIRE(own.open(QIODevice::WriteOnly));
    own.write(
        R"({"id": "quick", "name": {"en": "Quick", "zh_CN": "快"}, "extensionCapDays": 15, "deadlines": [
        {"id": "D5", "label": {"en": "Finish"}, "start": "registeredOn", "length": 20, "unit": "days",
         "done": "concludedOn", "openIn": ["registered"]}]})");
    own.close();
    auto store = Store::open(file.path(), StoreAccess::Create);
    REQUIRE(store.ok());
    CHECK_FALSE(store.value()->chooseProfile(QStringLiteral("nonesuch")).ok());
    REQUIRE(store.value()->chooseProfile(QStringLiteral("quick")).ok());
    CHECK(store.value()->deadlineSetup().profile.extensionCapDays == 15);
    auto c = store.value()->cases().registerCase(test::sampleCase(), test::kToday);
    REQUIRE(c.ok());
    const auto deadlines = evaluateDeadlines(c.value(), store.value()->deadlineSetup().profile,
                                             store.value()->deadlineSetup().calendar, kToday);
    REQUIRE(deadlines.size() == 1);
    CHECK(deadlines[0].deadline.due == d("2026-12-10"));
    QFile::remove(own.fileName());
    QStandardPaths::setTestModeEnabled(false);
}

TEST_CASE("A case's deadlines follow its life", "[deadline]")
{
    test::TempDatabase file;
    auto store = Store::open(file.path(), StoreAccess::Create);
    REQUIRE(store.ok());
    Store &s = *store.value();
    CaseRecord referred = test::sampleCase();
    referred.referredOn = d("2026-11-19");
    const CaseRecord registered = s.cases().registerCase(referred, test::kToday).value();
    const auto statusOf = [&](const QList<CaseDeadline> &list, const char *id) {
        for (const CaseDeadline &cd : list)
            if (cd.rule.id == QLatin1String(id))
                return cd;
        FAIL("no deadline " << id);
        return list.first();
    };
    // Registered 2026-11-20 and nothing done by the 25th: the notice (3 days) is overdue.
    auto list = evaluateDeadlines(registered, s.deadlineSetup().profile, s.deadlineSetup().calendar,
                                  kToday);
    CHECK(statusOf(list, "D1").status == CaseDeadline::Status::Overdue);
    CHECK(statusOf(list, "D1").deadline.due == d("2026-11-23"));
    CHECK(statusOf(list, "D1").statusText() == QStringLiteral("overdue by 2 days"));
    CHECK(statusOf(list, "D5").deadline.due == d("2026-12-21")); // 12-20 is a Sunday
    // The referral's month runs from the referral letter (2026-11-19), not registration.
    CHECK(statusOf(list, "D8").deadline.due == d("2026-12-21")); // 12-19 is a Saturday

    const QJsonObject notified =
        QJsonDocument::fromJson(R"({"dispatchedOn": "2026-11-24", "receivedOn": "2026-11-25"})")
            .object();
    const CaseRecord moved =
        s.cases()
            .transition(registered.id, QStringLiteral("notify_agency"), notified, kToday)
            .value();
    list = evaluateDeadlines(moved, s.deadlineSetup().profile, s.deadlineSetup().calendar, kToday);
    CHECK(statusOf(list, "D1").status == CaseDeadline::Status::DoneLate);
    // Received on Wednesday 11-25: the plan in three days (Saturday 11-28, a
    // rest day, so Monday), the liaison staff in three working days.
    CHECK(statusOf(list, "D2").deadline.due == d("2026-11-30"));
    CHECK(statusOf(list, "D2").status == CaseDeadline::Status::Open);
    CHECK(statusOf(list, "D2").daysLeft == 5);
    CHECK(statusOf(list, "D9").deadline.due == d("2026-11-30"));
}

namespace {
QJsonObject input(const char *json)
{
    return QJsonDocument::fromJson(json).object();
}

// A copy: the list is often a temporary, gone by the next line.
std::optional<CaseDeadline> deadlineOf(const QList<CaseDeadline> &list, const char *id)
{
    for (const CaseDeadline &cd : list)
        if (cd.rule.id == QLatin1String(id))
            return cd;
    return std::nullopt;
}

RuleProfile shippedProfile(const char *id)
{
    auto profile = RuleProfile::load(QString::fromLatin1(id));
    REQUIRE(profile.ok());
    return profile.value();
}
} // namespace

TEST_CASE("A suspension after a period ran out does not revive it (R5)", "[deadline]")
{
    // DEADLINES.md's example: 3 days from 2017-08-20 end on 2017-08-23.
    CHECK(compute("2017-08-20", Period::Days, 3).due == d("2017-08-23"));
    const Deadline late =
        compute("2017-08-20", Period::Days, 3, {{d("2017-08-28"), d("2017-09-06")}});
    CHECK(late.due == d("2017-08-23"));
    for (const DeadlineStep &step : late.steps)
        CHECK(step.kind != DeadlineStep::Suspended);
    // One that begins on the last day still counts.
    CHECK(compute("2017-08-20", Period::Days, 3, {{d("2017-08-23"), d("2017-08-24")}}).due ==
          d("2017-08-25"));
    // In date order over the running end: the first moves it far enough for
    // the second, given out of order, to begin within it.
    CHECK(compute("2017-08-20", Period::Days, 3,
                  {{d("2017-08-25"), d("2017-08-25")}, {d("2017-08-22"), d("2017-08-23")}})
              .due == d("2017-08-28")); // 08-26 is a Saturday
    // The extension is part of the running end.
    CHECK(compute("2017-08-20", Period::Days, 3, {{d("2017-08-25"), d("2017-08-25")}}, 5).due ==
          d("2017-08-29"));
    // A month period, and an ongoing suspension that began too late.
    CHECK(compute("2026-09-20", Period::Months, 1, {{d("2026-10-25"), QDate()}}).due ==
          d("2026-10-20"));
    // Working days: a suspension after the last working day changes nothing.
    CHECK(compute("2025-09-30", Period::WorkingDays, 3, {{d("2025-10-13"), d("2025-10-20")}}).due ==
          d("2025-10-11"));
}

TEST_CASE("A late suspension leaves a case overdue", "[deadline]")
{
    test::TempDatabase file;
    auto store = Store::open(file.path(), StoreAccess::Create);
    REQUIRE(store.ok());
    Store &s = *store.value();
    CaseRecord c = test::sampleCase();
    c.registeredOn = d("2026-10-01");
    c.consentDate = d("2026-10-01");
    const CaseRecord registered = s.cases().registerCase(c, kToday).value();
    REQUIRE(s.cases()
                .transition(registered.id, QStringLiteral("notify_agency"),
                            input(R"({"dispatchedOn": "2026-10-02", "receivedOn": "2026-10-02"})"),
                            kToday)
                .ok());
    REQUIRE(s.cases()
                .transition(registered.id, QStringLiteral("suspend"),
                            input(R"({"kind": "appraisal", "from": "2026-11-20"})"), kToday)
                .ok());
    const CaseRecord suspended = s.cases().load(registered.id).value();
    const auto list =
        evaluateDeadlines(suspended, s.deadlineSetup().profile, s.deadlineSetup().calendar, kToday);
    // The 30 days of S0 §22 ran out on 2026-11-02 (10-31 a Saturday), before the appraisal.
    REQUIRE(deadlineOf(list, "D5"));
    CHECK(deadlineOf(list, "D5")->deadline.due == d("2026-11-02"));
    CHECK(deadlineOf(list, "D5")->status == CaseDeadline::Status::Overdue);
}

TEST_CASE("A deadline only tracked shows the days and is never overdue", "[deadline][profile]")
{
    const RuleProfile wenxian = shippedProfile("wenxian");
    CaseRecord c = test::sampleCase();
    c.registeredOn = d("2026-01-05");
    const auto list = evaluateDeadlines(c, wenxian, HolidayCalendar::shipped(), kToday, true);
    std::optional<CaseDeadline> mediation = deadlineOf(list, "T1");
    REQUIRE(mediation);
    CHECK(mediation->status == CaseDeadline::Status::Tracked);
    CHECK_FALSE(mediation->isOpen());
    CHECK_FALSE(mediation->deadline.due.isValid());
    CHECK(mediation->daysElapsed == 324);
    CHECK(mediation->statusText() == QStringLiteral("324 days so far, no time limit"));
    CHECK(mediation->explanation().join(QLatin1Char('\n')).contains(QStringLiteral("2026-01-05")));
    const DeskAgenda agenda = DeskAgenda::build({c}, wenxian, HolidayCalendar::shipped(), kToday);
    CHECK(agenda.overdue.isEmpty());
    CHECK(agenda.open.isEmpty());
    REQUIRE(agenda.tracked.size() == 1);
    // Met: done, with the days it took.
    c.state = QStringLiteral("agreement");
    c.progress.agreementSignedOn = d("2026-01-15");
    std::optional<CaseDeadline> met =
        deadlineOf(evaluateDeadlines(c, wenxian, HolidayCalendar::shipped(), kToday), "T1");
    REQUIRE(met);
    CHECK(met->status == CaseDeadline::Status::Done);
    CHECK(met->daysElapsed == 10);

    // A tracked deadline has no period, nor anything that moves or lapses one.
    for (const char *rule :
         {R"("tracked": true, "length": 30)", R"("tracked": true, "unit": "days")",
          R"("tracked": true, "suspensions": true)", R"("tracked": true, "optional": true)"}) {
        const QByteArray json =
            QByteArray(
                R"({"id": "x", "name": {"en": "X"}, "deadlines": [{"id": "T", "label": {"en": "t"},
            "start": "registeredOn", "done": "concludedOn", )") +
            rule + "}]}";
        INFO(json.toStdString());
        auto refused = RuleProfile::fromJson(json, QStringLiteral("x.json"));
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().message.contains(QStringLiteral("deadlines[0].")));
    }
}

TEST_CASE("The follow-up runs from the end of the mediation, in whatever state (D7)",
          "[deadline][lifecycle]")
{
    test::TempDatabase file;
    auto store = Store::open(file.path(), StoreAccess::Create);
    REQUIRE(store.ok());
    Store &s = *store.value();
    REQUIRE(s.chooseProfile(QStringLiteral("zhongxiang")).ok());
    const auto deadlinesOf = [&](qint64 id) {
        return evaluateDeadlines(s.cases().load(id).value(), s.deadlineSetup().profile,
                                 s.deadlineSetup().calendar, kToday);
    };
    auto registered = s.cases().registerCase(
        test::offeredBy(s.deadlineSetup().profile.vocabularies, test::sampleCase()), kToday);
    REQUIRE(registered.ok());
    const qint64 id = registered.value().id;
    for (const auto &[action, json] :
         {std::pair{"notify_agency",
                    R"({"dispatchedOn": "2026-11-20", "receivedOn": "2026-11-20"})"},
          std::pair{"receive_plan", R"({"receivedOn": "2026-11-21", "summary": "补偿方案",
                      "mediators": [{"name": "王五"}]})"},
          std::pair{"start_mediation", R"({"startedOn": "2026-11-21"})"}})
        REQUIRE(s.cases().transition(id, QString::fromLatin1(action), input(json), kToday).ok());
    CHECK_FALSE(deadlineOf(deadlinesOf(id), "D7"));
    REQUIRE(s.cases()
                .transition(id, QStringLiteral("reach_agreement"),
                            input(R"({"signedOn": "2026-11-22", "effect": "on_condition",
                                      "condition": "经行政机关审查确认", "terms": "补偿",
                                      "signatures": [{"party": "张三"}, {"party": "石嘴山市星海物流有限公司"},
                                                     {"party": "石嘴山市自然资源局"},
                                                     {"party": "大武口区人民政府"}]})"),
                            kToday)
                .ok());
    // Signed on a condition: the mediation has not ended, no follow-up yet.
    CHECK_FALSE(deadlineOf(deadlinesOf(id), "D7"));
    CHECK_FALSE(s.cases()
                    .transition(id, QStringLiteral("record_follow_up"),
                                input(R"({"visitedOn": "2026-11-24", "note": "履行中"})"), kToday)
                    .ok());
    REQUIRE(s.cases()
                .transition(id, QStringLiteral("agreement_takes_effect"),
                            input(R"({"effectiveOn": "2026-11-23"})"), kToday)
                .ok());
    // Effective on 11-23: 30 days, open while the case is not closed.
    std::optional<CaseDeadline> followUp = deadlineOf(deadlinesOf(id), "D7");
    REQUIRE(followUp);
    CHECK(followUp->request.start == d("2026-11-23"));
    CHECK(followUp->deadline.due == d("2026-12-23"));
    CHECK(followUp->isOpen());
    // A visit before the end is refused; one after is recorded without closing the case.
    CHECK_FALSE(s.cases()
                    .transition(id, QStringLiteral("record_follow_up"),
                                input(R"({"visitedOn": "2026-11-22", "note": "履行中"})"), kToday)
                    .ok());
    const auto visited =
        s.cases().transition(id, QStringLiteral("record_follow_up"),
                             input(R"({"visitedOn": "2026-11-25", "note": "已履行"})"), kToday);
    REQUIRE(visited.ok());
    CHECK(visited.value().state == QStringLiteral("agreement"));
    CHECK(deadlineOf(deadlinesOf(id), "D7")->status == CaseDeadline::Status::Done);
    // Closing later changes nothing of it, and a second visit is refused.
    const auto closed = s.cases().transition(id, QStringLiteral("close"),
                                             input(R"({"closedOn": "2026-11-25"})"), kToday);
    REQUIRE(closed.ok());
    CHECK(closed.value().state == QStringLiteral("closed"));
    CHECK(deadlineOf(deadlinesOf(id), "D7")->status == CaseDeadline::Status::Done);
    CHECK_FALSE(s.cases()
                    .transition(id, QStringLiteral("record_follow_up"),
                                input(R"({"visitedOn": "2026-11-25", "note": "再访"})"), kToday)
                    .ok());

    // A terminated case: from the termination, open while it is terminated.
    const qint64 ended =
        s.cases()
            .registerCase(
                test::offeredBy(s.deadlineSetup().profile.vocabularies, test::sampleCase()), kToday)
            .value()
            .id;
    REQUIRE(s.cases()
                .transition(ended, QStringLiteral("terminate"),
                            input(R"({"terminatedOn": "2026-11-21", "reason": "party_request"})"),
                            kToday)
                .ok());
    std::optional<CaseDeadline> afterTermination = deadlineOf(deadlinesOf(ended), "D7");
    REQUIRE(afterTermination);
    CHECK(afterTermination->deadline.due == d("2026-12-21"));
    CHECK(afterTermination->isOpen());
}

TEST_CASE("The referral's month runs from the referral, and is said when it is unknown (D8)",
          "[deadline]")
{
    const RuleProfile profile = shippedProfile("shizuishan");
    CaseRecord c = test::sampleCase();
    c.referredOn = d("2026-10-31");
    std::optional<CaseDeadline> referral =
        deadlineOf(evaluateDeadlines(c, profile, HolidayCalendar::shipped(), kToday), "D8");
    REQUIRE(referral);
    CHECK(referral->request.start == d("2026-10-31"));
    CHECK(referral->deadline.due == d("2026-11-30"));
    // Unknown: not counted from registration, but said.
    c.referredOn = {};
    referral.reset();
    const auto list = evaluateDeadlines(c, profile, HolidayCalendar::shipped(), kToday, true);
    referral = deadlineOf(list, "D8");
    REQUIRE(referral);
    CHECK(referral->status == CaseDeadline::Status::StartUnknown);
    CHECK_FALSE(referral->isOpen());
    CHECK_FALSE(referral->deadline.due.isValid());
    CHECK(referral->statusText() == QStringLiteral("not counted: record the referral's date"));
    CHECK(referral->explanation(HolidayCalendar::shipped(), kToday).size() == 2);
    CHECK(DeskAgenda::build({c}, profile, HolidayCalendar::shipped(), kToday).overdue.size() ==
          1); // D1 only
    // Not a court's case: no referral period.
    c.source = QStringLiteral("direct");
    CHECK_FALSE(
        deadlineOf(evaluateDeadlines(c, profile, HolidayCalendar::shipped(), kToday), "D8"));
}

TEST_CASE("The agency's plan and its liaison staff are two duties with two deadlines (D2, D9)",
          "[deadline][lifecycle]")
{
    test::TempDatabase file;
    auto store = Store::open(file.path(), StoreAccess::Create);
    REQUIRE(store.ok());
    Store &s = *store.value();
    const qint64 id = s.cases().registerCase(test::sampleCase(), kToday).value().id;
    CHECK_FALSE(s.cases()
                    .transition(id, QStringLiteral("name_liaison"),
                                input(R"({"namedOn": "2026-11-21",
                                          "liaisons": [{"name": "刘科长", "phone": "0952-1234567"}]})"),
                                kToday)
                    .ok()); // the notice is not received yet
    // Received on Friday 11-20: the plan by Monday 11-23 (三日), the liaisons
    // by Wednesday 11-25 (3个工作日).
    REQUIRE(s.cases()
                .transition(id, QStringLiteral("notify_agency"),
                            input(R"({"dispatchedOn": "2026-11-20", "receivedOn": "2026-11-20"})"),
                            kToday)
                .ok());
    auto list = evaluateDeadlines(s.cases().load(id).value(), s.deadlineSetup().profile,
                                  s.deadlineSetup().calendar, kToday);
    CHECK(deadlineOf(list, "D2")->deadline.due == d("2026-11-23"));
    CHECK(deadlineOf(list, "D2")->status == CaseDeadline::Status::Overdue);
    CHECK(deadlineOf(list, "D9")->deadline.due == d("2026-11-25"));
    CHECK(deadlineOf(list, "D9")->status == CaseDeadline::Status::DueToday);
    // Each liaison needs a phone; the date cannot precede the receipt.
    CHECK_FALSE(
        s.cases()
            .transition(id, QStringLiteral("name_liaison"),
                        input(R"({"namedOn": "2026-11-21", "liaisons": [{"name": "刘科长"}]})"),
                        kToday)
            .ok());
    CHECK_FALSE(s.cases()
                    .transition(id, QStringLiteral("name_liaison"),
                                input(R"({"namedOn": "2026-11-19",
                                          "liaisons": [{"name": "刘科长", "phone": "0952-1234567"}]})"),
                                kToday)
                    .ok());
    const auto named = s.cases().transition(
        id, QStringLiteral("name_liaison"),
        input(R"({"namedOn": "2026-11-24", "liaisons": [{"name": "刘科长", "position": "法制科",
                  "phone": "0952-1234567"}, {"name": "周干事", "phone": "13900000000"}]})"),
        kToday);
    REQUIRE(named.ok());
    CHECK(named.value().state == QStringLiteral("agency_notified"));
    CHECK(named.value().progress.liaisons.size() == 2);
    CHECK(CaseProgress::fromJson(named.value().progress.toJson()) == named.value().progress);
    list = evaluateDeadlines(named.value(), s.deadlineSetup().profile, s.deadlineSetup().calendar,
                             kToday);
    CHECK(deadlineOf(list, "D9")->status == CaseDeadline::Status::Done);
    CHECK(deadlineOf(list, "D2")->status == CaseDeadline::Status::Overdue);
    CHECK_FALSE(s.cases()
                    .transition(id, QStringLiteral("name_liaison"),
                                input(R"({"namedOn": "2026-11-25",
                                          "liaisons": [{"name": "吴", "phone": "1"}]})"),
                                kToday)
                    .ok()); // once
}

TEST_CASE("Switching profile recomputes a case's deadlines and is an event", "[deadline][profile]")
{
    test::TempDatabase file;
    auto store = Store::open(file.path(), StoreAccess::Create);
    REQUIRE(store.ok());
    Store &s = *store.value();
    const CaseRecord c = s.cases().registerCase(test::sampleCase(), kToday).value();
    const auto ids = [&] {
        QStringList list;
        for (const CaseDeadline &d :
             evaluateDeadlines(s.cases().load(c.id).value(), s.deadlineSetup().profile,
                               s.deadlineSetup().calendar, kToday))
            list.append(d.rule.id);
        return list;
    };
    CHECK(ids() == QStringList{QStringLiteral("D1"), QStringLiteral("D3"), QStringLiteral("D5"),
                               QStringLiteral("D8")});
    REQUIRE(s.chooseProfile(QStringLiteral("wenxian")).ok());
    CHECK(s.deadlineSetup().profile.id == QStringLiteral("wenxian"));
    CHECK(ids() == QStringList{QStringLiteral("T1")});
    REQUIRE(s.chooseProfile(QStringLiteral("shizuishan")).ok());
    CHECK(ids().size() == 4);
    QSqlQuery events(s.connection());
    REQUIRE(events.exec(QStringLiteral(
        "SELECT input FROM events WHERE action = 'change_setting' ORDER BY sequence")));
    QStringList chosen;
    while (events.next())
        chosen.append(QJsonDocument::fromJson(events.value(0).toString().toUtf8())
                          .object()
                          .value(QStringLiteral("value"))
                          .toString());
    CHECK(chosen == QStringList{QStringLiteral("wenxian"), QStringLiteral("shizuishan")});
    CHECK(s.events().verify().value().intact());
}

TEST_CASE("Every shipped profile loads, and each of its deadlines names its article",
          "[deadline][profile]")
{
    for (const char *id : {"shizuishan", "wenxian", "lushan", "zhongxiang", "ruzhou"}) {
        INFO(id);
        const RuleProfile profile = shippedProfile(id);
        CHECK(profile.id == QString::fromLatin1(id));
        CHECK_FALSE(profile.rules.isEmpty());
        for (const DeadlineRule &rule : profile.rules) {
            INFO(rule.id.toStdString());
            CHECK_FALSE(rule.source.isEmpty());
            CHECK_FALSE(rule.labelChinese.isEmpty());
        }
    }
    // Wen county sets no time limit: all are only tracked.
    for (const DeadlineRule &rule : shippedProfile("wenxian").rules)
        CHECK(rule.tracked);
    CHECK(shippedProfile("zhongxiang").rule(QStringLiteral("D7"))->period.length == 30);
}
