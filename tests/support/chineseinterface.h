#pragma once

#include "i18n/translations.h"
#include "support/englishwords.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QPointer>
#include <QRegularExpression>
#include <QSet>
#include <QTranslator>

#include <catch2/catch.hpp>

#include <algorithm>

namespace huajie::test {

// Remembers every text looked up while it is installed, and translates none,
// so that the catalogues installed before it answer.
class LookupRecorder : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char *, int) const override
    {
        if (context && sourceText)
            looked.insert({QString::fromUtf8(context), QString::fromUtf8(sourceText)});
        return {};
    }
    bool isEmpty() const override { return false; }
    bool lookedUp(const char *context, const char *sourceText) const
    {
        return looked.contains({QString::fromLatin1(context), QString::fromUtf8(sourceText)});
    }

    mutable QSet<std::pair<QString, QString>> looked;
};

// The zh_CN interface, installed as the programs install it
// (installTranslations), for as long as it lives; the tests around it read
// English again afterwards.
class ChineseInterface
{
public:
    ChineseInterface()
    {
        QCoreApplication *app = QCoreApplication::instance();
        const QList<QTranslator *> before = app->findChildren<QTranslator *>();
        installTranslations(*app, QLocale(QLocale::Chinese, QLocale::China));
        for (QTranslator *t : app->findChildren<QTranslator *>())
            if (!before.contains(t))
                m_installed.append(t);
        QCoreApplication::installTranslator(&recorder);
        REQUIRE(QCoreApplication::translate("Validation", "is required") ==
                QStringLiteral("为必填项"));
    }
    ~ChineseInterface()
    {
        QCoreApplication::removeTranslator(&recorder);
        for (const QPointer<QTranslator> &t : m_installed) {
            if (!t)
                continue;
            QCoreApplication::removeTranslator(t);
            delete t.data();
        }
    }
    ChineseInterface(const ChineseInterface &) = delete;
    ChineseInterface &operator=(const ChineseInterface &) = delete;

    LookupRecorder recorder;

private:
    QList<QPointer<QTranslator>> m_installed;
};

// The keys of a JSON input, nested ones too: a message may name what the
// user typed, as a code.
inline QStringList jsonKeys(const QJsonValue &value)
{
    QStringList keys;
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            keys << it.key() << jsonKeys(it.value());
    } else if (value.isArray()) {
        for (const QJsonValue &v : value.toArray())
            keys << jsonKeys(v);
    }
    return keys;
}

// The English words of a message once the codes a user types (JSON keys,
// vocabulary and action codes, which a message lists to say what is
// accepted) are taken out.
inline QStringList englishWordsBesides(QString text, QStringList codes)
{
    // The longest first, so that "notice" leaves "session-notice" whole.
    std::sort(codes.begin(), codes.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
    for (const QString &code : codes)
        text.replace(QRegularExpression(QStringLiteral("(?<![A-Za-z_-])%1(?![A-Za-z_-])")
                                            .arg(QRegularExpression::escape(code))),
                     QStringLiteral("·"));
    return englishWords(text);
}

// The English source texts of the refusals a source file makes with
// `Error{Context::tr("…")` (adjacent literals joined), to check that a test
// triggers each of them.
inline QStringList refusalsIn(const QString &path, const QString &context)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString source = QString::fromUtf8(file.readAll());
    const QRegularExpression call(
        QStringLiteral("Error\\{\\s*%1::tr\\(((?:\\s*\"(?:[^\"\\\\]|\\\\.)*\")+)").arg(context));
    static const QRegularExpression literal(QStringLiteral("\"((?:[^\"\\\\]|\\\\.)*)\""));
    QStringList texts;
    for (auto it = call.globalMatch(source); it.hasNext();) {
        QString text;
        for (auto l = literal.globalMatch(it.next().captured(1)); l.hasNext();)
            text += l.next().captured(1);
        text.replace(QStringLiteral("\\\""), QStringLiteral("\""));
        text.replace(QStringLiteral("\\\\"), QStringLiteral("\\"));
        if (!texts.contains(text))
            texts << text;
    }
    return texts;
}

} // namespace huajie::test
