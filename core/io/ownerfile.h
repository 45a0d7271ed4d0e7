#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryFile>

namespace huajie {

// A file the program writes for its user (a document, a report, a calendar,
// a backup): readable by its owner only from its first byte, as the
// database is (S2 第十七条: the files are confidential). It is written
// under a temporary name beside its place, created 0600 (QTemporaryFile
// does), and put in place whole by commit(), replacing a file of that name;
// without commit nothing is left. Setting permissions after writing would
// leave a moment in which another account could open the file and keep
// reading it.
class OwnerOnlyFile
{
public:
    explicit OwnerOnlyFile(QString path);

    Result<void> open();
    // Valid after open(): write to it.
    QIODevice &device() { return m_temporary; }
    Result<void> write(const QByteArray &bytes);
    // Flushes and syncs the file, then renames it into place.
    Result<void> commit();

    // The whole file at once.
    static Result<void> write(const QString &path, const QByteArray &bytes);

private:
    Error failed(const QString &reason) const;

    QString m_path;
    QTemporaryFile m_temporary;
};

} // namespace huajie
