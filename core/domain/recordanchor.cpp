#include "recordanchor.h"

#include <QRegularExpression>

namespace huajie {

RecordAnchor RecordAnchor::of(qint64 sequence, const QString &hash)
{
    RecordAnchor anchor;
    anchor.m_sequence = sequence;
    anchor.m_digits = hash.left(kDigits).toLower();
    return anchor;
}

std::optional<RecordAnchor> RecordAnchor::parse(const QString &text)
{
    static const QRegularExpression form(QStringLiteral("^(\\d{1,18}):([0-9A-Fa-f]{16,64})$"));
    const QRegularExpressionMatch match = form.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    RecordAnchor anchor;
    anchor.m_sequence = match.captured(1).toLongLong();
    anchor.m_digits = match.captured(2).toLower();
    return anchor;
}

QString RecordAnchor::toText() const
{
    return QStringLiteral("%1:%2").arg(m_sequence).arg(m_digits);
}

QString RecordAnchor::label() const
{
    // Part of the documents and reports, which are in Chinese whatever the
    // desk's language.
    return QStringLiteral("记录锚点 %1").arg(toText());
}

bool RecordAnchor::matches(qint64 sequence, const QString &hash) const
{
    return sequence == m_sequence && hash.toLower().startsWith(m_digits);
}

} // namespace huajie
