#include "deadline/casedeadlines.h"
#include "documents/documentcomposer.h"
#include "lifecycle/lifecycle.h"
#include "profile/ruleprofile.h"
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

    explicit Desk(const CaseRecord &record = test::sampleCase(), const char *profile = nullptr)
    {
        auto opened = Store::open(file.path(), StoreAccess::Create);
        REQUIRE(opened.ok());
        store = std::move(opened).value();
        if (profile)
            REQUIRE(store->chooseProfile(QString::fromLatin1(profile)).ok());
        const CaseRecord offered =
            test::offeredBy(store->deadlineSetup().profile.vocabularies, record);
        auto registered = store->cases().registerCase(offered, test::kToday);
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

    CaseRecord record() const { return store->cases().load(caseId).value(); }

    void issue(const char *kind, const QDate &on)
    {
        auto issued = DocumentComposer(*store).issue(record(), QString::fromLatin1(kind),
                                                     QDateTime(on, QTime(10, 0)));
        INFO((issued.ok() ? std::string() : issued.error().describe().toStdString()));
        REQUIRE(issued.ok());
    }

    // The actions the desk offers now, by code: possible ones, and the others with why not.
    QHash<QString, QString> offered() const
    {
        const CaseRecord now = record();
        QHash<QString, QString> codes;
        for (const ActionAvailability &a : store->cases().availableActions(now, kToday))
            codes.insert(QString::fromLatin1(a.action->code), a.enabled ? QString() : a.reason);
        return codes;
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
            // The time limit (30 days from 2026-11-20) runs out after 2026-12-21.
            const bool expired = QByteArray(reason) == "time_expired";
            if (expired)
                desk.issue("mediator-opinion", QDate(2026, 12, 28));
            const QByteArray input =
                QStringLiteral(R"({"terminatedOn": "%3", "reason": "%1", "text": "%2"})")
                    .arg(QString::fromLatin1(reason), QString::fromUtf8(text),
                         expired ? QStringLiteral("2026-12-28") : QStringLiteral("2026-12-02"))
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
    // The company signs through its legal representative.
    bySelf.replace(R"({"party": "石嘴山市星海物流有限公司"})",
                   R"({"party": "石嘴山市星海物流有限公司", "signedBy": "王五"})");
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
              .contains(QStringLiteral("Agency notified")));
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

TEST_CASE("Termination reason 1 needs the time limit run out and the mediator's written opinion",
          "[lifecycle][guard]")
{
    Desk desk;
    desk.toMediation();
    // Registered 2026-11-20: the 30 days end on Sunday 2026-12-20, which rolls to Monday.
    CHECK(desk.refusal("terminate", R"({"terminatedOn": "2026-12-21", "reason": "time_expired"})")
              .contains(QStringLiteral("runs until 2026-12-21")));
    const char *late = R"({"terminatedOn": "2026-12-27", "reason": "time_expired"})";
    CHECK(desk.refusal("terminate", late).contains(QStringLiteral("written opinion")));
    // An opinion issued after the day of the termination does not count for it.
    desk.issue("mediator-opinion", QDate(2026, 12, 28));
    CHECK(desk.refusal("terminate", late).contains(QStringLiteral("written opinion")));
    CHECK(desk.record().state == QStringLiteral("in_mediation"));
    CHECK(desk.state("terminate", R"({"terminatedOn": "2026-12-28", "reason": "time_expired"})") ==
          QStringLiteral("terminated"));
}

TEST_CASE("The written opinion of the mediator is a document of the case", "[lifecycle]")
{
    Desk desk;
    desk.toMediation();
    desk.issue("mediator-opinion", QDate(2026, 12, 28));
    auto issued = desk.store->documents().forCase(desk.caseId);
    REQUIRE(issued.ok());
    REQUIRE(issued.value().size() == 1);
    const QString html = issued.value().first().html;
    CHECK(html.contains(QStringLiteral("协调化解员书面意见")));
    CHECK(html.contains(QStringLiteral("协调化解期限于2026年12月21日届满")));
    CHECK(html.contains(QStringLiteral("已无成功协调化解的可能")));
    CHECK(html.contains(QStringLiteral("第二十三条第（一）项")));
}

TEST_CASE("A party goes back on a conditional agreement before it takes effect", "[lifecycle]")
{
    Desk desk;
    desk.toMediation();
    CHECK(desk.state("reach_agreement", R"({"signedOn": "2026-12-01", "effect": "on_condition",
        "condition": "经石嘴山市自然资源局审查确认", "terms": "重新核定补偿",
        "signatures": [{"party": "张三", "signedBy": "李律师"}, {"party": "石嘴山市星海物流有限公司"},
                       {"party": "石嘴山市自然资源局"}, {"party": "大武口区人民政府"}]})") ==
          QStringLiteral("agreement"));
    CHECK(desk.offered().value(QStringLiteral("terminate")).isEmpty());
    // Once signed, only reason 4 ends it, and not before the signature.
    CHECK(desk.refusal("terminate", R"({"terminatedOn": "2026-12-05", "reason": "party_request"})")
              .contains(QStringLiteral("A party went back on the agreement")));
    CHECK(
        desk.refusal("terminate", R"({"terminatedOn": "2026-11-30", "reason": "party_retracted"})")
            .contains(QStringLiteral("before the agreement was signed")));
    // The agency refuses the confirmation the agreement waits for.
    CHECK(desk.state("terminate", R"({"terminatedOn": "2026-12-05", "reason": "party_retracted",
        "text": "石嘴山市自然资源局经审查不予确认"})") == QStringLiteral("terminated"));
    CHECK(desk.state("file_report", R"({"reportOn": "2026-12-06", "summary": "协议未获确认"})") ==
          QStringLiteral("terminated"));
    CHECK(desk.state("transfer_back",
                     R"({"transferredOn": "2026-12-07", "to": "石嘴山市中级人民法院"})") ==
          QStringLiteral("transferred_back"));
    CHECK(desk.state("close", R"({"closedOn": "2026-12-08"})") == QStringLiteral("closed"));
    // The case concluded with its termination, not with the agreement.
    const CaseRecord closed = desk.record();
    CHECK(closed.progress.agreementSignedOn == QDate(2026, 12, 1));
    CHECK(caseFact(closed, QStringLiteral("concludedOn")) == QDate(2026, 12, 5));
}

