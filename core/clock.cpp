#include "clock.h"

namespace huajie {

QDate Clock::s_fixed;

namespace {
QDate environmentDay()
{
    return QDate::fromString(qEnvironmentVariable("HUAJIE_TODAY"), Qt::ISODate);
}
} // namespace

QDate Clock::today()
{
    if (s_fixed.isValid())
        return s_fixed;
    const QDate fromEnvironment = environmentDay();
    return fromEnvironment.isValid() ? fromEnvironment : QDate::currentDate();
}

bool Clock::dayFromEnvironment()
{
    return environmentDay().isValid();
}

QDateTime Clock::now()
{
    const QDateTime current = QDateTime::currentDateTimeUtc();
    const QDate day = today();
    // The fixed day is a day of the center's calendar: the time of day is local.
    return day == QDate::currentDate() ? current : QDateTime(day, QTime::currentTime()).toUTC();
}

QDateTime Clock::systemNow()
{
    if (s_fixed.isValid())
        return now();
    return QDateTime::currentDateTimeUtc();
}

void Clock::setToday(const QDate &date)
{
    s_fixed = date;
}

} // namespace huajie
