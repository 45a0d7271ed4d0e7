#include "casevalidator.h"

#include "domain/vocabulary.h"
#include "i18n/contexts.h"
#include "validation/creditcode.h"
#include "validation/residentid.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace huajie {
namespace {
QString joinField(const QString &owner, const QString &name)
{
    return owner + QStringLiteral(" › ") + name;
}

bool isBlank(const QString &s)
{
    return s.trimmed().isEmpty();
}

Result<void> checkCode(const Vocabulary &vocabulary, const QString &code, const QString &fieldName,
                       bool required)
{
    if (code.isEmpty()) {
        if (required)
            return Error{ValidationText::tr("is required"), fieldName};
        return {};
    }
    if (!vocabulary.contains(code)) {
        constexpr qsizetype quoted = 40;
        const QString shown = code.size() > quoted ? code.left(quoted) + QStringLiteral("…") : code;
        return Error{
            ValidationText::tr("\"%1\" is not one of: %2").arg(shown, vocabulary.describeCodes()),
            fieldName};
    }
    return {};
}

// A code the center's profile offers, or the one the case was recorded with.
Result<void> checkOffered(const OfferedTerms &offered, const QString &code,
                          const QString &recordedCode, const QString &fieldName, bool required)
{
    if (code.isEmpty()) {
        if (required)
            return Error{ValidationText::tr("is required"), fieldName};
        return {};
    }
    if (offered.contains(code) || code == recordedCode)
        return {};
    constexpr qsizetype quoted = 40;
    const QString shown = code.size() > quoted ? code.left(quoted) + QStringLiteral("…") : code;
    return Error{ValidationText::tr("\"%1\" is not offered by this center's profile; it offers: %2")
                     .arg(offered.builtIn().contains(code) ? offered.label(code) : shown,
                          offered.describeLabels()),
                 fieldName};
}

Result<void> checkPhone(const QString &phone, const QString &fieldName)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^\+?[0-9][0-9 ()\-]{4,22}$)"));
    if (!phone.isEmpty() && !pattern.match(phone).hasMatch())
        return Error{ValidationText::tr("\"%1\" is not a phone number").arg(phone), fieldName};
    return {};
}

const QDate kEarliestDate(1900, 1, 1);

} // namespace

namespace {
Result<void> checkTexts(const CaseRecord &r)
{
    const struct
    {
        const QString &text;
        QString field;
        TextKind kind;
    } fields[] = {
        {r.referralNumber, FieldText::tr("Referral number"), TextKind::Line},
        {r.originCaseNumber, FieldText::tr("Original case number"), TextKind::Line},
        {r.referringUnit, FieldText::tr("Referring unit"), TextKind::Line},
        {r.judge, FieldText::tr("Judge"), TextKind::Line},
        {r.procurator, FieldText::tr("Procurator"), TextKind::Line},
        {r.leadMediator, FieldText::tr("Lead mediator"), TextKind::Line},
        {r.disputedAct, FieldText::tr("Disputed act"), TextKind::Sentence},
        {r.claims, FieldText::tr("Claims"), TextKind::Text},
        {r.summary, FieldText::tr("Summary"), TextKind::Text},
    };
    for (const auto &f : fields)
        if (auto c = checkField(f.text, f.field, f.kind); !c)
            return c;
    // The party is named by its role and place, not by its name: the name
    // may be what is wrong.
    QHash<QString, int> seenInRole;
    for (const Party &party : r.parties) {
        const QString owner = QStringLiteral("%1 %2")
                                  .arg(vocab::partyRoles().contains(party.role)
                                           ? vocab::partyRoles().label(party.role)
                                           : FieldText::tr("Parties"))
                                  .arg(++seenInRole[party.role]);
        const struct
        {
            const QString &text;
            QString field;
        } partyFields[] = {
            {party.name, FieldText::tr("Name")},
            {party.idNumber, FieldText::tr("Resident ID number")},
            {party.address, FieldText::tr("Address")},
            {party.phone, FieldText::tr("Phone")},
            {party.creditCode, FieldText::tr("Unified social credit code")},
            {party.legalRepresentative, FieldText::tr("Legal representative")},
        };
        for (const auto &f : partyFields)
            if (auto c = checkField(f.text, joinField(owner, f.field), TextKind::Line); !c)
                return c;
        for (int i = 0; i < party.agents.size(); ++i) {
            const Agent &agent = party.agents[i];
            const QString agentOwner =
                joinField(owner, QCoreApplication::translate("Field", "Agent %1").arg(i + 1));
            const struct
            {
                const QString &text;
                QString field;
            } agentFields[] = {
                {agent.name, FieldText::tr("Name")},
                {agent.idNumber, FieldText::tr("Resident ID number")},
                {agent.phone, FieldText::tr("Phone")},
                {agent.organisation, FieldText::tr("Organisation")},
            };
            for (const auto &f : agentFields)
                if (auto c = checkField(f.text, joinField(agentOwner, f.field), TextKind::Line); !c)
                    return c;
        }
    }
    return {};
}

constexpr int kMaxAgentsPerParty = 2;   // S0 §15
constexpr int kLargeSideThreshold = 10; // a side of more than ten persons ...
constexpr int kMinRepresentatives = 2;  // ... appoints two ...
constexpr int kMaxRepresentatives = 5;  // ... to five representatives
} // namespace