TEST_CASE("An agreement that has taken effect is not gone back on", "[lifecycle][guard]")
{
    Desk desk;
    desk.toMediation();
    desk.state("reach_agreement", kAllSigned);
    const QString why = desk.offered().value(QStringLiteral("terminate"));
    CHECK(why.contains(QStringLiteral("taken effect")));
    CHECK(
        desk.refusal("terminate", R"({"terminatedOn": "2026-12-05", "reason": "party_retracted"})")
            .contains(QStringLiteral("taken effect")));
    CHECK(desk.record().state == QStringLiteral("agreement"));
}

TEST_CASE("Where the center asks no plan first, mediation starts once the agency is notified",
          "[lifecycle][profile]")
{
    // Shizuishan asks the plan first (工作规则第七条).
    Desk shizuishan;
    shizuishan.state("notify_agency", R"({"dispatchedOn": "2026-11-21"})");
    CHECK(shizuishan.offered()
              .value(QStringLiteral("start_mediation"))
              .contains(QStringLiteral("工作规则第七条")));

    Desk lushan(test::sampleCase(), "lushan");
    lushan.state("notify_agency", R"({"dispatchedOn": "2026-11-21", "receivedOn": "2026-11-23"})");
    CHECK(lushan.offered().value(QStringLiteral("start_mediation")).isEmpty());
    CHECK(lushan.state("start_mediation", R"({"startedOn": "2026-11-24"})") ==
          QStringLiteral("in_mediation"));
    // The plan may still come, and the case stays in mediation.
    const char *plan = R"({"receivedOn": "2026-11-26", "summary": "重新评估补偿",
        "mediators": [{"name": "王科长"}]})";
    CHECK(lushan.state("receive_plan", plan) == QStringLiteral("in_mediation"));
    CHECK(lushan.refusal("receive_plan", plan).contains(QStringLiteral("already recorded")));
    // No plan falls late: reason 3 rests on the absences alone.
    const QString absent =
        lushan.refusal("terminate", R"({"terminatedOn": "2026-12-02", "reason": "agency_absent"})");
    CHECK(absent.contains(QStringLiteral("absent twice")));
    CHECK_FALSE(absent.contains(QStringLiteral("plan")));
}

