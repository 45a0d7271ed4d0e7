#pragma once

#include "result.h"

#include <QDateTime>
#include <QFile>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace huajie {

// The wrong passwords typed for each login, so that guessing through the
// desk or the command line stops: after 5 in a row a login is locked for 15
// minutes; a right password after that, or an administrator, unlocks it.
// Kept in FILE.sqlite.signin beside the database (0600), not in it: every
// command line is a process of its own, and one that only reads opens the
// database read-only, yet counts too. The file is outside the record (no
// event, no hash): it is no evidence, and whoever has the OS account could
// edit it as they could copy the database and try its hashes offline; the
// lockout is against guessing through the program. Logins that do not
// exist are counted alike, so that a lockout tells nothing about which do.
// One sign-in at a time: the file's lock (flock) is held from open() to
// the object's end, so that parallel attempts are counted each.
class SignInAttempts
{
public:
    static constexpr int kAllowedFailures = 5;
    static constexpr int kLockMinutes = 15;

    explicit SignInAttempts(const QString &databasePath);
    static QString pathFor(const QString &databasePath);

    // Opens the file, waiting for the lock.
    Result<void> open();
    // When the login may try again, while it is locked.
    std::optional<QDateTime> lockedUntil(const QString &login, const QDateTime &now) const;
    // Counts a wrong password; returns when the login may try again if it
    // is locked now.
    Result<std::optional<QDateTime>> fail(const QString &login, const QDateTime &now);
    // A right password, or an administrator's unlocking.
    Result<void> clear(const QString &login);

private:
    QJsonObject current(const QString &login, const QDateTime &now) const;
    Result<void> save();

    QFile m_file;
    QJsonObject m_logins; // login -> {"failures": n, "last": ISO time}
};

} // namespace huajie
