#include "lifecycle/lifecycle.h"
#include "store/store.h"
#include "support/samplecase.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <catch2/catch.hpp>

using namespace huajie;

namespace {
// Late enough that every date of these stories is in the past.
const QDate kToday(2026, 12, 31);

QJsonObject json(const char *text)
{
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(text));
    REQUIRE(document.isObject());
    return document.object();
}

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
        auto registered = store->cases().registerCase(test::sampleCase(), test::kToday);
        REQUIRE(registered.ok());
        caseId = registered.value().id;
    }

    Result<CaseRecord> act(const char *action, const char *input = "{}")
    {
        return store->cases().transition(caseId, QString::fromLatin1(action), json(input), kToday);
    }

    QString state(const char *action, const char *input = "{}")
    {
        auto moved = act(action, input);
        INFO(action << ": "
                    << (moved.ok() ? std::string() : moved.error().describe().toStdString()));
        REQUIRE(moved.ok());
        return moved.value().state;
    }

    QString refusal(const char *action, const char *input = "{}")
    {
        auto moved = act(action, input);
        REQUIRE_FALSE(moved.ok());
        return moved.error().describe();
    }

    void toMediation()
    {
        REQUIRE(state("notify_agency",
                      R"({"dispatchedOn": "2026-11-21", "receivedOn": "2026-11-23"})") ==
                QStringLiteral("agency_notified"));
        REQUIRE(state("receive_plan", R"({"receivedOn": "2026-11-24", "summary": "重新评估补偿",
                      "mediators": [{"name": "王科长", "position": "法制科科长", "phone": "13900000000"}]})") ==
                QStringLiteral("plan_received"));
        REQUIRE(state("start_mediation", R"({"startedOn": "2026-11-25"})") ==
                QStringLiteral("in_mediation"));
    }
};

const char *kAllSigned =
    R"({"signedOn": "2026-12-01", "effect": "on_signature", "terms": "重新核定补偿",
    "signatures": [{"party": "张三", "signedBy": "李律师"}, {"party": "石嘴山市星海物流有限公司"},
                   {"party": "石嘴山市自然资源局"}, {"party": "大武口区人民政府"}]})";
} // namespace

TEST_CASE("Agreement path from registration to archive and back", "[lifecycle]")
{
    Desk desk;
    desk.toMediation();
    CHECK(desk.state("suspend", R"({"kind": "appraisal", "from": "2026-11-26"})") ==
          QStringLiteral("in_mediation"));
    CHECK(desk.state("resume", R"({"to": "2026-11-28"})") == QStringLiteral("in_mediation"));
    CHECK(desk.state("extend", R"({"days": 30, "approvedBy": "刘振华", "approvedOn": "2026-11-29",
        "referringUnitToldOn": "2026-11-29", "consentingParties": ["张三", "石嘴山市星海物流有限公司",
        "石嘴山市自然资源局", "大武口区人民政府"]})") == QStringLiteral("in_mediation"));
    CHECK(desk.state("reach_agreement", kAllSigned) == QStringLiteral("agreement"));
    CHECK(desk.state("apply_withdrawal", R"({"appliedOn": "2026-12-01", "appliedBy": "李律师"})") ==
          QStringLiteral("agreement"));
    CHECK(desk.state("rule_withdrawal", R"({"ruledOn": "2026-12-05", "ruling": "granted"})") ==
          QStringLiteral("agreement"));
    CHECK(desk.state("apply_confirmation", R"({"appliedOn": "2026-12-03"})") ==
          QStringLiteral("agreement"));
    CHECK(desk.state("rule_confirmation", R"({"ruledOn": "2026-12-10", "ruling": "granted",
        "statementNumber": "（2026）宁02行调1号"})") == QStringLiteral("agreement"));
    CHECK(desk.state("record_performance",
                     R"({"recordedOn": "2026-12-12", "performance": "performed"})") ==
          QStringLiteral("agreement"));
    CHECK(desk.state("close", R"({"closedOn": "2026-12-12"})") == QStringLiteral("closed"));
    CHECK(desk.state("record_follow_up", R"({"visitedOn": "2026-12-20", "note": "已履行"})") ==
          QStringLiteral("followed_up"));
    CHECK(desk.state("archive", R"({"archivedOn": "2026-12-28", "archiveNumber": "档-1"})") ==
          QStringLiteral("archived"));
    CHECK(desk.state("reopen", R"({"reason": "补充材料"})") == QStringLiteral("followed_up"));
    CHECK(desk.state("archive", R"({"archivedOn": "2026-12-30"})") == QStringLiteral("archived"));

    const CaseProgress p = desk.store->cases().load(desk.caseId).value().progress;
    CHECK(p.agreementEffectiveOn == QDate(2026, 12, 1));
    CHECK(p.suspensions.size() == 1);
    CHECK(p.suspensions[0].to == QDate(2026, 11, 28));
    CHECK(p.extension->days == 30);
    CHECK(p.agencyMediators[0].name == QStringLiteral("王科长"));
    CHECK(p.confirmationRuling == QStringLiteral("granted"));
}

