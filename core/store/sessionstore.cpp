#include "sessionstore.h"

#include "clock.h"
#include "deadline/deadlinecalculator.h"
#include "domain/vocabulary.h"
#include "i18n/contexts.h"
#include "io/jsondiff.h"
#include "store/casestore.h"
#include "store/directorystore.h"
#include "store/eventlog.h"
#include "store/statement.h"
#include "validation/textlimits.h"

#include <QJsonArray>

namespace huajie {
namespace {
const QString kStored = QStringLiteral("yyyy-MM-dd HH:mm");

// The people whose double booking is refused: the center's and the court's.
bool isStaff(const Participant &p)
{
    static const QStringList roles = {QStringLiteral("lead_mediator"),
                                      QStringLiteral("invited_mediator"), QStringLiteral("judge"),
                                      QStringLiteral("procurator")};
    return roles.contains(p.role);
}

QString span(const Session &s)
{
    return StoreText::tr("%1 from %2 to %3")
        .arg(s.start.toString(QStringLiteral("yyyy-MM-dd")),
             s.start.toString(QStringLiteral("HH:mm")), s.end().toString(QStringLiteral("HH:mm")));
}

Result<void> checkReason(const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return Error{StoreText::tr("say why the session changes"), FieldText::tr("Reason")};
    return checkField(reason, FieldText::tr("Reason"), TextKind::Reason);
}

// First, so that no other message quotes hostile text back.
Result<void> checkTexts(const Session &s)
{
    const struct
    {
        const QString &text;
        QString field;
        TextKind kind;
    } fields[] = {
        {s.kind, FieldText::tr("Kind"), TextKind::Line},
        {s.mode, FieldText::tr("Mode"), TextKind::Line},
        {s.room, FieldText::tr("Room"), TextKind::Line},
        {s.place, FieldText::tr("Place"), TextKind::Line},
        {s.shortNoticeReason, FieldText::tr("Reason for the short notice"), TextKind::Reason},
        {s.minutes, FieldText::tr("Minutes"), TextKind::Minutes},
    };
    for (const auto &f : fields)
        if (auto checked = checkField(f.text, f.field, f.kind); !checked)
            return checked;
    for (const Participant &p : s.participants)
        for (const QString *given : {&p.role, &p.name, &p.party})
            if (auto checked = checkField(*given, FieldText::tr("Participants"), TextKind::Line);
                !checked)
                return checked;
    return {};
}

// What a session's change records: which session, and where it stands after.
QJsonObject changeInput(const Session &s, const QString &reason)
{
    return {{QStringLiteral("session"), s.id},
            {QStringLiteral("start"), s.start.toString(QStringLiteral("yyyy-MM-ddTHH:mm"))},
            {QStringLiteral("room"), s.room},
            {QStringLiteral("place"), s.place},
            {QStringLiteral("reason"), reason.trimmed()}};
}
} // namespace

QDate SessionStore::earliestDay(const QDate &noticeOn) const
{
    return DeadlineCalculator(m_deadlines.calendar)
        .compute({noticeOn, {Period::Days, m_deadlines.profile.sessionNoticeDays}, {}, 0, false},
                 noticeOn)
        .due;
}

Result<void> SessionStore::checkClashes(const Session &s) const
{
    // Only the sessions that overlap this one; a session lasts at most 12 hours.
    auto others =
        query(QStringLiteral("s.status <> 'cancelled' AND NOT c.voided AND s.starts_at < ? AND "
                             "s.starts_at > ? AND "
                             "datetime(s.starts_at, '+' || s.duration_minutes || ' minutes') > ?"),
              {s.end().toString(kStored), s.start.addSecs(-12 * 3600).toString(kStored),
               s.start.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))});
    if (!others)
        return others.error();
    for (const Session &other : others.value()) {
        if (other.id == s.id)
            continue;
        if (!s.room.isEmpty() && other.room == s.room)
            return Error{
                StoreText::tr("%1 is booked for %2, %3").arg(s.room, other.caseNumber, span(other)),
                FieldText::tr("Room")};
        for (const Participant &p : s.participants) {
            if (!isStaff(p))
                continue;
            for (const Participant &q : other.participants)
                if (isStaff(q) && q.name == p.name)
                    return Error{StoreText::tr("%1 is in the session of %2, %3")
                                     .arg(p.name, other.caseNumber, span(other)),
                                 FieldText::tr("Participants")};
        }
    }
    return {};
}

