#include "ownerfile.h"

#include "i18n/contexts.h"
#include "io/replacefile.h"

#include <QDir>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace huajie {

OwnerOnlyFile::OwnerOnlyFile(QString path) : m_path(std::move(path))
{
    const QFileInfo info(m_path);
    m_temporary.setFileTemplate(
        info.absoluteDir().filePath(QStringLiteral(".%1.XXXXXX").arg(info.fileName())));
}

Error OwnerOnlyFile::failed(const QString &reason) const
{
    return Error{FileText::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(m_path), reason)};
}

Result<void> OwnerOnlyFile::open()
{
    if (QFileInfo(m_path).isDir())
        return failed(FileText::tr("it is a folder"));
    if (!m_temporary.open())
        return failed(m_temporary.errorString());
    return {};
}

Result<void> OwnerOnlyFile::write(const QByteArray &bytes)
{
    if (m_temporary.write(bytes) != bytes.size())
        return failed(m_temporary.errorString());
    return {};
}

Result<void> OwnerOnlyFile::commit()
{
    if (!m_temporary.flush())
        return failed(m_temporary.errorString());
#ifdef Q_OS_UNIX
    if (::fsync(m_temporary.handle()) != 0)
        return failed(FileText::tr("it cannot be synced to the disk"));
#endif
    const QString written = m_temporary.fileName();
    m_temporary.close();
    // QFile's rename refuses to replace a file of that name.
    if (auto placed = replaceFile(written, m_path); !placed)
        return placed;
    m_temporary.setAutoRemove(false);
    return {};
}

Result<void> OwnerOnlyFile::write(const QString &path, const QByteArray &bytes)
{
    OwnerOnlyFile file(path);
    if (auto opened = file.open(); !opened)
        return opened;
    if (auto written = file.write(bytes); !written)
        return written;
    return file.commit();
}

} // namespace huajie
