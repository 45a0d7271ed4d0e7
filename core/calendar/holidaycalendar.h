#pragma once

#include "result.h"

#include <QDate>
#include <QHash>
#include <QSet>
#include <QString>

#include <vector>

namespace huajie {

// Which days are rest days in mainland China (DEADLINES.md "The calendar"),
// decided in this order: a user's override of the day; the State Council's
// holiday notices as published in the holiday-cn data set; for a year not
// yet published, the fixed statutory days of the 2024 holiday regulations;
// otherwise Saturday and Sunday.
class HolidayCalendar
{
public:
    enum class Basis
    {
        Weekday,
        Weekend,
        Notice,
        Statutory,
        Override
    };

    struct Day
    {
        bool rest = false;
        QString name; // the holiday's or override's name, if any
        Basis basis = Basis::Weekday;
    };

    // The data shipped with the program, every year of it: built in, and an
    // installed share/huajie/holidays file replacing the built-in one of its year.
    static const HolidayCalendar &shipped();

    // A year's file is a few KB; a bigger one is refused unread.
    static constexpr qint64 kMaxFileBytes = 256 * 1024;
    // A holiday-cn year file, read with that cap.
    static Result<QByteArray> readFile(const QString &path);

    // Adds one holiday-cn year file; returns its year. It speaks of its own
    // year only, and of the New Year's holiday at its start: the days from
    // 20 December of the year before (a make-up working day or a rest day
    // of the run that crosses into January). A day elsewhere is refused. A file whose "papers"
    // list is empty is a year not yet published. Files apply in the order
    // added, so a later notice overrides what an earlier one said of a day.
    Result<int> addYear(const QByteArray &json);
    void setOverride(const QDate &date, bool rest, const QString &name);
    void clearOverride(const QDate &date);

    Day day(const QDate &date) const;
    bool isRestDay(const QDate &date) const;
    bool isPublished(int year) const { return m_published.contains(year); }

    // The n-th working day after start (R3): the start itself never counts.
    QDate addWorkingDays(const QDate &start, int n) const;

private:
    Result<int> readYear(const QByteArray &json);
    Day computeDay(const QDate &date) const;
    void rebuild();

    QHash<QDate, Day> m_notices;
    QHash<QDate, Day> m_overrides;
    QSet<int> m_published;
    // Every day's rest flag over the years deadlines reach, for speed: a
    // million deadline computations take well under a second.
    std::vector<bool> m_rest;
    qint64 m_firstDay = 0;
};

} // namespace huajie
