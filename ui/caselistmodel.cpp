#include "caselistmodel.h"

#include "domain/vocabulary.h"

namespace huajie {

void CaseListModel::setCases(const QList<CaseSummary> &cases, const OfferedTerms &sources)
{
    m_sources = sources;
    QList<Row> rows;
    rows.reserve(cases.size());
    const QString separator = QStringLiteral("、");
    for (const CaseSummary &s : cases) {
        rows.append(Row{s, s.agencies.split(separator, Qt::SkipEmptyParts)});
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int CaseListModel::rowForCase(qint64 caseId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].summary.id == caseId)
            return i;
    return -1;
}

int CaseListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CaseListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CaseListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CaseSummary &s = m_rows.at(index.row()).summary;
    if (role == CaseIdRole)
        return s.id;
    if (role == CodeRole) {
        switch (index.column()) {
        case State:
            return s.state;
        case Source:
            return s.source;
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Number:
        return s.number;
    case Registered:
        return s.registeredOn.toString(Qt::ISODate);
    case State:
        return s.voided ? tr("Voided") : vocab::caseStates().label(s.state);
    case Source:
        return m_sources.label(s.source);
    case Applicants:
        return s.applicants;
    case Agencies:
        return s.agencies;
    case DisputedAct:
        return s.disputedAct;
    case LeadMediator:
        return s.leadMediator;
    }
    return {};
}

QVariant CaseListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Number:
        return tr("Number");
    case Registered:
        return tr("Registered");
    case State:
        return tr("State");
    case Source:
        return tr("Source");
    case Applicants:
        return tr("Applicants");
    case Agencies:
        return tr("Respondent agencies");
    case DisputedAct:
        return tr("Disputed act");
    case LeadMediator:
        return tr("Lead mediator");
    }
    return {};
}

} // namespace huajie