TEST_CASE("A reconsideration case is withdrawn under the ruzhou steps", "[lifecycle][profile]")
{
    CaseRecord reconsideration = test::sampleCase();
    reconsideration.source = QStringLiteral("reconsideration");
    reconsideration.referringUnit = QStringLiteral("汝州市人民政府");
    Desk desk(reconsideration, "ruzhou");
    desk.state("notify_agency", R"({"dispatchedOn": "2026-11-21"})");
    desk.state("start_mediation", R"({"startedOn": "2026-11-24"})");
    desk.state("reach_agreement", kAllSigned);

    // No lawsuit to withdraw: the desk offers the reconsideration's own steps.
    const auto offered = desk.offered();
    CHECK_FALSE(offered.contains(QStringLiteral("apply_withdrawal")));
    CHECK_FALSE(offered.contains(QStringLiteral("rule_withdrawal")));
    CHECK(offered.value(QStringLiteral("apply_reconsideration_withdrawal"), QStringLiteral("-"))
              .isEmpty());
    CHECK(offered.value(QStringLiteral("record_reconsideration_statement"), QStringLiteral("-"))
              .isEmpty());
    CHECK(desk.refusal("apply_withdrawal", R"({"appliedOn": "2026-12-01", "appliedBy": "李律师"})")
              .contains(QStringLiteral("reconsideration")));
    CHECK(desk.refusal("decide_reconsideration_withdrawal",
                       R"({"decidedOn": "2026-12-03", "decision": "granted"})")
              .contains(QStringLiteral("application to withdraw")));

    CHECK(desk.state("apply_reconsideration_withdrawal",
                     R"({"appliedOn": "2026-12-01", "appliedBy": "李律师"})") ==
          QStringLiteral("agreement"));
    CHECK(desk.refusal("decide_reconsideration_withdrawal",
                       R"({"decidedOn": "2026-11-30", "decision": "granted"})")
              .contains(QStringLiteral("before the withdrawal")));
    CHECK(desk.state("decide_reconsideration_withdrawal",
                     R"({"decidedOn": "2026-12-03", "decision": "granted"})") ==
          QStringLiteral("agreement"));
    CHECK(desk.refusal("record_reconsideration_statement",
                       R"({"issuedOn": "2026-12-04", "statementNumber": "汝政复调〔2026〕1号"})")
              .contains(QStringLiteral("withdraw")));
    CHECK(desk.state("close", R"({"closedOn": "2026-12-05"})") == QStringLiteral("closed"));
    const CaseProgress p = desk.record().progress;
    CHECK(p.withdrawalAppliedBy == QStringLiteral("李律师"));
    CHECK(p.withdrawalRuling == QStringLiteral("granted"));

    // The agreement's withdrawal clause is the reconsideration's.
    auto agreement =
        DocumentComposer(*desk.store).preview(desk.record(), QStringLiteral("agreement"), kToday);
    REQUIRE(agreement.ok());
    CHECK(agreement.value().contains(QStringLiteral("向汝州市人民政府申请撤回行政复议申请")));
    CHECK_FALSE(agreement.value().contains(QStringLiteral("撤回起诉")));
}

TEST_CASE("A reconsideration ends with its mediation statement, once", "[lifecycle][profile]")
{
    CaseRecord reconsideration = test::sampleCase();
    reconsideration.source = QStringLiteral("reconsideration");
    reconsideration.referringUnit = QStringLiteral("汝州市人民政府");
    Desk desk(reconsideration, "ruzhou");
    desk.state("notify_agency", R"({"dispatchedOn": "2026-11-21"})");
    desk.state("start_mediation", R"({"startedOn": "2026-11-24"})");
    desk.state("reach_agreement", kAllSigned);
    CHECK(desk.refusal("record_reconsideration_statement", R"({"issuedOn": "2026-12-04"})")
              .contains(QStringLiteral("required")));
    CHECK(desk.state("record_reconsideration_statement",
                     R"({"issuedOn": "2026-12-04", "statementNumber": "汝政复调〔2026〕1号"})") ==
          QStringLiteral("agreement"));
    CHECK(desk.refusal("record_reconsideration_statement",
                       R"({"issuedOn": "2026-12-05", "statementNumber": "汝政复调〔2026〕2号"})")
              .contains(QStringLiteral("already recorded")));
    CHECK(desk.offered()
              .value(QStringLiteral("apply_reconsideration_withdrawal"))
              .contains(QStringLiteral("mediation statement")));
    const CaseProgress p = desk.record().progress;
    CHECK(p.reconsiderationStatementNumber == QStringLiteral("汝政复调〔2026〕1号"));
    CHECK(p.reconsiderationStatementOn == QDate(2026, 12, 4));
}

