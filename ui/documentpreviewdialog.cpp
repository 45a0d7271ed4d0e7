#include "documentpreviewdialog.h"

#include "clock.h"
#include "documents/documentcomposer.h"
#include "documents/documentlibrary.h"
#include "documents/officiallayout.h"
#include "formwidgets.h"
#include "screenfit.h"
#include "store/store.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QPrintDialog>
#include <QPrintPreviewWidget>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace huajie {

DocumentPreviewDialog::DocumentPreviewDialog(Store &store, const CaseRecord &record,
                                             const QString &kind, QWidget *parent)
    : QDialog(parent), m_store(store), m_record(record), m_kind(kind),
      m_printer(QPrinter::HighResolution), m_preview(new QPrintPreviewWidget(&m_printer, this)),
      m_banner(new QLabel(this)), m_error(errorLabel(this, "documentError"))
{
    setObjectName(QStringLiteral("documentPreview"));
    // The same resolution as the saved PDF, so that both break lines alike.
    m_printer.setResolution(300);
    m_printer.setDocName(record.number);
    m_preview->setObjectName(QStringLiteral("printPreview"));
    connect(m_preview, &QPrintPreviewWidget::paintRequested, this, [this](QPrinter *printer) {
        (void)OfficialLayout::paint(*printer, m_html, footnote());
    });
    m_banner->setObjectName(QStringLiteral("documentBanner"));
    m_banner->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *printButton = buttons->addButton(tr("Print…"), QDialogButtonBox::ActionRole);
    printButton->setObjectName(QStringLiteral("printDocument"));
    auto *saveButton = buttons->addButton(tr("Save as PDF…"), QDialogButtonBox::ActionRole);
    saveButton->setObjectName(QStringLiteral("saveDocument"));
    auto *zoomIn = buttons->addButton(tr("Zoom in"), QDialogButtonBox::ActionRole);
    auto *zoomOut = buttons->addButton(tr("Zoom out"), QDialogButtonBox::ActionRole);
    connect(printButton, &QPushButton::clicked, this, &DocumentPreviewDialog::print);
    connect(saveButton, &QPushButton::clicked, this, &DocumentPreviewDialog::chooseFileAndSave);
    connect(zoomIn, &QPushButton::clicked, m_preview, [this] { m_preview->zoomIn(); });
    connect(zoomOut, &QPushButton::clicked, m_preview, [this] { m_preview->zoomOut(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    // An A4 page to read, and the buttons below it on the screen.
    resize(sizeOnScreen(this, QSize(820, 900)));
}

DocumentPreviewDialog::DocumentPreviewDialog(Store &store, const CaseRecord &record,
                                             const QString &kind, const QString &html,
                                             QWidget *parent)
    : DocumentPreviewDialog(store, record, kind, parent)
{
    m_html = html;
    showBanner();
}

DocumentPreviewDialog::DocumentPreviewDialog(Store &store, const CaseRecord &record,
                                             const IssuedDocument &document, QWidget *parent)
    : DocumentPreviewDialog(store, record, document.kind, parent)
{
    m_issued = document;
    m_html = document.html;
    showBanner();
}

void DocumentPreviewDialog::showBanner()
{
    const QString title = DocumentLibrary::title(m_kind);
    if (!m_issued) {
        setWindowTitle(tr("%1 of %2 — preview").arg(title, m_record.number));
        m_banner->setText(
            tr("This is a preview. Printing or saving it issues the document: it is numbered "
               "and kept with the case as it is shown here."));
    } else {
        const QString number = m_issued->number.isEmpty() ? title : m_issued->number;
        setWindowTitle(tr("%1 of %2").arg(number, m_record.number));
        m_banner->setText(
            m_issued->intact()
                ? tr("Issued by %1 on %2. This is the text as it was issued.")
                      .arg(m_issued->issuedBy, m_issued->issuedAt.toLocalTime().toString(
                                                   QStringLiteral("yyyy-MM-dd HH:mm")))
                : tr("This document was changed after it was issued: its text no longer "
                     "matches the hash kept when it was issued."));
        m_banner->setStyleSheet(m_issued->intact() ? QString() : QStringLiteral("color: #b00020"));
    }
}

QString DocumentPreviewDialog::footnote() const
{
    return m_issued ? m_issued->footnote() : QString();
}

QString DocumentPreviewDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void DocumentPreviewDialog::fail(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

bool DocumentPreviewDialog::issueOrDeliver(const DocumentStore::Deliver &deliver)
{
    if (m_issued) {
        if (auto delivered = deliver(*m_issued); !delivered) {
            fail(delivered.error().describe());
            return false;
        }
        return true;
    }
    // Printed or written before it is kept: a document that could not be
    // delivered takes no number.
    auto issued = DocumentComposer(m_store).issue(m_record, m_kind, Clock::now(), deliver);
    if (!issued) {
        fail(issued.error().describe());
        return false;
    }
    m_issued = issued.value();
    // Filled again with its number: show what was kept.
    m_html = m_issued->html;
    m_preview->updatePreview();
    showBanner();
    Q_EMIT documentIssued(m_issued->id);
    return true;
}

bool DocumentPreviewDialog::saveAs(const QString &path)
{
    m_error->hide();
    return issueOrDeliver([&](const IssuedDocument &d) {
        const QString title = d.number.isEmpty() ? m_record.number : d.number;
        return OfficialLayout::writePdf(d.html, title, path, d.footnote());
    });
}

void DocumentPreviewDialog::chooseFileAndSave()
{
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(
                QStringLiteral("%1 %2.pdf").arg(m_record.number, DocumentLibrary::title(m_kind)));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save as PDF"), suggested,
                                                      tr("PDF documents (*.pdf)"));
    if (!path.isEmpty())
        saveAs(path);
}

void DocumentPreviewDialog::print()
{
    m_error->hide();
    QPrintDialog dialog(&m_printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    issueOrDeliver(
        [this](const IssuedDocument &d) { return OfficialLayout::paint(m_printer, d.html, d.footnote()); });
}

} // namespace huajie
