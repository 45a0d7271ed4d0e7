#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace huajie {

class HolidayCalendar;

struct Period
{
    enum Unit
    {
        Days,
        WorkingDays,
        Months
    };
    Unit unit = Days;
    int length = 0;
};

// An inclusive range of days that do not count (R5); `to` is invalid while
// the suspension lasts.
struct DateRange
{
    QDate from;
    QDate to;
};

struct DeadlineRequest
{
    QDate start; // the day of the event; never counted (R1)
    Period period;
    QList<DateRange> suspensions;
    int extensionDays = 0;
    bool extensionAfterRoll = false; // R7: the profile decides; the default is before
};

// One step of the reasoning, for the explanation.
struct DeadlineStep
{
    enum Kind
    {
        Start,
        Suspended,
        Extended,
        Nominal,
        Rolled,
        Unpublished,
        Ongoing
    };
    Kind kind;
    QDate date;
    QDate until;
    int days = 0;
    QString name; // the rest day's holiday, for Rolled
};

struct Deadline
{
    QDate due;
    QDate nominal; // before suspensions, extension and roll-over
    bool provisional = false;
    QList<DeadlineStep> steps; // filled when an explanation was asked for

    // The reasoning in words, one line a step.
    QStringList explanation(const DeadlineRequest &request) const;
};

// The counting rules R1–R8 of DEADLINES.md over a holiday calendar. Pure:
// today comes in as an argument, so results do not depend on the clock,
// the time zone or the locale.
class DeadlineCalculator
{
public:
    explicit DeadlineCalculator(const HolidayCalendar &calendar) : m_calendar(calendar) {}

    Deadline compute(const DeadlineRequest &request, const QDate &today,
                     bool explain = false) const;

private:
    QDate roll(QDate end, Deadline &result, bool explain) const;

    const HolidayCalendar &m_calendar;
};

QString unitName(Period::Unit unit, int length);
QString dayCount(int days); // "1 day", "3 days"

} // namespace huajie
