#include "jsondiff.h"

#include <QSet>

namespace huajie {
namespace {
void diffInto(const QJsonObject &before, const QJsonObject &after, const QString &prefix,
              QJsonObject &out)
{
    QSet<QString> keys;
    for (auto it = before.begin(); it != before.end(); ++it)
        keys.insert(it.key());
    for (auto it = after.begin(); it != after.end(); ++it)
        keys.insert(it.key());
    for (const QString &key : keys) {
        const QJsonValue a = before.value(key);
        const QJsonValue b = after.value(key);
        if (a == b)
            continue;
        const QString path = prefix.isEmpty() ? key : prefix + QLatin1Char('.') + key;
        if (a.isObject() && b.isObject()) {
            diffInto(a.toObject(), b.toObject(), path, out);
            continue;
        }
        QJsonObject change;
        if (!a.isUndefined())
            change.insert(QStringLiteral("old"), a);
        if (!b.isUndefined())
            change.insert(QStringLiteral("new"), b);
        out.insert(path, change);
    }
}
} // namespace

QJsonObject jsonDiff(const QJsonObject &before, const QJsonObject &after)
{
    QJsonObject out;
    diffInto(before, after, QString(), out);
    return out;
}

} // namespace huajie
