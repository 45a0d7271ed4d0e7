#include "backuptodialog.h"

#include "clock.h"
#include "formwidgets.h"
#include "store/backups.h"
#include "store/encryptedbackups.h"
#include "store/store.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace huajie {

BackupToDialog::BackupToDialog(Store &store, QWidget *parent)
    : QDialog(parent), m_store(store), m_target(named(new QLineEdit(this), "backupTarget")),
      m_encrypt(named(new QCheckBox(tr("Encrypt with a passphrase"), this), "encryptBackup")),
      m_passphrase(named(new QLineEdit(this), "passphrase")),
      m_repeat(named(new QLineEdit(this), "repeatPassphrase")),
      m_error(errorLabel(this, "backupToError"))
{
    setWindowTitle(tr("Back up to"));
    m_target->setText(
        QDir::home().filePath(QStringLiteral("huajie-%1.sqlite")
                                  .arg(Clock::today().toString(QStringLiteral("yyyyMMdd")))));
    auto *browse = new QPushButton(tr("Choose…"), this);
    connect(browse, &QPushButton::clicked, this, &BackupToDialog::browse);
    auto *where = new QHBoxLayout;
    where->addWidget(m_target, 1);
    where->addWidget(browse);
    for (QLineEdit *edit : {m_passphrase, m_repeat}) {
        edit->setEchoMode(QLineEdit::Password);
        edit->setEnabled(false);
    }
    // A copy that leaves the machine should be encrypted: proposed.
    connect(m_encrypt, &QCheckBox::toggled, this, [this](bool on) {
        m_passphrase->setEnabled(on);
        m_repeat->setEnabled(on);
    });
    m_encrypt->setChecked(true);
    auto *form = new QFormLayout;
    form->addRow(tr("File"), where);
    form->addRow(QString(), m_encrypt);
    form->addRow(tr("Passphrase"), m_passphrase);
    form->addRow(tr("Passphrase again"), m_repeat);
    auto *note = new QLabel(tr("Without the passphrase the copy cannot be restored: keep it apart "
                               "from the copy."),
                            this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Back up"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("backUpTo"));
    connect(buttons, &QDialogButtonBox::accepted, this, &BackupToDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(480);
}

void BackupToDialog::browse()
{
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Back up to"), m_target->text(),
                                                        tr("Huajie backups (*.sqlite)"), nullptr,
                                                        QFileDialog::DontConfirmOverwrite);
    if (!chosen.isEmpty())
        m_target->setText(chosen);
}

QString BackupToDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void BackupToDialog::fail(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

void BackupToDialog::accept()
{
    m_error->hide();
    const QString target = m_target->text().trimmed();
    if (target.isEmpty()) {
        fail(tr("Choose the file to back up to"));
        return;
    }
    if (m_encrypt->isChecked() && m_passphrase->text() != m_repeat->text()) {
        fail(tr("The two passphrases differ"));
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Result<void> made = m_encrypt->isChecked()
                                  ? EncryptedBackups::copyTo(m_store.connection(), m_store.path(),
                                                             target, m_passphrase->text())
                                  : Backups::copyTo(m_store.connection(), target);
    QApplication::restoreOverrideCursor();
    if (!made) {
        fail(made.error().describe());
        return;
    }
    m_written = target;
    QDialog::accept();
}

} // namespace huajie