QString partyFieldName(const Party &party, int indexInRole)
{
    QString label = vocab::partyRoles().label(party.role);
    label += QStringLiteral(" %1").arg(indexInRole + 1);
    if (!isBlank(party.name))
        label += QStringLiteral(" (%1)").arg(party.name.trimmed());
    return label;
}

Result<CaseRecord> CaseValidator::normaliseAndCheck(CaseRecord record,
                                                    const CaseRecord *recorded) const
{
    // First, so that no other message quotes hostile text back.
    if (auto checked = checkTexts(record); !checked)
        return checked.error();
    QHash<QString, int> seenInRole;
    for (Party &party : record.parties) {
        if (party.role == QLatin1String("agency"))
            party.kind = QStringLiteral("organisation");
        const QString name = partyFieldName(party, seenInRole[party.role]++);
        if (auto checked = checkParty(party, name); !checked)
            return checked.error();
    }
    const auto agencies = record.partiesWithRole(QStringLiteral("agency"));
    if (agencies.size() == 1) {
        for (Party &party : record.parties)
            if (party.role == QLatin1String("agency"))
                party.lead = true;
    }
    if (auto checked = checkCase(record, recorded); !checked)
        return checked.error();
    if (auto checked = checkSides(record); !checked)
        return checked.error();
    return record;
}

// The referring body received the case, then wrote the referral, then the
// center registered it (C1): each optional, each in that order.
Result<void> CaseValidator::checkReferralDates(const CaseRecord &r) const
{
    const QString received = FieldText::tr("Received by the referring body on");
    const QString referred = FieldText::tr("Referral dated");
    for (const auto &[day, field] :
         {std::pair{r.courtReceivedOn, received}, std::pair{r.referredOn, referred}}) {
        if (!day.isValid())
            continue;
        if (day < kEarliestDate)
            return Error{ValidationText::tr("cannot be before 1900"), field};
        if (day > r.registeredOn)
            return Error{ValidationText::tr("cannot be after the registration date (%1)")
                             .arg(r.registeredOn.toString(Qt::ISODate)),
                         field};
    }
    if (r.courtReceivedOn.isValid() && r.referredOn.isValid() && r.referredOn < r.courtReceivedOn)
        return Error{ValidationText::tr("cannot be before the referring body received the case "
                                        "(%1)")
                         .arg(r.courtReceivedOn.toString(Qt::ISODate)),
                     referred};
    return {};
}

