#include "writerlock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace huajie {
namespace {
// QLockFile creates its file, takes a native lock on it, then writes the
// holder's process into it. A holder killed before that write leaves a file
// naming nobody, which QLockFile never finds stale (there is no process to
// ask about), so the database would stay locked for good. Such a file whose
// native lock is free has no holder: it is removed, as QLockFile removes a
// stale one (under that native lock).
void removeAbandoned(const QString &path)
{
#ifdef Q_OS_UNIX
    if (!QFileInfo::exists(path))
        return;
    QLockFile probe(path);
    qint64 pid = 0;
    QString host;
    QString application;
    if (probe.getLockInfo(&pid, &host, &application))
        return; // it names its holder: QLockFile judges it
    const QByteArray name = QFile::encodeName(path);
    const int fd = ::open(name.constData(), O_RDWR | O_CLOEXEC);
    if (fd < 0)
        return;
    struct stat byHandle = {};
    struct stat byName = {};
    if (::flock(fd, LOCK_EX | LOCK_NB) == 0 && ::fstat(fd, &byHandle) == 0 &&
        ::stat(name.constData(), &byName) == 0 && byHandle.st_ino == byName.st_ino &&
        !probe.getLockInfo(&pid, &host, &application))
        ::unlink(name.constData());
    ::close(fd);
#else
    Q_UNUSED(path)
#endif
}

// Takes the lock file, after clearing what a killed holder may have left:
// the lock itself, or the one QLockFile holds while removing a stale lock.
bool tryTake(QLockFile &file, const QString &path)
{
    removeAbandoned(path + QStringLiteral(".rmlock"));
    removeAbandoned(path);
    return file.tryLock(0);
}

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
    if (tryTake(lock->m_file, lockPath(databasePath)))
        return lock;
    if (lock->m_file.error() == QLockFile::LockFailedError)
        return Error{describeHolder(lock->m_file, databasePath)};
    return Error{QCoreApplication::translate("Store", "Cannot lock %1 for writing")
                     .arg(QDir::toNativeSeparators(lockPath(databasePath)))};
}

std::optional<QString> WriterLock::holder(const QString &databasePath)
{
    WriterLock probe(lockPath(databasePath));
    if (tryTake(probe.m_file, lockPath(databasePath))) {
        probe.m_file.unlock();
        return std::nullopt;
    }
    if (probe.m_file.error() != QLockFile::LockFailedError)
        return std::nullopt;
    return describeHolder(probe.m_file, databasePath);
}

} // namespace huajie
