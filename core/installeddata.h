#pragma once

#include <QString>
#include <QStringList>

namespace huajie {

// The read-only data an installed program finds beside itself: for
// <prefix>/bin/huajie, <prefix>/share/huajie/<name> ("templates", "profiles",
// "holidays", "translations"). A build tree has none; the copies built into
// the program as resources always remain.
QString installedDataFolder(const QString &name);

// Where to read shipped data of that kind, in order of preference: the
// installed folder when there is one, then the resource ":/<resource>".
QStringList shippedDataFolders(const QString &name, const QString &resource);

} // namespace huajie
