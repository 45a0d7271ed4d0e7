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
    // Attendance, whether the agency head came, the minutes. The first
    // session held meets the first-hearing deadline; the agency's people
    // all absent is an absence for termination reason 3.
    Result<Session> recordOutcome(qint64 sessionId, const sessionjson::Outcome &outcome,
                                  const QDate &today);

    Result<Session> load(qint64 id) const;
    Result<QList<Session>> forCase(qint64 caseId) const;
    // Sessions starting on a day from `from` to `to`, inclusive.
    Result<QList<Session>> between(const QDate &from, const QDate &to) const;
    // The earliest day a session may be held when its notices go out on `noticeOn` (D4).
    QDate earliestDay(const QDate &noticeOn) const;

private:
    Result<QList<Session>> query(const QString &where, const QVariantList &values) const;
    Result<void> checkClashes(const Session &session) const;

    const QSqlDatabase &m_db; // owned by Store
    DirectoryStore &m_directories;
    CaseStore &m_cases;
    EventLog &m_events;
    const DeadlineSetup &m_deadlines;
};

} // namespace huajie
