#pragma once

#include "result.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace huajie {

class Store;

// How many backups are kept: the newest of each of the last days, weeks
// and months.
struct BackupPolicy
{
    int daily = 7;
    int weekly = 4;
    int monthly = 12;

    // "7/4/12"; each from 1 to 999.
    static std::optional<BackupPolicy> fromText(const QString &text);
    QString toText() const;
};

struct BackupFile
{
    QString path;
    QDateTime madeAt; // local time, from its name
    QString reason;   // "manual", "close", "daily", "before-upgrade", "before-restore"

    // Made by hand or before a restore: kept until removed by hand.
    bool keptByHand() const;
    // Why it was made, as a user reads it (the reason is in the file's name).
    QString reasonLabel() const;
};

// Copies of the case database in the "backups" folder beside it. A copy is
// made with VACUUM INTO, which gives a consistent database even while the
// program writes, and is readable by its owner only (the data is
// confidential, S2 第十七条). It is written under a temporary name and
// renamed when whole, so that a copy under a backup's name is always whole.
class Backups
{
public:
    explicit Backups(QString databasePath) : m_databasePath(std::move(databasePath)) {}

    QString folder() const;
    // Writes a copy of the open database to a new file at `path`.
    static Result<void> copyTo(const QSqlDatabase &db, const QString &path);
    // A copy in the backups folder, named by its time and why it was made.
    Result<QString> make(const QSqlDatabase &db, const QString &reason, const QDateTime &at) const;
    // Newest first.
    Result<QList<BackupFile>> list() const;
    // Removes the backups the policy does not keep. A copy made by hand or
    // before a restore is never removed, nor the first copy of `today` (the
    // day's copy at start-up must outlive that day's copy at close).
    // Returns the removed files.
    Result<QStringList> thin(const BackupPolicy &policy, const QDate &today) const;
    // The copy made when the desk closes, then the thinning.
    Result<QString> makeAtClose(const QSqlDatabase &db, const BackupPolicy &policy,
                                const QDateTime &at) const;
    // Removes one backup of this folder, by hand.
    Result<void> remove(const QString &path) const;
    // The schema version of a backup that opens, passes PRAGMA
    // integrity_check and whose schema is exactly what this program's
    // migrations make for its version; refused otherwise, naming what differs.
    static Result<int> check(const QString &path);
    // Puts a checked copy of a backup in place of the database. `current` is
    // the database it replaces, open for writing by a user allowed to restore
    // (Permission::RestoreBackup); null only when there is no database, the
    // one case nobody signs in for. The database it replaces is kept first
    // as a "before-restore" backup, then checkpointed and closed; the copy
    // goes in place in one rename, recording in its event log who restored
    // what over which chain head. A kill at any point leaves the old
    // database or the new one. Returns the path of the kept copy (empty when
    // there was no database). `chosen` is the file as the user chose it,
    // for the record, when backupPath is a decrypted copy of it.
    Result<QString> restore(const QString &backupPath, const QDateTime &at,
                            std::unique_ptr<Store> current, const QString &chosen = {}) const;

private:
    QString m_databasePath;
};

} // namespace huajie
