#include "directorydialog.h"

#include "directorypicker.h"
#include "store/store.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
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
    return field.vocabulary && !value.isEmpty() ? m_directories.choices(field).label(value) : value;
}

QVariant DirectoryTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= m_spec.fields.size())
        return {};
    return m_spec.fields.at(section).translatedLabel();
}

DirectoryDialog::DirectoryDialog(Store &store, QWidget *parent)
    : QDialog(parent), m_store(store), m_directories(store.directories())
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
    auto *merge = new QPushButton(tr("Merge into…"), page);
    merge->setObjectName(QStringLiteral("mergeEntry"));
    merge->setToolTip(tr("The selected entry names the same as another one: its cases move to "
                         "the other, and it is deleted."));
    connect(merge, &QPushButton::clicked, page, [this, kind, view, model, page] {
        if (view->currentIndex().isValid())
            mergeEntry(kind, model, view->currentIndex().row(), page);
    });
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
    buttons->addWidget(merge);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(view);
    layout->addLayout(buttons);
    return page;
}

void DirectoryDialog::mergeEntry(DirectoryKind kind, DirectoryTableModel *model, int row,
                                 QWidget *page)
{
    const DirectoryEntry from = model->entry(row);
    QStringList others;
    QList<qint64> ids;
    for (int r = 0; r < model->rowCount(); ++r)
        if (r != row) {
            others.append(model->entry(r).name());
            ids.append(model->entry(r).id);
        }
    if (others.isEmpty())
        return;
    // The closest names first: the entry it was most likely meant to be.
    auto found = m_directories.closeNames(kind, from.name());
    const QStringList close = found ? found.value() : QStringList();
    for (auto name = close.crbegin(); name != close.crend(); ++name)
        if (const auto at = others.indexOf(*name); at > 0) {
            others.move(at, 0);
            ids.move(at, 0);
        }
    bool ok = false;
    const QString into = QInputDialog::getItem(
        page, tr("Merge into…"), tr("Merge %1 into:").arg(from.name()), others, 0, false, &ok);
    if (!ok)
        return;
    const qint64 intoId = ids.at(others.indexOf(into));
    if (QMessageBox::question(page, tr("Merge into…"),
                              tr("Merge %1 into %2? The cases of %1 then name %2, each with an "
                                 "entry in its history, and %1 is deleted.")
                                  .arg(from.name(), into)) != QMessageBox::Yes)
        return;
    auto merged =
        m_directories.merge(kind, from.id, intoId, m_store.events(), m_store.cases().user());
    if (!merged)
        QMessageBox::warning(page, tr("Merge into…"), merged.error().describe());
    else
        QMessageBox::information(page, tr("Merge into…"),
                                 tr("%n case(s) moved to %1.", nullptr, merged.value()).arg(into));
    model->reload();
}

} // namespace huajie
