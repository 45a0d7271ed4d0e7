#include "signinattempts.h"

#include "i18n/contexts.h"

#include <QDir>
#include <QJsonDocument>

#ifdef Q_OS_UNIX
#include <sys/file.h>
#include <unistd.h>
#endif

namespace huajie {
namespace {
// A login is at most 32 characters; what is typed for one may be anything.
constexpr int kKeyLength = 64;
// Far more than the logins ever tried in 15 minutes at one a verification.
constexpr qint64 kMaximumSize = 4 * 1024 * 1024;

QString keyOf(const QString &login)
{
    return login.trimmed().left(kKeyLength);
}
} // namespace

SignInAttempts::SignInAttempts(const QString &databasePath) : m_file(pathFor(databasePath)) {}

QString SignInAttempts::pathFor(const QString &databasePath)
{
    return databasePath + QStringLiteral(".signin");
}

Result<void> SignInAttempts::open()
{
    // Created for its owner only, like the database.
    if (!m_file.open(QIODevice::ReadWrite, QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return Error{AccountText::tr("Cannot open %1, which counts wrong passwords: %2")
                         .arg(QDir::toNativeSeparators(m_file.fileName()), m_file.errorString())};
#ifdef Q_OS_UNIX
    if (::flock(m_file.handle(), LOCK_EX) != 0)
        return Error{AccountText::tr("Cannot lock %1, which counts wrong passwords")
                         .arg(QDir::toNativeSeparators(m_file.fileName()))};
#endif
    // A file cut short by a kill, or grown by hand, counts nothing.
    if (m_file.size() <= kMaximumSize)
        m_logins = QJsonDocument::fromJson(m_file.readAll()).object();
    return {};
}

QJsonObject SignInAttempts::current(const QString &login, const QDateTime &now) const
{
    const QJsonObject entry = m_logins.value(keyOf(login)).toObject();
    const QDateTime last =
        QDateTime::fromString(entry.value(QStringLiteral("last")).toString(), Qt::ISODate);
    // Failures are forgotten once the lock's time is over since the last.
    if (!last.isValid() || last.addSecs(kLockMinutes * 60) <= now)
        return {};
    return entry;
}

std::optional<QDateTime> SignInAttempts::lockedUntil(const QString &login,
                                                     const QDateTime &now) const
{
    const QJsonObject entry = current(login, now);
    if (entry.value(QStringLiteral("failures")).toInt() < kAllowedFailures)
        return std::nullopt;
    return QDateTime::fromString(entry.value(QStringLiteral("last")).toString(), Qt::ISODate)
        .addSecs(kLockMinutes * 60);
}

Result<std::optional<QDateTime>> SignInAttempts::fail(const QString &login, const QDateTime &now)
{
    const int failures = current(login, now).value(QStringLiteral("failures")).toInt() + 1;
    // Only what still counts is kept, so the file stays small.
    for (auto it = m_logins.begin(); it != m_logins.end();)
        it = current(it.key(), now).isEmpty() ? m_logins.erase(it) : it + 1;
    m_logins.insert(keyOf(login),
                    QJsonObject{{QStringLiteral("failures"), failures},
                                {QStringLiteral("last"), now.toUTC().toString(Qt::ISODate)}});
    if (auto saved = save(); !saved)
        return saved.error();
    return lockedUntil(login, now);
}

Result<void> SignInAttempts::clear(const QString &login)
{
    if (!m_logins.contains(keyOf(login)))
        return {};
    m_logins.remove(keyOf(login));
    return save();
}

Result<void> SignInAttempts::save()
{
    const QByteArray bytes = QJsonDocument(m_logins).toJson(QJsonDocument::Compact);
    if (!m_file.resize(0) || !m_file.seek(0) || m_file.write(bytes) != bytes.size() ||
        !m_file.flush())
        return Error{AccountText::tr("Cannot write %1, which counts wrong passwords: %2")
                         .arg(QDir::toNativeSeparators(m_file.fileName()), m_file.errorString())};
    return {};
}

} // namespace huajie
