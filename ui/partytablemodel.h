#pragma once

#include "domain/caserecord.h"

#include <QAbstractTableModel>

namespace huajie {

// The parties of the case being edited, edited in place in a table.
class PartyTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Role,
        Kind,
        Name,
        Lead,
        AttendsInPerson,
        IdNumber,
        Sex,
        BirthDate,
        Phone,
        Address,
        CreditCode,
        LegalRepresentative,
        ColumnCount
    };
    enum
    {
        CodeRole = Qt::UserRole + 1
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setParties(const QList<Party> &parties);
    const QList<Party> &parties() const { return m_parties; }
    int addParty(const QString &role);
    void removeParty(int row);
    QList<Agent> &agentsOf(int row) { return m_parties[row].agents; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    bool applies(const Party &party, int column) const;

    QList<Party> m_parties;
};

// The agents of one party of a PartyTableModel.
class AgentTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Authority,
        Phone,
        Organisation,
        IdNumber,
        ColumnCount
    };
    enum
    {
        CodeRole = Qt::UserRole + 1
    };

    explicit AgentTableModel(PartyTableModel *parties, QObject *parent = nullptr);

    void setPartyRow(int row); // -1 for none
    int partyRow() const { return m_partyRow; }
    bool addAgent();
    void removeAgent(int row);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<Agent> *agents() const;

    PartyTableModel *m_parties;
    int m_partyRow = -1;
};

} // namespace huajie
