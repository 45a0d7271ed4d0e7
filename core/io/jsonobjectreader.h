#pragma once

#include "domain/caserecord.h"
#include "i18n/contexts.h"
#include "result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

#include <optional>

namespace huajie {

// Reads one object's keys, remembering which it has seen so that unknown
// keys can be refused at the end.
class JsonObjectReader
{
public:
    JsonObjectReader(const QJsonObject &object, QString path)
        : m_object(object), m_path(std::move(path))
    {}

    bool failed() const { return m_error.has_value(); }
    Error error() const { return *m_error; }

    void text(const char *key, QString *out)
    {
        const QJsonValue v = take(key);
        if (v.isUndefined() || v.isNull())
            return;
        if (!v.isString())
            return fail(key, JsonText::tr("must be text"));
        *out = v.toString();
    }
    void boolean(const char *key, bool *out)
    {
        const QJsonValue v = take(key);
        if (v.isUndefined() || v.isNull())
            return;
        if (!v.isBool())
            return fail(key, JsonText::tr("must be true or false"));
        *out = v.toBool();
    }
    void integer(const char *key, int *out)
    {
        const QJsonValue v = take(key);
        if (v.isUndefined() || v.isNull())
            return;
        if (!v.isDouble() || v.toDouble() != double(v.toInt()))
            return fail(key, JsonText::tr("must be a whole number"));
        *out = v.toInt();
    }
    void day(const char *key, QDate *out)
    {
        QString s;
        text(key, &s);
        if (failed() || s.isEmpty())
            return;
        const QDate d = QDate::fromString(s, Qt::ISODate);
        if (!d.isValid() || s.size() != 10)
            return fail(key, JsonText::tr("\"%1\" is not a date in the form YYYY-MM-DD").arg(s));
        *out = d;
    }
    void amount(const char *key, qint64 *fen)
    {
        const QJsonValue v = take(key);
        if (v.isUndefined() || v.isNull())
            return;
        // Given as text so that no binary fraction creeps into yuan and fen.
        if (!v.isString() || !parseAmount(v.toString(), fen))
            return fail(
                key,
                JsonText::tr("must be text with yuan and at most two decimals, e.g. \"1200.50\""));
    }
    QJsonObject object(const char *key)
    {
        const QJsonValue v = take(key);
        if (!v.isUndefined() && !v.isNull() && !v.isObject())
            fail(key, JsonText::tr("must be an object"));
        return v.toObject();
    }
    QJsonArray array(const char *key)
    {
        const QJsonValue v = take(key);
        if (!v.isUndefined() && !v.isNull() && !v.isArray())
            fail(key, JsonText::tr("must be a list"));
        return v.toArray();
    }
    void finish()
    {
        if (failed())
            return;
        for (auto it = m_object.begin(); it != m_object.end(); ++it)
            if (!m_seen.contains(it.key()))
                return fail(it.key(), JsonText::tr("is not a known key"));
    }
    void fail(const QString &key, const QString &message)
    {
        if (!m_error)
            m_error = Error{message, m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key};
    }
    void fail(const char *key, const QString &message) { fail(QString::fromLatin1(key), message); }
    void adopt(const Error &error)
    {
        if (!m_error)
            m_error = error;
    }
    QString path(const char *key, int index = -1) const
    {
        QString p = m_path.isEmpty() ? QString::fromLatin1(key)
                                     : m_path + QLatin1Char('.') + QString::fromLatin1(key);
        if (index >= 0)
            p += QStringLiteral("[%1]").arg(index);
        return p;
    }

private:
    QJsonValue take(const char *key)
    {
        const QString k = QString::fromLatin1(key);
        m_seen.insert(k);
        return m_object.value(k);
    }

    QJsonObject m_object;
    QString m_path;
    QSet<QString> m_seen;
    std::optional<Error> m_error;
};

} // namespace huajie
