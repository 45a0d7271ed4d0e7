#include "accounts.h"

#include "accounts/passwordrules.h"
#include "accounts/signinattempts.h"
#include "clock.h"
#include "i18n/contexts.h"
#include "store/centersettings.h"
#include "store/eventlog.h"
#include "store/statement.h"
#include "validation/textlimits.h"

#include <QRegularExpression>

#include <sodium.h>

namespace huajie {
namespace {
// Verified for a login that does not exist, so that it takes as long as
// one that does: an Argon2id hash of a random password, with the limits
// hash() uses.
constexpr char kDummyHash[] = "$argon2id$v=19$m=65536,t=2,p=1$CRwy/CJPTFKCPM2m9YSyqg$"
                              "53R1Jzx+IgsDxpi0jDCns5RU0TOeB34Oloj+YeSMvKc";

const char *kRoles[] = {"mediator", "head", "administrator"};

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}
} // namespace

QString Accounts::roleCode(Role role)
{
    return QString::fromLatin1(kRoles[int(role)]);
}

std::optional<Role> Accounts::roleNamed(const QString &code)
{
    for (int i = 0; i < 3; ++i)
        if (code == QLatin1String(kRoles[i]))
            return Role(i);
    return std::nullopt;
}

QString Accounts::roleLabel(Role role)
{
    switch (role) {
    case Role::Mediator:
        return AccountText::tr("Mediator");
    case Role::Head:
        return AccountText::tr("Center head");
    case Role::Administrator:
        return AccountText::tr("Administrator");
    }
    return {};
}

bool Accounts::allows(Role role, Permission permission)
{
    switch (permission) {
    case Permission::ApproveExtension:
        return role == Role::Head;
    case Permission::EditCalendar:
    case Permission::ChooseProfile:
    case Permission::ManageUsers:
    case Permission::RestoreBackup:
        return role == Role::Administrator;
    }
    return false;
}

Result<QList<User>> Accounts::list() const
{
    Statement q(m_db, QStringLiteral("SELECT id, login, name, role, active FROM users ORDER BY "
                                     "login"));
    if (auto done = q.exec(); !done)
        return done.error();
    QList<User> users;
    while (q.next())
        users.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                      roleNamed(q.value(3).toString()).value_or(Role::Mediator),
                      q.value(4).toBool()});
    return users;
}

bool Accounts::inUse() const
{
    // A database not yet created or upgraded has no users table: no users.
    Statement table(m_db, QStringLiteral("SELECT EXISTS (SELECT 1 FROM sqlite_master "
                                         "WHERE type = 'table' AND name = 'users')"));
    if (!table.exec() || !table.next() || !table.value(0).toBool())
        return false;
    Statement q(m_db, QStringLiteral("SELECT EXISTS (SELECT 1 FROM users)"));
    return q.exec() && q.next() && q.value(0).toBool();
}

bool Accounts::loginRequired() const
{
    return inUse() && m_settings.value(CenterSetting::LoginRequired) != QLatin1String("0");
}

Result<void> Accounts::setLoginRequired(bool required)
{
    if (auto allowed = require(Permission::ManageUsers); !allowed)
        return allowed;
    return m_settings.setValue(CenterSetting::LoginRequired,
                               required ? QStringLiteral("1") : QStringLiteral("0"));
}

Result<QString> Accounts::hash(const QString &password)
{
    if (!sodiumReady())
        return Error{AccountText::tr("The password library cannot be started")};
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    // Argon2id, with libsodium's interactive limits: a desk signs in often.
    if (crypto_pwhash_str_alg(
            out, utf8.constData(), quint64(utf8.size()), crypto_pwhash_OPSLIMIT_INTERACTIVE,
            crypto_pwhash_MEMLIMIT_INTERACTIVE, crypto_pwhash_ALG_ARGON2ID13) != 0)
        return Error{AccountText::tr("Not enough memory to hash the password")};
    return QString::fromLatin1(out);
}

Result<std::optional<User>> Accounts::find(const QString &login) const
{
    auto users = list();
    if (!users)
        return users.error();
    for (const User &u : users.value())
        if (u.login == login)
            return std::optional<User>(u);
    return std::optional<User>();
}

