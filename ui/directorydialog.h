#pragma once

#include "domain/directory.h"

#include <QAbstractTableModel>
#include <QDialog>

class QTableView;

namespace huajie {

class DirectoryStore;
class Store;

// The entries of one directory as a table.
class DirectoryTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    DirectoryTableModel(DirectoryStore &directories, DirectoryKind kind, QObject *parent = nullptr);

    void reload();
    const DirectoryEntry &entry(int row) const { return m_entries.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    DirectoryStore &m_directories;
    const DirectorySpec &m_spec;
    QList<DirectoryEntry> m_entries;
};

// Edits all directories: a tab each, with add, edit, delete, and merging
// two entries that name the same thing into one.
class DirectoryDialog : public QDialog
{
    Q_OBJECT

public:
    explicit DirectoryDialog(Store &store, QWidget *parent = nullptr);

private:
    QWidget *page(DirectoryKind kind);
    // Asks which entry the one at `row` is merged into, then merges them.
    void mergeEntry(DirectoryKind kind, DirectoryTableModel *model, int row, QWidget *page);

    Store &m_store;
    DirectoryStore &m_directories;
};

} // namespace huajie
