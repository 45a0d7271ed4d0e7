#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>

class QIODevice;

namespace huajie {

// Reads what a file or device holds, but never more than `limit` bytes: a
// bigger one, or a device without end (/dev/zero), is refused after
// `limit` bytes, before it fills memory. `name` is how the message calls it.
Result<QByteArray> readBounded(QIODevice &device, qint64 limit, const QString &name);
// The same for a file; no more than `limit` bytes are read.
Result<QByteArray> readFileBounded(const QString &path, qint64 limit);

} // namespace huajie