Result<User> Accounts::add(const QString &login, const QString &name, Role role,
                           const QString &password)
{
    const bool first = !inUse();
    if (first && role != Role::Administrator)
        return Error{
            AccountText::tr("The first user must be an administrator, to keep the others")};
    if (!first)
        if (auto allowed = require(Permission::ManageUsers); !allowed)
            return allowed.error();
    const QString trimmed = login.trimmed();
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9._-]{2,32}$"));
    if (!valid.match(trimmed).hasMatch())
        return Error{
            AccountText::tr("must be 2 to 32 letters, digits, dots, dashes or underscores"),
            FieldText::tr("Login")};
    if (name.trimmed().isEmpty())
        return Error{ValidationText::tr("is required"), FieldText::tr("Name")};
    if (auto checked = checkField(name, FieldText::tr("Name"), TextKind::Line); !checked)
        return checked.error();
    auto existing = find(trimmed);
    if (!existing)
        return existing.error();
    if (existing.value())
        return Error{AccountText::tr("%1 is taken").arg(trimmed), FieldText::tr("Login")};
    if (auto allowed = PasswordRules::check(password, trimmed, name.trimmed()); !allowed)
        return allowed.error();
    auto hashed = hash(password);
    if (!hashed)
        return hashed.error();
    TransactionGuard transaction(m_db);
    if (auto begun = transaction.begun(); !begun)
        return begun.error();
    Statement insert(m_db, QStringLiteral("INSERT INTO users (login, name, role, password_hash, "
                                          "created_at) VALUES (?, ?, ?, ?, ?)"));
    insert.bindAll({trimmed, name.trimmed(), roleCode(role), hashed.value(),
                    Clock::now().toString(Qt::ISODate)});
    if (auto done = insert.exec(); !done)
        return done.error();
    const User user{insert.lastInsertId(), trimmed, name.trimmed(), role, true};
    if (auto recorded =
            record(user, QStringLiteral("add_user"),
                   {{QStringLiteral("name"), user.name}, {QStringLiteral("role"), roleCode(role)}});
        !recorded)
        return recorded.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return user;
}

Result<void> Accounts::record(const User &user, const QString &action, QJsonObject input)
{
    CaseEvent event;
    event.at = Clock::now();
    event.user = m_current ? m_current->login : m_events.user();
    event.action = action;
    event.rows = CaseEvent::Rows::OfUser;
    event.userId = user.id;
    input.insert(QStringLiteral("login"), user.login);
    event.input = input;
    if (auto appended = m_events.append(event); !appended)
        return appended.error();
    return {};
}

Result<void> Accounts::setPassword(const QString &login, const QString &password)
{
    // Users change their own; an administrator anyone's.
    if (!m_current || m_current->login != login)
        if (auto allowed = require(Permission::ManageUsers); !allowed)
            return allowed;
    auto user = existing(login);
    if (!user)
        return user.error();
    if (auto allowed = PasswordRules::check(password, login, user.value().name); !allowed)
        return allowed;
    auto hashed = hash(password);
    if (!hashed)
        return hashed.error();
    TransactionGuard transaction(m_db);
    if (auto begun = transaction.begun(); !begun)
        return begun;
    Statement update(m_db, QStringLiteral("UPDATE users SET password_hash = ? WHERE id = ?"));
    update.bindAll({hashed.value(), user.value().id});
    if (auto done = update.exec(); !done)
        return done;
    if (auto recorded = record(user.value(), QStringLiteral("set_password"), {}); !recorded)
        return recorded;
    return transaction.commit();
}

Result<User> Accounts::existing(const QString &login) const
{
    auto found = find(login);
    if (!found)
        return found.error();
    if (!found.value())
        return Error{AccountText::tr("There is no user %1").arg(login), FieldText::tr("Login")};
    return *found.value();
}

