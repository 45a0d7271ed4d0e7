#include "residentid.h"

#include "i18n/contexts.h"

#include <QCoreApplication>

namespace huajie {
namespace {
// Province-level codes of GB/T 2260 (the first two digits of the region).
bool isProvinceCode(int code)
{
    static constexpr int codes[] = {11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34,
                                    35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52,
                                    53, 54, 61, 62, 63, 64, 65, 71, 81, 82, 83};
    for (int c : codes)
        if (c == code)
            return true;
    return false;
}
} // namespace

QChar ResidentId::checkCharacter(const QString &first17Digits)
{
    // ISO 7064 MOD 11-2 as GB 11643 defines it: weight of position i is 2^(17-i) mod 11.
    static constexpr int weights[] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += first17Digits.at(i).digitValue() * weights[i];
    const int check = (12 - sum % 11) % 11;
    return check == 10 ? QLatin1Char('X') : QChar(u'0' + check);
}

Result<ResidentId> ResidentId::parse(const QString &text, const QDate &today)
{
    const QString number = text.trimmed().toUpper();
    if (number.size() != 18)
        return Error{ValidationText::tr("must have 18 characters, not %1").arg(number.size())};
    for (int i = 0; i < 17; ++i)
        if (number.at(i) < u'0' || number.at(i) > u'9')
            return Error{ValidationText::tr("the first 17 characters must be digits")};
    const QChar last = number.at(17);
    if (!(last.isDigit() && last.unicode() < 128) && last != u'X')
        return Error{ValidationText::tr("the last character must be a digit or X")};
    if (!isProvinceCode(number.left(2).toInt()))
        return Error{ValidationText::tr("%1 is not a province code").arg(number.left(2))};
    const QDate birth = QDate::fromString(number.mid(6, 8), QStringLiteral("yyyyMMdd"));
    if (!birth.isValid() || birth.year() < 1880)
        return Error{ValidationText::tr("%1 is not a real birth date").arg(number.mid(6, 8))};
    if (birth > today)
        return Error{ValidationText::tr("the birth date %1 is in the future")
                         .arg(birth.toString(Qt::ISODate))};
    const QChar expected = checkCharacter(number);
    if (expected != last)
        return Error{ValidationText::tr("the check digit is wrong (expected %1)").arg(expected)};
    const bool male = number.at(16).digitValue() % 2 == 1;
    return ResidentId{number, birth, male ? QStringLiteral("male") : QStringLiteral("female")};
}

} // namespace huajie
