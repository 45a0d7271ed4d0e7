#include "chinesedate.h"

namespace huajie {
namespace {
const QString kDigits = QStringLiteral("〇一二三四五六七八九");

// 1–31 as written in dates: 十, 十一, 二十, 二十三, 三十一.
QString smallNumber(int n)
{
    if (n < 10)
        return kDigits.at(n);
    QString text = n >= 20 ? kDigits.at(n / 10) + QStringLiteral("十") : QStringLiteral("十");
    if (n % 10)
        text += kDigits.at(n % 10);
    return text;
}
} // namespace

QString chineseDate(const QDate &date)
{
    return date.isValid()
               ? QStringLiteral("%1年%2月%3日").arg(date.year()).arg(date.month()).arg(date.day())
               : QString();
}

QString chineseNumeralDate(const QDate &date)
{
    if (!date.isValid())
        return {};
    QString year;
    for (const QChar digit : QString::number(date.year()))
        year += kDigits.at(digit.digitValue());
    return year + QStringLiteral("年") + smallNumber(date.month()) + QStringLiteral("月") +
           smallNumber(date.day()) + QStringLiteral("日");
}

} // namespace huajie
