#include "directorydialog.h"

#include "directorypicker.h"
#include "store/directorystore.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>

namespace huajie {

DirectoryTableModel::DirectoryTableModel(DirectoryStore &directories, DirectoryKind kind,
                                         QObject *parent)
    : QAbstractTableModel(parent), m_directories(directories), m_spec(directorySpec(kind))
{
    reload();
}

void DirectoryTableModel::reload()
{
    beginResetModel();
    auto entries = m_directories.list(m_spec.kind);
    m_entries = entries ? entries.value() : QList<DirectoryEntry>();
    endResetModel();
}

int DirectoryTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int DirectoryTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_spec.fields.size());
}

QVariant DirectoryTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole)
        return {};
    const QString value = m_entries.at(index.row()).values.value(index.column());
    const DirectoryField &field = m_spec.fields.at(index.column());
    return field.vocabulary && !value.isEmpty() ? field.vocabulary->label(value) : value;
}

QVariant DirectoryTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= m_spec.fields.size())
        return {};
    return m_spec.fields.at(section).translatedLabel();
}

DirectoryDialog::DirectoryDialog(DirectoryStore &directories, QWidget *parent)
    : QDialog(parent), m_directories(directories)
{
    setObjectName(QStringLiteral("directoryDialog"));
    setWindowTitle(tr("Directories"));
    auto *tabs = new QTabWidget(this);
    for (DirectoryKind kind : allDirectoryKinds())
        tabs->addTab(page(kind), directorySpec(kind).translatedTitle());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(buttons);
    resize(900, 520);
}

QWidget *DirectoryDialog::page(DirectoryKind kind)
{
    auto *page = new QWidget;
    page->setObjectName(QString::fromLatin1(directorySpec(kind).key));
    auto *model = new DirectoryTableModel(m_directories, kind, page);
    auto *view = new QTableView(page);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->horizontalHeader()->setStretchLastSection(true);
    view->setColumnWidth(0, 260);
    view->verticalHeader()->hide();

    auto *add = new QPushButton(tr("Add…"), page);
    auto *edit = new QPushButton(tr("Edit…"), page);
    auto *remove = new QPushButton(tr("Delete"), page);
    auto editRow = [this, kind, model, page](int row) {
        DirectoryEntryDialog dialog(m_directories, kind,
                                    row >= 0 ? model->entry(row) : DirectoryEntry{}, page);
        if (dialog.exec() == QDialog::Accepted)
            model->reload();
    };
    connect(add, &QPushButton::clicked, page, [editRow] { editRow(-1); });
    connect(edit, &QPushButton::clicked, page, [view, editRow] {
        if (view->currentIndex().isValid())
            editRow(view->currentIndex().row());
    });
    connect(view, &QTableView::doubleClicked, page,
            [editRow](const QModelIndex &index) { editRow(index.row()); });
    connect(remove, &QPushButton::clicked, page, [this, kind, view, model, page] {
        if (!view->currentIndex().isValid())
            return;
        const DirectoryEntry entry = model->entry(view->currentIndex().row());
        if (QMessageBox::question(page, tr("Delete"), tr("Delete %1?").arg(entry.name())) !=
            QMessageBox::Yes)
            return;
        if (auto removed = m_directories.remove(kind, entry.id); !removed)
            QMessageBox::warning(page, tr("Delete"), removed.error().describe());
        model->reload();
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(edit);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(view);
    layout->addLayout(buttons);
    return page;
}

} // namespace huajie