TEST_CASE("A court case is offered no reconsideration outcome", "[lifecycle][guard]")
{
    Desk desk;
    desk.toMediation();
    desk.state("reach_agreement", kAllSigned);
    const auto offered = desk.offered();
    CHECK(offered.contains(QStringLiteral("apply_withdrawal")));
    CHECK_FALSE(offered.contains(QStringLiteral("apply_reconsideration_withdrawal")));
    CHECK(desk.refusal("record_reconsideration_statement",
                       R"({"issuedOn": "2026-12-04", "statementNumber": "1号"})")
              .contains(QStringLiteral("comes from a reconsideration")));
}

TEST_CASE("A profile's steps are read, and a wrong one is refused with its path",
          "[lifecycle][profile]")
{
    const auto parse = [](const char *steps) {
        return RuleProfile::fromJson(QByteArray(R"({"id": "x", "name": {"en": "X"}, "steps": )") +
                                         steps + "}",
                                     QStringLiteral("x.json"));
    };
    // Left out: Shizuishan's steps.
    auto plain = RuleProfile::fromJson(R"({"id": "x", "name": {"en": "X"}})", QStringLiteral("x"));
    REQUIRE(plain.ok());
    CHECK(plain.value().steps.agencyPlanRequired);
    CHECK(plain.value().steps.reconsiderationOutcomes);
    CHECK(plain.value().steps.agencyPlanSource == QStringLiteral("工作规则第七条"));

    auto lushan = parse(R"({"agencyPlan": {"required": false}})");
    REQUIRE(lushan.ok());
    CHECK_FALSE(lushan.value().steps.agencyPlanRequired);
    CHECK(lushan.value().steps.agencyPlanSource.isEmpty()); // not Shizuishan's article
    CHECK(lushan.value().steps.reconsiderationOutcomes);

    const std::pair<const char *, const char *> broken[] = {
        {R"({"agencyPlan": {"required": "no"}})", "steps.agencyPlan.required"},
        {R"({"agencyPlan": {}})", "steps.agencyPlan.required"},
        {R"({"agencyPlan": {"requierd": false}})", "steps.agencyPlan.required"},
        {R"({"agencyPlan": {"required": false, "sourse": "x"}})", "steps.agencyPlan.sourse"},
        {R"({"agencyPlan": {"required": false, "source": 7}})", "steps.agencyPlan.source"},
        {R"({"agencyPlan": true})", "steps.agencyPlan"},
        {R"({"reconsiderationOutcomes": {"offered": null}})", "steps.reconsiderationOutcomes"},
        {R"({"plan": {"required": false}})", "steps.plan"},
        {R"([])", "steps"},
    };
    for (const auto &[json, path] : broken) {
        INFO(json);
        auto refused = parse(json);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().describe().contains(QString::fromLatin1(path)));
    }
    // Every shipped profile reads, with its articles.
    for (const char *id : {"shizuishan", "wenxian", "lushan", "zhongxiang", "ruzhou"}) {
        INFO(id);
        auto shipped = RuleProfile::load(QString::fromLatin1(id));
        REQUIRE(shipped.ok());
        CHECK(shipped.value().steps.agencyPlanRequired == (QByteArray(id) == "shizuishan"));
        CHECK_FALSE(shipped.value().steps.agencyPlanSource.isEmpty());
        CHECK_FALSE(shipped.value().steps.reconsiderationOutcomesSource.isEmpty());
    }
}
