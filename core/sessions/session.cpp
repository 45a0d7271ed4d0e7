#include "session.h"

#include "domain/caserecord.h"
#include "io/jsonobjectreader.h"

namespace huajie {

QList<Participant> Session::defaultParticipants(const CaseRecord &c)
{
    const auto agencies = c.partiesWithRole(QStringLiteral("agency"));
    // The agency's people are named in its plan, which the lead agency sends.
    const Party *leadAgency = agencies.isEmpty() ? nullptr : agencies.first();
    for (const Party *agency : agencies)
        if (agency->lead)
            leadAgency = agency;
    QList<Participant> list;
    for (const Party &p : c.parties) {
        if (p.role == QLatin1String("agency")) {
            if (&p != leadAgency || c.progress.agencyMediators.isEmpty())
                list.append({QStringLiteral("agency"), p.name, QString(), std::nullopt});
            continue;
        }
        list.append({p.role == QLatin1String("third_party")      ? QStringLiteral("third_party")
                     : p.role == QLatin1String("representative") ? QStringLiteral("representative")
                                                                 : QStringLiteral("applicant"),
                     p.name, QString(), std::nullopt});
        if (!p.isPerson() && !p.legalRepresentative.trimmed().isEmpty())
            list.append({QStringLiteral("legal_representative"), p.legalRepresentative.trimmed(),
                         p.name, std::nullopt});
        for (const Agent &a : p.agents)
            list.append({QStringLiteral("agent"), a.name, p.name, std::nullopt});
    }
    for (const AgencyMediator &m : c.progress.agencyMediators)
        list.append({QStringLiteral("agency_staff"), m.name,
                     leadAgency ? leadAgency->name : QString(), std::nullopt});
    if (!c.leadMediator.isEmpty())
        list.append({QStringLiteral("lead_mediator"), c.leadMediator, QString(), std::nullopt});
    if (!c.judge.isEmpty())
        list.append({QStringLiteral("judge"), c.judge, QString(), std::nullopt});
    if (!c.procurator.isEmpty())
        list.append({QStringLiteral("procurator"), c.procurator, QString(), std::nullopt});
    return list;
}

namespace sessionjson {
namespace {
const QString kMinuteFormat = QStringLiteral("yyyy-MM-ddTHH:mm");
}

QJsonObject toJson(const Session &s)
{
    QJsonArray participants;
    for (const Participant &p : s.participants) {
        QJsonObject o{{QStringLiteral("role"), p.role}, {QStringLiteral("name"), p.name}};
        if (!p.party.isEmpty())
            o.insert(QStringLiteral("party"), p.party);
        if (p.attended)
            o.insert(QStringLiteral("attended"), *p.attended);
        participants.append(o);
    }
    QJsonObject o{{QStringLiteral("id"), s.id},
                  {QStringLiteral("case"), s.caseNumber},
                  {QStringLiteral("kind"), s.kind},
                  {QStringLiteral("start"), s.start.toString(kMinuteFormat)},
                  {QStringLiteral("duration"), s.durationMinutes},
                  {QStringLiteral("room"), s.room},
                  {QStringLiteral("place"), s.place},
                  {QStringLiteral("mode"), s.mode},
                  {QStringLiteral("remoteConsent"), s.remoteConsent},
                  {QStringLiteral("noticeOn"), s.noticeOn.toString(Qt::ISODate)},
                  {QStringLiteral("shortNoticeReason"), s.shortNoticeReason},
                  {QStringLiteral("status"), s.status},
                  {QStringLiteral("minutes"), s.minutes},
                  {QStringLiteral("participants"), participants}};
    if (s.agencyHeadAttended)
        o.insert(QStringLiteral("agencyHeadAttended"), *s.agencyHeadAttended);
    return o;
}

Result<Session> fromJson(const QJsonObject &object)
{
    Session s;
    JsonObjectReader r(object, QString());
    QString start;
    r.text("kind", &s.kind);
    r.text("start", &start);
    r.integer("duration", &s.durationMinutes);
    r.text("room", &s.room);
    r.text("place", &s.place);
    r.text("mode", &s.mode);
    r.boolean("remoteConsent", &s.remoteConsent);
    r.day("noticeOn", &s.noticeOn);
    r.text("shortNoticeReason", &s.shortNoticeReason);
    const QJsonArray participants = r.array("participants");
    bool given = object.contains(QStringLiteral("participants"));
    for (int i = 0; i < participants.size() && !r.failed(); ++i) {
        JsonObjectReader p(participants[i].toObject(), r.path("participants", i));
        Participant participant;
        p.text("role", &participant.role);
        p.text("name", &participant.name);
        p.text("party", &participant.party);
        p.finish();
        if (p.failed())
            r.adopt(p.error());
        s.participants.append(participant);
    }
    r.finish();
    if (r.failed())
        return r.error();
    s.start = QDateTime::fromString(start, kMinuteFormat);
    if (!s.start.isValid())
        return Error{JsonText::tr("\"%1\" is not a time in the form YYYY-MM-DDTHH:MM").arg(start),
                     QStringLiteral("start")};
    if (given && s.participants.isEmpty())
        return Error{JsonText::tr("must name at least one participant"),
                     QStringLiteral("participants")};
    return s;
}

Result<Outcome> outcomeFromJson(const QJsonObject &object)
{
    Outcome o;
    JsonObjectReader r(object, QString());
    bool head = false;
    const bool headGiven = object.contains(QStringLiteral("agencyHeadAttended"));
    r.boolean("agencyHeadAttended", &head);
    r.text("minutes", &o.minutes);
    const QJsonArray attendance = r.array("attendance");
    for (int i = 0; i < attendance.size() && !r.failed(); ++i) {
        JsonObjectReader a(attendance[i].toObject(), r.path("attendance", i));
        QString name;
        bool attended = false;
        a.text("name", &name);
        a.boolean("attended", &attended);
        a.finish();
        if (a.failed())
            r.adopt(a.error());
        o.attendance.append({name, attended});
    }
    r.finish();
    if (r.failed())
        return r.error();
    if (headGiven)
        o.agencyHeadAttended = head;
    return o;
}
} // namespace sessionjson

} // namespace huajie
