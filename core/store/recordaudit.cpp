#include "recordaudit.h"

#include "documents/issueddocument.h"
#include "i18n/contexts.h"
#include "statistics/frozenreports.h"
#include "store/backups.h"
#include "store/sqliteconnection.h"
#include "store/statement.h"

#include <QAtomicInt>
#include <QFileInfo>
#include <QHash>
#include <QMap>

namespace huajie {

const QString RecordAudit::kRestoreAction = QStringLiteral("restore");

namespace {
AuditFinding breach(const QString &text)
{
    return {AuditFinding::Severity::Breach, text};
}

// An anchor kept in the database (a document's, a frozen report's) names
// an event of today's log with that hash.
bool holds(const RecordAnchor &anchor, const auto &today)
{
    if (anchor.sequence() == 0)
        return anchor == RecordAnchor();
    const auto it = today.find(anchor.sequence());
    return it != today.end() && anchor.matches(anchor.sequence(), it->hash);
}
} // namespace

bool RecordAuditResult::breached() const
{
    return std::any_of(findings.begin(), findings.end(), [](const AuditFinding &f) {
        return f.severity == AuditFinding::Severity::Breach;
    });
}

Result<QHash<qint64, RecordAudit::TodaysEvent>> RecordAudit::todaysEvents() const
{
    Statement q(m_db, QStringLiteral("SELECT sequence, hash, action, CASE WHEN action = ? THEN "
                                     "json_extract(input, '$.replaced') END FROM events"));
    q.bind(kRestoreAction);
    if (auto done = q.exec(); !done)
        return done.error();
    QHash<qint64, TodaysEvent> events;
    while (q.next())
        events.insert(q.value(0).toLongLong(),
                      {q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
    return events;
}

Result<RecordAuditResult> RecordAudit::run() const
{
    RecordAuditResult result;
    // One snapshot of the database for every check, even beside a writer.
    TransactionGuard snapshot(m_db);
    if (auto begun = snapshot.begun(); !begun)
        return begun.error();
    auto today = todaysEvents();
    if (!today)
        return today.error();
    if (auto done = compareBackups(today.value(), result); !done)
        return done.error();
    if (auto done = checkDocuments(today.value(), result); !done)
        return done.error();
    if (auto done = checkFrozenReports(today.value(), result); !done)
        return done.error();
    return result;
}

Result<void> RecordAudit::compareBackups(const QHash<qint64, TodaysEvent> &today,
                                         RecordAuditResult &result) const
{
    auto files = Backups(m_databasePath).list();
    if (!files)
        return files.error();
    qint64 last = 0;
    for (auto it = today.begin(); it != today.end(); ++it)
        last = std::max(last, it.key());
    // The restores, in order: a log may part from today's at one of them, or
    // before it when the copy restored was of another log.
    QMap<qint64, QString> restores;
    for (auto it = today.begin(); it != today.end(); ++it)
        if (it->action == kRestoreAction)
            restores.insert(it.key(), it->replaced);
    const auto forkAt = [&](const QString &name, qint64 sequence) -> std::optional<Fork> {
        auto first = restores.lowerBound(sequence);
        if (first == restores.end())
            return std::nullopt;
        Fork fork{name, first.key(), {}, 0, {}};
        for (auto it = first; it != restores.end(); ++it)
            fork.replaced.append(it.value());
        return fork;
    };
    static QAtomicInt counter;
    QList<Fork> forks;
    for (const BackupFile &file : files.value()) {
        const QString name = QFileInfo(file.path).fileName();
        const QString connection =
            QStringLiteral("huajie-audit-%1").arg(counter.fetchAndAddRelaxed(1));
        std::optional<AuditFinding> finding;
        {
            auto opened = sqlite::open(file.path, connection, true);
            if (!opened) {
                result.findings.append(
                    {AuditFinding::Severity::Warning, StoreText::tr("Backup %1 cannot be read: %2")
                                                          .arg(name, opened.error().message)});
                QSqlDatabase::removeDatabase(connection);
                continue;
            }
            const QSqlDatabase db = opened.value();
            Statement q(db, QStringLiteral("SELECT sequence, hash FROM events ORDER BY sequence"));
            if (auto done = q.exec(); !done) {
                finding = AuditFinding{
                    AuditFinding::Severity::Warning,
                    StoreText::tr("Backup %1 cannot be read: %2").arg(name, done.error().message)};
            } else {
                ++result.backupsCompared;
                std::optional<Fork> fork;
                qint64 lastSequence = 0;
                QString lastHash;
                while (!finding && q.next()) {
                    const qint64 sequence = q.value(0).toLongLong();
                    lastSequence = sequence;
                    lastHash = q.value(1).toString();
                    const auto event = today.find(sequence);
                    if (fork)
                        continue; // read on to the backup's last event
                    if (event == today.end() && sequence > last)
                        finding = breach(
                            StoreText::tr("Since backup %1, the events from %2 on were removed: "
                                          "the log now ends at event %3")
                                .arg(name)
                                .arg(sequence)
                                .arg(last));
                    else if (event == today.end())
                        finding = breach(StoreText::tr("Since backup %1, event %2 was removed")
                                             .arg(name)
                                             .arg(sequence));
                    else if (event->hash == lastHash)
                        continue;
                    else if (!(fork = forkAt(name, sequence)))
                        finding = breach(StoreText::tr("Since backup %1, event %2 was rewritten")
                                             .arg(name)
                                             .arg(sequence));
                }
                if (fork && !finding) {
                    fork->lastSequence = lastSequence;
                    fork->lastHash = lastHash;
                    forks.append(*fork);
                }
            }
        }
        QSqlDatabase::removeDatabase(connection);
        if (finding)
            result.findings.append(*finding);
    }
    return checkForks(forks, result);
}

Result<void> RecordAudit::checkForks(const QList<Fork> &forks, RecordAuditResult &result) const
{
    if (forks.isEmpty())
        return {};
    auto files = Backups(m_databasePath).list();
    if (!files)
        return files.error();
    // The hash of one event of a backup, empty when it has none.
    static QAtomicInt counter;
    const auto hashIn = [](const QString &path, qint64 sequence) {
        const QString connection =
            QStringLiteral("huajie-fork-%1").arg(counter.fetchAndAddRelaxed(1));
        QString hash;
        if (auto opened = sqlite::open(path, connection, true)) {
            Statement q(opened.value(),
                        QStringLiteral("SELECT hash FROM events WHERE sequence = ?"));
            q.bind(sequence);
            if (q.exec() && q.next())
                hash = q.value(0).toString();
        }
        QSqlDatabase::removeDatabase(connection);
        return hash;
    };
    // A fork at a restore is the restore's when the backup is of the database
    // it replaced: a copy holding the replaced head (the one kept before the
    // restore) agrees with the backup at the backup's last event, and the
    // chain makes that agreement hold for every event before it. A restore
    // event written by hand names a head no copy holds.
    for (const Fork &fork : forks) {
        bool proven = false; // a copy holds the head a restore replaced: it took place
        bool ofReplaced = false;
        for (const QString &replaced : fork.replaced) {
            const qsizetype colon = replaced.indexOf(QLatin1Char(':'));
            const qint64 replacedSequence = replaced.left(colon).toLongLong();
            const QString replacedHash = replaced.mid(colon + 1);
            for (const BackupFile &file : files.value()) {
                if (ofReplaced || colon < 1 || hashIn(file.path, replacedSequence) != replacedHash)
                    continue;
                proven = true;
                ofReplaced = fork.lastSequence <= replacedSequence &&
                             hashIn(file.path, fork.lastSequence) == fork.lastHash;
            }
        }
        if (ofReplaced)
            result.findings.append(
                {AuditFinding::Severity::Note,
                 StoreText::tr("Backup %1 is of the database the restore of event %2 replaced: "
                               "compared up to it")
                     .arg(fork.name)
                     .arg(fork.restoreSequence)});
        else if (proven)
            // Of a database an earlier restore replaced, as a copy from
            // before two restores is: the log it belongs to is gone.
            result.findings.append(
                {AuditFinding::Severity::Warning,
                 StoreText::tr("Backup %1 parts from the log before the restore of event %2 and "
                               "is not of the database that restore replaced: it cannot be "
                               "compared")
                     .arg(fork.name)
                     .arg(fork.restoreSequence)});
        else
            result.findings.append(breach(
                StoreText::tr("Backup %1 parts from the log at the restore of event %2, but no "
                              "backup is of the database that restore replaced (the copy kept "
                              "before it): the restore may have been written by hand")
                    .arg(fork.name)
                    .arg(fork.restoreSequence)));
    }
    return {};
}

Result<void> RecordAudit::checkDocuments(const QHash<qint64, TodaysEvent> &today,
                                         RecordAuditResult &result) const
{
    // Each document with its issuing event, and each issuing event with its
    // document: one deleted or slipped in by hand shows too.
    Statement q(m_db, QStringLiteral(
                          "SELECT d.id, d.number, d.html, d.sha256, d.anchor, e.sequence, "
                          "json_extract(e.input, '$.sha256') FROM documents d LEFT JOIN events e "
                          "ON e.case_id = d.case_id AND e.action = 'issue_document' "
                          "AND json_extract(e.input, '$.document') = d.id "
                          "UNION ALL SELECT json_extract(e.input, '$.document'), "
                          "json_extract(e.input, '$.number'), NULL, NULL, NULL, e.sequence, NULL "
                          "FROM events e WHERE e.action = 'issue_document' AND NOT EXISTS "
                          "(SELECT 1 FROM documents d WHERE d.id = json_extract(e.input, "
                          "'$.document')) ORDER BY 1"));
    if (auto done = q.exec(); !done)
        return done.error();
    while (q.next()) {
        const QString name = StoreText::tr("Issued document %1%2")
                                 .arg(q.value(0).toLongLong())
                                 .arg(q.value(1).toString().isEmpty()
                                          ? QString()
                                          : QStringLiteral(" %1").arg(q.value(1).toString()));
        const qint64 event = q.value(5).toLongLong();
        if (q.value(2).isNull()) {
            result.findings.append(
                breach(StoreText::tr("%1 of event %2 is no longer there").arg(name).arg(event)));
            continue;
        }
        ++result.documentsChecked;
        IssuedDocument d;
        d.html = q.value(2).toString();
        d.sha256 = q.value(3).toString();
        d.issuedSha256 = q.value(6).toString();
        if (q.value(5).isNull())
            result.findings.append(
                breach(StoreText::tr("%1 has no issuing event in the log").arg(name)));
        else if (d.sha256 != d.issuedSha256)
            result.findings.append(
                breach(StoreText::tr("%1 is not the one event %2 issued: its text and hash "
                                     "were replaced")
                           .arg(name)
                           .arg(event)));
        else if (!d.intact())
            result.findings.append(
                breach(StoreText::tr("%1 was changed after it was issued: its text no longer "
                                     "matches its hash")
                           .arg(name)));
        const auto anchor = RecordAnchor::parse(q.value(4).toString());
        if (anchor && !holds(*anchor, today))
            result.findings.append(
                breach(StoreText::tr("%1 carries the record anchor %2, which names no event of "
                                     "the log: the log was rewritten")
                           .arg(name, anchor->toText())));
    }
    return {};
}

Result<void> RecordAudit::checkFrozenReports(const QHash<qint64, TodaysEvent> &today,
                                             RecordAuditResult &result) const
{
    Statement q(
        m_db, QStringLiteral(
                  "SELECT f.period, f.figures, f.sha256, f.event_sequence, "
                  "json_extract(e.changes, '$.sha256.new') FROM frozen_reports f "
                  "LEFT JOIN events e ON e.sequence = f.event_sequence "
                  "AND e.action = 'freeze_report' AND json_extract(e.input, '$.period') = f.period "
                  "UNION ALL SELECT json_extract(e.input, '$.period'), NULL, NULL, e.sequence, "
                  "NULL FROM events e WHERE e.action = 'freeze_report' AND NOT EXISTS "
                  "(SELECT 1 FROM frozen_reports f WHERE f.event_sequence = e.sequence) "
                  "ORDER BY 1"));
    if (auto done = q.exec(); !done)
        return done.error();
    while (q.next()) {
        const QString period = q.value(0).toString();
        const qint64 event = q.value(3).toLongLong();
        if (q.value(1).isNull()) {
            result.findings.append(
                breach(StoreText::tr("The frozen report of %1 (event %2) is no longer there")
                           .arg(period)
                           .arg(event)));
            continue;
        }
        ++result.reportsChecked;
        FrozenReport frozen;
        frozen.document = q.value(1).toString().toUtf8();
        frozen.sha256 = q.value(2).toString();
        frozen.recordedSha256 = q.value(4).toString();
        if (frozen.recordedSha256.isEmpty())
            result.findings.append(
                breach(StoreText::tr("The frozen report of %1 has no freezing event in the log")
                           .arg(period)));
        else if (frozen.sha256 != frozen.recordedSha256)
            result.findings.append(
                breach(StoreText::tr("The frozen report of %1 is not the one event %2 froze: "
                                     "its figures and hash were replaced")
                           .arg(period)
                           .arg(event)));
        else if (!frozen.intact())
            result.findings.append(
                breach(StoreText::tr("The frozen report of %1 was changed after it was frozen: "
                                     "its figures no longer match its hash")
                           .arg(period)));
        if (const auto anchor = frozen.anchor(); anchor && !holds(*anchor, today))
            result.findings.append(
                breach(StoreText::tr("The frozen report of %1 carries the record anchor %2, "
                                     "which names no event of the log: the log was rewritten")
                           .arg(period, anchor->toText())));
    }
    return {};
}

Result<AuditFinding> RecordAudit::checkAnchor(const RecordAnchor &anchor) const
{
    const AuditFinding fine{AuditFinding::Severity::Note,
                            StoreText::tr("The record anchor %1 matches event %2 of the log")
                                .arg(anchor.toText())
                                .arg(anchor.sequence())};
    if (anchor.sequence() == 0)
        return anchor == RecordAnchor()
                   ? fine
                   : breach(StoreText::tr("The record anchor %1 does not match the empty log")
                                .arg(anchor.toText()));
    Statement q(m_db, QStringLiteral("SELECT hash FROM events WHERE sequence = ?"));
    q.bind(anchor.sequence());
    if (auto done = q.exec(); !done)
        return done.error();
    if (!q.next()) {
        Statement last(m_db, QStringLiteral("SELECT coalesce(max(sequence), 0) FROM events"));
        if (auto done = last.exec(); !done)
            return done.error();
        last.next();
        return breach(StoreText::tr("The record anchor %1 names event %2, which is not in the "
                                    "log (it ends at event %3): events were removed")
                          .arg(anchor.toText())
                          .arg(anchor.sequence())
                          .arg(last.value(0).toLongLong()));
    }
    const QString hash = q.value(0).toString();
    if (anchor.matches(anchor.sequence(), hash))
        return fine;
    return breach(StoreText::tr("The record anchor %1 does not match event %2, whose hash begins "
                                "%3: the log was rewritten at or before event %2")
                      .arg(anchor.toText())
                      .arg(anchor.sequence())
                      .arg(hash.left(RecordAnchor::kDigits)));
}

} // namespace huajie
