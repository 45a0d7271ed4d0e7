#include "textlimits.h"

#include "i18n/contexts.h"

namespace huajie {

qsizetype maxLength(TextKind kind)
{
    switch (kind) {
    case TextKind::Line:
        return 200;
    case TextKind::Sentence:
        return 500;
    case TextKind::Reason:
        return 2000;
    case TextKind::Text:
        return 10000;
    case TextKind::Minutes:
        return 20000;
    }
    return 0;
}

Result<void> checkField(const QString &text, const QString &fieldName, TextKind kind)
{
    const bool multiline =
        kind == TextKind::Reason || kind == TextKind::Text || kind == TextKind::Minutes;
    return checkText(text, fieldName, maxLength(kind), multiline);
}

// Bidirectional overrides could make a name or number read differently in
// a document than it is stored.
Result<void> checkText(const QString &text, const QString &fieldName, qsizetype maxLength,
                       bool multiline)
{
    if (text.size() > maxLength)
        return Error{ValidationText::tr("is %1 characters long; at most %2 are allowed")
                         .arg(text.size())
                         .arg(maxLength),
                     fieldName};
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() &&
            QChar::isLowSurrogate(text.at(i + 1).unicode())) {
            ++i;
            continue;
        }
        const bool lineBreak = multiline && (c == u'\n' || c == u'\r' || c == u'\t');
        const bool control = QChar(c).category() == QChar::Other_Control && !lineBreak;
        const bool bidiOverride = (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
        if (QChar::isSurrogate(c) || c == 0xFFFE || c == 0xFFFF || control || bidiOverride)
            return Error{
                ValidationText::tr("holds the character U+%1 at position %2, which is not text")
                    .arg(QStringLiteral("%1").arg(uint(c), 4, 16, QLatin1Char('0')).toUpper())
                    .arg(i + 1),
                fieldName};
    }
    return {};
}

} // namespace huajie
