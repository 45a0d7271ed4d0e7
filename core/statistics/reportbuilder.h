#pragma once

#include "deadline/deadlinecalculator.h"
#include "result.h"
#include "statistics/periodreport.h"

namespace huajie {

class Store;

// A concluded case's duration (SPEC §6): calendar days from registration to
// conclusion, less the days its time was suspended in between; a suspension
// still running at the conclusion ends there.
int durationDays(const QDate &registeredOn, const QDate &concludedOn,
                 const QList<DateRange> &suspensions);

// Counts a report from the store: the period, the period before it and the
// year to date, with the breakdowns, lists and balance check. Reads the
// cases' facts as columns (case_facts), parties and sessions; deadlines are
// counted with the store's calendar and rule profile.
class ReportBuilder
{
public:
    explicit ReportBuilder(Store &store) : m_store(store) {}

    // As of today: what is overdue is counted at the period's end, or today
    // when that comes first.
    Result<PeriodReport> build(const ReportPeriod &period, const QDate &today) const;

private:
    Store &m_store;
};

} // namespace huajie
