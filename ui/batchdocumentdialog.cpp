#include "batchdocumentdialog.h"

#include "clock.h"
#include "documents/documentlibrary.h"
#include "formwidgets.h"
#include "store/store.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace huajie {

BatchDocumentDialog::BatchDocumentDialog(Store &store, const QList<qint64> &caseIds,
                                         QWidget *parent)
    : QDialog(parent), m_store(store), m_caseIds(caseIds),
      m_kind(named(new QComboBox(this), "batchKind")),
      m_folder(named(new QLineEdit(this), "batchFolder")),
      m_result(named(new QLabel(this), "batchResult")),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("batchDocuments"));
    setWindowTitle(tr("Issue a document for %n case(s)", nullptr, int(caseIds.size())));
    for (const DocumentKind &kind : DocumentLibrary::kindsOf(store.deadlineSetup().profile))
        m_kind->addItem(kind.translatedTitle(), QString::fromLatin1(kind.id));
    m_folder->setText(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    auto *browse = new QPushButton(tr("Choose…"), this);
    connect(browse, &QPushButton::clicked, this, &BatchDocumentDialog::chooseFolder);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *issue = m_buttons->addButton(tr("Issue"), QDialogButtonBox::AcceptRole);
    issue->setObjectName(QStringLiteral("issueBatch"));
    connect(issue, &QPushButton::clicked, this, &BatchDocumentDialog::run);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("Document"), m_kind);
    form->addRow(tr("PDF folder"), folderRow);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Each case gets its own document, numbered and kept with "
                                    "the case, and a PDF in the folder."),
                                 this));
    layout->addLayout(form);
    layout->addWidget(m_result);
    layout->addWidget(m_buttons);
    resize(560, 220);
}

void BatchDocumentDialog::setKind(const QString &kind)
{
    m_kind->setCurrentIndex(m_kind->findData(kind));
}

void BatchDocumentDialog::setFolder(const QString &folder)
{
    m_folder->setText(folder);
}

void BatchDocumentDialog::chooseFolder()
{
    const QString folder =
        QFileDialog::getExistingDirectory(this, tr("Folder for the PDFs"), m_folder->text());
    if (!folder.isEmpty())
        m_folder->setText(folder);
}

QString BatchDocumentDialog::resultText() const
{
    return m_result->text();
}

bool BatchDocumentDialog::ensureFolder(const QString &folder)
{
    if (folder.isEmpty())
        return false;
    if (QFileInfo(folder).isDir())
        return true;
    // The default folder (Documents) is not there on every desk.
    if (QMessageBox::question(
            this, tr("PDF folder"),
            tr("The folder %1 does not exist. Create it?").arg(QDir::toNativeSeparators(folder))) !=
        QMessageBox::Yes)
        return false;
    if (!QDir().mkpath(folder)) {
        QMessageBox::critical(
            this, tr("PDF folder"),
            tr("Cannot make the folder %1").arg(QDir::toNativeSeparators(folder)));
        return false;
    }
    return true;
}

bool BatchDocumentDialog::run()
{
    const QString folder = m_folder->text().trimmed();
    if (!ensureFolder(folder)) {
        m_result->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold"));
        m_result->setText(tr("There is no folder %1").arg(QDir::toNativeSeparators(folder)));
        return false;
    }
    QProgressDialog progress(tr("Issuing documents…"), tr("Cancel"), 0, int(m_caseIds.size()),
                             this);
    progress.setObjectName(QStringLiteral("batchProgress"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    m_outcome = DocumentBatch::run(m_store, m_caseIds, m_kind->currentData().toString(), folder,
                                   Clock::now(), [&](int done, int) {
                                       progress.setValue(done);
                                       QCoreApplication::processEvents();
                                       return !progress.wasCanceled();
                                   });
    QString text = tr("%1 of %2 documents issued into %3.")
                       .arg(m_outcome.issued)
                       .arg(m_caseIds.size())
                       .arg(QDir::toNativeSeparators(folder));
    if (m_outcome.cancelled)
        text += QLatin1Char(' ') + tr("Cancelled: the others were not issued.");
    if (!m_outcome.failures.isEmpty())
        text += QLatin1Char('\n') + tr("Not issued:") + QLatin1Char('\n') +
                m_outcome.failures.join(QLatin1Char('\n'));
    m_result->setStyleSheet(m_outcome.failures.isEmpty()
                                ? QString()
                                : QStringLiteral("color: #b00020; font-weight: bold"));
    m_result->setText(text);
    m_buttons->clear();
    m_buttons->addButton(QDialogButtonBox::Close);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    if (m_outcome.issued > 0)
        Q_EMIT documentsIssued();
    return true;
}

} // namespace huajie
