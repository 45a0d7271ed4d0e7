#pragma once

#include "deadline/casedeadlines.h"

namespace huajie {

// One open deadline of one case, as the desk lists it.
struct AgendaItem
{
    qint64 caseId = 0;
    QString caseNumber;
    QString applicants; // the names, as the case list shows them
    QString agencies;
    QString caseState;
    QString disputedAct;
    QString leadMediator;
    CaseDeadline deadline;
};

// What the desk shows first: what is overdue, due today, due in the coming
// week, and cases close to their time limit (a deadline met only by the
// case's conclusion, within `closeDays`).
struct DeskAgenda
{
    QList<AgendaItem> overdue;
    QList<AgendaItem> dueToday;
    QList<AgendaItem> dueThisWeek;
    QList<AgendaItem> closeToLimit;
    QList<AgendaItem> open;    // every open deadline, for the schedule's month and week
    QList<AgendaItem> tracked; // deadlines with no time limit, not yet met: never overdue

    static DeskAgenda build(const QList<CaseRecord> &cases, const RuleProfile &profile,
                            const HolidayCalendar &calendar, const QDate &today, int closeDays = 5);
    // The states in which any of the profile's deadlines is open.
    static QStringList statesToLoad(const RuleProfile &profile);
    // The applicants and agencies of each item's case, from the case list's rows.
    void addNames(const QList<CaseSummary> &cases);
};

} // namespace huajie
