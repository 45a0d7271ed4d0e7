#include "deskagenda.h"

#include <QHash>

#include <algorithm>

namespace huajie {

QStringList DeskAgenda::statesToLoad(const RuleProfile &profile)
{
    QStringList states;
    for (const DeadlineRule &rule : profile.rules)
        for (const QString &state : rule.openIn)
            if (!states.contains(state))
                states.append(state);
    return states;
}

DeskAgenda DeskAgenda::build(const QList<CaseRecord> &cases, const RuleProfile &profile,
                             const HolidayCalendar &calendar, const QDate &today, int closeDays)
{
    DeskAgenda agenda;
    for (const CaseRecord &c : cases) {
        for (const CaseDeadline &d : evaluateDeadlines(c, profile, calendar, today)) {
            const AgendaItem item{c.id,          c.number,       {}, {}, c.state,
                                  c.disputedAct, c.leadMediator, d};
            if (d.status == CaseDeadline::Status::Tracked)
                agenda.tracked.append(item);
            if (!d.isOpen())
                continue;
            agenda.open.append(item);
            if (d.status == CaseDeadline::Status::Overdue)
                agenda.overdue.append(item);
            else if (d.status == CaseDeadline::Status::DueToday)
                agenda.dueToday.append(item);
            else if (d.daysLeft <= 7)
                agenda.dueThisWeek.append(item);
            if (d.rule.done == QLatin1String("concludedOn") && d.daysLeft >= 0 &&
                d.daysLeft <= closeDays)
                agenda.closeToLimit.append(item);
        }
    }
    const auto byDue = [](const AgendaItem &a, const AgendaItem &b) {
        if (a.deadline.deadline.due != b.deadline.deadline.due)
            return a.deadline.deadline.due < b.deadline.deadline.due;
        return a.caseNumber < b.caseNumber;
    };
    for (QList<AgendaItem> *list :
         {&agenda.overdue, &agenda.dueToday, &agenda.dueThisWeek, &agenda.closeToLimit})
        std::sort(list->begin(), list->end(), byDue);
    // The longest running first.
    std::sort(agenda.tracked.begin(), agenda.tracked.end(),
              [](const AgendaItem &a, const AgendaItem &b) {
                  if (a.deadline.daysElapsed != b.deadline.daysElapsed)
                      return a.deadline.daysElapsed > b.deadline.daysElapsed;
                  return a.caseNumber < b.caseNumber;
              });
    return agenda;
}

void DeskAgenda::addNames(const QList<CaseSummary> &cases)
{
    QHash<qint64, const CaseSummary *> byId;
    for (const CaseSummary &c : cases)
        byId.insert(c.id, &c);
    for (QList<AgendaItem> *list :
         {&overdue, &dueToday, &dueThisWeek, &closeToLimit, &open, &tracked})
        for (AgendaItem &item : *list)
            if (const CaseSummary *c = byId.value(item.caseId)) {
                item.applicants = c->applicants;
                item.agencies = c->agencies;
            }
}

} // namespace huajie
