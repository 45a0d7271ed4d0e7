// Under the zh_CN interface, every refusal of the lifecycle, the sessions and
// the documents reads in Chinese: what is shown, not only what the catalogue
// holds (a text filed under another context than the one looked up reads in
// English however complete the catalogue is).
#include "documents/documentcomposer.h"
#include "documents/documentlibrary.h"
#include "domain/vocabulary.h"
#include "lifecycle/lifecycle.h"
#include "profile/ruleprofile.h"
#include "store/store.h"
#include "support/chineseinterface.h"
#include "support/samplecase.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QStandardPaths>

#include <catch2/catch.hpp>

#include <functional>

using namespace huajie;

namespace {
const QDate kToday = test::kToday; // 2026-11-25; the case is registered on 2026-11-20

QJsonObject json(const char *text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(text), &error);
    INFO(text);
    REQUIRE(document.isObject());
    return document.object();
}

QStringList codesOf(const Vocabulary &vocabulary)
{
    return vocabulary.codes();
}

QStringList actionCodes()
{
    QStringList codes;
    for (const ActionSpec &spec : Lifecycle::actions())
        codes << QString::fromLatin1(spec.code);
    return codes;
}

struct Step
{
    const char *action;
    const char *input;
};

// The case's way to a state, each step dated on or before kToday.
const Step kNotified{"notify_agency",
                     R"({"dispatchedOn": "2026-11-21", "receivedOn": "2026-11-23"})"};
const Step kPlan{"receive_plan", R"({"receivedOn": "2026-11-24", "summary": "重新评估补偿",
    "mediators": [{"name": "王科长", "position": "法制科科长"}]})"};
const Step kLiaison{"name_liaison", R"({"namedOn": "2026-11-24",
    "liaisons": [{"name": "刘科长", "position": "法制科", "phone": "0952-1234567"}]})"};
const Step kStarted{"start_mediation", R"({"startedOn": "2026-11-24"})"};
const Step kSigned{"reach_agreement", R"({"signedOn": "2026-11-25", "effect": "on_signature",
    "terms": "重新核定补偿", "signatures": [{"party": "张三", "signedBy": "李律师"},
    {"party": "石嘴山市星海物流有限公司"}, {"party": "石嘴山市自然资源局"}, {"party": "大武口区人民政府"}]})"};
const Step kSignedOnCondition{"reach_agreement", R"({"signedOn": "2026-11-25",
    "effect": "on_condition", "condition": "复议决定作出后", "terms": "重新核定补偿",
    "signatures": [{"party": "张三", "signedBy": "李律师"}, {"party": "石嘴山市星海物流有限公司"},
    {"party": "石嘴山市自然资源局"}, {"party": "大武口区人民政府"}]})"};
const Step kWithdrawalApplied{"apply_reconsideration_withdrawal",
                              R"({"appliedOn": "2026-11-25", "appliedBy": "张三"})"};
const Step kStatement{"record_reconsideration_statement",
                      R"({"issuedOn": "2026-11-25", "statementNumber": "石政复调〔2026〕1号"})"};
const Step kTerminated{"terminate", R"({"terminatedOn": "2026-11-22", "reason": "party_request"})"};
const Step kReported{"file_report", R"({"reportOn": "2026-11-23", "summary": "申请人撤回申请"})"};
const Step kTransferred{"transfer_back",
                        R"({"transferredOn": "2026-11-24", "to": "石嘴山市中级人民法院"})"};
const Step kClosed{"close", R"({"closedOn": "2026-11-24"})"};
const Step kArchived{"archive", R"({"archivedOn": "2026-11-25"})"};
const Step kSuspended{"suspend", R"({"kind": "appraisal", "from": "2026-11-23"})"};
const Step kResumed{"resume", R"({"to": "2026-11-24"})"};
const char *kEveryone = R"("consentingParties": ["张三", "石嘴山市星海物流有限公司",
    "石嘴山市自然资源局", "大武口区人民政府"])";

// A center's own profile, as a sixth center might write it: the default
// termination reasons, but no time limit.
const char *const kOwnProfile = "own-no-time-limit";

// Early involvement (鲁山实施办法第四条至第七条), under the lushan profile.
const Step kAccepted{"accept_reconsideration", R"({"acceptedOn": "2026-11-10"})"};
const Step kInvited{"send_invitation", R"({"sentOn": "2026-11-21", "invited": "procuratorate"})"};
const Step kReceived{"record_invitation_receipt",
                     R"({"invited": "procuratorate", "receivedOn": "2026-11-23"})"};
const Step kOfficeInvited{"send_invitation",
                          R"({"sentOn": "2026-11-21", "invited": "government_office"})"};
const Step kProcuratorateInvited{"send_invitation",
                                 R"({"sentOn": "2026-11-21", "invited": "procuratorate"})"};
const Step kOfficeReceived{"record_invitation_receipt",
                           R"({"invited": "government_office", "receivedOn": "2026-11-22"})"};
const Step kProcuratorateReceived{"record_invitation_receipt",
                                  R"({"invited": "procuratorate", "receivedOn": "2026-11-22"})"};
const Step kOfficeAnswered{"record_invitation_reply", R"({"invited": "government_office",
    "answeredOn": "2026-11-23", "answer": "declines"})"};

std::vector<Step> mediation()
{
    return {kNotified, kPlan, kStarted};
}
std::vector<Step> plus(std::vector<Step> steps, std::initializer_list<Step> more)
{
    steps.insert(steps.end(), more);
    return steps;
}