Result<qint64> SessionStore::checkSchedulable(const CaseRecord &c, const Session &s,
                                              const QDate &today) const
{
    if (auto texts = checkTexts(s); !texts)
        return texts.error();
    if (auto open = CaseStore::refuseIfVoided(c); !open)
        return open.error();
    if (c.state == QLatin1String("archived"))
        return Error{LifecycleText::tr("The case is archived: reopen it first, with a reason.")};
    if (!vocab::sessionKinds().contains(s.kind))
        return Error{ValidationText::tr("\"%1\" is not one of: %2")
                         .arg(s.kind, vocab::sessionKinds().describeCodes()),
                     FieldText::tr("Kind")};
    if (!vocab::sessionModes().contains(s.mode))
        return Error{ValidationText::tr("\"%1\" is not one of: %2")
                         .arg(s.mode, vocab::sessionModes().describeCodes()),
                     FieldText::tr("Mode")};
    if (!s.start.isValid())
        return Error{ValidationText::tr("is required"), FieldText::tr("Start")};
    if (s.start.date() < c.registeredOn)
        return Error{StoreText::tr("cannot be before the case was registered (%1)")
                         .arg(c.registeredOn.toString(Qt::ISODate)),
                     FieldText::tr("Start")};
    if (s.durationMinutes < 15 || s.durationMinutes > 720)
        return Error{StoreText::tr("must be from 15 to 720 minutes"), FieldText::tr("Duration")};
    if (s.noticeOn > today)
        return Error{ValidationText::tr("cannot be in the future"), FieldText::tr("Notified on")};
    if (s.noticeOn > s.start.date())
        return Error{StoreText::tr("cannot be after the session"), FieldText::tr("Notified on")};
    // S0 §13: a remote session only with every side's consent.
    if (s.mode != QLatin1String("in_person") && !s.remoteConsent)
        return Error{StoreText::tr("a session by video or phone needs every side's consent"),
                     FieldText::tr("Mode")};
    if (s.room.trimmed().isEmpty() && s.place.trimmed().isEmpty() &&
        s.mode == QLatin1String("in_person"))
        return Error{StoreText::tr("choose a room of the center or name the place"),
                     FieldText::tr("Room")};
    qint64 roomId = 0;
    if (!s.room.trimmed().isEmpty()) {
        auto rooms = m_directories.list(DirectoryKind::Rooms);
        if (!rooms)
            return rooms.error();
        for (const DirectoryEntry &room : rooms.value())
            if (room.name() == s.room.trimmed())
                roomId = room.id;
        if (!roomId)
            return Error{StoreText::tr("there is no room named %1 in the directory").arg(s.room),
                         FieldText::tr("Room")};
    }
    for (const Participant &p : s.participants) {
        const OfferedTerms &roles = m_deadlines.profile.vocabularies.participantRoles;
        if (!roles.contains(p.role))
            return Error{ValidationText::tr("\"%1\" is not one of: %2")
                             .arg(p.role.left(40), roles.codes().join(QStringLiteral(", "))),
                         FieldText::tr("Participants")};
        if (p.name.trimmed().isEmpty())
            return Error{ValidationText::tr("every participant needs a name"),
                         FieldText::tr("Participants")};
    }
    // D4: every participant is told at least the profile's days ahead (S0 §9).
    const QDate earliest = earliestDay(s.noticeOn);
    if (s.start.date() < earliest && s.shortNoticeReason.trimmed().isEmpty())
        return Error{
            StoreText::tr(
                "notified on %1, the participants may be called no earlier than %2 (%3 days' "
                "notice, holidays counted); give a reason to hold it sooner")
                .arg(s.noticeOn.toString(Qt::ISODate), earliest.toString(Qt::ISODate))
                .arg(m_deadlines.profile.sessionNoticeDays),
            FieldText::tr("Start")};
    if (auto clash = checkClashes(s); !clash)
        return clash.error();
    return roomId;
}