TEST_CASE("Termination for each of the six reasons then report and transfer back", "[lifecycle]")
{
    const std::pair<const char *, const char *> reasons[] = {
        {"time_expired", ""},    {"party_request", ""}, {"agency_absent", ""},
        {"party_retracted", ""}, {"party_extinct", ""}, {"other", "申请人已另行起诉"}};
    for (const auto &[reason, text] : reasons) {
        DYNAMIC_SECTION("reason " << reason)
        {
            Desk desk;
            desk.toMediation();
            if (QByteArray(reason) == "agency_absent") {
                desk.state("record_agency_absence", R"({"on": "2026-11-26"})");
                desk.state("record_agency_absence", R"({"on": "2026-11-30"})");
            }
            const QByteArray input =
                QStringLiteral(R"({"terminatedOn": "2026-12-02", "reason": "%1", "text": "%2"})")
                    .arg(QString::fromLatin1(reason), QString::fromUtf8(text))
                    .toUtf8();
            CHECK(desk.state("terminate", input.constData()) == QStringLiteral("terminated"));
            CHECK(desk.refusal("transfer_back",
                               R"({"transferredOn": "2026-12-03", "to": "石嘴山市中级人民法院"})")
                      .contains(QStringLiteral("report")));
            CHECK(desk.state("file_report",
                             R"({"reportOn": "2026-12-03", "summary": "双方分歧较大"})") ==
                  QStringLiteral("terminated"));
            CHECK(desk.state("transfer_back",
                             R"({"transferredOn": "2026-12-04", "to": "石嘴山市中级人民法院"})") ==
                  QStringLiteral("transferred_back"));
            CHECK(desk.state("close", R"({"closedOn": "2026-12-05"})") == QStringLiteral("closed"));
            CHECK(desk.state("archive", R"({"archivedOn": "2026-12-06"})") ==
                  QStringLiteral("archived"));
            CHECK(desk.store->cases().load(desk.caseId).value().progress.terminationReason ==
                  QString::fromLatin1(reason));
        }
    }
}

TEST_CASE("No agreement until every side has signed", "[lifecycle][guard]")
{
    Desk desk;
    desk.toMediation();
    CHECK(desk.refusal("reach_agreement", R"({"signedOn": "2026-12-01", "effect": "on_signature",
        "terms": "x", "signatures": [{"party": "张三", "signedBy": "李律师"},
        {"party": "石嘴山市星海物流有限公司"}, {"party": "石嘴山市自然资源局"}]})")
              .contains(QStringLiteral("大武口区人民政府 has not signed")));
    CHECK(desk.store->cases().load(desk.caseId).value().state == QStringLiteral("in_mediation"));
}

TEST_CASE("An agent signs or withdraws only with special authority", "[lifecycle][guard]")
{
    CaseRecord sample = test::sampleCase();
    sample.parties[0].attendsInPerson = true;
    sample.parties[0].agents[0].authority = QStringLiteral("general");
    Desk desk;
    REQUIRE(desk.store->cases()
                .updateCase(
                    [&] {
                        CaseRecord c = desk.store->cases().load(desk.caseId).value();
                        c.parties = sample.parties;
                        return c;
                    }(),
                    test::kToday)
                .ok());
    desk.toMediation();
    CHECK(desk.refusal("reach_agreement", kAllSigned)
              .contains(QStringLiteral("only general authority")));
    CHECK(desk.refusal("reach_agreement", R"({"signedOn": "2026-12-01", "effect": "on_signature",
        "terms": "x", "signatures": [{"party": "张三", "signedBy": "王五"}]})")
              .contains(QStringLiteral("neither")));
    QByteArray bySelf(kAllSigned);
    bySelf.replace(R"("signedBy": "李律师")", R"("signedBy": "")");
    REQUIRE(desk.state("reach_agreement", bySelf.constData()) == QStringLiteral("agreement"));
    CHECK(desk.refusal("apply_withdrawal", R"({"appliedOn": "2026-12-01", "appliedBy": "李律师"})")
              .contains(QStringLiteral("only general authority")));
    CHECK(desk.state("apply_withdrawal", R"({"appliedOn": "2026-12-01", "appliedBy": "张三"})") ==
          QStringLiteral("agreement"));
}