// One refusal of the lifecycle: the English text the code refuses with
// (looked up in the "Lifecycle" context unless said), how the case gets
// there and what is then asked of it.
struct LifecycleRefusal
{
    const char *message;
    std::vector<Step> setup;
    const char *action;
    QString input;
    QStringList codes = {}; // codes the message lists, besides the input's keys
    QDate today = kToday;
    bool generalAgent = false; // the applicant's agent holds only general authority
    const char *context = "Lifecycle";
    const char *profile = nullptr; // the center's profile, when not the default
    const char *source = nullptr;  // the case's source, when not the sample's court
};

QString withEveryone(const char *fields)
{
    return QStringLiteral("{%1, %2}").arg(QString::fromUtf8(fields), QString::fromUtf8(kEveryone));
}

const std::vector<LifecycleRefusal> &lifecycleRefusals()
{
    static const std::vector<LifecycleRefusal> all = {
        {"%1 holds only general authority for %2: an agent signs or withdraws only with special "
         "authority",
         mediation(),
         "reach_agreement",
         R"({"signedOn": "2026-11-25", "effect": "on_signature", "terms": "补偿",
            "signatures": [{"party": "张三", "signedBy": "李律师"}]})",
         {},
         kToday,
         true},
        {"%1 is neither %2, its legal representative nor one of its agents", mediation(),
         "reach_agreement",
         R"({"signedOn": "2026-11-25", "effect": "on_signature", "terms": "补偿",
            "signatures": [{"party": "张三", "signedBy": "王二"}]})"},
        {"The case is archived: reopen it first, with a reason.",
         {kTerminated, kReported, kTransferred, kClosed, kArchived},
         "record_follow_up",
         R"({"visitedOn": "2026-11-25", "note": "已回访"})"},
        {"Possible only when the case is: %1",
         {},
         "start_mediation",
         R"({"startedOn": "2026-11-24"})"},
        {"The agency's receipt is already recorded.",
         {kNotified},
         "record_notice_receipt",
         R"({"receivedOn": "2026-11-24"})"},
        {"Record first when the agency received the notice.",
         {{"notify_agency", R"({"dispatchedOn": "2026-11-21"})"}},
         "receive_plan",
         QString::fromUtf8(kPlan.input)},
        {"The time limit is already suspended.",
         {kNotified, kSuspended},
         "suspend",
         R"({"kind": "appraisal", "from": "2026-11-24"})"},
        {"The time limit is not suspended.", {kNotified}, "resume", R"({"to": "2026-11-24"})"},
        {"The time limit has been extended once already; it can be extended only once.",
         {kNotified, {"extend", R"({"days": 10, "approvedBy": "刘振华", "approvedOn": "2026-11-24",
              "referringUnitToldOn": "2026-11-24", "consentingParties": ["张三",
              "石嘴山市星海物流有限公司", "石嘴山市自然资源局", "大武口区人民政府"]})"}},
         "extend",
         R"({"days": 5})"},
        {"The time limit ran out on %1: it can no longer be extended.",
         mediation(),
         "extend",
         withEveryone(R"("days": 10, "approvedBy": "刘振华", "approvedOn": "2026-12-27",
            "referringUnitToldOn": "2026-12-27")"),
         {},
         QDate(2026, 12, 28)},
        {"Only for an agreement that takes effect on a condition not yet met.",
         plus(mediation(), {kSigned}), "agreement_takes_effect",
         R"({"effectiveOn": "2026-11-25"})"},
        {"Withdrawal of the lawsuit has already been applied for.",
         plus(mediation(),
              {kSigned,
               {"apply_withdrawal", R"({"appliedOn": "2026-11-25", "appliedBy": "张三"})"}}),
         "apply_withdrawal", R"({"appliedOn": "2026-11-25", "appliedBy": "张三"})"},
        {"Only after an application to withdraw, and once.", plus(mediation(), {kSigned}),
         "rule_withdrawal", R"({"ruledOn": "2026-11-25", "ruling": "granted"})"},
        {"The agreement has not taken effect yet.", plus(mediation(), {kSignedOnCondition}),
         "apply_confirmation", R"({"appliedOn": "2026-11-25"})"},
        {"Judicial confirmation has already been applied for.",
         plus(mediation(), {kSigned, {"apply_confirmation", R"({"appliedOn": "2026-11-25"})"}}),
         "apply_confirmation", R"({"appliedOn": "2026-11-25"})"},
        {"Only after an application for judicial confirmation, and once.",
         plus(mediation(), {kSigned}), "rule_confirmation",
         R"({"ruledOn": "2026-11-25", "ruling": "granted"})"},
        {"The mediation report is already filed.",
         {kTerminated, kReported},
         "file_report",
         R"({"reportOn": "2026-11-24", "summary": "补充"})"},
        {"File the mediation report first.",
         {kTerminated},
         "transfer_back",
         R"({"transferredOn": "2026-11-24", "to": "石嘴山市中级人民法院"})"},
        {"cannot be in the future", {}, "notify_agency", R"({"dispatchedOn": "2026-11-26"})"},
        {"cannot be before the registration date",
         {},
         "notify_agency",
         R"({"dispatchedOn": "2026-11-01"})"},
        {"\"%1\" is not one of: %2",
         {},
         "terminate",
         R"({"terminatedOn": "2026-11-22", "reason": "bored"})",
         codesOf(vocab::terminationReasons()) << QStringLiteral("bored")},
        {"%1 is not a party to this case",
         {kNotified},
         "extend",
         R"({"days": 10, "approvedBy": "刘振华", "approvedOn": "2026-11-24",
            "referringUnitToldOn": "2026-11-24", "consentingParties": ["某某"]})"},
        {"every person needs a name",
         {kNotified},
         "receive_plan",
         R"({"receivedOn": "2026-11-24", "summary": "方案", "mediators": [{"name": " "}]})"},
        {"is required", {kNotified}, "receive_plan", R"({"receivedOn": "2026-11-24"})"},
        {"%1 has not signed: the agreement needs every side's signature", mediation(),
         "reach_agreement",
         R"({"signedOn": "2026-11-25", "effect": "on_signature", "terms": "补偿",
            "signatures": [{"party": "张三"}]})"},
        {"is required when the agreement takes effect on a condition", mediation(),
         "reach_agreement",
         R"({"signedOn": "2026-11-25", "effect": "on_condition", "terms": "补偿",
            "signatures": [{"party": "张三"}, {"party": "石嘴山市星海物流有限公司"},
            {"party": "石嘴山市自然资源局"}, {"party": "大武口区人民政府"}]})"},
        {"is required for the reason \"other\"",
         {},
         "terminate",
         R"({"terminatedOn": "2026-11-22", "reason": "other"})"},
        {"possible only when the agency missed its plan deadline or its people were absent twice "
         "(%1 absences recorded)",
         {},
         "terminate",
         R"({"terminatedOn": "2026-11-22", "reason": "agency_absent"})"},
        {"must be from 1 to %1 days",
         {kNotified},
         "extend",
         withEveryone(R"("days": 40, "approvedBy": "刘振华", "approvedOn": "2026-11-24",
            "referringUnitToldOn": "2026-11-24")")},
        {"%1 has not consented: an extension needs every party's consent",
         {kNotified},
         "extend",
         R"({"days": 10, "approvedBy": "刘振华", "approvedOn": "2026-11-24",
            "referringUnitToldOn": "2026-11-24", "consentingParties": ["张三"]})"},
        {"%1 is neither an applicant nor an applicant's agent", plus(mediation(), {kSigned}),
         "apply_withdrawal", R"({"appliedOn": "2026-11-25", "appliedBy": "王二"})"},
        {"cannot be before the suspension began (%1)",
         {kNotified, kSuspended},
         "resume",
         R"({"to": "2026-11-22"})"},
        {"cannot be before the notice was sent",
         {},
         "notify_agency",
         R"({"dispatchedOn": "2026-11-23", "receivedOn": "2026-11-22"})"},
        {"cannot be before the agreement was signed", plus(mediation(), {kSignedOnCondition}),
         "agreement_takes_effect", R"({"effectiveOn": "2026-11-24"})"},
        {"The case has no agreement to perform.",
         {kTerminated, kReported, kTransferred, kClosed},
         "record_performance",
         R"({"recordedOn": "2026-11-25", "performance": "performed"})"},
        {"The agency's liaison staff are already recorded.",
         {kNotified, kLiaison},
         "name_liaison",
         QString::fromUtf8(kLiaison.input)},
        {"cannot be before the agency received the notice",
         {kNotified},
         "name_liaison",
         R"({"namedOn": "2026-11-22", "liaisons": [{"name": "刘科长", "phone": "0952-1234567"}]})"},
        {"%1 needs a phone number",
         {kNotified},
         "name_liaison",
         R"({"namedOn": "2026-11-24", "liaisons": [{"name": "刘科长"}]})"},
        {"The follow-up visit is already recorded.",
         {kTerminated, {"record_follow_up", R"({"visitedOn": "2026-11-24", "note": "已回访"})"}},
         "record_follow_up",
         R"({"visitedOn": "2026-11-25", "note": "再访"})"},
        {"The agreement has not taken effect yet: the mediation has not ended.",
         plus(mediation(), {kSignedOnCondition}), "record_follow_up",
         R"({"visitedOn": "2026-11-25", "note": "已回访"})"},
        {"cannot be before the mediation ended (%1)",
         {kTerminated},
         "record_follow_up",
         R"({"visitedOn": "2026-11-21", "note": "已回访"})"},
        {"overlaps the previous suspension",
         {kNotified, kSuspended, kResumed},
         "suspend",
         R"({"kind": "appraisal", "from": "2026-11-24"})"},
        {"\"%1\" is not an action; the actions are: %2",
         {},
         "fly",
         "{}",
         actionCodes() << QStringLiteral("fly")},
        {"The agency's plan is already recorded.", mediation(), "receive_plan",
         QString::fromUtf8(kPlan.input)},
        {"Record the agency's resolution plan first: %1 require it before mediation starts.",
         {kNotified},
         "start_mediation",
         R"({"startedOn": "2026-11-24"})"},
        {"The agreement has taken effect: a party can no longer go back on it.",
         plus(mediation(), {kSigned}), "terminate",
         R"({"terminatedOn": "2026-11-25", "reason": "party_retracted"})"},
        {"after the agreement is signed, possible only for the reason \"%1\"",
         plus(mediation(), {kSignedOnCondition}), "terminate",
         R"({"terminatedOn": "2026-11-25", "reason": "party_request"})"},
        {"possible only once the time limit has run out: it runs until %1",
         {},
         "terminate",
         R"({"terminatedOn": "2026-11-22", "reason": "time_expired"})"},
        {"possible only after the mediator's written opinion has been issued (the documents of "
         "the case)",
         mediation(),
         "terminate",
         R"({"terminatedOn": "2026-12-27", "reason": "time_expired"})",
         {},
         QDate(2026, 12, 28)},
        {"possible only once the time limit has run out, and this case has no time limit",
         {},
         "terminate",
         R"({"terminatedOn": "2026-11-22", "reason": "time_expired"})",
         {},
         kToday,
         false,
         "Lifecycle",
         kOwnProfile},
        {"possible only when the agency's people were absent twice (%1 absences recorded)",
         {},
         "terminate",
         R"({"terminatedOn": "2026-11-22", "reason": "agency_absent"})",
         {},
         kToday,
         false,
         "Lifecycle",
         "lushan"},
        {"Only for a case that comes from a reconsideration, where %1 offer this step.",
         plus(mediation(), {kSigned}), "record_reconsideration_statement",
         QString::fromUtf8(kStatement.input)},
        {"The case comes from a reconsideration, not a lawsuit: no court rules on its withdrawal.",
         plus(mediation(), {kSigned}),
         "apply_withdrawal",
         R"({"appliedOn": "2026-11-25", "appliedBy": "张三"})",
         {},
         kToday,
         false,
         "Lifecycle",
         nullptr,
         "reconsideration"},
        {"The reconsideration mediation statement is already recorded.",
         plus(mediation(), {kSigned, kStatement}),
         "record_reconsideration_statement",
         QString::fromUtf8(kStatement.input),
         {},
         kToday,
         false,
         "Lifecycle",
         nullptr,
         "reconsideration"},
        {"The applicant has applied to withdraw the reconsideration application.",
         plus(mediation(), {kSigned, kWithdrawalApplied}),
         "record_reconsideration_statement",
         QString::fromUtf8(kStatement.input),
         {},
         kToday,
         false,
         "Lifecycle",
         nullptr,
         "reconsideration"},
        {"The reconsideration ends with its mediation statement: there is nothing to withdraw.",
         plus(mediation(), {kSigned, kStatement}),
         "apply_reconsideration_withdrawal",
         QString::fromUtf8(kWithdrawalApplied.input),
         {},
         kToday,
         false,
         "Lifecycle",
         nullptr,
         "reconsideration"},
        {"Withdrawal of the reconsideration application has already been applied for.",
         plus(mediation(), {kSigned, kWithdrawalApplied}),
         "apply_reconsideration_withdrawal",
         QString::fromUtf8(kWithdrawalApplied.input),
         {},
         kToday,
         false,
         "Lifecycle",
         nullptr,
         "reconsideration"},
        {"cannot be before the withdrawal was applied for",
         plus(mediation(), {kSigned, kWithdrawalApplied}),
         "decide_reconsideration_withdrawal",
         R"({"decidedOn": "2026-11-24", "decision": "granted"})",
         {},
         kToday,
         false,
         "Lifecycle",
         nullptr,
         "reconsideration"},
        // Early involvement, under the lushan profile (鲁山实施办法第四条至第七条).
        {"The center's rules set this case no time limit: there is none to suspend or extend.",
         {kNotified},
         "suspend",
         R"({"kind": "appraisal", "from": "2026-11-24"})",
         {},
         kToday,
         false,
         "Lifecycle",
         "wenxian"},
        {"The center's rules provide no invitation to take part for cases from this source.",
         {},
         "send_invitation",
         R"({"sentOn": "2026-11-21", "invited": "procuratorate"})"},
        {"Only for reconsideration cases, whose invitation follows the acceptance.",
         {},
         "accept_reconsideration",
         R"({"acceptedOn": "2026-11-10"})",
         {},
         kToday,
         false,
         "Lifecycle",
         "lushan",
         "court_in_trial"},
        {"The acceptance of the reconsideration application is already recorded.",
         {kAccepted},
         "accept_reconsideration",
         R"({"acceptedOn": "2026-11-10"})",
         {},
         kToday,
         false,
         "Lifecycle",
         "lushan",
         "reconsideration"},
        {"Record first when the reconsideration application was accepted.",
         {},
         "send_invitation",
         R"({"sentOn": "2026-11-21", "invited": "procuratorate"})",
         {},
         kToday,
         false,
         "Lifecycle",
         "lushan",
         "reconsideration"},
        {"Every body the rules name has been invited.",
         {kAccepted, kInvited},
         "send_invitation",
         R"({"sentOn": "2026-11-21", "invited": "procuratorate"})",
         {},
         kToday,
         false,
         "Lifecycle",
         "lushan",
         "reconsideration"},
        {"No invitation sent is waiting for its receipt.",
         {kAccepted},
         "record_invitation_receipt",
         QString::fromUtf8(kReceived.input),
         {},
         kToday,
         false,
         "Lifecycle",
         "lushan",
         "reconsideration"},
        {"No invitation received is waiting for its reply.",
         {kAccepted, kInvited},
         "record_invitation_reply",
         R"({"invited": "procuratorate", "answeredOn": "2026-11-24", "answer": "declines"})",
         {},
         kToday,
         false,
         "Lifecycle",
         "lushan",
         "reconsideration"},
        {"under %1 the invitation for these cases comes from: %2",
         {kAccepted},
         "send_invitation",
         R"({"sentOn": "2026-11-21", "inviter": "court", "invited": "procuratorate"})",
         {},
         kToday,
         false,
         "Lifecycle",
         "lushan",
         "reconsideration"},
        {"under %1 the invitation goes to: %2",
         {kAccepted},
         "send_invitation",
         R"({"sentOn": "2026-11-21", "invited": "court"})",
         {},
         kToday,
         false,
         "Lifecycle",
         "lushan",
         "reconsideration"},
        {"cannot be before the reconsideration application was accepted",
         {kAccepted},
         "send_invitation",
         R"({"sentOn": "2026-11-09", "invited": "procuratorate"})",
         {},
         kToday,
         false,
         "Lifecycle",
         "lushan",
         "reconsideration"},
        {"%1 has been invited already",
         {kOfficeInvited},
         "send_invitation",
         QString::fromUtf8(kOfficeInvited.input),
         {},
         kToday,
         false,
         "Lifecycle",
         "lushan",
         "court_in_trial"},
        {"%1 has not been invited",
         {kOfficeInvited},
         "record_invitation_receipt",
         QString::fromUtf8(kProcuratorateReceived.input),
         {},
         kToday,
         false,
         "Lifecycle",
         "lushan",
         "court_in_trial"},
        {"the receipt by %1 is already recorded",
         {kOfficeInvited, kProcuratorateInvited, kOfficeReceived},
         "record_invitation_receipt",
         QString::fromUtf8(kOfficeReceived.input),
         {},
         kToday,
         false,
         "Lifecycle",
         "lushan",
         "court_in_trial"},
        {"cannot be before the invitation was sent (%1)",
         {kAccepted, kInvited},
         "record_invitation_receipt",
         R"({"invited": "procuratorate", "receivedOn": "2026-11-20"})",
         {},
         kToday,
         false,
         "Lifecycle",
         "lushan",
         "reconsideration"},
        {"record first when %1 received the invitation",
         {kOfficeInvited, kProcuratorateInvited, kOfficeReceived},
         "record_invitation_reply",
         R"({"invited": "procuratorate", "answeredOn": "2026-11-24", "answer": "declines"})",
         {},
         kToday,
         false,
         "Lifecycle",
         "lushan",
         "court_in_trial"},
        {"the reply of %1 is already recorded",
         {kOfficeInvited, kProcuratorateInvited, kOfficeReceived, kProcuratorateReceived,
          kOfficeAnswered},
         "record_invitation_reply",
         QString::fromUtf8(kOfficeAnswered.input),
         {},
         kToday,
         false,
         "Lifecycle",
         "lushan",
         "court_in_trial"},
        {"cannot be before the invitation was received (%1)",
         {kAccepted, kInvited, kReceived},
         "record_invitation_reply",
         R"({"invited": "procuratorate", "answeredOn": "2026-11-22", "answer": "declines"})",
         {},
         kToday,
         false,
         "Lifecycle",
         "lushan",
         "reconsideration"},
        {"is required when the invited body takes part",
         {kAccepted, kInvited, kReceived},
         "record_invitation_reply",
         R"({"invited": "procuratorate", "answeredOn": "2026-11-24", "answer": "takes_part"})",
         {},
         kToday,
         false,
         "Lifecycle",
         "lushan",
         "reconsideration"},
        // What the JSON reader says of an action's input, for the command line.
        {"\"%1\" is not a date in the form YYYY-MM-DD",
         {},
         "notify_agency",
         R"({"dispatchedOn": "2026-11-31"})",
         {},
         kToday,
         false,
         "Json"},
        {"is not a known key",
         {},
         "notify_agency",
         R"({"dispatchedOn": "2026-11-21", "sentOn": "2026-11-21"})",
         {},
         kToday,
         false,
         "Json"},
    };
    return all;
}

