#include "partytablemodel.h"

#include "domain/vocabulary.h"

#include <QColor>

namespace huajie {

void PartyTableModel::setParties(const QList<Party> &parties)
{
    beginResetModel();
    m_parties = parties;
    endResetModel();
}

int PartyTableModel::addParty(const QString &role)
{
    Party party;
    party.role = role;
    party.kind =
        role == QLatin1String("agency") ? QStringLiteral("organisation") : QStringLiteral("person");
    // The first agency leads until another is checked.
    party.lead = role == QLatin1String("agency") &&
                 std::none_of(m_parties.cbegin(), m_parties.cend(),
                              [](const Party &p) { return p.role == QLatin1String("agency"); });
    const int row = int(m_parties.size());
    beginInsertRows({}, row, row);
    m_parties.append(party);
    endInsertRows();
    return row;
}

void PartyTableModel::removeParty(int row)
{
    if (row < 0 || row >= m_parties.size())
        return;
    beginRemoveRows({}, row, row);
    m_parties.removeAt(row);
    endRemoveRows();
}

int PartyTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_parties.size());
}

int PartyTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

// Which columns mean something for this party: persons have a sex and an ID
// number, organisations a credit code, agencies are only named.
bool PartyTableModel::applies(const Party &p, int column) const
{
    const bool agency = p.role == QLatin1String("agency");
    switch (column) {
    case Kind:
        return !agency;
    case Sex:
    case IdNumber:
    case BirthDate:
        return !agency && p.isPerson();
    case CreditCode:
    case LegalRepresentative:
        return !agency && !p.isPerson();
    case Lead:
        return agency;
    default:
        return true;
    }
}

QVariant PartyTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Party &p = m_parties.at(index.row());
    const int column = index.column();
    if (!applies(p, column))
        return role == Qt::BackgroundRole ? QVariant(QColor(236, 236, 236)) : QVariant();
    if (role == Qt::CheckStateRole) {
        if (column == Lead)
            return p.lead ? Qt::Checked : Qt::Unchecked;
        if (column == AttendsInPerson)
            return p.attendsInPerson ? Qt::Checked : Qt::Unchecked;
        return {};
    }
    if (role == CodeRole) {
        switch (column) {
        case Role:
            return p.role;
        case Kind:
            return p.kind;
        case Sex:
            return p.sex;
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (column) {
    case Role:
        return vocab::partyRoles().label(p.role);
    case Kind:
        return vocab::partyKinds().label(p.kind);
    case Name:
        return p.name;
    case Sex:
        return p.sex.isEmpty() ? QString() : vocab::sexes().label(p.sex);
    case IdNumber:
        return p.idNumber;
    case BirthDate:
        return role == Qt::EditRole ? QVariant(p.birthDate)
                                    : QVariant(p.birthDate.toString(Qt::ISODate));
    case Phone:
        return p.phone;
    case Address:
        return p.address;
    case CreditCode:
        return p.creditCode;
    case LegalRepresentative:
        return p.legalRepresentative;
    }
    return {};
}

bool PartyTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    Party &p = m_parties[index.row()];
    const int column = index.column();
    if (role == Qt::CheckStateRole) {
        const bool checked = value.toInt() == Qt::Checked;
        if (column == Lead) {
            // One lead agency: checking one unchecks the others.
            for (int r = 0; r < m_parties.size(); ++r) {
                if (m_parties[r].role == QLatin1String("agency")) {
                    m_parties[r].lead = checked && r == index.row();
                    const QModelIndex i = this->index(r, Lead);
                    Q_EMIT dataChanged(i, i, {Qt::CheckStateRole});
                }
            }
            return true;
        }
        if (column == AttendsInPerson) {
            p.attendsInPerson = checked;
            Q_EMIT dataChanged(index, index, {Qt::CheckStateRole});
            return true;
        }
        return false;
    }
    if (role != Qt::EditRole && role != CodeRole)
        return false;
    const QString text = value.toString();
    switch (column) {
    case Role:
        p.role = text;
        if (p.role == QLatin1String("agency"))
            p.kind = QStringLiteral("organisation");
        break;
    case Kind:
        p.kind = text;
        break;
    case Name:
        p.name = text;
        break;
    case Sex:
        p.sex = text;
        break;
    case IdNumber:
        p.idNumber = text.trimmed();
        break;
    case BirthDate:
        p.birthDate = value.toDate();
        break;
    case Phone:
        p.phone = text.trimmed();
        break;
    case Address:
        p.address = text;
        break;
    case CreditCode:
        p.creditCode = text.trimmed();
        break;
    case LegalRepresentative:
        p.legalRepresentative = text;
        break;
    default:
        return false;
    }
    // Role and kind decide which other cells apply.
    Q_EMIT dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    return true;
}

