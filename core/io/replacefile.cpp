#include "replacefile.h"

#include "i18n/contexts.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_WIN
#include <windows.h>
#else
#include <cstdio>
#include <fcntl.h>
#include <unistd.h>
#endif

namespace huajie {
namespace {
// A rename in the folder is on the disk (Windows has no such call: its
// MoveFileEx with MOVEFILE_WRITE_THROUGH did it).
Result<void> syncFolder(const QString &folder)
{
#ifndef Q_OS_WIN
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY);
    const bool synced = fd >= 0 && ::fsync(fd) == 0;
    if (fd >= 0)
        ::close(fd);
    if (!synced)
        return Error{FileText::tr("Cannot write the folder %1 to the disk").arg(folder)};
#else
    Q_UNUSED(folder);
#endif
    return {};
}
} // namespace

Result<void> replaceFile(const QString &from, const QString &to)
{
#ifdef Q_OS_WIN
    const bool renamed =
        MoveFileExW(reinterpret_cast<const wchar_t *>(QDir::toNativeSeparators(from).utf16()),
                    reinterpret_cast<const wchar_t *>(QDir::toNativeSeparators(to).utf16()),
                    MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH);
#else
    const bool renamed =
        ::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0;
#endif
    if (!renamed)
        return Error{FileText::tr("Cannot put %1 in place of %2").arg(from, to)};
    return syncFolder(QFileInfo(to).absolutePath());
}

} // namespace huajie
