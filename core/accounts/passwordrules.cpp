#include "passwordrules.h"

#include "i18n/contexts.h"

#include <QFile>
#include <QSet>

namespace huajie {
namespace {
QString folded(const QString &text)
{
    QString out;
    for (const QChar c : text)
        if (!c.isSpace())
            out += c.toCaseFolded();
    return out;
}

// Refused as too short, or as nothing but whitespace.
std::optional<QString> lengthProblem(const QString &text)
{
    if (text.size() < PasswordRules::kMinimumLength)
        return AccountText::tr("must have at least %1 characters")
            .arg(PasswordRules::kMinimumLength);
    if (text.trimmed().isEmpty())
        return AccountText::tr("must not be only spaces");
    return std::nullopt;
}
} // namespace

bool PasswordRules::common(const QString &password)
{
    static const QSet<QString> list = [] {
        QSet<QString> words;
        QFile file(QStringLiteral(":/passwords/common.txt"));
        if (file.open(QIODevice::ReadOnly))
            for (const QByteArray &line : file.readAll().split('\n'))
                if (!line.trimmed().isEmpty())
                    words.insert(QString::fromUtf8(line.trimmed()));
        return words;
    }();
    return list.contains(password.trimmed().toLower());
}

Result<void> PasswordRules::check(const QString &password, const QString &login,
                                  const QString &name)
{
    const QString field = FieldText::tr("Password");
    if (auto problem = lengthProblem(password))
        return Error{*problem, field};
    if (common(password))
        return Error{AccountText::tr("is one of the commonest passwords, which are tried first"),
                     field};
    const QString typed = folded(password);
    for (const QString &own : {login, name}) {
        const QString word = folded(own);
        // A short login or name would refuse too much as a part: only as the whole.
        if (!word.isEmpty() && (typed == word || (word.size() >= 3 && typed.contains(word))))
            return Error{AccountText::tr("must not contain the login or the name"), field};
    }
    return {};
}

Result<void> PassphraseRules::check(const QString &passphrase)
{
    if (auto problem = lengthProblem(passphrase))
        return Error{*problem, FieldText::tr("Passphrase")};
    return {};
}

} // namespace huajie