Qt::ItemFlags PartyTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    const Party &p = m_parties.at(index.row());
    if (!applies(p, index.column()))
        return Qt::ItemIsSelectable;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == Lead || index.column() == AttendsInPerson)
        return f | Qt::ItemIsUserCheckable;
    return f | Qt::ItemIsEditable;
}

QVariant PartyTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Role:
        return tr("Role");
    case Kind:
        return tr("Kind");
    case Name:
        return tr("Name");
    case Sex:
        return tr("Sex");
    case IdNumber:
        return tr("Resident ID number");
    case BirthDate:
        return tr("Birth date");
    case Phone:
        return tr("Phone");
    case Address:
        return tr("Address");
    case CreditCode:
        return tr("Credit code");
    case LegalRepresentative:
        return tr("Legal representative");
    case Lead:
        return tr("Lead");
    case AttendsInPerson:
        return tr("Attends in person");
    }
    return {};
}

AgentTableModel::AgentTableModel(PartyTableModel *parties, QObject *parent)
    : QAbstractTableModel(parent), m_parties(parties)
{
    connect(parties, &QAbstractItemModel::modelReset, this, [this] { setPartyRow(-1); });
    connect(parties, &QAbstractItemModel::rowsRemoved, this, [this] { setPartyRow(-1); });
}

QList<Agent> *AgentTableModel::agents() const
{
    if (m_partyRow < 0 || m_partyRow >= m_parties->rowCount())
        return nullptr;
    return &m_parties->agentsOf(m_partyRow);
}

void AgentTableModel::setPartyRow(int row)
{
    beginResetModel();
    m_partyRow = row;
    endResetModel();
}

bool AgentTableModel::addAgent()
{
    QList<Agent> *list = agents();
    if (!list)
        return false;
    const int row = int(list->size());
    beginInsertRows({}, row, row);
    list->append(Agent{});
    endInsertRows();
    return true;
}

void AgentTableModel::removeAgent(int row)
{
    QList<Agent> *list = agents();
    if (!list || row < 0 || row >= list->size())
        return;
    beginRemoveRows({}, row, row);
    list->removeAt(row);
    endRemoveRows();
}

int AgentTableModel::rowCount(const QModelIndex &parent) const
{
    const QList<Agent> *list = agents();
    return parent.isValid() || !list ? 0 : int(list->size());
}

int AgentTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AgentTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Agent &a = agents()->at(index.row());
    if (role == CodeRole)
        return index.column() == Authority ? QVariant(a.authority) : QVariant();
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case Name:
        return a.name;
    case Authority:
        return vocab::authorities().label(a.authority);
    case Phone:
        return a.phone;
    case Organisation:
        return a.organisation;
    case IdNumber:
        return a.idNumber;
    }
    return {};
}

bool AgentTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    if (role != Qt::EditRole && role != CodeRole)
        return false;
    Agent &a = (*agents())[index.row()];
    const QString text = value.toString();
    switch (index.column()) {
    case Name:
        a.name = text;
        break;
    case Authority:
        a.authority = text;
        break;
    case Phone:
        a.phone = text.trimmed();
        break;
    case Organisation:
        a.organisation = text;
        break;
    case IdNumber:
        a.idNumber = text.trimmed();
        break;
    default:
        return false;
    }
    Q_EMIT dataChanged(index, index);
    return true;
}

Qt::ItemFlags AgentTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
}

QVariant AgentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Agent");
    case Authority:
        return tr("Authority");
    case Phone:
        return tr("Phone");
    case Organisation:
        return tr("Law firm or employer");
    case IdNumber:
        return tr("Resident ID number");
    }
    return {};
}

} // namespace huajie
