#include "documentdata.h"

#include "domain/vocabulary.h"

#include <QTranslator>

#include <memory>

namespace huajie {
namespace {
// Documents are in Chinese whatever the interface speaks: their labels come
// from the Chinese catalogue itself.
QString zh(const Vocabulary &vocabulary, const QString &code)
{
    static const std::unique_ptr<QTranslator> chinese = [] {
        auto t = std::make_unique<QTranslator>();
        (void)t->load(QStringLiteral(":/i18n/huajie_zh_CN.qm"));
        return t;
    }();
    const char *source = vocabulary.sourceLabel(code);
    if (!source)
        return code;
    const QString translated = chinese->translate("Vocabulary", source);
    return translated.isEmpty() ? QString::fromUtf8(source) : translated;
}

QVariantMap partyData(const Party &p)
{
    QVariantList agents;
    for (const Agent &a : p.agents)
        agents.append(
            QVariantMap{{QStringLiteral("name"), a.name},
                        {QStringLiteral("authority"), zh(vocab::authorities(), a.authority)},
                        {QStringLiteral("special"), a.authority == QLatin1String("special")},
                        {QStringLiteral("phone"), a.phone},
                        {QStringLiteral("organisation"), a.organisation}});
    return {{QStringLiteral("name"), p.name},
            {QStringLiteral("isPerson"), p.isPerson()},
            {QStringLiteral("sex"), zh(vocab::sexes(), p.sex)},
            {QStringLiteral("birthDate"), p.birthDate},
            {QStringLiteral("idNumber"), p.idNumber},
            {QStringLiteral("address"), p.address},
            {QStringLiteral("phone"), p.phone},
            {QStringLiteral("creditCode"), p.creditCode},
            {QStringLiteral("legalRepresentative"), p.legalRepresentative},
            {QStringLiteral("lead"), p.lead},
            {QStringLiteral("agents"), agents}};
}
} // namespace

QVariantMap documentData(const CaseRecord &c, const DocumentContext &context)
{
    QVariantList applicants;
    QVariantList agencies;
    QVariantList thirdParties;
    QVariantList principals;
    QStringList applicantNames;
    QStringList agencyNames;
    QString leadAgency;
    for (const Party &p : c.parties) {
        const QVariantMap data = partyData(p);
        if (p.role == QLatin1String("applicant")) {
            applicants.append(data);
            applicantNames.append(p.name);
        } else if (p.role == QLatin1String("agency")) {
            agencies.append(data);
            agencyNames.append(p.name);
            if (p.lead)
                leadAgency = p.name;
        } else if (p.role == QLatin1String("third_party")) {
            thirdParties.append(data);
        }
        if (!p.agents.isEmpty())
            principals.append(data);
    }
    QVariantMap caseData{{QStringLiteral("number"), c.number},
                         {QStringLiteral("referralNumber"), c.referralNumber},
                         {QStringLiteral("originCaseNumber"), c.originCaseNumber},
                         {QStringLiteral("registeredOn"), c.registeredOn},
                         {QStringLiteral("consentDate"), c.consentDate},
                         {QStringLiteral("source"), zh(vocab::sourceChannels(), c.source)},
                         {QStringLiteral("referringUnit"), c.referringUnit},
                         {QStringLiteral("judge"), c.judge},
                         {QStringLiteral("procurator"), c.procurator},
                         {QStringLiteral("leadMediator"), c.leadMediator},
                         {QStringLiteral("disputedAct"), c.disputedAct},
                         {QStringLiteral("actKind"), zh(vocab::actKinds(), c.actKind)},
                         {QStringLiteral("domain"), zh(vocab::enforcementDomains(), c.domain)},
                         {QStringLiteral("claims"), c.claims},
                         {QStringLiteral("summary"), c.summary},
                         {QStringLiteral("amount"), formatAmount(c.amountFen)},
                         {QStringLiteral("persons"), c.personsInvolved},
                         {QStringLiteral("state"), zh(vocab::caseStates(), c.state)}};
    for (const QString &key : CaseProgress::dateKeys())
        caseData.insert(key, c.progress.date(key));
    // With no agent named yet, the applicants get a form to fill in by hand.
    if (principals.isEmpty())
        principals = applicants;
    const QString separator = QStringLiteral("、");
    return {{QStringLiteral("case"), caseData},
            {QStringLiteral("center"), context.center},
            {QStringLiteral("today"), context.today},
            {QStringLiteral("documentNumber"), context.documentNumber},
            {QStringLiteral("leadMediatorPhone"), context.leadMediatorPhone},
            {QStringLiteral("applicants"), applicants},
            {QStringLiteral("agencies"), agencies},
            {QStringLiteral("thirdParties"), thirdParties},
            {QStringLiteral("principals"), principals},
            {QStringLiteral("applicantNames"), applicantNames.join(separator)},
            {QStringLiteral("agencyNames"), agencyNames.join(separator)},
            {QStringLiteral("agency"), leadAgency}};
}

} // namespace huajie
