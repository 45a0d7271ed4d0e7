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

    // The rows the event wrote, whose digest it keeps (see RecordDigest):
    // those of its case; for an event of the whole center, one user's, the
    // settings, or none.
    enum class Rows
    {
        OfTheCase,
        OfUser,
        OfSettings
    };
    Rows rows = Rows::OfTheCase;
    qint64 userId = 0; // of Rows::OfUser
    QString digest;    // filled by EventLog::append; empty on events older than digests
};

// One thing verify() found wrong with the record.
struct VerificationFinding
{
    enum class Kind
    {
        Chain, // an event edited, inserted, reordered or deleted: the chain is broken
        Time,  // an event dated earlier than the one before it
        Rows   // rows changed behind the program's back, after the last event that fixed them
    };
    Kind kind = Kind::Chain;
    qint64 sequence = 0; // the event concerned, 0 when there is none
    QString subject;     // the case number or the user's login, where there is one
    QString problem;     // one sentence, translated
};

struct ChainVerification
{
    qint64 eventCount = 0;
    QList<VerificationFinding> findings; // in the order found; others may add theirs
    bool intact() const { return findings.isEmpty(); }
    // The sequence of the first event where the chain breaks, 0 when it holds.
    qint64 firstBroken() const;
};

// The append-only event log. Every event carries a SHA-256 hash over its
// content and the previous event's hash, and the hash of the last event is
// kept as the chain's head, so an edited, inserted, reordered or deleted
// event is found by verify(). Each event also keeps the digest of the rows
// it wrote, so that those rows changed afterwards by hand are found too.
class EventLog
{
public:
    // Events as schema 12 on write the digest of their rows; the upgrades of
    // older schemas write them as they were then.
    enum class Format
    {
        WithDigests,
        BeforeDigests
    };
    explicit EventLog(const QSqlDatabase &db, Format format = Format::WithDigests)
        : m_db(db), m_format(format)
    {}

    // Who is recorded on the events written from now on.
    void setUser(const QString &user) { m_user = user; }
    QString user() const { return m_user; }

    // Inside the caller's transaction, after the writes the event records:
    // its digest is taken of the rows as they are then.
    Result<CaseEvent> append(CaseEvent event);
    Result<QList<CaseEvent>> history(qint64 caseId) const;
    // When the last event was written; invalid when there is none.
    Result<QDateTime> lastAt() const;
    // Reads everything in one read transaction: a writer committing
    // meanwhile is not seen half-done.
    Result<ChainVerification> verify() const;
    // Where the log stands: its last event, as printed on documents and reports.
    Result<RecordAnchor> anchor() const;
    // The chain's head: the last event's sequence and hash (0 and the
    // genesis hash while there is none).
    Result<std::pair<qint64, QString>> head() const;

    static QString computeHash(const CaseEvent &event);
    static const QString kGenesisHash;
    // How much earlier than the event before it an event may be dated
    // before verify() flags it: the system clock set back by its time
    // service, not a day taken from elsewhere.
    static constexpr qint64 kClockToleranceSeconds = 5 * 60;

private:
    struct LastDigests;
    Result<void> verifyRows(const LastDigests &last, ChainVerification &result) const;

    const QSqlDatabase &m_db; // owned by Store
    Format m_format;
    QString m_user;
};

} // namespace huajie