Result<void> SessionStore::appendEvent(const Session &s, const CaseRecord &c, const QString &action,
                                       const QJsonObject &input, const QJsonObject &changes)
{
    CaseEvent event;
    event.caseId = s.caseId;
    event.at = Clock::now();
    event.user = m_cases.user();
    event.action = action;
    event.fromState = event.toState = c.state;
    event.input = input;
    event.changes = changes;
    if (auto appended = m_events.append(event); !appended)
        return appended.error();
    return {};
}

Result<Session> SessionStore::schedule(qint64 caseId, Session s, const QDate &today)
{
    auto record = m_cases.load(caseId);
    if (!record)
        return record.error();
    const CaseRecord &c = record.value();
    s.caseId = caseId;
    s.caseNumber = c.number;
    s.status = QStringLiteral("scheduled");
    s.agencyHeadAttended.reset();
    s.minutes.clear();
    if (!s.noticeOn.isValid())
        s.noticeOn = today;
    if (s.participants.isEmpty())
        s.participants = Session::defaultParticipants(c);
    for (Participant &p : s.participants)
        p.attended.reset();
    auto roomId = checkSchedulable(c, s, today);
    if (!roomId)
        return roomId.error();

    TransactionGuard transaction(m_db);
    if (auto begun = transaction.begun(); !begun)
        return begun.error();
    Statement insert(
        m_db,
        QStringLiteral("INSERT INTO sessions (case_id, kind, starts_at, duration_minutes, room_id, "
                       "place, mode, remote_consent, notice_on, short_notice_reason, status) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.bindAll({caseId, s.kind, s.start.toString(kStored), s.durationMinutes,
                    roomId.value() ? QVariant(roomId.value()) : QVariant(), s.place, s.mode,
                    s.remoteConsent, dateValue(s.noticeOn), s.shortNoticeReason, s.status});
    if (auto done = insert.exec(); !done)
        return done.error();
    s.id = insert.lastInsertId();
    Statement participant(
        m_db, QStringLiteral("INSERT INTO session_participants (session_id, position, role, "
                             "name, party) VALUES (?, ?, ?, ?, ?)"));
    for (int i = 0; i < s.participants.size(); ++i) {
        const Participant &p = s.participants[i];
        participant.bindAll({s.id, i, p.role, p.name.trimmed(), p.party});
        if (auto done = participant.exec(); !done)
            return done.error();
    }
    if (auto appended =
            appendEvent(s, c, QStringLiteral("schedule_session"), sessionjson::toJson(s));
        !appended)
        return appended.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return load(s.id);
}

Result<void> SessionStore::checkChangeable(const Session &s)
{
    if (s.status == QLatin1String("held"))
        return Error{StoreText::tr("the session of %1 has been held: it can no longer be moved "
                                   "or cancelled")
                         .arg(span(s))};
    if (s.isCancelled())
        return Error{StoreText::tr("the session of %1 was cancelled").arg(span(s))};
    return {};
}

