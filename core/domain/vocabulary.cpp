#include "vocabulary.h"

#include <QCoreApplication>

#include <iterator>

namespace huajie {

QList<QString> Vocabulary::codes() const
{
    QList<QString> result;
    for (int i = 0; i < m_count; ++i)
        result.append(QString::fromLatin1(m_terms[i].code));
    return result;
}

bool Vocabulary::contains(const QString &code) const
{
    for (int i = 0; i < m_count; ++i)
        if (code == QLatin1String(m_terms[i].code))
            return true;
    return false;
}

QString Vocabulary::label(const QString &code) const
{
    const char *source = sourceLabel(code);
    return source ? QCoreApplication::translate("Vocabulary", source) : code;
}

const char *Vocabulary::sourceLabel(const QString &code) const
{
    for (int i = 0; i < m_count; ++i)
        if (code == QLatin1String(m_terms[i].code))
            return m_terms[i].label;
    return nullptr;
}

QString Vocabulary::channel(const QString &code) const
{
    for (int i = 0; i < m_count; ++i)
        if (code == QLatin1String(m_terms[i].code))
            return QString::fromLatin1(m_terms[i].channel);
    return {};
}

QString Vocabulary::describeCodes() const
{
    return codes().join(QStringLiteral(", "));
}

namespace vocab {
namespace {
template <std::size_t N> constexpr Vocabulary make(const Term (&terms)[N])
{
    return Vocabulary(terms, int(N));
}

// SPEC §3: the states a case passes through.
constexpr Term kCaseStates[] = {
    {"registered", QT_TRANSLATE_NOOP("Vocabulary", "Registered")},
    {"agency_notified", QT_TRANSLATE_NOOP("Vocabulary", "Agency notified")},
    {"plan_received", QT_TRANSLATE_NOOP("Vocabulary", "Plan received")},
    {"in_mediation", QT_TRANSLATE_NOOP("Vocabulary", "In mediation")},
    {"agreement", QT_TRANSLATE_NOOP("Vocabulary", "Agreement")},
    {"terminated", QT_TRANSLATE_NOOP("Vocabulary", "Terminated")},
    {"transferred_back", QT_TRANSLATE_NOOP("Vocabulary", "Transferred back")},
    {"closed", QT_TRANSLATE_NOOP("Vocabulary", "Closed")},
    {"followed_up", QT_TRANSLATE_NOOP("Vocabulary", "Follow-up recorded")},
    {"archived", QT_TRANSLATE_NOOP("Vocabulary", "Archived")},
};

// SPEC §2: source channels (S0 §1, S2 §4–7, S3 二(三)2, S4 二(三)), each with
// the kind of body it comes from.
constexpr Term kSourceChannels[] = {
    {"court_pre_filing", QT_TRANSLATE_NOOP("Vocabulary", "Court, before filing"), "court"},
    {"court_in_trial", QT_TRANSLATE_NOOP("Vocabulary", "Court, during trial"), "court"},
    {"reconsideration", QT_TRANSLATE_NOOP("Vocabulary", "Administrative reconsideration"),
     "reconsideration"},
    {"procuratorate", QT_TRANSLATE_NOOP("Vocabulary", "Procuratorate"), "procuratorate"},
    {"petition", QT_TRANSLATE_NOOP("Vocabulary", "Petition office"), "petition"},
    {"direct", QT_TRANSLATE_NOOP("Vocabulary", "Direct application"), "direct"},
    // S3 二(三)2: 行调 and 裁调 of the 六调对接.
    {"administrative_mediation", QT_TRANSLATE_NOOP("Vocabulary", "Administrative mediation"),
     "administrative"},
    {"administrative_adjudication", QT_TRANSLATE_NOOP("Vocabulary", "Administrative adjudication"),
     "administrative"},
    // S4 二(三): 案前协调、案中调解、案后疏导 through the reconsideration.
    {"reconsideration_before",
     QT_TRANSLATE_NOOP("Vocabulary", "Reconsideration, coordination before the case"),
     "reconsideration"},
    {"reconsideration_during",
     QT_TRANSLATE_NOOP("Vocabulary", "Reconsideration, mediation during the case"),
     "reconsideration"},
    {"reconsideration_after",
     QT_TRANSLATE_NOOP("Vocabulary", "Reconsideration, counselling after the case"),
     "reconsideration"},
};

constexpr Term kActKinds[] = {
    {"penalty", QT_TRANSLATE_NOOP("Vocabulary", "Administrative penalty")},
    {"licensing", QT_TRANSLATE_NOOP("Vocabulary", "Administrative licensing")},
    {"coercion", QT_TRANSLATE_NOOP("Vocabulary", "Administrative coercion")},
    {"expropriation", QT_TRANSLATE_NOOP("Vocabulary", "Expropriation or requisition")},
    {"compensation", QT_TRANSLATE_NOOP("Vocabulary", "Administrative compensation")},
    {"indemnity", QT_TRANSLATE_NOOP("Vocabulary", "State indemnity")},
    {"benefit", QT_TRANSLATE_NOOP("Vocabulary", "Administrative benefit")},
    {"inaction", QT_TRANSLATE_NOOP("Vocabulary", "Failure to perform statutory duty")},
    {"information", QT_TRANSLATE_NOOP("Vocabulary", "Government information disclosure")},
    {"work_injury", QT_TRANSLATE_NOOP("Vocabulary", "Work injury determination")},
    {"registration", QT_TRANSLATE_NOOP("Vocabulary", "Administrative registration")},
    {"agreement", QT_TRANSLATE_NOOP("Vocabulary", "Administrative agreement")},
    {"other", QT_TRANSLATE_NOOP("Vocabulary", "Other act")},
};

// S4 二(八).
constexpr Term kEnforcementDomains[] = {
    {"education", QT_TRANSLATE_NOOP("Vocabulary", "Education")},
    {"human_resources", QT_TRANSLATE_NOOP("Vocabulary", "Human resources and social security")},
    {"natural_resources", QT_TRANSLATE_NOOP("Vocabulary", "Natural resources")},
    {"ecology", QT_TRANSLATE_NOOP("Vocabulary", "Ecology and environment")},
    {"housing", QT_TRANSLATE_NOOP("Vocabulary", "Housing and urban-rural development")},
    {"transport", QT_TRANSLATE_NOOP("Vocabulary", "Transport")},
    {"agriculture", QT_TRANSLATE_NOOP("Vocabulary", "Agriculture and rural affairs")},
    {"commerce", QT_TRANSLATE_NOOP("Vocabulary", "Commerce")},
    {"culture_tourism", QT_TRANSLATE_NOOP("Vocabulary", "Culture and tourism")},
    {"health", QT_TRANSLATE_NOOP("Vocabulary", "Health")},
    {"emergency", QT_TRANSLATE_NOOP("Vocabulary", "Emergency management")},
    {"market", QT_TRANSLATE_NOOP("Vocabulary", "Market regulation")},
    {"drugs", QT_TRANSLATE_NOOP("Vocabulary", "Drug administration")},
    {"finance", QT_TRANSLATE_NOOP("Vocabulary", "Financial regulation")},
    {"urban_management", QT_TRANSLATE_NOOP("Vocabulary", "Urban management")},
    {"public_security", QT_TRANSLATE_NOOP("Vocabulary", "Public security")},
    {"other", QT_TRANSLATE_NOOP("Vocabulary", "Other domain")},
};

// S0 §3's nine grounds (the default), then S2 §3's six and S3 二(三)2's six,
// the two last sharing the grounds they word alike.
constexpr Term kSuitabilityGrounds[] = {
    {"real_hardship",
     QT_TRANSLATE_NOOP("Vocabulary", "Claim hard to support but a real hardship needs solving")},
    {"remedy_needed",
     QT_TRANSLATE_NOOP("Vocabulary", "Act may be held unlawful but kept in force; remedy needed")},
    {"policy_history",
     QT_TRANSLATE_NOOP("Vocabulary",
                       "Policy change or historical problem; the agency is better placed")},
    {"deep_causes",
     QT_TRANSLATE_NOOP("Vocabulary", "Misunderstanding or hostility a judgment would not resolve")},
    {"settled_law",
     QT_TRANSLATE_NOOP("Vocabulary", "Clear law or precedent; the outcome is not in doubt")},
    {"major_complex", QT_TRANSLATE_NOOP("Vocabulary", "Major, complex, many persons or sensitive")},
    {"future_harm", QT_TRANSLATE_NOOP("Vocabulary", "Also about preventing future harm")},
    {"technical",
     QT_TRANSLATE_NOOP("Vocabulary", "Technical or trade questions suited to expert mediation")},
    {"other", QT_TRANSLATE_NOOP("Vocabulary", "Other case suited to mediation")},
    {"compensation_discretion",
     QT_TRANSLATE_NOOP("Vocabulary", "Compensation, indemnity or discretionary power")},
    {"judgment_no_remedy",
     QT_TRANSLATE_NOOP("Vocabulary", "Act unlawful, but a judgment would not meet the claim")},
    {"performance_conditions",
     QT_TRANSLATE_NOOP("Vocabulary", "Duty to perform or pay; dispute over its conditions")},
    {"major_loss", QT_TRANSLATE_NOOP("Vocabulary", "Annulling the act would cause major loss")},
    {"real_interests",
     QT_TRANSLATE_NOOP("Vocabulary", "Claim hard to support, but real interests need relief")},
    {"other_resolvable", QT_TRANSLATE_NOOP("Vocabulary", "Other case fit for resolution")},
    {"settlement_allowed", QT_TRANSLATE_NOOP("Vocabulary", "The law allows settlement")},
    {"settlement_requested", QT_TRANSLATE_NOOP("Vocabulary", "The applicant asks to settle")},
    {"many_parties", QT_TRANSLATE_NOOP("Vocabulary", "Many parties; social stability may suffer")},
    {"other_settleable",
     QT_TRANSLATE_NOOP("Vocabulary", "Other case a settlement would truly resolve")},
};

constexpr Term kConsentForms[] = {
    {"written_application", QT_TRANSLATE_NOOP("Vocabulary", "Written application")},
    {"signed_consent", QT_TRANSLATE_NOOP("Vocabulary", "Signed consent form")},
    {"oral_recorded", QT_TRANSLATE_NOOP("Vocabulary", "Oral, recorded in writing")},
    {"court_record", QT_TRANSLATE_NOOP("Vocabulary", "Recorded by the court")},
};

constexpr Term kPartyRoles[] = {
    {"applicant", QT_TRANSLATE_NOOP("Vocabulary", "Applicant")},
    {"agency", QT_TRANSLATE_NOOP("Vocabulary", "Respondent agency")},
    {"third_party", QT_TRANSLATE_NOOP("Vocabulary", "Third party")},
    {"representative", QT_TRANSLATE_NOOP("Vocabulary", "Representative")},
};

constexpr Term kPartyKinds[] = {
    {"person", QT_TRANSLATE_NOOP("Vocabulary", "Natural person")},
    {"organisation", QT_TRANSLATE_NOOP("Vocabulary", "Organisation")},
};

constexpr Term kSexes[] = {
    {"male", QT_TRANSLATE_NOOP("Vocabulary", "Male")},
    {"female", QT_TRANSLATE_NOOP("Vocabulary", "Female")},
};

constexpr Term kAuthorities[] = {
    {"general", QT_TRANSLATE_NOOP("Vocabulary", "General authority")},
    {"special", QT_TRANSLATE_NOOP("Vocabulary", "Special authority")},
};

constexpr Term kOfficialKinds[] = {
    {"judge", QT_TRANSLATE_NOOP("Vocabulary", "Judge")},
    {"procurator", QT_TRANSLATE_NOOP("Vocabulary", "Procurator")},
};

constexpr Term kReferringUnitKinds[] = {
    {"court", QT_TRANSLATE_NOOP("Vocabulary", "Court")},
    {"reconsideration_office", QT_TRANSLATE_NOOP("Vocabulary", "Reconsideration office")},
    {"procuratorate", QT_TRANSLATE_NOOP("Vocabulary", "Procuratorate")},
    {"petition_office", QT_TRANSLATE_NOOP("Vocabulary", "Petition office")},
};

// S0 §5, §11, S2 §13, S3 二(一) ("1+1+N"): who mediates.
constexpr Term kMediatorKinds[] = {
    {"center_staff", QT_TRANSLATE_NOOP("Vocabulary", "Center staff")},
    {"peoples_mediator", QT_TRANSLATE_NOOP("Vocabulary", "People's mediator")},
    {"lawyer", QT_TRANSLATE_NOOP("Vocabulary", "Lawyer or legal adviser")},
    {"deputy", QT_TRANSLATE_NOOP("Vocabulary", "People's congress deputy")},
    {"cppcc_member", QT_TRANSLATE_NOOP("Vocabulary", "CPPCC member")},
    {"expert", QT_TRANSLATE_NOOP("Vocabulary", "Expert")},
    {"community_worker", QT_TRANSLATE_NOOP("Vocabulary", "Community worker")},
    {"psychologist", QT_TRANSLATE_NOOP("Vocabulary", "Psychologist")},
    {"agency_legal_officer", QT_TRANSLATE_NOOP("Vocabulary", "Agency's legal officer")},
    {"township_cadre", QT_TRANSLATE_NOOP("Vocabulary", "Township cadre")},
    {"village_cadre", QT_TRANSLATE_NOOP("Vocabulary", "Village (community) cadre")},
};

// S3 二(一): the center's functional areas.
constexpr Term kRoomKinds[] = {
    {"intake", QT_TRANSLATE_NOOP("Vocabulary", "Intake")},
    {"mediation", QT_TRANSLATE_NOOP("Vocabulary", "Mediation room")},
    {"judge_guidance", QT_TRANSLATE_NOOP("Vocabulary", "Judge guidance")},
    {"video", QT_TRANSLATE_NOOP("Vocabulary", "Video mediation")},
    {"archives", QT_TRANSLATE_NOOP("Vocabulary", "Archives")},
};

// S0 §22: what does not count toward the time limit.
constexpr Term kSuspensionKinds[] = {
    {"testing", QT_TRANSLATE_NOOP("Vocabulary", "Testing")},
    {"inspection", QT_TRANSLATE_NOOP("Vocabulary", "Inspection")},
    {"quarantine", QT_TRANSLATE_NOOP("Vocabulary", "Quarantine")},
    {"appraisal", QT_TRANSLATE_NOOP("Vocabulary", "Technical appraisal")},
    {"disability", QT_TRANSLATE_NOOP("Vocabulary", "Disability assessment")},
    {"other", QT_TRANSLATE_NOOP("Vocabulary", "Other suspension")},
};

// S0 §23: the six reasons to end mediation without agreement; then S1 三(一)'s two.
constexpr Term kTerminationReasons[] = {
    {"time_expired",
     QT_TRANSLATE_NOOP("Vocabulary", "Time limit expired with no chance of success")},
    {"party_request", QT_TRANSLATE_NOOP("Vocabulary", "A party asked to end it")},
    {"agency_absent",
     QT_TRANSLATE_NOOP("Vocabulary",
                       "The agency named nobody in time, or its people refused twice")},
    {"party_retracted",
     QT_TRANSLATE_NOOP("Vocabulary", "A party went back on the agreement or minutes")},
    {"party_extinct",
     QT_TRANSLATE_NOOP("Vocabulary", "A citizen died or an organisation ended with no successor")},
    {"other", QT_TRANSLATE_NOOP("Vocabulary", "Other reason")},
    {"unwilling", QT_TRANSLATE_NOOP("Vocabulary", "A party is unwilling to mediate")},
    {"no_agreement", QT_TRANSLATE_NOOP("Vocabulary", "Mediation reached no agreement")},
};

// S0 §19, 五(二): when the agreement takes effect.
constexpr Term kAgreementEffects[] = {
    {"on_signature", QT_TRANSLATE_NOOP("Vocabulary", "On signature")},
    {"on_condition", QT_TRANSLATE_NOOP("Vocabulary", "On a condition")},
};

constexpr Term kRulings[] = {
    {"granted", QT_TRANSLATE_NOOP("Vocabulary", "Granted")},
    {"refused", QT_TRANSLATE_NOOP("Vocabulary", "Refused")},
};

constexpr Term kPerformances[] = {
    {"performed", QT_TRANSLATE_NOOP("Vocabulary", "Performed")},
    {"partly", QT_TRANSLATE_NOOP("Vocabulary", "Partly performed")},
    {"refused", QT_TRANSLATE_NOOP("Vocabulary", "Performance refused")},
};

// SPEC §3.4, S0 §8–§17: the meetings of a case.
constexpr Term kSessionKinds[] = {
    {"hearing", QT_TRANSLATE_NOOP("Vocabulary", "Hearing")},
    {"mediation", QT_TRANSLATE_NOOP("Vocabulary", "Mediation meeting")},
    {"evidence_exchange", QT_TRANSLATE_NOOP("Vocabulary", "Evidence exchange")},
    {"follow_up", QT_TRANSLATE_NOOP("Vocabulary", "Follow-up meeting")},
};

// S0 §13: remote only with every side's consent.
constexpr Term kSessionModes[] = {
    {"in_person", QT_TRANSLATE_NOOP("Vocabulary", "In person")},
    {"video", QT_TRANSLATE_NOOP("Vocabulary", "Video")},
    {"phone", QT_TRANSLATE_NOOP("Vocabulary", "Phone")},
};

constexpr Term kParticipantRoles[] = {
    {"applicant", QT_TRANSLATE_NOOP("Vocabulary", "Applicant")},
    {"agent", QT_TRANSLATE_NOOP("Vocabulary", "Agent")},
    {"representative", QT_TRANSLATE_NOOP("Vocabulary", "Representative")},
    {"agency_staff", QT_TRANSLATE_NOOP("Vocabulary", "Agency's person")},
    // An agency that has named nobody yet comes as itself.
    {"agency", QT_TRANSLATE_NOOP("Vocabulary", "Respondent agency")},
    {"legal_representative", QT_TRANSLATE_NOOP("Vocabulary", "Legal representative")},
    {"lead_mediator", QT_TRANSLATE_NOOP("Vocabulary", "Lead mediator")},
    {"invited_mediator", QT_TRANSLATE_NOOP("Vocabulary", "Invited mediator")},
    {"judge", QT_TRANSLATE_NOOP("Vocabulary", "Judge")},
    {"procurator", QT_TRANSLATE_NOOP("Vocabulary", "Procurator")},
    {"third_party", QT_TRANSLATE_NOOP("Vocabulary", "Third party")},
    // S3 二(一): the N of "1+1+N".
    {"agency_legal_officer", QT_TRANSLATE_NOOP("Vocabulary", "Agency's legal officer")},
    {"township_cadre", QT_TRANSLATE_NOOP("Vocabulary", "Township cadre")},
    {"village_cadre", QT_TRANSLATE_NOOP("Vocabulary", "Village (community) cadre")},
};

// How a document reached its addressee (送达方式).
constexpr Term kServiceMethods[] = {
    {"in_person", QT_TRANSLATE_NOOP("Vocabulary", "In person")},
    {"post", QT_TRANSLATE_NOOP("Vocabulary", "By post")},
    {"electronic", QT_TRANSLATE_NOOP("Vocabulary", "Electronically")},
};

constexpr Term kSessionStatuses[] = {
    {"scheduled", QT_TRANSLATE_NOOP("Vocabulary", "Scheduled")},
    {"held", QT_TRANSLATE_NOOP("Vocabulary", "Held")},
    {"cancelled", QT_TRANSLATE_NOOP("Vocabulary", "Cancelled")},
};
} // namespace

#define HUAJIE_VOCABULARY(function, terms)                                                         \
    const Vocabulary &function()                                                                   \
    {                                                                                              \
        static constexpr Vocabulary v = make(terms);                                               \
        return v;                                                                                  \
    }

HUAJIE_VOCABULARY(caseStates, kCaseStates)
HUAJIE_VOCABULARY(sourceChannels, kSourceChannels)
HUAJIE_VOCABULARY(actKinds, kActKinds)
HUAJIE_VOCABULARY(enforcementDomains, kEnforcementDomains)
HUAJIE_VOCABULARY(suitabilityGrounds, kSuitabilityGrounds)
HUAJIE_VOCABULARY(consentForms, kConsentForms)
HUAJIE_VOCABULARY(partyRoles, kPartyRoles)
HUAJIE_VOCABULARY(partyKinds, kPartyKinds)
HUAJIE_VOCABULARY(sexes, kSexes)
HUAJIE_VOCABULARY(authorities, kAuthorities)
HUAJIE_VOCABULARY(officialKinds, kOfficialKinds)
HUAJIE_VOCABULARY(referringUnitKinds, kReferringUnitKinds)
HUAJIE_VOCABULARY(mediatorKinds, kMediatorKinds)
HUAJIE_VOCABULARY(roomKinds, kRoomKinds)

HUAJIE_VOCABULARY(suspensionKinds, kSuspensionKinds)
HUAJIE_VOCABULARY(terminationReasons, kTerminationReasons)
HUAJIE_VOCABULARY(agreementEffects, kAgreementEffects)
HUAJIE_VOCABULARY(rulings, kRulings)
HUAJIE_VOCABULARY(performances, kPerformances)

HUAJIE_VOCABULARY(sessionKinds, kSessionKinds)
HUAJIE_VOCABULARY(sessionModes, kSessionModes)
HUAJIE_VOCABULARY(participantRoles, kParticipantRoles)
HUAJIE_VOCABULARY(sessionStatuses, kSessionStatuses)
HUAJIE_VOCABULARY(serviceMethods, kServiceMethods)

#undef HUAJIE_VOCABULARY

} // namespace vocab
} // namespace huajie
