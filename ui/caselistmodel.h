#pragma once

#include "domain/caserecord.h"
#include "domain/vocabulary.h"
#include "profile/profilevocabularies.h"

#include <QAbstractTableModel>
#include <QStringList>

namespace huajie {

// The cases of the list, one row each, held in memory so that 100,000 rows
// sort and filter at typing speed.
class CaseListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Number,
        Registered,
        State,
        Source,
        Applicants,
        Agencies,
        DisputedAct,
        LeadMediator,
        ColumnCount
    };
    enum Role
    {
        CaseIdRole = Qt::UserRole + 1,
        CodeRole
    };

    // What filtering needs of a row, prepared once when loading.
    struct Row
    {
        CaseSummary summary;
        QStringList agencyList;
    };

    using QAbstractTableModel::QAbstractTableModel;

    // sources: the center's source labels.
    void setCases(const QList<CaseSummary> &cases, const OfferedTerms &sources);
    const Row &row(int index) const { return m_rows.at(index); }
    int rowForCase(qint64 caseId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<Row> m_rows;
    OfferedTerms m_sources{vocab::sourceChannels()};
};

} // namespace huajie