// Written where the test's data folder is, and chosen as any profile is.
void writeOwnProfile()
{
    QStandardPaths::setTestModeEnabled(true);
    REQUIRE(QDir().mkpath(RuleProfile::userFolder()));
    QFile own(RuleProfile::userFolder() + QStringLiteral("/own-no-time-limit.json"));
    REQUIRE(own.open(QIODevice::WriteOnly));
    own.write(R"({"id": "own-no-time-limit", "name": {"en": "Own"}, "deadlines": [{"id": "T1",
        "label": {"en": "Mediation"}, "start": "registeredOn", "tracked": true,
        "done": "concludedOn", "openIn": ["registered", "agency_notified", "in_mediation"]}]})");
}

// A case of the sample, registered, taken through the steps of a refusal.
struct Desk
{
    test::TempDatabase file;
    std::unique_ptr<Store> store;
    qint64 caseId = 0;

    explicit Desk(bool generalAgent = false, const char *profile = nullptr,
                  const char *source = nullptr)
    {
        auto opened = Store::open(file.path(), StoreAccess::Create);
        REQUIRE(opened.ok());
        store = std::move(opened).value();
        if (profile && qstrcmp(profile, kOwnProfile) == 0)
            writeOwnProfile();
        if (profile)
            REQUIRE(store->chooseProfile(QString::fromLatin1(profile)).ok());
        CaseRecord sample = test::sampleCase();
        if (source) {
            sample.source = QString::fromLatin1(source);
            sample.referringUnit = QStringLiteral("石嘴山市人民政府");
        }
        if (generalAgent) {
            sample.parties[0].attendsInPerson = true;
            sample.parties[0].agents[0].authority = QStringLiteral("general");
        }
        sample = test::offeredBy(store->deadlineSetup().profile.vocabularies, sample);
        auto registered = store->cases().registerCase(sample, kToday);
        INFO((registered.ok() ? std::string() : registered.error().describe().toStdString()));
        REQUIRE(registered.ok());
        caseId = registered.value().id;
        REQUIRE(store->directories()
                    .save(DirectoryKind::Rooms, {0, {QStringLiteral("第一调解室")}})
                    .ok());
        REQUIRE(store->directories()
                    .save(DirectoryKind::Rooms, {0, {QStringLiteral("第二调解室")}})
                    .ok());
    }