Result<Session> SessionStore::reschedule(qint64 sessionId, const Rescheduling &change,
                                         const QDate &today)
{
    auto loaded = load(sessionId);
    if (!loaded)
        return loaded.error();
    const Session before = loaded.value();
    if (auto changeable = checkChangeable(before); !changeable)
        return changeable.error();
    if (auto reason = checkReason(change.reason); !reason)
        return reason.error();
    auto record = m_cases.load(before.caseId);
    if (!record)
        return record.error();
    Session s = before;
    s.start = change.start;
    if (!change.room.trimmed().isEmpty()) {
        s.room = change.room.trimmed();
        s.place.clear();
    }
    s.noticeOn = change.noticeOn.isValid() ? change.noticeOn : today;
    s.shortNoticeReason = change.shortNoticeReason.trimmed();
    if (s.start == before.start && s.room == before.room && s.place == before.place)
        return Error{StoreText::tr("the session is already at that time and place"),
                     FieldText::tr("Start")};
    auto roomId = checkSchedulable(record.value(), s, today);
    if (!roomId)
        return roomId.error();

    TransactionGuard transaction(m_db);
    if (auto begun = transaction.begun(); !begun)
        return begun.error();
    Statement update(m_db, QStringLiteral("UPDATE sessions SET starts_at = ?, room_id = ?, "
                                          "place = ?, notice_on = ?, short_notice_reason = ? "
                                          "WHERE id = ?"));
    update.bindAll({s.start.toString(kStored),
                    roomId.value() ? QVariant(roomId.value()) : QVariant(), s.place,
                    dateValue(s.noticeOn), s.shortNoticeReason, s.id});
    if (auto done = update.exec(); !done)
        return done.error();
    QJsonObject input = changeInput(s, change.reason);
    input.insert(QStringLiteral("noticeOn"), s.noticeOn.toString(Qt::ISODate));
    input.insert(QStringLiteral("shortNoticeReason"), s.shortNoticeReason);
    if (auto appended = appendEvent(s, record.value(), QStringLiteral("reschedule_session"), input,
                                    jsonDiff(sessionjson::toJson(before), sessionjson::toJson(s)));
        !appended)
        return appended.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return load(s.id);
}

Result<Session> SessionStore::cancel(qint64 sessionId, const QString &reason)
{
    auto loaded = load(sessionId);
    if (!loaded)
        return loaded.error();
    Session s = loaded.value();
    if (auto changeable = checkChangeable(s); !changeable)
        return changeable.error();
    if (auto given = checkReason(reason); !given)
        return given.error();
    auto record = m_cases.load(s.caseId);
    if (!record)
        return record.error();
    if (record.value().state == QLatin1String("archived"))
        return Error{LifecycleText::tr("The case is archived: reopen it first, with a reason.")};

    TransactionGuard transaction(m_db);
    if (auto begun = transaction.begun(); !begun)
        return begun.error();
    Statement update(m_db, QStringLiteral("UPDATE sessions SET status = 'cancelled' WHERE id = ?"));
    update.bind(s.id);
    if (auto done = update.exec(); !done)
        return done.error();
    const QJsonObject before = sessionjson::toJson(s);
    s.status = QStringLiteral("cancelled");
    if (auto appended =
            appendEvent(s, record.value(), QStringLiteral("cancel_session"), changeInput(s, reason),
                        jsonDiff(before, sessionjson::toJson(s)));
        !appended)
        return appended.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return load(s.id);
}

Session SessionStore::proposeFreeSlot(Session draft, const QStringList &rooms) const
{
    QStringList candidates;
    if (!draft.room.isEmpty())
        candidates.append(draft.room);
    for (const QString &room : rooms)
        if (!candidates.contains(room))
            candidates.append(room);
    if (candidates.isEmpty())
        candidates.append(QString()); // outside the center: only the people can clash
    // Minutes of the day: the center's hours, and how long the session is.
    constexpr int kOpens = 8 * 60 + 30;
    constexpr int kCloses = 18 * 60;
    const int length = draft.durationMinutes;
    for (int day = 0; day < 60; ++day) {
        const QDate date = draft.start.date().addDays(day);
        if (day > 0 && m_deadlines.calendar.isRestDay(date))
            continue;
        // The draft's own time first, then each half hour after it that ends by closing time.
        const int from =
            day == 0 ? draft.start.time().hour() * 60 + draft.start.time().minute() : kOpens;
        for (int minute = from; minute == from || minute + length <= kCloses; minute += 30) {
            Session candidate = draft;
            candidate.start = QDateTime(date, QTime(minute / 60, minute % 60));
            for (const QString &room : candidates) {
                candidate.room = room;
                if (checkClashes(candidate))
                    return candidate;
            }
        }
    }
    return draft;
}

