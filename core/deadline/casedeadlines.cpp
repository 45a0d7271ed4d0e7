#include "casedeadlines.h"

#include "calendar/holidaycalendar.h"
#include "i18n/contexts.h"

namespace huajie {

QDate caseFact(const CaseRecord &c, const QString &fact)
{
    if (fact == QLatin1String("registeredOn"))
        return c.registeredOn;
    // SPEC §6: a case is concluded on the day of its outcome, the final one:
    // an agreement a party went back on ends in the termination (S0 §23(四)).
    if (fact == QLatin1String("concludedOn"))
        return c.progress.terminatedOn.isValid() ? c.progress.terminatedOn
                                                 : c.progress.agreementSignedOn;
    return c.progress.date(fact);
}

QList<CaseDeadline> evaluateDeadlines(const CaseRecord &record, const RuleProfile &profile,
                                      const HolidayCalendar &calendar, const QDate &today,
                                      bool explain)
{
    const DeadlineCalculator calculator(calendar);
    QList<CaseDeadline> result;
    for (const DeadlineRule &rule : profile.rules) {
        const QDate start = caseFact(record, rule.start);
        if (!start.isValid())
            continue;
        if (!rule.sources.isEmpty() && !rule.sources.contains(record.source))
            continue;
        const QDate done = caseFact(record, rule.done);
        if (!done.isValid() && !rule.openIn.contains(record.state))
            continue; // the case went another way: the deadline no longer applies
        CaseDeadline d;
        d.rule = rule;
        d.request.start = start;
        d.request.period = rule.period;
        if (rule.suspensions)
            for (const Suspension &s : record.progress.suspensions)
                d.request.suspensions.append({s.from, s.to});
        if (rule.extension && record.progress.extension)
            d.request.extensionDays = record.progress.extension->days;
        d.request.extensionAfterRoll = profile.extensionAfterRoll;
        d.deadline = calculator.compute(d.request, today, explain);
        d.doneOn = done;
        d.daysLeft = int(today.daysTo(d.deadline.due));
        if (done.isValid())
            d.status = done <= d.deadline.due ? CaseDeadline::Status::Done
                                              : CaseDeadline::Status::DoneLate;
        else if (d.daysLeft < 0)
            d.status = rule.optional ? CaseDeadline::Status::Lapsed : CaseDeadline::Status::Overdue;
        else if (d.daysLeft == 0)
            d.status = CaseDeadline::Status::DueToday;
        else
            d.status = CaseDeadline::Status::Open;
        result.append(d);
    }
    return result;
}

QString CaseDeadline::statusText() const
{
    QString text;
    switch (status) {
    case Status::Done:
        text = DeadlineText::tr("done on %1").arg(doneOn.toString(Qt::ISODate));
        break;
    case Status::DoneLate:
        text = DeadlineText::tr("done late, on %1").arg(doneOn.toString(Qt::ISODate));
        break;
    case Status::Open:
        text = DeadlineText::tr("due in %1").arg(dayCount(daysLeft));
        break;
    case Status::DueToday:
        text = DeadlineText::tr("due today");
        break;
    case Status::Overdue:
        text = DeadlineText::tr("overdue by %1").arg(dayCount(-daysLeft));
        break;
    case Status::Lapsed:
        text = DeadlineText::tr("lapsed");
        break;
    }
    if (deadline.provisional && isOpen())
        text += DeadlineText::tr(", provisional");
    return text;
}

QStringList CaseDeadline::explanation(const HolidayCalendar &calendar, const QDate &today) const
{
    CaseDeadline explained = *this;
    explained.deadline = DeadlineCalculator(calendar).compute(request, today, true);
    return explained.explanation();
}

QStringList CaseDeadline::explanation() const
{
    QStringList lines{DeadlineText::tr("%1 %2 (%3)").arg(rule.id, rule.label(), rule.source)};
    lines += deadline.explanation(request);
    return lines;
}

} // namespace huajie
