#pragma once

#include "result.h"

#include <QDate>
#include <QHash>
#include <QSet>
#include <QString>

namespace huajie {

// Which days are rest days in mainland China (DEADLINES.md "The calendar"):
// the State Council's holiday notices as published in the holiday-cn data
// set, weekends otherwise.
class HolidayCalendar
{
public:
    struct Day
    {
        bool rest = false;
        QString name;        // the holiday's name, or empty for an ordinary day
        bool listed = false; // named in the data (a holiday or a make-up working day)
    };

    // The data shipped with the program.
    static const HolidayCalendar &shipped();

    // Adds one holiday-cn year file. A file whose "papers" list is empty is
    // a year not yet published.
    Result<void> addYear(const QByteArray &json);

    Day day(const QDate &date) const;
    bool isRestDay(const QDate &date) const { return day(date).rest; }
    bool isPublished(int year) const { return m_published.contains(year); }

    // The n-th working day after start (R3): the start itself never counts.
    QDate addWorkingDays(const QDate &start, int n) const;

private:
    QHash<QDate, Day> m_days;
    QSet<int> m_published;
};

} // namespace huajie
