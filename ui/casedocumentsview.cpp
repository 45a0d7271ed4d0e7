#include "casedocumentsview.h"

#include "clock.h"
#include "documentpreviewdialog.h"
#include "documents/documentcomposer.h"
#include "documents/documentlibrary.h"
#include "domain/vocabulary.h"
#include "formwidgets.h"
#include "servicedialog.h"
#include "store/store.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace huajie {
namespace {
enum Role
{
    DocumentId = Qt::UserRole,
    ServiceId
};

} // namespace

CaseDocumentsView::CaseDocumentsView(Store &store, QWidget *parent)
    : QWidget(parent), m_store(store), m_new(named(new QToolButton(this), "newDocument")),
      m_list(named(new QTreeWidget(this), "caseDocuments")),
      m_open(named(new QPushButton(tr("Open"), this), "openDocument")),
      m_serve(named(new QPushButton(tr("Record service…"), this), "recordService")),
      m_receipt(named(new QPushButton(tr("Record receipt…"), this), "recordReceipt"))
{
    m_new->setText(tr("New document"));
    m_new->setPopupMode(QToolButton::InstantPopup);
    m_new->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *menu = new QMenu(m_new);
    // Filled as it opens: the documents of the profile in use now.
    const auto fill = [this, menu] {
        menu->clear();
        for (const DocumentKind &kind : DocumentLibrary::kindsOf(m_store.deadlineSetup().profile)) {
            const QString id = QString::fromLatin1(kind.id);
            menu->addAction(kind.translatedTitle(), this, [this, id] { newDocument(id); });
        }
    };
    fill();
    connect(menu, &QMenu::aboutToShow, this, fill);
    m_new->setMenu(menu);

    m_list->setHeaderLabels({tr("Document"), tr("Number"), tr("Issued"), tr("Service")});
    m_list->header()->resizeSection(0, 150);
    m_list->header()->resizeSection(1, 170);
    m_list->header()->resizeSection(2, 95);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &CaseDocumentsView::updateButtons);
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (item->data(0, ServiceId).isValid() && !item->data(3, Qt::UserRole).toBool())
            recordReceipt();
        else
            openSelected();
    });
    connect(m_open, &QPushButton::clicked, this, &CaseDocumentsView::openSelected);
    connect(m_serve, &QPushButton::clicked, this, &CaseDocumentsView::recordService);
    connect(m_receipt, &QPushButton::clicked, this, &CaseDocumentsView::recordReceipt);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(m_open);
    buttons->addWidget(m_serve);
    buttons->addWidget(m_receipt);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_list);
    clear();
}

void CaseDocumentsView::clear()
{
    m_record = CaseRecord{};
    m_list->clear();
    m_new->setEnabled(false);
    updateButtons();
}

void CaseDocumentsView::showCase(const CaseRecord &record)
{
    m_record = record;
    m_new->setEnabled(true);
    reload();
}

void CaseDocumentsView::reload()
{
    m_list->clear();
    auto documents = m_store.documents().forCase(m_record.id);
    if (!documents)
        return;
    for (const IssuedDocument &d : documents.value()) {
        auto services = m_store.documents().services(d.id);
        const QList<ServiceRecord> served = services ? services.value() : QList<ServiceRecord>();
        const auto received = std::count_if(served.cbegin(), served.cend(),
                                            [](const auto &s) { return s.receivedOn.isValid(); });
        const QString service = served.isEmpty()
                                    ? tr("not served")
                                    : tr("%1 served, %2 received").arg(served.size()).arg(received);
        auto *item = new QTreeWidgetItem(
            m_list, {DocumentLibrary::title(d.kind), d.number,
                     d.issuedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd")), service});
        item->setData(0, DocumentId, d.id);
        item->setToolTip(
            0, tr("Issued by %1 at %2; SHA-256 %3")
                   .arg(d.issuedBy,
                        d.issuedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                        d.sha256));
        if (!d.intact())
            item->setForeground(0, QColor(0xb0, 0x00, 0x20));
        for (const ServiceRecord &s : served) {
            QString how = vocab::serviceMethods().label(s.method);
            if (!s.trackingNumber.isEmpty())
                how += QLatin1Char(' ') + s.trackingNumber;
            const QString receipt =
                s.receivedOn.isValid()
                    ? tr("received %1").arg(s.receivedOn.toString(Qt::ISODate)) +
                          (s.receivedBy.isEmpty() ? QString()
                                                  : tr(" (signed by %1)").arg(s.receivedBy))
                    : tr("not yet received");
            auto *child = new QTreeWidgetItem(
                item,
                {s.recipient, how, tr("sent %1").arg(s.sentOn.toString(Qt::ISODate)), receipt});
            child->setData(0, DocumentId, d.id);
            child->setData(0, ServiceId, s.id);
            child->setData(3, Qt::UserRole, s.receivedOn.isValid());
        }
        item->setExpanded(true);
    }
    updateButtons();
}

qint64 CaseDocumentsView::selectedDocument() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(0, DocumentId).toLongLong() : 0;
}

void CaseDocumentsView::updateButtons()
{
    const QTreeWidgetItem *item = m_list->currentItem();
    m_open->setEnabled(item != nullptr);
    m_serve->setEnabled(item != nullptr);
    m_receipt->setEnabled(item && item->data(0, ServiceId).isValid() &&
                          !item->data(3, Qt::UserRole).toBool());
}

void CaseDocumentsView::newDocument(const QString &kind)
{
    if (m_record.id == 0)
        return;
    auto draft = DocumentComposer(m_store).preview(m_record, kind, Clock::today());
    if (!draft) {
        QMessageBox::warning(this, tr("Document"), draft.error().describe());
        return;
    }
    DocumentPreviewDialog dialog(m_store, m_record, kind, draft.value(), this);
    connect(&dialog, &DocumentPreviewDialog::documentIssued, this, [this] {
        reload();
        Q_EMIT caseChanged(m_record.id);
    });
    dialog.exec();
}

void CaseDocumentsView::openSelected()
{
    const qint64 id = selectedDocument();
    if (id == 0)
        return;
    auto document = m_store.documents().load(id);
    if (!document) {
        QMessageBox::warning(this, tr("Document"), document.error().describe());
        return;
    }
    DocumentPreviewDialog dialog(m_store, m_record, document.value(), this);
    dialog.exec();
}

void CaseDocumentsView::recordService()
{
    auto document = m_store.documents().load(selectedDocument());
    if (!document)
        return;
    ServiceDialog dialog(m_store, m_record, document.value(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    Q_EMIT caseChanged(m_record.id);
}

void CaseDocumentsView::recordReceipt()
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item || !item->data(0, ServiceId).isValid())
        return;
    auto service = m_store.documents().loadService(item->data(0, ServiceId).toLongLong());
    if (!service)
        return;
    ReceiptDialog dialog(m_store, service.value(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    Q_EMIT caseChanged(m_record.id);
}

} // namespace huajie