Result<void> CaseValidator::checkCase(const CaseRecord &r, const CaseRecord *recorded) const
{
    if (auto c = checkOffered(m_vocabularies.sourceChannels, r.source,
                              recorded ? recorded->source : QString(),
                              FieldText::tr("Source channel"), true);
        !c)
        return c;
    if (!r.registeredOn.isValid())
        return Error{ValidationText::tr("is required"), FieldText::tr("Registration date")};
    if (r.registeredOn < kEarliestDate)
        return Error{ValidationText::tr("cannot be before 1900"),
                     FieldText::tr("Registration date")};
    if (r.registeredOn > m_today)
        return Error{ValidationText::tr("cannot be in the future"),
                     FieldText::tr("Registration date")};
    if (auto checked = checkReferralDates(r); !checked)
        return checked;
    if (!r.consentDate.isValid())
        return Error{
            ValidationText::tr("no case is registered without the party's consent: enter its date"),
            FieldText::tr("Consent date")};
    if (r.consentDate < kEarliestDate)
        return Error{ValidationText::tr("cannot be before 1900"), FieldText::tr("Consent date")};
    if (r.consentDate > r.registeredOn)
        return Error{ValidationText::tr("consent must be given on or before the registration date"),
                     FieldText::tr("Consent date")};
    if (auto c =
            checkCode(vocab::consentForms(), r.consentForm, FieldText::tr("Consent form"), true);
        !c)
        return c;
    if (isBlank(r.disputedAct))
        return Error{ValidationText::tr("is required"), FieldText::tr("Disputed act")};
    if (auto c = checkCode(vocab::actKinds(), r.actKind, FieldText::tr("Act kind"), false); !c)
        return c;
    if (auto c = checkCode(vocab::enforcementDomains(), r.domain,
                           FieldText::tr("Enforcement domain"), false);
        !c)
        return c;
    if (auto c = checkOffered(m_vocabularies.suitabilityGrounds, r.suitabilityGround,
                              recorded ? recorded->suitabilityGround : QString(),
                              FieldText::tr("Suitability ground"), false);
        !c)
        return c;
    if (auto c = checkCode(vocab::caseStates(), r.state, FieldText::tr("State"), true); !c)
        return c;
    if (r.amountFen < -1)
        return Error{ValidationText::tr("cannot be negative"), FieldText::tr("Amount involved")};
    if (r.personsInvolved < 1)
        return Error{ValidationText::tr("must be at least 1"),
                     FieldText::tr("Persons on the applicant side")};
    return {};
}

Result<void> CaseValidator::checkParty(Party &party, const QString &name) const
{
    if (auto c = checkCode(vocab::partyRoles(), party.role, joinField(name, FieldText::tr("Role")),
                           true);
        !c)
        return c;
    if (auto c = checkCode(vocab::partyKinds(), party.kind, joinField(name, FieldText::tr("Kind")),
                           true);
        !c)
        return c;
    if (isBlank(party.name))
        return Error{ValidationText::tr("is required"), joinField(name, FieldText::tr("Name"))};
    if (party.isPerson()) {
        if (auto c =
                checkCode(vocab::sexes(), party.sex, joinField(name, FieldText::tr("Sex")), false);
            !c)
            return c;
        if (!party.idNumber.isEmpty()) {
            const QString idField = joinField(name, FieldText::tr("Resident ID number"));
            const auto id = ResidentId::parse(party.idNumber, m_today);
            if (!id)
                return Error{id.error().message, idField};
            party.idNumber = id.value().number;
            if (party.birthDate.isValid() && party.birthDate != id.value().birthDate)
                return Error{
                    ValidationText::tr("the birth date %1 does not match the ID number (%2)")
                        .arg(party.birthDate.toString(Qt::ISODate),
                             id.value().birthDate.toString(Qt::ISODate)),
                    joinField(name, FieldText::tr("Birth date"))};
            if (!party.sex.isEmpty() && party.sex != id.value().sex)
                return Error{ValidationText::tr("does not match the ID number"),
                             joinField(name, FieldText::tr("Sex"))};
            party.birthDate = id.value().birthDate;
            party.sex = id.value().sex;
        }
        if (party.birthDate.isValid() && party.birthDate < kEarliestDate)
            return Error{ValidationText::tr("cannot be before 1900"),
                         joinField(name, FieldText::tr("Birth date"))};
        if (party.birthDate.isValid() && party.birthDate > m_today)
            return Error{ValidationText::tr("cannot be in the future"),
                         joinField(name, FieldText::tr("Birth date"))};
        if (!party.creditCode.isEmpty())
            return Error{ValidationText::tr("only organisations have a credit code"),
                         joinField(name, FieldText::tr("Unified social credit code"))};
    } else {
        if (!party.creditCode.isEmpty()) {
            const auto code = CreditCode::parse(party.creditCode);
            if (!code)
                return Error{code.error().message,
                             joinField(name, FieldText::tr("Unified social credit code"))};
            party.creditCode = code.value();
        }
        if (!party.idNumber.isEmpty())
            return Error{
                ValidationText::tr("organisations have a credit code, not a resident ID number"),
                joinField(name, FieldText::tr("Resident ID number"))};
    }
    if (auto c = checkPhone(party.phone, joinField(name, FieldText::tr("Phone"))); !c)
        return c;

    if (party.agents.size() > kMaxAgentsPerParty)
        return Error{ValidationText::tr("a party may appoint one or two agents, not %1")
                         .arg(party.agents.size()),
                     joinField(name, FieldText::tr("Agents"))};
    bool special = false;
    for (int i = 0; i < party.agents.size(); ++i) {
        const QString agentName =
            joinField(name, QCoreApplication::translate("Field", "Agent %1").arg(i + 1));
        if (auto c = checkAgent(party.agents[i], agentName); !c)
            return c;
        special = special || party.agents[i].authority == QLatin1String("special");
    }
    if (!party.attendsInPerson && !special)
        return Error{ValidationText::tr(
                         "the party will not attend in person, so at least one agent must hold "
                         "special authority"),
                     joinField(name, FieldText::tr("Agents"))};
    return {};
}

