#include "ownerfile.h"

#include "i18n/contexts.h"

#include <QDir>
#include <QFileInfo>

#include <filesystem>
#include <system_error>

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
    // rename(2), which replaces a file of that name in one step (QFile's
    // rename refuses to).
    std::error_code error;
    std::filesystem::rename(std::filesystem::path(written.toStdU16String()),
                            std::filesystem::path(m_path.toStdU16String()), error);
    if (error)
        return failed(QString::fromLocal8Bit(error.message().c_str()));
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
