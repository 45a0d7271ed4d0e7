#pragma once

#include "domain/recordanchor.h"
#include "result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSqlDatabase>

namespace huajie {

// One entry of a case's history: what was done, by whom, when, and what it
// changed (old and new values). A few events concern the whole center
// rather than one case (freezing a monthly report).
struct CaseEvent
{
    qint64 sequence = 0;
    qint64 caseId = 0; // 0 for an event of the whole center, stored as NULL
    QString caseNumber;
    QDateTime at; // UTC
    QString user;
    QString action; // "register", "edit", or a lifecycle action
    QString fromState;
    QString toState;
    QJsonObject input;
    QJsonObject changes;
    QString previousHash;
    QString hash;
};

struct ChainVerification
{
    qint64 eventCount = 0;
    bool intact = true;
    qint64 firstBroken = 0; // the sequence number of the first event that fails
    QString caseNumber;     // the case of that event, where there is one
    QString problem;
};

// The append-only event log. Every event carries a SHA-256 hash over its
// content and the previous event's hash, and the hash of the last event is
// kept as the chain's head, so an edited, inserted, reordered or deleted
// event is found by verify().
class EventLog
{
public:
    explicit EventLog(const QSqlDatabase &db) : m_db(db) {}

    // Inside the caller's transaction.
    Result<CaseEvent> append(CaseEvent event);
    Result<QList<CaseEvent>> history(qint64 caseId) const;
    Result<ChainVerification> verify() const;
    // Where the log stands: its last event, as printed on documents and reports.
    Result<RecordAnchor> anchor() const;
    // The chain's head: the last event's sequence and hash (0 and the
    // genesis hash while there is none).
    Result<std::pair<qint64, QString>> head() const;

    static QString computeHash(const CaseEvent &event);
    static const QString kGenesisHash;

private:
    const QSqlDatabase &m_db; // owned by Store
};

} // namespace huajie
