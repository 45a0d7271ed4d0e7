#include "writerlock.h"

#include "i18n/contexts.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSysInfo>
#include <QThread>

#ifdef Q_OS_WIN
#include <windows.h>
#else
#include <cerrno>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace huajie {
namespace {
// Enough for a holder's name; a larger file is not read further.
constexpr qint64 kMostRead = 1024;
constexpr qintptr kNoFile = -1;

enum class Locking
{
    Taken,
    Held, // by another open file: another process, or another WriterLock
    Failed
};

// The native side: an open lock file and the system's lock on it.
#ifdef Q_OS_WIN
HANDLE native(qintptr file)
{
    return reinterpret_cast<HANDLE>(file);
}

qintptr openLockFile(const QString &path, bool create)
{
    const HANDLE file =
        CreateFileW(reinterpret_cast<const wchar_t *>(QDir::toNativeSeparators(path).utf16()),
                    GENERIC_READ | GENERIC_WRITE, FILE_SHARE_READ | FILE_SHARE_WRITE, nullptr,
                    create ? OPEN_ALWAYS : OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, nullptr);
    return file == INVALID_HANDLE_VALUE ? kNoFile : reinterpret_cast<qintptr>(file);
}

// Windows locks bytes against reading too: the lock is on a byte far past
// the holder's name, which stays readable.
Locking lockFile(qintptr file, bool exclusive)
{
    OVERLAPPED at = {};
    at.OffsetHigh = 1;
    const DWORD flags = LOCKFILE_FAIL_IMMEDIATELY | (exclusive ? LOCKFILE_EXCLUSIVE_LOCK : 0);
    if (LockFileEx(native(file), flags, 0, 1, 0, &at))
        return Locking::Taken;
    return GetLastError() == ERROR_LOCK_VIOLATION ? Locking::Held : Locking::Failed;
}

bool isPlainFile(qintptr file)
{
    return GetFileType(native(file)) == FILE_TYPE_DISK;
}

// A file open elsewhere cannot be removed on Windows, so it is never removed:
// its lock alone tells whether it is held.
bool stillAtPath(qintptr, const QString &)
{
    return true;
}

QByteArray readAll(qintptr file)
{
    QByteArray bytes(kMostRead, Qt::Uninitialized);
    LARGE_INTEGER start = {};
    DWORD read = 0;
    if (!SetFilePointerEx(native(file), start, nullptr, FILE_BEGIN) ||
        !ReadFile(native(file), bytes.data(), DWORD(bytes.size()), &read, nullptr))
        return {};
    bytes.truncate(int(read));
    return bytes;
}

bool replaceContents(qintptr file, const QByteArray &bytes)
{
    LARGE_INTEGER start = {};
    DWORD written = 0;
    return SetFilePointerEx(native(file), start, nullptr, FILE_BEGIN) &&
           SetEndOfFile(native(file)) &&
           WriteFile(native(file), bytes.constData(), DWORD(bytes.size()), &written, nullptr);
}

void closeFile(qintptr file)
{
    CloseHandle(native(file));
}

void release(qintptr file, const QString &)
{
    replaceContents(file, {});
    closeFile(file);
}
#else
qintptr openLockFile(const QString &path, bool create)
{
    // Not through a symbolic link, and without waiting on a FIFO put there.
    const int flags = O_RDWR | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK | (create ? O_CREAT : 0);
    const int fd = ::open(QFile::encodeName(path).constData(), flags, 0600);
    return fd < 0 ? kNoFile : fd;
}

Locking lockFile(qintptr file, bool exclusive)
{
    if (::flock(int(file), (exclusive ? LOCK_EX : LOCK_SH) | LOCK_NB) == 0)
        return Locking::Taken;
    return errno == EWOULDBLOCK ? Locking::Held : Locking::Failed;
}

bool isPlainFile(qintptr file)
{
    struct stat status = {};
    return ::fstat(int(file), &status) == 0 && S_ISREG(status.st_mode);
}

// The holder removes the file as it releases it: one that opened it before
// then locks a file no longer there, and must open the one that is.
bool stillAtPath(qintptr file, const QString &path)
{
    struct stat byHandle = {};
    struct stat byName = {};
    return ::fstat(int(file), &byHandle) == 0 &&
           ::lstat(QFile::encodeName(path).constData(), &byName) == 0 &&
           byHandle.st_dev == byName.st_dev && byHandle.st_ino == byName.st_ino;
}

QByteArray readAll(qintptr file)
{
    QByteArray bytes(kMostRead, Qt::Uninitialized);
    const ssize_t read = ::pread(int(file), bytes.data(), size_t(bytes.size()), 0);
    bytes.truncate(read > 0 ? int(read) : 0);
    return bytes;
}

bool replaceContents(qintptr file, const QByteArray &bytes)
{
    return ::ftruncate(int(file), 0) == 0 &&
           ::pwrite(int(file), bytes.constData(), size_t(bytes.size()), 0) == bytes.size();
}

void closeFile(qintptr file)
{
    ::close(int(file));
}

void release(qintptr file, const QString &path)
{
    if (stillAtPath(file, path))
        ::unlink(QFile::encodeName(path).constData());
    closeFile(file);
}
#endif

// One line of a holder's name as written in the file, fit for a message:
// the file may hold anything.
QString cleanLine(const QByteArray &line)
{
    QString text;
    // Not printable: control characters, and the bidirectional overrides.
    for (const QChar c : QString::fromUtf8(line).left(100))
        if (c.isPrint())
            text += c;
    return text.trimmed();
}

QString describeHolder(const QByteArray &contents, const QString &databasePath)
{
    const QList<QByteArray> lines = contents.split('\n');
    const qint64 pid = lines.value(0).trimmed().toLongLong();
    const QString application = cleanLine(lines.value(1));
    const QString host = cleanLine(lines.value(2));
    if (pid <= 0 || application.isEmpty() || host.isEmpty())
        return StoreText::tr("%1 is open for writing in another program")
            .arg(QDir::toNativeSeparators(databasePath));
    return StoreText::tr("%1 is open for writing in %2 (process %3 on %4)")
        .arg(QDir::toNativeSeparators(databasePath), application)
        .arg(pid)
        .arg(host);
}

Error cannotLock(const QString &databasePath)
{
    return Error{StoreText::tr("Cannot lock %1 for writing")
                     .arg(QDir::toNativeSeparators(WriterLock::lockPath(databasePath)))};
}
} // namespace