    void take(const std::vector<Step> &steps)
    {
        for (const Step &step : steps) {
            auto moved = store->cases().transition(caseId, QString::fromLatin1(step.action),
                                                   json(step.input), kToday);
            INFO(step.action << ": "
                             << (moved.ok() ? std::string()
                                            : moved.error().describe().toStdString()));
            REQUIRE(moved.ok());
        }
    }

    CaseRecord record() const { return store->cases().load(caseId).value(); }
};

// Checks that a message shown to the user has no English in it, naming it otherwise.
void checkChinese(const QString &what, const QString &message, const QStringList &codes = {})
{
    const QStringList english = test::englishWordsBesides(message, codes);
    INFO(what.toStdString() << "\n  shows: " << message.toStdString()
                            << "\n  English: " << english.join(QStringLiteral(", ")).toStdString());
    CHECK(english.isEmpty());
}
} // namespace

TEST_CASE("Under zh_CN every refusal of the lifecycle and every greyed action's reason reads in "
          "Chinese",
          "[zh][lifecycle]")
{
    test::ChineseInterface chinese;
    for (const LifecycleRefusal &r : lifecycleRefusals()) {
        const QString what = QStringLiteral("%1 (%2)").arg(QString::fromUtf8(r.message),
                                                           QString::fromLatin1(r.action));
        INFO(what.toStdString());
        Desk desk(r.generalAgent, r.profile, r.source);
        desk.take(r.setup);
        const QJsonObject input = json(r.input.toUtf8().constData());
        chinese.recorder.looked.clear();
        auto refused = desk.store->cases().transition(desk.caseId, QString::fromLatin1(r.action),
                                                      input, r.today);
        REQUIRE_FALSE(refused.ok());
        // The refusal is the one this row is about.
        CHECK(chinese.recorder.lookedUp(r.context, r.message));
        checkChinese(what, refused.error().describe(), r.codes + test::jsonKeys(input));

        // What the desk greys out there, with its reason as the tooltip.
        const CaseRecord record = desk.record();
        for (const ActionAvailability &a : Lifecycle::available(
                 record, record.progress, desk.store->cases().lifecycleContext(record, r.today))) {
            checkChinese(QStringLiteral("the reason %1 is greyed").arg(a.action->code), a.reason);
            checkChinese(QStringLiteral("the label of %1").arg(a.action->code),
                         a.action->translatedLabel());
        }
    }
}

