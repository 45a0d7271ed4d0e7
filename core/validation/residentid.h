#pragma once

#include "result.h"

#include <QDate>
#include <QString>

namespace huajie {

// A resident identity number after GB 11643-1999: six digits of region,
// eight of birth date, three of sequence (odd for men), one check character.
struct ResidentId
{
    QString number;
    QDate birthDate;
    QString sex; // "male" or "female"

    // today bounds the birth date: nobody is born in the future.
    static Result<ResidentId> parse(const QString &text, const QDate &today);
    static QChar checkCharacter(const QString &first17Digits);
};

} // namespace huajie