QString WriterLock::lockPath(const QString &databasePath)
{
    return QFileInfo(databasePath).absoluteFilePath() + QStringLiteral(".lock");
}

WriterLock::WriterLock(QString path, qintptr handle) : m_path(std::move(path)), m_handle(handle) {}

WriterLock::~WriterLock()
{
    release(m_handle, m_path);
}

Result<std::unique_ptr<WriterLock>> WriterLock::take(const QString &databasePath)
{
    const QString path = lockPath(databasePath);
    // holder() takes a shared lock for a moment to look: a writer starting
    // then waits that moment out rather than be refused.
    QElapsedTimer waited;
    waited.start();
    while (waited.elapsed() < 2000) {
        const qintptr file = openLockFile(path, true);
        if (file == kNoFile)
            return cannotLock(databasePath);
        if (!isPlainFile(file)) {
            closeFile(file);
            return cannotLock(databasePath);
        }
        const Locking locking = lockFile(file, true);
        if (locking == Locking::Taken && stillAtPath(file, path)) {
            const QByteArray name = QByteArray::number(QCoreApplication::applicationPid()) + '\n' +
                                    QCoreApplication::applicationName().toUtf8() + '\n' +
                                    QSysInfo::machineHostName().toUtf8() + '\n';
            // The name is only for the message of one refused: a lock
            // without it is held all the same.
            replaceContents(file, name);
            return std::unique_ptr<WriterLock>(new WriterLock(path, file));
        }
        const QByteArray contents = locking == Locking::Held ? readAll(file) : QByteArray();
        closeFile(file);
        if (locking == Locking::Failed)
            return cannotLock(databasePath);
        if (locking == Locking::Held && waited.elapsed() > 200)
            return Error{describeHolder(contents, databasePath)};
        if (locking == Locking::Held)
            QThread::msleep(10);
    }
    return cannotLock(databasePath);
}

std::optional<QString> WriterLock::holder(const QString &databasePath)
{
    // Looks without creating the file, and without keeping the lock.
    const qintptr file = openLockFile(lockPath(databasePath), false);
    if (file == kNoFile)
        return std::nullopt;
    std::optional<QString> held;
    if (isPlainFile(file) && lockFile(file, false) == Locking::Held)
        held = describeHolder(readAll(file), databasePath);
    closeFile(file);
    return held;
}

} // namespace huajie