TEST_CASE("Every refusal the lifecycle makes is among those checked in Chinese", "[zh][lifecycle]")
{
    QStringList checked;
    for (const LifecycleRefusal &r : lifecycleRefusals())
        checked << QString::fromUtf8(r.message);
    const QStringList refusals =
        test::refusalsIn(QStringLiteral(HUAJIE_SOURCE_DIR "/core/lifecycle/lifecycle.cpp"),
                         QStringLiteral("LifecycleText"));
    REQUIRE(refusals.size() > 30);
    for (const QString &refusal : refusals) {
        INFO("Add a row to lifecycleRefusals() that triggers: " << refusal.toStdString());
        CHECK(checked.contains(refusal));
    }
}

TEST_CASE("Under zh_CN every field of every action is labelled in Chinese", "[zh][lifecycle]")
{
    test::ChineseInterface chinese;
    for (const ActionSpec &spec : Lifecycle::actions()) {
        checkChinese(QString::fromLatin1(spec.code), spec.translatedLabel());
        for (const ActionField &field : spec.fields)
            checkChinese(QStringLiteral("%1.%2").arg(spec.code, field.key),
                         field.translatedLabel());
    }
}

namespace {
// One refusal of the session store: what is changed in a valid session of
// the case (2026-11-30 09:30 in 第一调解室, notified on 2026-11-20), and
// what was scheduled before.
struct SessionRefusal
{
    const char *context;
    const char *message;
    std::function<void(Session &)> change;
    QStringList codes = {};
    std::vector<Step> setup = {};
    bool anotherSessionFirst = false; // another case's session at the same time, in 第二调解室
};

Session validSession()
{
    Session s;
    s.start = QDateTime(QDate(2026, 11, 30), QTime(9, 30));
    s.durationMinutes = 90;
    s.room = QStringLiteral("第一调解室");
    s.noticeOn = QDate(2026, 11, 20);
    return s;
}
} // namespace

