#pragma once

#include "deadline/deadlinesetup.h"
#include "result.h"
#include "sessions/session.h"

#include <QSqlDatabase>

namespace huajie {

class CaseStore;
class DirectoryStore;
class EventLog;

// The sessions of all cases: scheduling with its rules (notice lead time,
// remote consent, no room or person booked twice), and what happened after.
class SessionStore
{
public:
    SessionStore(const QSqlDatabase &db, DirectoryStore &directories, CaseStore &cases,
                 EventLog &events, const DeadlineSetup &deadlines)
        : m_db(db), m_directories(directories), m_cases(cases), m_events(events),
          m_deadlines(deadlines)
    {}

    // Schedules a session of the case. With no participants, the case's
    // usual ones are asked (Session::defaultParticipants).
    Result<Session> schedule(qint64 caseId, Session session, const QDate &today);
    // Moves a scheduled session, checked as a new one is (clashes, notice
    // days from the new notice). The session returned names who is to be
    // notified again.
    Result<Session> reschedule(qint64 sessionId, const Rescheduling &change, const QDate &today);
    // Takes a scheduled session off the schedule: it frees its room and
    // people, and stays with the case, and in its history, as cancelled.
    Result<Session> cancel(qint64 sessionId, const QString &reason);
    // Why the session can no longer be moved or cancelled, if it cannot.
    static Result<void> checkChangeable(const Session &session);
    // The draft at its start in its room if nothing clashes there, else in
    // another of `rooms` at that time, else at the next free half hour of
    // the working days ahead (08:30 to 18:00). The draft itself when nothing
    // is free within the next 60 days.
    Session proposeFreeSlot(Session draft, const QStringList &rooms) const;
    // Attendance, whether the agency head came, the minutes. The first
    // session held meets the first-hearing deadline; the agency's people
    // all absent is an absence for termination reason 3.
    Result<Session> recordOutcome(qint64 sessionId, const sessionjson::Outcome &outcome,
                                  const QDate &today);

    Result<Session> load(qint64 id) const;
    Result<QList<Session>> forCase(qint64 caseId) const;
    // The schedule: sessions not cancelled starting on a day from `from` to `to`, inclusive.
    Result<QList<Session>> between(const QDate &from, const QDate &to) const;
    // The earliest day a session may be held when its notices go out on `noticeOn` (D4).
    QDate earliestDay(const QDate &noticeOn) const;

private:
    Result<QList<Session>> query(const QString &where, const QVariantList &values) const;
    Result<void> checkClashes(const Session &session) const;
    // The rules a session must meet to be on the schedule, for scheduling
    // and rescheduling alike; the id of its room (0 for none).
    Result<qint64> checkSchedulable(const CaseRecord &record, const Session &session,
                                    const QDate &today) const;
    Result<void> appendEvent(const Session &session, const CaseRecord &record,
                             const QString &action, const QJsonObject &input,
                             const QJsonObject &changes = {});

    const QSqlDatabase &m_db; // owned by Store
    DirectoryStore &m_directories;
    CaseStore &m_cases;
    EventLog &m_events;
    const DeadlineSetup &m_deadlines;
};

} // namespace huajie