Result<void> Accounts::setActive(const QString &login, bool active)
{
    if (auto allowed = require(Permission::ManageUsers); !allowed)
        return allowed;
    if (m_current && m_current->login == login && !active)
        return Error{AccountText::tr("You cannot switch off your own account")};
    auto user = existing(login);
    if (!user)
        return user.error();
    if (user.value().active == active)
        return {};
    TransactionGuard transaction(m_db);
    if (auto begun = transaction.begun(); !begun)
        return begun;
    Statement update(m_db, QStringLiteral("UPDATE users SET active = ? WHERE id = ?"));
    update.bindAll({active, user.value().id});
    if (auto done = update.exec(); !done)
        return done;
    if (auto recorded = record(
            user.value(),
            active ? QStringLiteral("activate_user") : QStringLiteral("deactivate_user"), {});
        !recorded)
        return recorded;
    return transaction.commit();
}

Result<User> Accounts::authenticate(const QString &login, const QString &password) const
{
    Statement q(m_db, QStringLiteral("SELECT password_hash FROM users WHERE login = ? AND "
                                     "active = 1"));
    q.bind(login.trimmed());
    if (auto done = q.exec(); !done)
        return done.error();
    if (!sodiumReady())
        return Error{AccountText::tr("The password library cannot be started")};
    SignInAttempts attempts(m_db.databaseName());
    if (auto opened = attempts.open(); !opened)
        return opened.error();
    const QDateTime now = Clock::systemNow();
    const auto lockedMessage = [](const QDateTime &until) {
        return Error{AccountText::tr("Too many wrong passwords: this login is locked until %1. "
                                     "Try again then, or ask an administrator to unlock it.")
                         .arg(until.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")))};
    };
    if (auto until = attempts.lockedUntil(login, now))
        return lockedMessage(*until);
    // An unknown login is verified against a dummy hash: the same time, and
    // the same answer whether the login or the password is wrong.
    const bool known = q.next();
    const QByteArray stored = known ? q.value(0).toString().toLatin1() : QByteArray(kDummyHash);
    const QByteArray utf8 = password.toUtf8();
    const bool right =
        crypto_pwhash_str_verify(stored.constData(), utf8.constData(), quint64(utf8.size())) == 0;
    auto user = find(login.trimmed());
    if (!user)
        return user.error();
    if (!known || !right || !user.value()) {
        auto locked = attempts.fail(login, now);
        if (!locked)
            return locked.error();
        if (locked.value())
            return lockedMessage(*locked.value());
        return Error{AccountText::tr("The login or the password is wrong")};
    }
    if (auto cleared = attempts.clear(login); !cleared)
        return cleared.error();
    return *user.value();
}

std::optional<QDateTime> Accounts::lockedUntil(const QString &login) const
{
    SignInAttempts attempts(m_db.databaseName());
    if (!attempts.open())
        return std::nullopt;
    return attempts.lockedUntil(login, Clock::systemNow());
}

Result<void> Accounts::unlock(const QString &login)
{
    if (auto allowed = require(Permission::ManageUsers); !allowed)
        return allowed;
    SignInAttempts attempts(m_db.databaseName());
    if (auto opened = attempts.open(); !opened)
        return opened;
    return attempts.clear(login);
}

Result<void> Accounts::require(Permission permission) const
{
    // A one-person desk, or a center that lets its users in without signing in.
    if (!loginRequired() && !(permission == Permission::RestoreBackup && inUse()))
        return {};
    if (!m_current)
        return Error{AccountText::tr("Sign in first")};
    if (allows(m_current->role, permission))
        return {};
    switch (permission) {
    case Permission::ApproveExtension:
        return Error{AccountText::tr("Only the center head approves an extension")};
    case Permission::EditCalendar:
        return Error{AccountText::tr("Only an administrator changes the holiday calendar")};
    case Permission::ChooseProfile:
        return Error{AccountText::tr("Only an administrator changes the rule profile")};
    case Permission::ManageUsers:
        return Error{AccountText::tr("Only an administrator keeps the users")};
    case Permission::RestoreBackup:
        return Error{AccountText::tr("Only an administrator restores a backup")};
    }
    return Error{AccountText::tr("Not allowed")};
}

} // namespace huajie
