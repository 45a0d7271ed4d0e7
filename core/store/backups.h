#pragma once

#include "result.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace huajie {

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
// confidential, S2 第十七条).
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
    // The schema version of a backup that opens and passes PRAGMA
    // integrity_check; refused otherwise.
    static Result<int> check(const QString &path);
    // Replaces the database, which must not be open, by a checked backup.
    // The database it replaces is kept first as a "before-restore" backup.
    // Returns the path of that copy (empty when there was no database).
    Result<QString> restore(const QString &backupPath, const QDateTime &at) const;

private:
    QString m_databasePath;
};

} // namespace huajie
