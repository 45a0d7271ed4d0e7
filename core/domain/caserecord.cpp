#include "caserecord.h"

#include <QRegularExpression>

namespace huajie {

QList<const Party *> CaseRecord::partiesWithRole(const QString &role) const
{
    QList<const Party *> result;
    for (const Party &p : parties)
        if (p.role == role)
            result.append(&p);
    return result;
}

QString formatAmount(qint64 fen)
{
    if (fen < 0)
        return {};
    return QStringLiteral("%1.%2").arg(fen / 100).arg(fen % 100, 2, 10, QLatin1Char('0'));
}

// Money is kept in fen so that sums are exact; text is yuan with at most
// two decimals, as written on Chinese forms.
bool parseAmount(const QString &text, qint64 *fen)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^\s*(\d{1,13})(?:\.(\d{1,2}))?\s*$)"));
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return false;
    QString cents = match.captured(2);
    while (cents.size() < 2)
        cents.append(QLatin1Char('0'));
    *fen = match.captured(1).toLongLong() * 100 + cents.toLongLong();
    return true;
}

} // namespace huajie