Result<Session> SessionStore::recordOutcome(qint64 sessionId, const sessionjson::Outcome &outcome,
                                            const QDate &today)
{
    auto loaded = load(sessionId);
    if (!loaded)
        return loaded.error();
    Session s = loaded.value();
    if (s.isCancelled())
        return Error{StoreText::tr("the session of %1 was cancelled").arg(span(s))};
    if (s.start.date() > today)
        return Error{StoreText::tr("the session has not taken place yet (%1)").arg(span(s))};
    if (auto minutes = checkField(outcome.minutes, FieldText::tr("Minutes"), TextKind::Minutes);
        !minutes)
        return minutes.error();
    for (Participant &p : s.participants)
        p.attended.reset();
    for (const auto &entry : outcome.attendance) {
        if (auto named = checkField(entry.first, FieldText::tr("Attendance"), TextKind::Line);
            !named)
            return named.error();
        // Not a structured binding: clang before 16 cannot capture one in a lambda.
        const QString &name = entry.first;
        const bool attended = entry.second;
        // Two participants may share a name: each entry answers for the next one.
        const auto it =
            std::find_if(s.participants.begin(), s.participants.end(),
                         [&](const Participant &p) { return p.name == name && !p.attended; });
        if (it == s.participants.end())
            return Error{StoreText::tr("%1 is not a participant of this session").arg(name),
                         FieldText::tr("Attendance")};
        it->attended = attended;
    }
    for (const Participant &p : s.participants)
        if (!p.attended)
            return Error{StoreText::tr("say whether %1 attended").arg(p.name),
                         FieldText::tr("Attendance")};
    auto record = m_cases.load(s.caseId);
    if (!record)
        return record.error();
    CaseRecord c = record.value();
    if (auto texts = checkTexts(s); !texts)
        return texts.error();
    if (auto open = CaseStore::refuseIfVoided(c); !open)
        return open.error();
    if (c.state == QLatin1String("archived"))
        return Error{LifecycleText::tr("The case is archived: reopen it first, with a reason.")};

    TransactionGuard transaction(m_db);
    if (auto begun = transaction.begun(); !begun)
        return begun.error();
    Statement update(
        m_db, QStringLiteral("UPDATE sessions SET status = 'held', agency_head_attended = ?, "
                             "minutes_text = ? WHERE id = ?"));
    update.bindAll({outcome.agencyHeadAttended ? QVariant(*outcome.agencyHeadAttended) : QVariant(),
                    outcome.minutes, sessionId});
    if (auto done = update.exec(); !done)
        return done.error();
    Statement attendance(
        m_db, QStringLiteral("UPDATE session_participants SET attended = ? WHERE session_id = ? "
                             "AND position = ?"));
    for (int i = 0; i < s.participants.size(); ++i) {
        attendance.bindAll({*s.participants[i].attended, sessionId, i});
        if (auto done = attendance.exec(); !done)
            return done.error();
    }
    // The first session held meets the first-hearing deadline (S0 §8).
    const QJsonObject before = c.progress.toJson();
    if (s.kind != QLatin1String("follow_up") &&
        (!c.progress.firstHearingOn.isValid() || s.start.date() < c.progress.firstHearingOn))
        c.progress.firstHearingOn = s.start.date();
    if (auto written = m_cases.writeLifecycle(c); !written)
        return written.error();
    QJsonObject input{{QStringLiteral("session"), sessionId},
                      {QStringLiteral("minutes"), outcome.minutes}};
    QJsonArray present;
    for (const Participant &p : s.participants)
        present.append(QJsonObject{{QStringLiteral("name"), p.name},
                                   {QStringLiteral("attended"), *p.attended}});
    input.insert(QStringLiteral("attendance"), present);
    CaseEvent event;
    event.caseId = s.caseId;
    event.at = Clock::now();
    event.user = m_cases.user();
    event.action = QStringLiteral("record_session");
    event.fromState = event.toState = c.state;
    event.input = input;
    event.changes = jsonDiff(QJsonObject{{QStringLiteral("progress"), before}},
                             QJsonObject{{QStringLiteral("progress"), c.progress.toJson()}});
    if (auto appended = m_events.append(event); !appended)
        return appended.error();
    // The agency's people (or the agencies called by name) all absent counts
    // toward termination reason 3, through the lifecycle, where the case's
    // state allows it.
    const auto agencySide = [](const Participant &p) {
        return p.role == QLatin1String("agency_staff") || p.role == QLatin1String("agency");
    };
    const bool agencyCalled =
        std::any_of(s.participants.cbegin(), s.participants.cend(), agencySide);
    const bool agencyCame =
        std::any_of(s.participants.cbegin(), s.participants.cend(),
                    [&](const Participant &p) { return agencySide(p) && *p.attended; });
    if (agencyCalled && !agencyCame) {
        const ActionSpec *absence = Lifecycle::find(QStringLiteral("record_agency_absence"));
        if (absence->from.contains(c.state)) {
            auto recorded = m_cases.transition(
                s.caseId, QStringLiteral("record_agency_absence"),
                {{QStringLiteral("on"), s.start.date().toString(Qt::ISODate)}}, today);
            if (!recorded)
                return recorded.error();
        }
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return load(sessionId);
}

Result<QList<Session>> SessionStore::query(const QString &where, const QVariantList &values) const
{
    Statement q(
        m_db,
        QStringLiteral("SELECT s.id, s.case_id, c.number, s.kind, s.starts_at, s.duration_minutes, "
                       "coalesce(r.name, ''), s.place, s.mode, s.remote_consent, s.notice_on, "
                       "s.short_notice_reason, s.status, s.agency_head_attended, s.minutes_text "
                       "FROM sessions s JOIN cases c ON c.id = s.case_id "
                       "LEFT JOIN rooms r ON r.id = s.room_id WHERE %1 ORDER BY s.starts_at, s.id")
            .arg(where));
    for (const QVariant &v : values)
        q.bind(v);
    if (auto done = q.exec(); !done)
        return done.error();
    QList<Session> sessions;
    while (q.next()) {
        Session s;
        s.id = q.value(0).toLongLong();
        s.caseId = q.value(1).toLongLong();
        s.caseNumber = q.value(2).toString();
        s.kind = q.value(3).toString();
        s.start = QDateTime::fromString(q.value(4).toString(), kStored);
        s.durationMinutes = q.value(5).toInt();
        s.room = q.value(6).toString();
        s.place = q.value(7).toString();
        s.mode = q.value(8).toString();
        s.remoteConsent = q.value(9).toBool();
        s.noticeOn = dateFrom(q.value(10));
        s.shortNoticeReason = q.value(11).toString();
        s.status = q.value(12).toString();
        if (!q.value(13).isNull())
            s.agencyHeadAttended = q.value(13).toBool();
        s.minutes = q.value(14).toString();
        sessions.append(s);
    }
    Statement people(m_db,
                     QStringLiteral("SELECT role, name, party, attended FROM session_participants "
                                    "WHERE session_id = ? ORDER BY position"));
    for (Session &s : sessions) {
        people.bind(s.id);
        if (auto done = people.exec(); !done)
            return done.error();
        while (people.next()) {
            Participant p{people.value(0).toString(), people.value(1).toString(),
                          people.value(2).toString(), std::nullopt};
            if (!people.value(3).isNull())
                p.attended = people.value(3).toBool();
            s.participants.append(p);
        }
    }
    return sessions;
}

Result<Session> SessionStore::load(qint64 id) const
{
    auto found = query(QStringLiteral("s.id = ?"), {id});
    if (!found)
        return found.error();
    if (found.value().isEmpty())
        return Error{StoreText::tr("There is no session %1").arg(id)};
    return found.value().first();
}

Result<QList<Session>> SessionStore::forCase(qint64 caseId) const
{
    return query(QStringLiteral("s.case_id = ?"), {caseId});
}

Result<QList<Session>> SessionStore::between(const QDate &from, const QDate &to) const
{
    // A voided case's sessions, and cancelled ones, are off the schedule.
    return query(QStringLiteral("s.status <> 'cancelled' AND NOT c.voided AND s.starts_at >= ? AND "
                                "s.starts_at < ?"),
                 {from.toString(Qt::ISODate), to.addDays(1).toString(Qt::ISODate)});
}

} // namespace huajie
