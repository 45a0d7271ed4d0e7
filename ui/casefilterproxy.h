#pragma once

#include <QSortFilterProxyModel>

namespace huajie {

class CaseListModel;

// Filters the case list by state, source, agency and free text, and sorts
// it, reading the source model's rows directly rather than through
// QVariant: at 100,000 rows that is what keeps a keystroke under 50 ms.
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
    void setText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void refilter();

    CaseListModel *m_cases;
    QString m_state;
    QString m_source;
    QString m_agency;
    QStringList m_words; // case-folded; every word must occur
};

} // namespace huajie