TEST_CASE("Under zh_CN every refusal of the sessions reads in Chinese", "[zh][sessions]")
{
    const std::vector<SessionRefusal> refusals = {
        {"Validation", "\"%1\" is not one of: %2",
         [](Session &s) { s.kind = QStringLiteral("party"); },
         codesOf(vocab::sessionKinds()) << QStringLiteral("party")},
        {"Validation", "\"%1\" is not one of: %2",
         [](Session &s) { s.mode = QStringLiteral("telepathy"); },
         codesOf(vocab::sessionModes()) << QStringLiteral("telepathy")},
        {"Validation", "is required",
         [](Session &s) {
             s.start = {};
         }},
        {"Store", "cannot be before the case was registered (%1)",
         [](Session &s) {
             s.start = QDateTime(QDate(2026, 11, 10), QTime(9, 0));
         }},
        {"Store", "must be from 15 to 720 minutes",
         [](Session &s) {
             s.durationMinutes = 5;
         }},
        {"Validation", "cannot be in the future",
         [](Session &s) {
             s.noticeOn = QDate(2026, 11, 26);
         }},
        {"Store", "cannot be after the session",
         [](Session &s) {
             s.start = QDateTime(QDate(2026, 11, 24), QTime(9, 0));
             s.noticeOn = QDate(2026, 11, 25);
         }},
        {"Store", "a session by video or phone needs every side's consent",
         [](Session &s) {
             s.mode = QStringLiteral("video");
         }},
        {"Store", "choose a room of the center or name the place",
         [](Session &s) {
             s.room = {};
         }},
        {"Store", "there is no room named %1 in the directory",
         [](Session &s) {
             s.room = QStringLiteral("第九调解室");
         }},
        {"Validation", "\"%1\" is not one of: %2",
         [](Session &s) {
             s.participants = {{QStringLiteral("guest"), QStringLiteral("王二"), {}, {}}};
         },
         codesOf(vocab::participantRoles()) << QStringLiteral("guest")},
        {"Validation", "every participant needs a name",
         [](Session &s) {
             s.participants = {{QStringLiteral("applicant"), QStringLiteral(" "), {}, {}}};
         }},
        {"Store",
         "notified on %1, the participants may be called no earlier than %2 (%3 days' notice, "
         "holidays counted); give a reason to hold it sooner",
         [](Session &s) {
             s.noticeOn = QDate(2026, 11, 25);
             s.start = QDateTime(QDate(2026, 11, 26), QTime(9, 0));
         }},
        {"Store",
         "%1 is booked for %2, %3",
         [](Session &s) { s.room = QStringLiteral("第二调解室"); },
         {},
         {},
         true},
        {"Store", "%1 is in the session of %2, %3", [](Session &) {}, {}, {}, true},
        {"Lifecycle",
         "The case is archived: reopen it first, with a reason.",
         [](Session &) {},
         {},
         {kTerminated, kReported, kTransferred, kClosed, kArchived}},
    };
    test::ChineseInterface chinese;
    for (const SessionRefusal &r : refusals) {
        INFO(r.message);
        Desk desk;
        desk.take(r.setup);
        if (r.anotherSessionFirst) {
            // Another case with the same lead mediator, in the other room at that time.
            const qint64 other =
                desk.store->cases().registerCase(test::sampleCase(), kToday).value().id;
            Session first = validSession();
            first.room = QStringLiteral("第二调解室");
            REQUIRE(desk.store->sessions().schedule(other, first, kToday).ok());
        }
        Session s = validSession();
        r.change(s);
        chinese.recorder.looked.clear();
        auto refused = desk.store->sessions().schedule(desk.caseId, s, kToday);
        REQUIRE_FALSE(refused.ok());
        CHECK(chinese.recorder.lookedUp(r.context, r.message));
        checkChinese(QString::fromUtf8(r.message), refused.error().describe(), r.codes);
    }

    SECTION("and of the attendance afterwards")
    {
        Desk desk;
        Session past = validSession();
        past.start = QDateTime(QDate(2026, 11, 24), QTime(9, 30));
        past.noticeOn = QDate(2026, 11, 20);
        const Session held = desk.store->sessions().schedule(desk.caseId, past, kToday).value();
        const Session coming =
            desk.store->sessions().schedule(desk.caseId, validSession(), kToday).value();
        sessionjson::Outcome stranger;
        stranger.attendance = {{QStringLiteral("王二"), true}};
        const std::vector<std::tuple<const char *, qint64, sessionjson::Outcome>> outcomes = {
            {"the session has not taken place yet (%1)", coming.id, {}},
            {"%1 is not a participant of this session", held.id, stranger},
            {"say whether %1 attended", held.id, {}},
        };
        for (const auto &[message, id, outcome] : outcomes) {
            INFO(message);
            chinese.recorder.looked.clear();
            auto refused = desk.store->sessions().recordOutcome(id, outcome, kToday);
            REQUIRE_FALSE(refused.ok());
            CHECK(chinese.recorder.lookedUp("Store", message));
            checkChinese(QString::fromUtf8(message), refused.error().describe());
        }
    }

    SECTION("and of a session given as JSON")
    {
        for (const char *text : {R"({"start": "2026-11-30 9:30", "participants": []})",
                                 R"({"start": "2026-11-30T09:30", "participants": []})"}) {
            auto refused = sessionjson::fromJson(json(text));
            REQUIRE_FALSE(refused.ok());
            checkChinese(QString::fromUtf8(text), refused.error().describe(),
                         test::jsonKeys(json(text)));
        }
    }
}

