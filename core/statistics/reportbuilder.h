#pragma once

#include "result.h"
#include "statistics/periodreport.h"

namespace huajie {

class Store;

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
