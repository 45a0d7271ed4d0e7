#include "deadlinecalculator.h"

#include "calendar/holidaycalendar.h"
#include "i18n/contexts.h"

#include <algorithm>

namespace huajie {
namespace {
// The days of [from, to] that fall after `after` (R5: days before the start do not count).
int overlapAfter(const DateRange &range, const QDate &after, const QDate &today)
{
    const QDate from = std::max(range.from, after.addDays(1));
    const QDate to = range.to.isValid() ? range.to : today;
    return from <= to ? int(from.daysTo(to) + 1) : 0;
}

bool insideAny(const QList<DateRange> &ranges, const QDate &day, const QDate &today)
{
    for (const DateRange &r : ranges)
        if (day >= r.from && day <= (r.to.isValid() ? r.to : today))
            return true;
    return false;
}

QString iso(const QDate &d)
{
    return d.toString(Qt::ISODate);
}
} // namespace

QString dayCount(int days)
{
    return days == 1 ? DeadlineText::tr("1 day") : DeadlineText::tr("%1 days").arg(days);
}

QString unitName(Period::Unit unit, int length)
{
    switch (unit) {
    case Period::Days:
        return dayCount(length);
    case Period::WorkingDays:
        return length == 1 ? DeadlineText::tr("1 working day")
                           : DeadlineText::tr("%1 working days").arg(length);
    case Period::Months:
        return length == 1 ? DeadlineText::tr("1 month")
                           : DeadlineText::tr("%1 months").arg(length);
    }
    return {};
}

QDate DeadlineCalculator::roll(QDate end, Deadline &result, bool explain) const
{
    // R6: a last day on a rest day moves to the next day; a make-up working
    // day is not a rest day.
    while (m_calendar.isRestDay(end)) {
        if (explain)
            result.steps.append({DeadlineStep::Rolled, end, {}, 0, m_calendar.day(end).name});
        end = end.addDays(1);
    }
    return end;
}

Deadline DeadlineCalculator::compute(const DeadlineRequest &request, const QDate &today,
                                     bool explain) const
{
    Deadline result;
    if (explain)
        result.steps.append({DeadlineStep::Start, request.start, {}, 0, {}});
    const QList<DateRange> &suspensions = request.suspensions;
    const bool ongoing = std::any_of(suspensions.cbegin(), suspensions.cend(),
                                     [](const DateRange &r) { return !r.to.isValid(); });

    if (request.period.unit == Period::WorkingDays) {
        // R3 with R5: suspended days are skipped while counting.
        const int wanted = request.period.length + request.extensionDays;
        QDate d = request.start;
        int counted = 0;
        while (counted < request.period.length) {
            d = d.addDays(1);
            if (!m_calendar.isRestDay(d) && !insideAny(suspensions, d, today))
                ++counted;
        }
        result.nominal = d;
        while (counted < wanted) {
            d = d.addDays(1);
            if (!m_calendar.isRestDay(d) && !insideAny(suspensions, d, today))
                ++counted;
        }
        result.due = d;
        if (explain) {
            // Only the suspensions the count ran through.
            for (const DateRange &r : suspensions)
                if (const int days = overlapAfter(r, request.start, today); days && r.from <= d)
                    result.steps.append({DeadlineStep::Suspended, r.from, r.to, days, {}});
            if (request.extensionDays)
                result.steps.append({DeadlineStep::Extended, {}, {}, request.extensionDays, {}});
        }
    } else {
        // R2 and R4, then R5, R7 and R6.
        result.nominal = request.period.unit == Period::Months
                             ? request.start.addMonths(request.period.length)
                             : request.start.addDays(request.period.length);
        if (explain)
            result.steps.append({DeadlineStep::Nominal, result.nominal, {}, 0, {}});
        // R5: in date order over a running end (extension included); a
        // suspension that begins after it finds the period already run out.
        QList<DateRange> ordered = suspensions;
        std::sort(ordered.begin(), ordered.end(),
                  [](const DateRange &a, const DateRange &b) { return a.from < b.from; });
        QDate running = result.nominal.addDays(request.extensionDays);
        int suspended = 0;
        for (const DateRange &r : std::as_const(ordered)) {
            if (r.from > running)
                break;
            const int days = overlapAfter(r, request.start, today);
            suspended += days;
            running = running.addDays(days);
            if (explain && days)
                result.steps.append({DeadlineStep::Suspended, r.from, r.to, days, {}});
        }
        QDate end = result.nominal.addDays(suspended);
        if (request.extensionDays && !request.extensionAfterRoll) {
            end = end.addDays(request.extensionDays);
            if (explain)
                result.steps.append({DeadlineStep::Extended, end, {}, request.extensionDays, {}});
        }
        end = roll(end, result, explain);
        if (request.extensionDays && request.extensionAfterRoll) {
            end = end.addDays(request.extensionDays);
            if (explain)
                result.steps.append({DeadlineStep::Extended, end, {}, request.extensionDays, {}});
            end = roll(end, result, explain);
        }
        result.due = end;
    }

    // R8: a count that reaches into a year not yet published may change.
    for (int year = request.start.year(); year <= result.due.year(); ++year) {
        if (!m_calendar.isPublished(year)) {
            result.provisional = true;
            if (explain)
                result.steps.append({DeadlineStep::Unpublished, {}, {}, year, {}});
            break;
        }
    }
    if (ongoing) {
        result.provisional = true;
        if (explain)
            result.steps.append({DeadlineStep::Ongoing, today, {}, 0, {}});
    }
    return result;
}

QStringList Deadline::explanation(const DeadlineRequest &request) const
{
    QStringList lines;
    for (const DeadlineStep &s : steps) {
        switch (s.kind) {
        case DeadlineStep::Start:
            lines << DeadlineText::tr(
                         "Starts from %1, a day that is not counted; the period is %2.")
                         .arg(iso(s.date), unitName(request.period.unit, request.period.length));
            if (request.period.unit == Period::WorkingDays)
                lines << DeadlineText::tr(
                    "Working days skip weekends and holidays and include make-up "
                    "working days.");
            break;
        case DeadlineStep::Nominal:
            lines << DeadlineText::tr("The period ends on %1.").arg(iso(s.date));
            break;
        case DeadlineStep::Suspended:
            lines << DeadlineText::tr("Suspended from %1 to %2: %3 not counted.")
                         .arg(iso(s.date),
                              s.until.isValid() ? iso(s.until) : DeadlineText::tr("today"),
                              dayCount(s.days));
            break;
        case DeadlineStep::Extended:
            lines << DeadlineText::tr("Extended by %1.").arg(dayCount(s.days));
            break;
        case DeadlineStep::Rolled:
            lines << (s.name.isEmpty()
                          ? DeadlineText::tr(
                                "%1 is a weekend day: the last day moves to the next day.")
                                .arg(iso(s.date))
                          : DeadlineText::tr(
                                "%1 is a rest day (%2): the last day moves to the next day.")
                                .arg(iso(s.date), s.name));
            break;
        case DeadlineStep::Unpublished:
            lines << DeadlineText::tr(
                         "The holidays of %1 are not published yet: provisional, recomputed "
                         "when they are.")
                         .arg(s.days);
            break;
        case DeadlineStep::Ongoing:
            lines << DeadlineText::tr(
                "A suspension is still running: provisional, it moves while the "
                "suspension lasts.");
            break;
        }
    }
    lines << DeadlineText::tr("Due on %1%2.")
                 .arg(iso(due), provisional ? DeadlineText::tr(" (provisional)") : QString());
    return lines;
}

} // namespace huajie
