#pragma once

#include "result.h"

#include <QString>

namespace huajie {

// The unified social credit code of an organisation after GB 32100-2015:
// registering authority, organisation category, region, organisation code
// and a check character, over the 31 characters 0-9 and A-Y less I O S V Z.
struct CreditCode
{
    static Result<QString> parse(const QString &text);
    static QChar checkCharacter(const QString &first17);
};

} // namespace huajie
