#include "creditcode.h"

#include "i18n/contexts.h"

#include <QCoreApplication>

namespace huajie {
namespace {
constexpr char16_t kAlphabet[] = u"0123456789ABCDEFGHJKLMNPQRTUWXY";
constexpr int kRadix = 31;

int valueOf(QChar c)
{
    for (int i = 0; i < kRadix; ++i)
        if (kAlphabet[i] == c.unicode())
            return i;
    return -1;
}

} // namespace

QChar CreditCode::checkCharacter(const QString &first17)
{
    // Weight of position i is 3^i mod 31 (GB 32100-2015, 附录 A).
    static constexpr int weights[] = {1,  3,  9,  27, 19, 26, 16, 17, 20,
                                      29, 25, 13, 8,  24, 10, 30, 28};
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += valueOf(first17.at(i)) * weights[i];
    return QChar(kAlphabet[(kRadix - sum % kRadix) % kRadix]);
}

Result<QString> CreditCode::parse(const QString &text)
{
    const QString code = text.trimmed().toUpper();
    if (code.size() != 18)
        return Error{ValidationText::tr("must have 18 characters, not %1").arg(code.size())};
    for (int i = 0; i < 18; ++i)
        if (valueOf(code.at(i)) < 0)
            return Error{
                ValidationText::tr(
                    "character %1 (%2) is not allowed: use 0-9 and A-Y without I, O, S, V, Z")
                    .arg(i + 1)
                    .arg(code.at(i))};
    for (int i = 2; i < 8; ++i)
        if (!code.at(i).isDigit())
            return Error{
                ValidationText::tr("characters 3 to 8 are the region code and must be digits")};
    const QChar expected = checkCharacter(code);
    if (expected != code.at(17))
        return Error{
            ValidationText::tr("the check character is wrong (expected %1)").arg(expected)};
    return code;
}

} // namespace huajie
