#include "boundedread.h"

#include "i18n/contexts.h"

#include <QFile>

namespace huajie {

Result<QByteArray> readBounded(QIODevice &device, qint64 limit, const QString &name)
{
    QByteArray data;
    constexpr qint64 kChunk = 64 * 1024;
    // One byte more than allowed tells a file of exactly `limit` from a longer one.
    while (data.size() <= limit) {
        const qint64 want = std::min(kChunk, limit + 1 - data.size());
        const qsizetype before = data.size();
        data.resize(before + want);
        const qint64 got = device.read(data.data() + before, want);
        if (got < 0)
            return Error{StoreText::tr("Cannot read %1: %2").arg(name, device.errorString())};
        data.resize(before + got);
        if (got == 0) // the end: files and pipes block until there is more
            break;
    }
    if (data.size() > limit)
        return Error{StoreText::tr("%1 is larger than %2 KB, more than such a file holds; it "
                                   "is not read")
                         .arg(name)
                         .arg(limit / 1024)};
    return data;
}

Result<QByteArray> readFileBounded(const QString &path, qint64 limit)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{StoreText::tr("Cannot read %1: %2").arg(path, file.errorString())};
    return readBounded(file, limit, path);
}

} // namespace huajie
