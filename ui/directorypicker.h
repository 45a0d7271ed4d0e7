#pragma once

#include "domain/directory.h"

#include <QDialog>
#include <QWidget>

class QComboBox;
class QLabel;

namespace huajie {

class DirectoryStore;

// An editable pick-list over one directory, with a button to add an entry
// with all its fields on the spot. A typed name that is not in the directory
// yet is added, by name only, when the case is saved.
class DirectoryPicker : public QWidget
{
    Q_OBJECT

public:
    DirectoryPicker(DirectoryStore &directories, DirectoryKind kind, QWidget *parent = nullptr);

    QString name() const;
    void setName(const QString &name);
    void reload();

private:
    void quickAdd();

    DirectoryStore &m_directories;
    DirectoryKind m_kind;
    QComboBox *m_combo;
};

// Edits one directory entry: a field per line, vocabularies as combo boxes.
class DirectoryEntryDialog : public QDialog
{
    Q_OBJECT

public:
    DirectoryEntryDialog(DirectoryStore &directories, DirectoryKind kind, DirectoryEntry entry,
                         QWidget *parent = nullptr);

    const DirectoryEntry &entry() const { return m_entry; }
    void accept() override;

private:
    DirectoryStore &m_directories;
    DirectoryKind m_kind;
    DirectoryEntry m_entry;
    QList<QWidget *> m_editors;
    QLabel *m_error;
};

} // namespace huajie
