#pragma once

#include "result.h"

#include <QString>

#include <memory>
#include <optional>

namespace huajie {

// One writer per database: the lock file beside it (FILE.lock), on which the
// writer holds an exclusive lock of the operating system (flock on Unix,
// LockFileEx on Windows) while it may write. SQLite alone would let two
// desks interleave their changes and numbering; the lock makes the second
// one read-only instead.
//
// The system releases that lock when its process ends, however it ends, so
// a lock no live process holds is free whatever the file holds: empty (a
// holder killed before it wrote), garbled, or naming a process that runs
// but never took it. The file's contents only name the holder ("pid\n
// application\nmachine\n", as QLockFile writes them) for the message shown
// to the one refused.
//
// This is cooperation between honest programs, not a defence: anyone who
// may write the database file may write it without the lock.
class WriterLock
{
public:
    // Takes the lock of the database at databasePath, or says who holds it.
    // Creates the lock file, never the database.
    static Result<std::unique_ptr<WriterLock>> take(const QString &databasePath);
    // Who holds the lock now, in words, when another process or another
    // WriterLock of this one does.
    static std::optional<QString> holder(const QString &databasePath);
    static QString lockPath(const QString &databasePath);

    // Releases the lock; on Unix the file is removed first, as the holder.
    ~WriterLock();
    WriterLock(const WriterLock &) = delete;
    WriterLock &operator=(const WriterLock &) = delete;

private:
    WriterLock(QString path, qintptr handle);

    QString m_path;
    qintptr m_handle; // the open lock file: a descriptor, or a HANDLE on Windows
};

} // namespace huajie