TEST_CASE("Termination reason 3 needs a late plan or two absences", "[lifecycle][guard]")
{
    Desk desk;
    desk.toMediation();
    const char *absent = R"({"terminatedOn": "2026-12-02", "reason": "agency_absent"})";
    CHECK(desk.refusal("terminate", absent).contains(QStringLiteral("0 absences")));
    desk.state("record_agency_absence", R"({"on": "2026-11-26"})");
    CHECK(desk.refusal("terminate", absent).contains(QStringLiteral("1 absences")));
    desk.state("record_agency_absence", R"({"on": "2026-11-27"})");
    CHECK(desk.state("terminate", absent) == QStringLiteral("terminated"));

    // A plan not received by its deadline: received 2026-11-23 (Mon), due
    // three working days later, Thursday 2026-11-26.
    Desk late;
    late.state("notify_agency", R"({"dispatchedOn": "2026-11-21", "receivedOn": "2026-11-23"})");
    const CaseRecord record = late.store->cases().load(late.caseId).value();
    CHECK(late.store->cases().lifecycleContext(record, kToday).planDue == QDate(2026, 11, 26));
    LifecycleContext onTime = late.store->cases().lifecycleContext(record, QDate(2026, 11, 26));
    CHECK_FALSE(Lifecycle::apply(
                    record, record.progress, QStringLiteral("terminate"),
                    json(R"({"terminatedOn": "2026-11-26", "reason": "agency_absent"})"), onTime)
                    .ok());
    CHECK(late.state("terminate", absent) == QStringLiteral("terminated"));
}

TEST_CASE("Reason other needs its text", "[lifecycle][guard]")
{
    Desk desk;
    CHECK(desk.refusal("terminate", R"({"terminatedOn": "2026-11-21", "reason": "other"})")
              .contains(QStringLiteral("Explanation")));
}

TEST_CASE("The time limit is extended once only and with every party's consent",
          "[lifecycle][guard]")
{
    Desk desk;
    desk.toMediation();
    const char *partial = R"({"days": 20, "approvedBy": "刘振华", "approvedOn": "2026-11-29",
        "referringUnitToldOn": "2026-11-29", "consentingParties": ["张三"]})";
    CHECK(desk.refusal("extend", partial).contains(QStringLiteral("has not consented")));
    const char *tooLong = R"({"days": 31, "approvedBy": "刘振华", "approvedOn": "2026-11-29",
        "referringUnitToldOn": "2026-11-29", "consentingParties": ["张三", "石嘴山市星海物流有限公司",
        "石嘴山市自然资源局", "大武口区人民政府"]})";
    CHECK(desk.refusal("extend", tooLong).contains(QStringLiteral("1 to 30")));
    QByteArray ok(tooLong);
    ok.replace("31", "30");
    CHECK(desk.state("extend", ok.constData()) == QStringLiteral("in_mediation"));
    CHECK(desk.refusal("extend", ok.constData()).contains(QStringLiteral("only once")));
    CHECK(desk.refusal("extend", R"({"days": 5})").contains(QStringLiteral("only once")));
}

TEST_CASE("The time limit cannot be extended once it has run out, which names its last day",
          "[lifecycle][guard]")
{
    Desk desk;
    desk.toMediation();
    // Registered on 2026-11-20: 30 days end on Sunday 2026-12-20, which rolls to Monday.
    const auto extendOffered = [&](const QDate &today) {
        const CaseRecord record = desk.store->cases().load(desk.caseId).value();
        for (const ActionAvailability &a : Lifecycle::available(
                 record, record.progress, desk.store->cases().lifecycleContext(record, today)))
            if (QLatin1String(a.action->code) == QLatin1String("extend"))
                return std::pair{a.enabled, a.reason};
        FAIL("no extend action");
        return std::pair{false, QString()};
    };
    CHECK(desk.store->cases()
              .lifecycleContext(desk.store->cases().load(desk.caseId).value(), QDate(2026, 12, 22))
              .timeLimitEnds == QDate(2026, 12, 21));
    CHECK(extendOffered(QDate(2026, 12, 21)).first);
    const auto [offered, reason] = extendOffered(QDate(2026, 12, 22));
    CHECK_FALSE(offered);
    CHECK(reason ==
          QStringLiteral("The time limit ran out on 2026-12-21: it can no longer be extended."));

    // An approval after the last day is refused; one within it may be recorded later.
    const auto extension = [](const char *approvedOn) {
        return json(QStringLiteral(R"({"days": 10, "approvedBy": "刘振华", "approvedOn": "%1",
            "referringUnitToldOn": "%1", "consentingParties": ["张三", "石嘴山市星海物流有限公司",
            "石嘴山市自然资源局", "大武口区人民政府"]})")
                        .arg(QString::fromLatin1(approvedOn))
                        .toUtf8()
                        .constData());
    };
    auto late = desk.store->cases().transition(desk.caseId, QStringLiteral("extend"),
                                               extension("2026-12-22"), QDate(2026, 12, 28));
    REQUIRE_FALSE(late.ok());
    CHECK(late.error().describe().contains(QStringLiteral("ran out on 2026-12-21")));
    CHECK(desk.store->cases().load(desk.caseId).value().progress.extension == std::nullopt);
    auto inTime = desk.store->cases().transition(desk.caseId, QStringLiteral("extend"),
                                                 extension("2026-12-21"), QDate(2026, 12, 28));
    INFO((inTime.ok() ? std::string() : inTime.error().describe().toStdString()));
    CHECK(inTime.ok());
}

