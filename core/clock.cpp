#include "clock.h"

namespace huajie {

QDate Clock::s_fixed;

QDate Clock::today()
{
    if (s_fixed.isValid())
        return s_fixed;
    const QDate fromEnvironment =
        QDate::fromString(qEnvironmentVariable("HUAJIE_TODAY"), Qt::ISODate);
    return fromEnvironment.isValid() ? fromEnvironment : QDate::currentDate();
}

void Clock::setToday(const QDate &date)
{
    s_fixed = date;
}

} // namespace huajie
