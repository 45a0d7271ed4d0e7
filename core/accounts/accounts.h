#pragma once

#include "result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace huajie {

class CenterSettings;
class EventLog;

// Who may do what at the desk (S2 第十七条: the files are confidential).
enum class Role
{
    Mediator,
    Head,         // the center's head: approves extensions (S0 §22)
    Administrator // keeps the users, the calendar and the rule profile
};

enum class Permission
{
    ApproveExtension,
    EditCalendar,
    ChooseProfile,
    ManageUsers,
    RestoreBackup // puts a copy in place of the database, accounts and all
};

struct User
{
    qint64 id = 0;
    QString login;
    QString name;
    Role role = Role::Mediator;
    bool active = true;
};

// The desk's users, their roles and passwords (libsodium's Argon2id), and
// who is signed in. A desk with no users is a one-person desk: nobody signs
// in and everything is allowed. Once there are users, each signs in at
// start, unless the center switches that off; what a role may do is
// checked whoever is signed in.
class Accounts
{
public:
    Accounts(const QSqlDatabase &db, CenterSettings &settings, EventLog &events)
        : m_db(db), m_settings(settings), m_events(events)
    {}

    static QString roleCode(Role role); // "mediator", "head", "administrator"
    static std::optional<Role> roleNamed(const QString &code);
    static QString roleLabel(Role role); // translated
    static bool allows(Role role, Permission permission);

    Result<QList<User>> list() const;
    bool inUse() const; // there is at least one user
    // Users exist and the center has not switched signing in off.
    bool loginRequired() const;
    Result<void> setLoginRequired(bool required);

    // Each change of a user is an event of the whole center, fixing the
    // user's row. The first user must be an administrator; after that only
    // an administrator adds users.
    Result<User> add(const QString &login, const QString &name, Role role, const QString &password);
    Result<void> setPassword(const QString &login, const QString &password);
    Result<void> setActive(const QString &login, bool active);
    // The user, when the password is theirs and the account is active.
    // Wrong passwords are counted per login, known or not (SignInAttempts):
    // after 5 in a row it is refused for 15 minutes whatever the password.
    // An unknown login takes as long as a known one.
    Result<User> authenticate(const QString &login, const QString &password) const;
    // When a locked login may sign in again; nothing when it is not locked.
    std::optional<QDateTime> lockedUntil(const QString &login) const;
    // An administrator lifts a login's lockout.
    Result<void> unlock(const QString &login);

    void signIn(const User &user) { m_current = user; }
    const std::optional<User> &current() const { return m_current; }
    // Allowed when nobody needs to sign in; otherwise by the signed-in user's
    // role. Restoring a backup may remove every account: once there are
    // users it takes a signed-in administrator, even where the center lets
    // its users in without signing in.
    Result<void> require(Permission permission) const;

private:
    Result<std::optional<User>> find(const QString &login) const;
    Result<User> existing(const QString &login) const; // refused when there is none
    static Result<QString> hash(const QString &password);
    // Inside the caller's transaction, after the write.
    Result<void> record(const User &user, const QString &action, QJsonObject input);

    const QSqlDatabase &m_db; // owned by Store
    CenterSettings &m_settings;
    EventLog &m_events;
    std::optional<User> m_current;
};

} // namespace huajie