TEST_CASE("An archived case changes only by an explicit reopen with a reason", "[lifecycle][guard]")
{
    Desk desk;
    desk.state("terminate", R"({"terminatedOn": "2026-11-21", "reason": "party_request"})");
    desk.state("file_report", R"({"reportOn": "2026-11-22", "summary": "申请人撤回"})");
    desk.state("transfer_back", R"({"transferredOn": "2026-11-23", "to": "石嘴山市中级人民法院"})");
    desk.state("close", R"({"closedOn": "2026-11-24"})");
    desk.state("archive", R"({"archivedOn": "2026-11-25"})");
    CaseRecord c = desk.store->cases().load(desk.caseId).value();
    c.summary = QStringLiteral("改动");
    auto edit = desk.store->cases().updateCase(c, kToday);
    REQUIRE_FALSE(edit.ok());
    CHECK(edit.error().message.contains(QStringLiteral("archived")));
    CHECK(desk.refusal("record_follow_up", R"({"visitedOn": "2026-11-26", "note": "x"})")
              .contains(QStringLiteral("archived")));
    CHECK(desk.refusal("reopen", R"({"reason": " "})").contains(QStringLiteral("required")));
    CHECK(desk.state("reopen", R"({"reason": "当事人申请复查"})") == QStringLiteral("closed"));
    c.state = QStringLiteral("closed");
    CHECK(desk.store->cases().updateCase(c, kToday).ok());
}

TEST_CASE("Actions are refused outside their states and with bad input", "[lifecycle][guard]")
{
    Desk desk;
    CHECK(desk.refusal("start_mediation", R"({"startedOn": "2026-11-22"})")
              .contains(QStringLiteral("Plan received")));
    CHECK(desk.refusal("fly").contains(QStringLiteral("notify_agency")));
    CHECK(desk.refusal("notify_agency", R"({"dispatchedOn": "2027-01-05"})")
              .contains(QStringLiteral("future")));
    CHECK(desk.refusal("notify_agency", R"({"dispatchedOn": "2026-11-01"})")
              .contains(QStringLiteral("before the registration")));
    CHECK(desk.refusal("notify_agency", R"({"dispatched": "2026-11-21"})")
              .contains(QStringLiteral("not a known key")));
    CHECK(desk.refusal("notify_agency",
                       R"({"dispatchedOn": "2026-11-22", "receivedOn": "2026-11-21"})")
              .contains(QStringLiteral("before the notice")));
    CHECK(desk.refusal("notify_agency").contains(QStringLiteral("required")));
    CHECK(desk.refusal("resume", R"({"to": "2026-11-22"})")
              .contains(QStringLiteral("Agency notified")));
    desk.state("notify_agency", R"({"dispatchedOn": "2026-11-21"})");
    CHECK(desk.refusal("receive_plan", R"({"receivedOn": "2026-11-24", "summary": "x",
        "mediators": [{"name": "王"}]})")
              .contains(QStringLiteral("received the notice")));
    CHECK(desk.refusal("resume", R"({"to": "2026-11-22"})")
              .contains(QStringLiteral("not suspended")));
    desk.state("suspend", R"({"kind": "testing", "from": "2026-11-22"})");
    CHECK(desk.refusal("suspend", R"({"kind": "testing", "from": "2026-11-23"})")
              .contains(QStringLiteral("already")));
    CHECK(desk.refusal("resume", R"({"to": "2026-11-21"})")
              .contains(QStringLiteral("before the suspension")));
    // Nothing refused changed the case.
    CHECK(desk.store->cases().load(desk.caseId).value().state == QStringLiteral("agency_notified"));
}

TEST_CASE("What is possible now is offered and the rest explained", "[lifecycle]")
{
    Desk desk;
    const CaseRecord record = desk.store->cases().load(desk.caseId).value();
    const auto actions = Lifecycle::available(record, record.progress,
                                              desk.store->cases().lifecycleContext(record, kToday));
    QStringList possible;
    for (const ActionAvailability &a : actions) {
        if (a.enabled)
            possible.append(QString::fromLatin1(a.action->code));
        else
            CHECK_FALSE(a.reason.isEmpty());
    }
    CHECK(possible == QStringList{QStringLiteral("notify_agency"), QStringLiteral("terminate")});
}
