#pragma once

#include <QSet>
#include <QSortFilterProxyModel>

#include <optional>

namespace huajie {

class CaseListModel;

// Filters the case list by state, source, agency and the cases the free
// text found (the store's search, CaseSearch), and sorts it, reading the
// source model's rows directly rather than through QVariant: at 100,000
// rows that is what keeps a change of filter under 50 ms.
class CaseFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit CaseFilterProxy(CaseListModel *source, QObject *parent = nullptr);

    // A state's code, "" for all, or kVoided for the voided registrations,
    // which no other choice shows.
    void setState(const QString &code);
    static inline const QString kVoided = QStringLiteral("voided");
    void setSource(const QString &code); // "" for all
    void setAgency(const QString &name); // "" for all
    // The cases found for the free text; nullopt when there is no text.
    void setMatchingCases(const std::optional<QSet<qint64>> &caseIds);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void refilter();

    CaseListModel *m_cases;
    QString m_state;
    QString m_source;
    QString m_agency;
    std::optional<QSet<qint64>> m_matching;
};

} // namespace huajie
