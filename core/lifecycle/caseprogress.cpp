#include "caseprogress.h"

#include <QJsonArray>

namespace huajie {
namespace {
// The plain fields, by JSON key, so that writing and reading cannot drift apart.
struct DateField
{
    const char *key;
    QDate CaseProgress::*member;
};
struct TextField
{
    const char *key;
    QString CaseProgress::*member;
};

constexpr DateField kDates[] = {
    {"noticeDispatchedOn", &CaseProgress::noticeDispatchedOn},
    {"noticeReceivedOn", &CaseProgress::noticeReceivedOn},
    {"planReceivedOn", &CaseProgress::planReceivedOn},
    {"liaisonNamedOn", &CaseProgress::liaisonNamedOn},
    {"mediationStartedOn", &CaseProgress::mediationStartedOn},
    {"firstHearingOn", &CaseProgress::firstHearingOn},
    {"agreementSignedOn", &CaseProgress::agreementSignedOn},
    {"agreementEffectiveOn", &CaseProgress::agreementEffectiveOn},
    {"withdrawalAppliedOn", &CaseProgress::withdrawalAppliedOn},
    {"withdrawalRuledOn", &CaseProgress::withdrawalRuledOn},
    {"reconsiderationStatementOn", &CaseProgress::reconsiderationStatementOn},
    {"confirmationAppliedOn", &CaseProgress::confirmationAppliedOn},
    {"confirmationRuledOn", &CaseProgress::confirmationRuledOn},
    {"performanceRecordedOn", &CaseProgress::performanceRecordedOn},
    {"terminatedOn", &CaseProgress::terminatedOn},
    {"reportOn", &CaseProgress::reportOn},
    {"transferredOn", &CaseProgress::transferredOn},
    {"closedOn", &CaseProgress::closedOn},
    {"followedUpOn", &CaseProgress::followedUpOn},
    {"archivedOn", &CaseProgress::archivedOn},
    {"reconsiderationAcceptedOn", &CaseProgress::reconsiderationAcceptedOn},
    {"invitationSentOn", &CaseProgress::invitationSentOn},
    {"invitationReceivedOn", &CaseProgress::invitationReceivedOn},
    {"invitationAnsweredOn", &CaseProgress::invitationAnsweredOn},
};

constexpr TextField kTexts[] = {
    {"planSummary", &CaseProgress::planSummary},
    {"agreementEffect", &CaseProgress::agreementEffect},
    {"agreementCondition", &CaseProgress::agreementCondition},
    {"agreementTerms", &CaseProgress::agreementTerms},
    {"withdrawalAppliedBy", &CaseProgress::withdrawalAppliedBy},
    {"withdrawalRuling", &CaseProgress::withdrawalRuling},
    {"reconsiderationStatementNumber", &CaseProgress::reconsiderationStatementNumber},
    {"confirmationRuling", &CaseProgress::confirmationRuling},
    {"mediationStatementNumber", &CaseProgress::mediationStatementNumber},
    {"performance", &CaseProgress::performance},
    {"performanceNote", &CaseProgress::performanceNote},
    {"terminationReason", &CaseProgress::terminationReason},
    {"terminationText", &CaseProgress::terminationText},
    {"reportSummary", &CaseProgress::reportSummary},
    {"transferredTo", &CaseProgress::transferredTo},
    {"followUpNote", &CaseProgress::followUpNote},
    {"archiveNumber", &CaseProgress::archiveNumber},
    {"stateBeforeArchive", &CaseProgress::stateBeforeArchive},
};

QString iso(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QDate dateOf(const QJsonValue &v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}
} // namespace

QDate CaseProgress::date(const QString &key) const
{
    for (const DateField &f : kDates)
        if (key == QLatin1String(f.key))
            return this->*f.member;
    return {};
}

void CaseProgress::setDate(const QString &key, const QDate &value)
{
    for (const DateField &f : kDates)
        if (key == QLatin1String(f.key))
            this->*f.member = value;
}

QStringList CaseProgress::dateKeys()
{
    QStringList keys;
    for (const DateField &f : kDates)
        keys.append(QString::fromLatin1(f.key));
    return keys;
}

bool CaseProgress::suspended() const
{
    return !suspensions.isEmpty() && !suspensions.last().to.isValid();
}

void CaseProgress::updateInvitationFacts()
{
    invitationSentOn = invitations.isEmpty() ? QDate() : invitations.first().sentOn;
    invitationReceivedOn = {};
    invitationAnsweredOn = {};
    const Invitation *watched = nullptr;
    for (const Invitation &i : std::as_const(invitations))
        if (i.receivedOn.isValid() && !i.answeredOn.isValid() &&
            (!watched || i.receivedOn < watched->receivedOn))
            watched = &i;
    if (!watched)
        for (const Invitation &i : std::as_const(invitations))
            if (i.answeredOn.isValid() &&
                (!watched || i.receivedOn.daysTo(i.answeredOn) >
                                 watched->receivedOn.daysTo(watched->answeredOn)))
                watched = &i;
    if (watched) {
        invitationReceivedOn = watched->receivedOn;
        invitationAnsweredOn = watched->answeredOn;
    }
}

// Only what is set is written, so the document stays small and a diff of
// two documents names just what changed.
QJsonObject CaseProgress::toJson() const
{
    QJsonObject o;
    for (const DateField &f : kDates)
        if ((this->*f.member).isValid())
            o.insert(QString::fromLatin1(f.key), iso(this->*f.member));
    for (const TextField &f : kTexts)
        if (!(this->*f.member).isEmpty())
            o.insert(QString::fromLatin1(f.key), this->*f.member);
    for (const auto &[people, key] :
         {std::pair{&agencyMediators, "agencyMediators"}, std::pair{&liaisons, "liaisons"}}) {
        if (people->isEmpty())
            continue;
        QJsonArray list;
        for (const AgencyMediator &m : *people)
            list.append(QJsonObject{{QStringLiteral("name"), m.name},
                                    {QStringLiteral("position"), m.position},
                                    {QStringLiteral("phone"), m.phone}});
        o.insert(QString::fromLatin1(key), list);
    }
    if (!agencyAbsences.isEmpty()) {
        QJsonArray list;
        for (const QDate &d : agencyAbsences)
            list.append(iso(d));
        o.insert(QStringLiteral("agencyAbsences"), list);
    }
    if (!signatures.isEmpty()) {
        QJsonArray list;
        for (const Signature &s : signatures)
            list.append(QJsonObject{{QStringLiteral("party"), s.party},
                                    {QStringLiteral("signedBy"), s.signedBy}});
        o.insert(QStringLiteral("signatures"), list);
    }
    if (!invitations.isEmpty()) {
        QJsonArray list;
        for (const Invitation &i : invitations) {
            QJsonObject item{{QStringLiteral("sentOn"), iso(i.sentOn)},
                             {QStringLiteral("inviter"), i.inviter},
                             {QStringLiteral("invited"), i.invited}};
            if (i.receivedOn.isValid())
                item.insert(QStringLiteral("receivedOn"), iso(i.receivedOn));
            if (i.answeredOn.isValid()) {
                item.insert(QStringLiteral("answeredOn"), iso(i.answeredOn));
                item.insert(QStringLiteral("answer"), i.answer);
                item.insert(QStringLiteral("person"), i.person);
                item.insert(QStringLiteral("note"), i.note);
            }
            list.append(item);
        }
        o.insert(QStringLiteral("invitations"), list);
    }
    if (!suspensions.isEmpty()) {
        QJsonArray list;
        for (const Suspension &s : suspensions)
            list.append(QJsonObject{{QStringLiteral("kind"), s.kind},
                                    {QStringLiteral("from"), iso(s.from)},
                                    {QStringLiteral("to"), iso(s.to)},
                                    {QStringLiteral("note"), s.note}});
        o.insert(QStringLiteral("suspensions"), list);
    }
    if (extension) {
        o.insert(QStringLiteral("extension"),
                 QJsonObject{
                     {QStringLiteral("days"), extension->days},
                     {QStringLiteral("consentingParties"),
                      QJsonArray::fromStringList(extension->consentingParties)},
                     {QStringLiteral("approvedBy"), extension->approvedBy},
                     {QStringLiteral("approvedOn"), iso(extension->approvedOn)},
                     {QStringLiteral("referringUnitToldOn"), iso(extension->referringUnitToldOn)}});
    }
    return o;
}

CaseProgress CaseProgress::fromJson(const QJsonObject &o)
{
    CaseProgress p;
    for (const DateField &f : kDates)
        p.*f.member = dateOf(o.value(QString::fromLatin1(f.key)));
    for (const TextField &f : kTexts)
        p.*f.member = o.value(QString::fromLatin1(f.key)).toString();
    for (const auto &[people, key] :
         {std::pair{&p.agencyMediators, "agencyMediators"}, std::pair{&p.liaisons, "liaisons"}})
        for (const QJsonValue &v : o.value(QString::fromLatin1(key)).toArray()) {
            const QJsonObject m = v.toObject();
            people->append({m.value(QStringLiteral("name")).toString(),
                            m.value(QStringLiteral("position")).toString(),
                            m.value(QStringLiteral("phone")).toString()});
        }
    for (const QJsonValue &v : o.value(QStringLiteral("agencyAbsences")).toArray())
        p.agencyAbsences.append(dateOf(v));
    for (const QJsonValue &v : o.value(QStringLiteral("signatures")).toArray()) {
        const QJsonObject s = v.toObject();
        p.signatures.append({s.value(QStringLiteral("party")).toString(),
                             s.value(QStringLiteral("signedBy")).toString()});
    }
    for (const QJsonValue &v : o.value(QStringLiteral("invitations")).toArray()) {
        const QJsonObject i = v.toObject();
        p.invitations.append({dateOf(i.value(QStringLiteral("sentOn"))),
                              i.value(QStringLiteral("inviter")).toString(),
                              i.value(QStringLiteral("invited")).toString(),
                              dateOf(i.value(QStringLiteral("receivedOn"))),
                              dateOf(i.value(QStringLiteral("answeredOn"))),
                              i.value(QStringLiteral("answer")).toString(),
                              i.value(QStringLiteral("person")).toString(),
                              i.value(QStringLiteral("note")).toString()});
    }
    for (const QJsonValue &v : o.value(QStringLiteral("suspensions")).toArray()) {
        const QJsonObject s = v.toObject();
        p.suspensions.append(
            {s.value(QStringLiteral("kind")).toString(), dateOf(s.value(QStringLiteral("from"))),
             dateOf(s.value(QStringLiteral("to"))), s.value(QStringLiteral("note")).toString()});
    }
    if (o.contains(QStringLiteral("extension"))) {
        const QJsonObject e = o.value(QStringLiteral("extension")).toObject();
        Extension extension;
        extension.days = e.value(QStringLiteral("days")).toInt();
        for (const QJsonValue &v : e.value(QStringLiteral("consentingParties")).toArray())
            extension.consentingParties.append(v.toString());
        extension.approvedBy = e.value(QStringLiteral("approvedBy")).toString();
        extension.approvedOn = dateOf(e.value(QStringLiteral("approvedOn")));
        extension.referringUnitToldOn = dateOf(e.value(QStringLiteral("referringUnitToldOn")));
        p.extension = extension;
    }
    return p;
}

} // namespace huajie
