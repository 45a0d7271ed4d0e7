#pragma once

#include "result.h"

#include <QLockFile>
#include <QString>

#include <memory>
#include <optional>

namespace huajie {

// One writer per database: a lock file beside it (FILE.lock) held while a
// program may write. SQLite alone would let two desks interleave their
// changes and numbering; the lock makes the second one read-only instead.
// A lock left by a killed process is taken over (QLockFile checks whether
// its process still runs), even one killed before it wrote its name.
class WriterLock
{
public:
    // Takes the lock of the database at databasePath, or says who holds it.
    static Result<std::unique_ptr<WriterLock>> take(const QString &databasePath);
    // Who holds the lock now, in words, when another process or connection does.
    static std::optional<QString> holder(const QString &databasePath);
    static QString lockPath(const QString &databasePath);

    ~WriterLock();
    WriterLock(const WriterLock &) = delete;
    WriterLock &operator=(const WriterLock &) = delete;

private:
    explicit WriterLock(const QString &lockPath);

    QLockFile m_file;
};

} // namespace huajie
