#include "casejson.h"

#include "i18n/contexts.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

namespace huajie::casejson {
namespace {
QString date(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

// Reads one object's keys, remembering which it has seen so that unknown
// keys can be refused at the end.
class ObjectReader
{
public:
    ObjectReader(const QJsonObject &object, QString path)
        : m_object(object), m_path(std::move(path))
    {}

    bool failed() const { return m_error.has_value(); }
    Error error() const { return *m_error; }

    void text(const char *key, QString *out)
    {
        const QJsonValue v = take(key);
        if (v.isUndefined() || v.isNull())
            return;
        if (!v.isString())
            return fail(key, JsonText::tr("must be text"));
        *out = v.toString();
    }
    void boolean(const char *key, bool *out)
    {
        const QJsonValue v = take(key);
        if (v.isUndefined() || v.isNull())
            return;
        if (!v.isBool())
            return fail(key, JsonText::tr("must be true or false"));
        *out = v.toBool();
    }
    void integer(const char *key, int *out)
    {
        const QJsonValue v = take(key);
        if (v.isUndefined() || v.isNull())
            return;
        if (!v.isDouble() || v.toDouble() != double(v.toInt()))
            return fail(key, JsonText::tr("must be a whole number"));
        *out = v.toInt();
    }
    void day(const char *key, QDate *out)
    {
        QString s;
        text(key, &s);
        if (failed() || s.isEmpty())
            return;
        const QDate d = QDate::fromString(s, Qt::ISODate);
        if (!d.isValid() || s.size() != 10)
            return fail(key, JsonText::tr("\"%1\" is not a date in the form YYYY-MM-DD").arg(s));
        *out = d;
    }
    void amount(const char *key, qint64 *fen)
    {
        const QJsonValue v = take(key);
        if (v.isUndefined() || v.isNull())
            return;
        // Given as text so that no binary fraction creeps into yuan and fen.
        if (!v.isString() || !parseAmount(v.toString(), fen))
            return fail(
                key,
                JsonText::tr("must be text with yuan and at most two decimals, e.g. \"1200.50\""));
    }
    QJsonObject object(const char *key)
    {
        const QJsonValue v = take(key);
        if (!v.isUndefined() && !v.isNull() && !v.isObject())
            fail(key, JsonText::tr("must be an object"));
        return v.toObject();
    }
    QJsonArray array(const char *key)
    {
        const QJsonValue v = take(key);
        if (!v.isUndefined() && !v.isNull() && !v.isArray())
            fail(key, JsonText::tr("must be a list"));
        return v.toArray();
    }
    void finish()
    {
        if (failed())
            return;
        for (auto it = m_object.begin(); it != m_object.end(); ++it)
            if (!m_seen.contains(it.key()))
                return fail(it.key(), JsonText::tr("is not a known key"));
    }
    void fail(const QString &key, const QString &message)
    {
        if (!m_error)
            m_error = Error{message, m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key};
    }
    void fail(const char *key, const QString &message) { fail(QString::fromLatin1(key), message); }
    void adopt(const Error &error)
    {
        if (!m_error)
            m_error = error;
    }
    QString path(const char *key, int index = -1) const
    {
        QString p = m_path.isEmpty() ? QString::fromLatin1(key)
                                     : m_path + QLatin1Char('.') + QString::fromLatin1(key);
        if (index >= 0)
            p += QStringLiteral("[%1]").arg(index);
        return p;
    }

private:
    QJsonValue take(const char *key)
    {
        const QString k = QString::fromLatin1(key);
        m_seen.insert(k);
        return m_object.value(k);
    }

    QJsonObject m_object;
    QString m_path;
    QSet<QString> m_seen;
    std::optional<Error> m_error;
};

Result<Agent> agentFromJson(const QJsonObject &object, const QString &path)
{
    Agent a;
    ObjectReader r(object, path);
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
    ObjectReader r(object, path);
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
    ObjectReader r(object, QString());
    r.text("number", &c.number); // ignored on registration: the store assigns it
    r.text("state", &c.state);
    r.day("registeredOn", &c.registeredOn);
    r.text("referralNumber", &c.referralNumber);
    r.text("originCaseNumber", &c.originCaseNumber);
    r.text("source", &c.source);
    r.text("referringUnit", &c.referringUnit);
    r.text("judge", &c.judge);
    r.text("procurator", &c.procurator);
    r.text("leadMediator", &c.leadMediator);

    ObjectReader dispute(r.object("dispute"), QStringLiteral("dispute"));
    dispute.text("act", &c.disputedAct);
    dispute.text("actKind", &c.actKind);
    dispute.text("domain", &c.domain);
    dispute.text("claims", &c.claims);
    dispute.amount("amount", &c.amountFen);
    dispute.integer("persons", &c.personsInvolved);
    dispute.text("summary", &c.summary);
    dispute.text("suitabilityGround", &c.suitabilityGround);
    dispute.finish();

    ObjectReader consent(r.object("consent"), QStringLiteral("consent"));
    consent.day("date", &c.consentDate);
    consent.text("form", &c.consentForm);
    consent.finish();

    ObjectReader flags(r.object("flags"), QStringLiteral("flags"));
    flags.boolean("collective", &c.flags.collective);
    flags.boolean("sensitive", &c.flags.sensitive);
    flags.boolean("petitionRisk", &c.flags.petitionRisk);
    flags.boolean("supervised", &c.flags.supervised);
    flags.boolean("legalAid", &c.flags.legalAid);
    flags.boolean("typical", &c.flags.typical);
    flags.finish();

    for (const ObjectReader *nested : {&dispute, &consent, &flags})
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
                       {QStringLiteral("referralNumber"), s.referralNumber}};
}

} // namespace huajie::casejson
