#pragma once

#include "domain/recordanchor.h"
#include "result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace huajie {

// One thing the record audit found.
struct AuditFinding
{
    enum class Severity
    {
        Breach,  // the record was changed: verify fails
        Warning, // a backup that cannot be read or compared: said, not a breach
        Note     // what was checked, for the reader
    };
    Severity severity = Severity::Breach;
    QString text; // as a user reads it
};

struct RecordAuditResult
{
    int backupsCompared = 0;
    int documentsChecked = 0;
    int reportsChecked = 0;
    QList<AuditFinding> findings;

    bool breached() const;
};

// The event log's chain proves only that it is whole, not that it is the
// log that was written: whoever has the file can rewrite an event and
// compute every hash after it again. What lies outside the file anchors
// it: each backup's log must be the beginning of today's, and an anchor
// printed on a document or report must name an event of today's log with
// that hash. Issued documents and frozen reports must also still be what
// their issuing and freezing events recorded.
class RecordAudit
{
public:
    // The connection of the database at databasePath; its backups are in
    // the backups folder beside it.
    RecordAudit(const QSqlDatabase &db, QString databasePath)
        : m_db(db), m_databasePath(std::move(databasePath))
    {}

    // Every check but a printed anchor's, in one read transaction.
    Result<RecordAuditResult> run() const;
    // One printed anchor: a Breach when it does not hold, else a Note.
    Result<AuditFinding> checkAnchor(const RecordAnchor &anchor) const;

    // The action of the event a restore writes: the log forks there from
    // the copies made before it, which is no rewriting when those copies
    // are of the database the restore replaced (the head the event names).
    static const QString kRestoreAction;

private:
    struct TodaysEvent
    {
        QString hash;
        QString action;
        QString replaced; // of a restore: the replaced database's head, "SEQ:HASH"
    };
    // A backup whose log parts from today's at or before a restore event.
    struct Fork
    {
        QString name;
        qint64 restoreSequence = 0; // the first restore at or after the parting
        QStringList replaced;       // the heads those restores replaced
        qint64 lastSequence = 0;    // the backup's last event
        QString lastHash;
    };
    Result<void> checkForks(const QList<Fork> &forks, RecordAuditResult &result) const;
    Result<QHash<qint64, TodaysEvent>> todaysEvents() const;
    Result<void> compareBackups(const QHash<qint64, TodaysEvent> &today,
                                RecordAuditResult &result) const;
    Result<void> checkDocuments(const QHash<qint64, TodaysEvent> &today,
                                RecordAuditResult &result) const;
    Result<void> checkFrozenReports(const QHash<qint64, TodaysEvent> &today,
                                    RecordAuditResult &result) const;

    const QSqlDatabase &m_db;
    QString m_databasePath;
};

} // namespace huajie