TEST_CASE("Under zh_CN every refusal of the documents, their service and receipt reads in "
          "Chinese",
          "[zh][issued]")
{
    test::ChineseInterface chinese;
    Desk desk;
    const CaseRecord record = desk.record();
    const QDateTime at(QDate(2026, 11, 24), QTime(9, 0));

    QStringList kinds;
    for (const DocumentKind &k : DocumentLibrary::kinds())
        kinds << QString::fromLatin1(k.id);
    auto unknown = DocumentComposer(*desk.store).issue(record, QStringLiteral("leaflet"), at);
    REQUIRE_FALSE(unknown.ok());
    checkChinese(QStringLiteral("an unknown document"), unknown.error().describe(),
                 kinds + QStringList{QStringLiteral("leaflet")});

    auto issued = DocumentComposer(*desk.store).issue(record, QStringLiteral("notice"), at);
    REQUIRE(issued.ok());
    const auto service = [&](const std::function<void(ServiceRecord &)> &change) {
        ServiceRecord s;
        s.documentId = issued.value().id;
        s.recipient = QStringLiteral("石嘴山市自然资源局");
        s.method = QStringLiteral("in_person");
        s.sentOn = QDate(2026, 11, 24);
        change(s);
        return s;
    };
    const std::vector<std::tuple<const char *, const char *, ServiceRecord, QStringList>> services =
        {
            {"Validation",
             "is required",
             service([](ServiceRecord &s) { s.recipient = QStringLiteral(" "); }),
             {}},
            {"Validation", "must be one of %1",
             service([](ServiceRecord &s) { s.method = QStringLiteral("pigeon"); }),
             codesOf(vocab::serviceMethods()) << QStringLiteral("pigeon")},
            {"Store",
             "is required for service by post",
             service([](ServiceRecord &s) { s.method = QStringLiteral("post"); }),
             {}},
            {"Validation", "is required", service([](ServiceRecord &s) { s.sentOn = {}; }), {}},
            {"Store",
             "cannot be before the document was issued (%1)",
             service([](ServiceRecord &s) { s.sentOn = QDate(2026, 11, 23); }),
             {}},
            {"Store",
             "cannot be in the future",
             service([](ServiceRecord &s) { s.sentOn = QDate(2026, 11, 26); }),
             {}},
            {"Store",
             "cannot be before it was sent (%1)",
             service([](ServiceRecord &s) { s.receivedOn = QDate(2026, 11, 23); }),
             {}},
            {"Store",
             "There is no issued document %1",
             service([](ServiceRecord &s) { s.documentId = 999; }),
             {}},
        };
    for (const auto &[context, message, s, codes] : services) {
        INFO(message);
        chinese.recorder.looked.clear();
        auto refused = desk.store->documents().recordService(s, kToday);
        REQUIRE_FALSE(refused.ok());
        CHECK(chinese.recorder.lookedUp(context, message));
        checkChinese(QString::fromUtf8(message), refused.error().describe(), codes);
    }

    // A service whose receipt is not known yet, then its receipt.
    auto served = desk.store->documents().recordService(service([](ServiceRecord &) {}), kToday);
    REQUIRE(served.ok());
    const qint64 id = served.value().id;
    const std::vector<std::tuple<const char *, const char *, qint64, QDate>> receipts = {
        {"Validation", "is required", id, QDate()},
        {"Store", "cannot be before it was sent (%1)", id, QDate(2026, 11, 23)},
        {"Store", "cannot be in the future", id, QDate(2026, 11, 26)},
        {"Store", "There is no service record %1", 999, QDate(2026, 11, 25)},
    };
    for (const auto &[context, message, serviceId, on] : receipts) {
        INFO(message);
        chinese.recorder.looked.clear();
        auto refused = desk.store->documents().recordReceipt(serviceId, on, {}, kToday);
        REQUIRE_FALSE(refused.ok());
        CHECK(chinese.recorder.lookedUp(context, message));
        checkChinese(QString::fromUtf8(message), refused.error().describe());
    }
    REQUIRE(desk.store->documents().recordReceipt(id, QDate(2026, 11, 25), {}, kToday).ok());
    chinese.recorder.looked.clear();
    auto again = desk.store->documents().recordReceipt(id, QDate(2026, 11, 25), {}, kToday);
    REQUIRE_FALSE(again.ok());
    CHECK(chinese.recorder.lookedUp("Store", "The receipt was recorded already (%1)"));
    checkChinese(QStringLiteral("a receipt recorded twice"), again.error().describe());
}

