#pragma once

#include "domain/caserecord.h"
#include "profile/ruleprofile.h"

namespace huajie {

class HolidayCalendar;

// A deadline of one case, as the desk shows it.
struct CaseDeadline
{
    enum class Status
    {
        Done,
        DoneLate,
        Open,
        DueToday,
        Overdue,
        Lapsed,
        Tracked,     // a tracked deadline not yet met: only the days since its start
        StartUnknown // its start is a fact of the case left unrecorded (the referral's date)
    };

    DeadlineRule rule;
    DeadlineRequest request;
    Deadline deadline;
    QDate doneOn;
    Status status = Status::Open;
    int daysLeft = 0;    // from today to the due date; negative when overdue
    int daysElapsed = 0; // from its start to the day it was met, or to today

    bool isOpen() const
    {
        return status == Status::Open || status == Status::DueToday || status == Status::Overdue;
    }
    QString statusText() const;
    QStringList explanation() const; // the reasoning, step by step (evaluated with explain)
    // The reasoning, counted again where it was evaluated without it.
    QStringList explanation(const HolidayCalendar &calendar, const QDate &today) const;
};

// The value of a fact a rule names ("noticeReceivedOn", "concludedOn", …).
// "mediationEndedOn" is CaseProgress::mediationEndedOn().
QDate caseFact(const CaseRecord &record, const QString &fact);

// The case's deadlines under the profile: those that have started and that
// apply to its source, either met or still open in its state.
QList<CaseDeadline> evaluateDeadlines(const CaseRecord &record, const RuleProfile &profile,
                                      const HolidayCalendar &calendar, const QDate &today,
                                      bool explain = false);

} // namespace huajie
