#include "installeddata.h"

#include <QCoreApplication>
#include <QDir>

namespace huajie {

QString installedDataFolder(const QString &name)
{
    if (!QCoreApplication::instance())
        return {};
    // Relative to the executable, so that the same layout serves /usr, /usr/local, an
    // unpacked package and a Windows installation folder alike.
    const QDir folder(QCoreApplication::applicationDirPath() + QStringLiteral("/../share/huajie/") +
                      name);
    return folder.exists() ? folder.canonicalPath() : QString();
}

QStringList shippedDataFolders(const QString &name, const QString &resource)
{
    QStringList folders;
    if (const QString installed = installedDataFolder(name); !installed.isEmpty())
        folders.append(installed);
    folders.append(QStringLiteral(":/") + resource);
    return folders;
}

} // namespace huajie