Result<void> CaseValidator::checkAgent(const Agent &agent, const QString &name) const
{
    if (isBlank(agent.name))
        return Error{ValidationText::tr("is required"), joinField(name, FieldText::tr("Name"))};
    if (auto c = checkCode(vocab::authorities(), agent.authority,
                           joinField(name, FieldText::tr("Authority")), true);
        !c)
        return c;
    if (!agent.idNumber.isEmpty()) {
        if (const auto id = ResidentId::parse(agent.idNumber, m_today); !id)
            return Error{id.error().message, joinField(name, FieldText::tr("Resident ID number"))};
    }
    return checkPhone(agent.phone, joinField(name, FieldText::tr("Phone")));
}

Result<void> CaseValidator::checkSides(const CaseRecord &r) const
{
    const auto applicants = r.partiesWithRole(QStringLiteral("applicant"));
    const auto agencies = r.partiesWithRole(QStringLiteral("agency"));
    const auto representatives = r.partiesWithRole(QStringLiteral("representative"));
    if (applicants.isEmpty())
        return Error{ValidationText::tr("at least one applicant is required"),
                     FieldText::tr("Parties")};
    if (agencies.isEmpty())
        return Error{ValidationText::tr("at least one respondent agency is required"),
                     FieldText::tr("Parties")};
    int leads = 0;
    for (const Party *agency : agencies)
        leads += agency->lead ? 1 : 0;
    if (leads != 1)
        return Error{
            ValidationText::tr(
                "with several respondent agencies, mark exactly one as the lead (%1 marked)")
                .arg(leads),
            FieldText::tr("Lead agency")};
    if (r.personsInvolved < applicants.size())
        return Error{ValidationText::tr("is %1 but %2 applicants are listed")
                         .arg(r.personsInvolved)
                         .arg(applicants.size()),
                     FieldText::tr("Persons on the applicant side")};
    if (r.personsInvolved > kLargeSideThreshold) {
        if (representatives.size() < kMinRepresentatives ||
            representatives.size() > kMaxRepresentatives)
            return Error{ValidationText::tr(
                             "a side of more than 10 persons appoints 2 to 5 representatives (%1 "
                             "listed)")
                             .arg(representatives.size()),
                         FieldText::tr("Representatives")};
    } else if (!representatives.isEmpty()) {
        return Error{ValidationText::tr(
                         "representatives are appointed only by a side of more than 10 persons"),
                     FieldText::tr("Representatives")};
    }
    return {};
}

} // namespace huajie
