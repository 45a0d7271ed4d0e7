#include "casefilterproxy.h"

#include "caselistmodel.h"

namespace huajie {

CaseFilterProxy::CaseFilterProxy(CaseListModel *source, QObject *parent)
    : QSortFilterProxyModel(parent), m_cases(source)
{
    setSourceModel(source);
    setSortLocaleAware(false);
}

void CaseFilterProxy::setState(const QString &code)
{
    m_state = code;
    refilter();
}

void CaseFilterProxy::setSource(const QString &code)
{
    m_source = code;
    refilter();
}

void CaseFilterProxy::setAgency(const QString &name)
{
    m_agency = name;
    refilter();
}

void CaseFilterProxy::setMatchingCases(const std::optional<QSet<qint64>> &caseIds)
{
    if (caseIds == m_matching)
        return;
    m_matching = caseIds;
    refilter();
}

// A full invalidate rather than invalidateRowsFilter(): when a filter is
// relaxed, the incremental path inserts the returning rows one by one into
// the sorted mapping, which takes seconds at 100,000 rows; rebuilding and
// sorting the mapping takes milliseconds.
void CaseFilterProxy::refilter()
{
    invalidate();
}

bool CaseFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const CaseListModel::Row &row = m_cases->row(sourceRow);
    if (row.summary.voided != (m_state == kVoided))
        return false;
    if (!m_state.isEmpty() && m_state != kVoided && row.summary.state != m_state)
        return false;
    if (!m_source.isEmpty() && row.summary.source != m_source)
        return false;
    if (!m_agency.isEmpty() && !row.agencyList.contains(m_agency))
        return false;
    if (m_matching && !m_matching->contains(row.summary.id))
        return false;
    return true;
}

bool CaseFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const CaseSummary &a = m_cases->row(left.row()).summary;
    const CaseSummary &b = m_cases->row(right.row()).summary;
    switch (left.column()) {
    case CaseListModel::Number:
    case CaseListModel::Registered:
        // Numbers sort by registration, not as text: 第10号 comes after 第9号.
        if (a.registeredOn != b.registeredOn)
            return a.registeredOn < b.registeredOn;
        return a.id < b.id;
    case CaseListModel::State:
        return a.state < b.state;
    case CaseListModel::Source:
        return a.source < b.source;
    case CaseListModel::Applicants:
        return a.applicants < b.applicants;
    case CaseListModel::Agencies:
        return a.agencies < b.agencies;
    case CaseListModel::DisputedAct:
        return a.disputedAct < b.disputedAct;
    case CaseListModel::LeadMediator:
        return a.leadMediator < b.leadMediator;
    }
    return false;
}

} // namespace huajie
