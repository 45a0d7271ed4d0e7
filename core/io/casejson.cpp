#include "casejson.h"

#include "i18n/contexts.h"
#include "io/jsonobjectreader.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace huajie::casejson {
namespace {
QString date(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

Result<Agent> agentFromJson(const QJsonObject &object, const QString &path)
{
    Agent a;
    JsonObjectReader r(object, path);
    r.text("name", &a.name);
    r.text("idNumber", &a.idNumber);
    r.text("phone", &a.phone);
    r.text("organisation", &a.organisation);
    r.text("authority", &a.authority);
    r.finish();
    if (r.failed())
        return r.error();
    return a;
}

Result<Party> partyFromJson(const QJsonObject &object, const QString &path)
{
    Party p;
    JsonObjectReader r(object, path);
    r.text("role", &p.role);
    r.text("kind", &p.kind);
    r.text("name", &p.name);
    r.text("sex", &p.sex);
    r.text("idNumber", &p.idNumber);
    r.day("birthDate", &p.birthDate);
    r.text("address", &p.address);
    r.text("phone", &p.phone);
    r.text("creditCode", &p.creditCode);
    r.text("legalRepresentative", &p.legalRepresentative);
    r.boolean("lead", &p.lead);
    r.boolean("attendsInPerson", &p.attendsInPerson);
    const QJsonArray agents = r.array("agents");
    for (int i = 0; i < agents.size() && !r.failed(); ++i) {
        if (!agents[i].isObject()) {
            r.adopt(Error{JsonText::tr("must be an object"), r.path("agents", i)});
            break;
        }
        auto agent = agentFromJson(agents[i].toObject(), r.path("agents", i));
        if (!agent)
            r.adopt(agent.error());
        else
            p.agents.append(agent.value());
    }
    r.finish();
    if (r.failed())
        return r.error();
    if (p.role == QLatin1String("agency"))
        p.kind = QStringLiteral("organisation");
    return p;
}
} // namespace

QJsonObject toJson(const CaseRecord &c)
{
    QJsonArray parties;
    for (const Party &p : c.parties) {
        QJsonArray agents;
        for (const Agent &a : p.agents)
            agents.append(QJsonObject{{QStringLiteral("name"), a.name},
                                      {QStringLiteral("idNumber"), a.idNumber},
                                      {QStringLiteral("phone"), a.phone},
                                      {QStringLiteral("organisation"), a.organisation},
                                      {QStringLiteral("authority"), a.authority}});
        parties.append(QJsonObject{{QStringLiteral("role"), p.role},
                                   {QStringLiteral("kind"), p.kind},
                                   {QStringLiteral("name"), p.name},
                                   {QStringLiteral("sex"), p.sex},
                                   {QStringLiteral("idNumber"), p.idNumber},
                                   {QStringLiteral("birthDate"), date(p.birthDate)},
                                   {QStringLiteral("address"), p.address},
                                   {QStringLiteral("phone"), p.phone},
                                   {QStringLiteral("creditCode"), p.creditCode},
                                   {QStringLiteral("legalRepresentative"), p.legalRepresentative},
                                   {QStringLiteral("lead"), p.lead},
                                   {QStringLiteral("attendsInPerson"), p.attendsInPerson},
                                   {QStringLiteral("agents"), agents}});
    }
    QJsonObject dispute{{QStringLiteral("act"), c.disputedAct},
                        {QStringLiteral("actKind"), c.actKind},
                        {QStringLiteral("domain"), c.domain},
                        {QStringLiteral("claims"), c.claims},
                        {QStringLiteral("persons"), c.personsInvolved},
                        {QStringLiteral("summary"), c.summary},
                        {QStringLiteral("suitabilityGround"), c.suitabilityGround}};
    if (c.amountFen >= 0)
        dispute.insert(QStringLiteral("amount"), formatAmount(c.amountFen));
    return QJsonObject{
        {QStringLiteral("number"), c.number},
        {QStringLiteral("state"), c.state},
        {QStringLiteral("registeredOn"), date(c.registeredOn)},
        {QStringLiteral("referralNumber"), c.referralNumber},
        {QStringLiteral("courtReceivedOn"), date(c.courtReceivedOn)},
        {QStringLiteral("referredOn"), date(c.referredOn)},
        {QStringLiteral("originCaseNumber"), c.originCaseNumber},
        {QStringLiteral("source"), c.source},
        {QStringLiteral("referringUnit"), c.referringUnit},
        {QStringLiteral("judge"), c.judge},
        {QStringLiteral("procurator"), c.procurator},
        {QStringLiteral("leadMediator"), c.leadMediator},
        {QStringLiteral("dispute"), dispute},
        {QStringLiteral("consent"), QJsonObject{{QStringLiteral("date"), date(c.consentDate)},
                                                {QStringLiteral("form"), c.consentForm}}},
        {QStringLiteral("flags"),
         QJsonObject{{QStringLiteral("collective"), c.flags.collective},
                     {QStringLiteral("sensitive"), c.flags.sensitive},
                     {QStringLiteral("petitionRisk"), c.flags.petitionRisk},
                     {QStringLiteral("supervised"), c.flags.supervised},
                     {QStringLiteral("legalAid"), c.flags.legalAid},
                     {QStringLiteral("typical"), c.flags.typical}}},
        {QStringLiteral("parties"), parties},
    };
}

Result<CaseRecord> fromJson(const QJsonObject &object)
{
    CaseRecord c;
    JsonObjectReader r(object, QString());
    r.text("number", &c.number); // ignored on registration: the store assigns it
    r.text("state", &c.state);
    r.day("registeredOn", &c.registeredOn);
    r.text("referralNumber", &c.referralNumber);
    r.day("courtReceivedOn", &c.courtReceivedOn);
    r.day("referredOn", &c.referredOn);
    r.text("originCaseNumber", &c.originCaseNumber);
    r.text("source", &c.source);
    r.text("referringUnit", &c.referringUnit);
    r.text("judge", &c.judge);
    r.text("procurator", &c.procurator);
    r.text("leadMediator", &c.leadMediator);

    JsonObjectReader dispute(r.object("dispute"), QStringLiteral("dispute"));
    dispute.text("act", &c.disputedAct);
    dispute.text("actKind", &c.actKind);
    dispute.text("domain", &c.domain);
    dispute.text("claims", &c.claims);
    dispute.amount("amount", &c.amountFen);
    dispute.integer("persons", &c.personsInvolved);
    dispute.text("summary", &c.summary);
    dispute.text("suitabilityGround", &c.suitabilityGround);
    dispute.finish();

    JsonObjectReader consent(r.object("consent"), QStringLiteral("consent"));
    consent.day("date", &c.consentDate);
    consent.text("form", &c.consentForm);
    consent.finish();

    JsonObjectReader flags(r.object("flags"), QStringLiteral("flags"));
    flags.boolean("collective", &c.flags.collective);
    flags.boolean("sensitive", &c.flags.sensitive);
    flags.boolean("petitionRisk", &c.flags.petitionRisk);
    flags.boolean("supervised", &c.flags.supervised);
    flags.boolean("legalAid", &c.flags.legalAid);
    flags.boolean("typical", &c.flags.typical);
    flags.finish();

    for (const JsonObjectReader *nested : {&dispute, &consent, &flags})
        if (nested->failed())
            r.adopt(nested->error());

    const QJsonArray parties = r.array("parties");
    for (int i = 0; i < parties.size() && !r.failed(); ++i) {
        if (!parties[i].isObject()) {
            r.adopt(Error{JsonText::tr("must be an object"), r.path("parties", i)});
            break;
        }
        auto party = partyFromJson(parties[i].toObject(), r.path("parties", i));
        if (!party)
            r.adopt(party.error());
        else
            c.parties.append(party.value());
    }
    r.finish();
    if (r.failed())
        return r.error();
    return c;
}

QJsonObject summaryToJson(const CaseSummary &s)
{
    return QJsonObject{{QStringLiteral("number"), s.number},
                       {QStringLiteral("registeredOn"), date(s.registeredOn)},
                       {QStringLiteral("state"), s.state},
                       {QStringLiteral("source"), s.source},
                       {QStringLiteral("applicants"), s.applicants},
                       {QStringLiteral("agencies"), s.agencies},
                       {QStringLiteral("disputedAct"), s.disputedAct},
                       {QStringLiteral("leadMediator"), s.leadMediator},
                       {QStringLiteral("referralNumber"), s.referralNumber},
                       {QStringLiteral("voided"), s.voided}};
}

} // namespace huajie::casejson