TEST_CASE("Under zh_CN every refusal of a profile's center texts reads in Chinese",
          "[zh][centertexts]")
{
    test::ChineseInterface chinese;
    const QString good = QStringLiteral(R"("name": "某县中心", "rules": "某县中心工作规则")");
    const QStringList codes = {
        QStringLiteral("center"),    QStringLiteral("name"),     QStringLiteral("rules"),
        QStringLiteral("templates"), QStringLiteral("articles"), QStringLiteral("periods"),
        QStringLiteral("liaison"),   QStringLiteral("text"),     QStringLiteral("ending"),
        QStringLiteral("bad.json"),  QStringLiteral("soon"),     QStringLiteral("nowhere")};
    QStringList purposes = CenterTexts::articlePurposes() + CenterTexts::periodPurposes();
    for (const QString &center :
         {QStringLiteral(R"({"name": "某县中心"})"),
          QStringLiteral(R"({"name": "某县中心", "rules": "《某县规则》"})"),
          QStringLiteral(R"({"name": "%1", "rules": "某县规则"})").arg(QString(41, QChar(0x4e2d))),
          QStringLiteral(R"({%1, "templates": "../x"})").arg(good),
          QStringLiteral(R"({%1, "articles": {"termination": "23"}})").arg(good),
          QStringLiteral(R"({%1, "articles": {"ending": "第二十三条"}})").arg(good),
          QStringLiteral(R"({%1, "periods": {"liaison": {"text": "soon"}}})").arg(good)}) {
        const QString json =
            QStringLiteral(R"({"id": "bad", "name": {"en": "Bad"}, "center": %1})").arg(center);
        auto refused = RuleProfile::fromJson(json.toUtf8(), QStringLiteral("bad.json"));
        REQUIRE_FALSE(refused.ok());
        checkChinese(center, refused.error().describe(), codes + purposes);
    }
    auto missing = DocumentLibrary::load(QStringLiteral("notice"), QStringLiteral("nowhere"));
    REQUIRE_FALSE(missing.ok());
    checkChinese(QStringLiteral("a missing template set"), missing.error().describe(), codes);
}
