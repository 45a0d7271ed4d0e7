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

// Puts `change`'s old value at `path` (keys joined by dots) inside `object`.
void restore(QJsonObject &object, QStringView path, const QJsonObject &change)
{
    const qsizetype dot = path.indexOf(QLatin1Char('.'));
    if (dot < 0) {
        const QString key = path.toString();
        if (change.contains(QStringLiteral("old")))
            object.insert(key, change.value(QStringLiteral("old")));
        else
            object.remove(key);
        return;
    }
    const QString key = path.left(dot).toString();
    QJsonObject inner = object.value(key).toObject();
    restore(inner, path.mid(dot + 1), change);
    object.insert(key, inner);
}
} // namespace

QJsonObject jsonDiff(const QJsonObject &before, const QJsonObject &after)
{
    QJsonObject out;
    diffInto(before, after, QString(), out);
    return out;
}

QJsonObject jsonUndiff(const QJsonObject &after, const QJsonObject &diff)
{
    QJsonObject before = after;
    for (auto it = diff.begin(); it != diff.end(); ++it)
        restore(before, it.key(), it.value().toObject());
    return before;
}

} // namespace huajie
