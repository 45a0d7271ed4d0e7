#pragma once

#include "store/store.h"

#include <QString>
#include <QWidget>

#include <memory>

namespace huajie {

// The desk's database, for writing; when another program holds it for
// writing, the user is told who and offered to open it read-only. Null when
// it cannot be opened or the user declines: the reason has been shown.
std::unique_ptr<Store> openStoreAtDesk(const QString &path, QWidget *parent = nullptr);

} // namespace huajie
