#include "writerlock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace huajie {
namespace {
QString describeHolder(const QLockFile &file, const QString &databasePath)
{
    qint64 pid = 0;
    QString host;
    QString application;
    if (!file.getLockInfo(&pid, &host, &application))
        return QCoreApplication::translate("Store", "%1 is open for writing in another program")
            .arg(QDir::toNativeSeparators(databasePath));
    return QCoreApplication::translate("Store", "%1 is open for writing in %2 (process %3 on %4)")
        .arg(QDir::toNativeSeparators(databasePath), application)
        .arg(pid)
        .arg(host);
}
} // namespace

QString WriterLock::lockPath(const QString &databasePath)
{
    return QFileInfo(databasePath).absoluteFilePath() + QStringLiteral(".lock");
}

WriterLock::WriterLock(const QString &lockPath) : m_file(lockPath)
{
    // Age is no sign of a stale lock: the desk stays open all day. Only a
    // holder that no longer runs leaves a stale one.
    m_file.setStaleLockTime(0);
}

WriterLock::~WriterLock() = default;

Result<std::unique_ptr<WriterLock>> WriterLock::take(const QString &databasePath)
{
    std::unique_ptr<WriterLock> lock(new WriterLock(lockPath(databasePath)));
    if (lock->m_file.tryLock(0))
        return lock;
    if (lock->m_file.error() == QLockFile::LockFailedError)
        return Error{describeHolder(lock->m_file, databasePath)};
    return Error{QCoreApplication::translate("Store", "Cannot lock %1 for writing")
                     .arg(QDir::toNativeSeparators(lockPath(databasePath)))};
}

std::optional<QString> WriterLock::holder(const QString &databasePath)
{
    WriterLock probe(lockPath(databasePath));
    if (probe.m_file.tryLock(0)) {
        probe.m_file.unlock();
        return std::nullopt;
    }
    if (probe.m_file.error() != QLockFile::LockFailedError)
        return std::nullopt;
    return describeHolder(probe.m_file, databasePath);
}

} // namespace huajie
