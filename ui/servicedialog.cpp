#include "servicedialog.h"

#include "clock.h"
#include "dayedit.h"
#include "domain/vocabulary.h"
#include "formwidgets.h"
#include "store/store.h"
#include "vocabularycombo.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace huajie {
namespace {
QDateEdit *dateEdit(QWidget *parent, const char *name)
{
    auto *edit = named(new DayEdit(Clock::today(), parent), name);
    edit->setCalendarPopup(true);
    return edit;
}

QDialogButtonBox *saveOrCancel(QDialog *dialog, const char *saveName)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QString::fromLatin1(saveName));
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return buttons;
}
} // namespace

ServiceDialog::ServiceDialog(Store &store, const CaseRecord &record, const IssuedDocument &document,
                             QWidget *parent)
    : QDialog(parent), m_store(store), m_document(document),
      m_recipient(named(new QComboBox(this), "recipient")),
      m_method(named(new VocabularyCombo(vocab::serviceMethods(), {}, this), "method")),
      m_tracking(named(new QLineEdit(this), "trackingNumber")),
      m_address(named(new QLineEdit(this), "address")), m_sentOn(dateEdit(this, "sentOn")),
      m_received(named(new QCheckBox(tr("Received"), this), "received")),
      m_receivedOn(dateEdit(this, "receivedOn")),
      m_receivedBy(named(new QLineEdit(this), "receivedBy")),
      m_note(named(new QLineEdit(this), "note")), m_error(errorLabel(this, "serviceError"))
{
    setWindowTitle(
        tr("Service of %1").arg(document.number.isEmpty() ? record.number : document.number));
    // The addressees a mediator serves: the agencies first, then the others.
    m_recipient->setEditable(true);
    for (const char *role : {"agency", "applicant", "third_party"})
        for (const Party &p : record.parties)
            if (p.role == QLatin1String(role))
                m_recipient->addItem(p.name, p.address);
    if (!record.referringUnit.isEmpty())
        m_recipient->addItem(record.referringUnit);
    m_address->setText(m_recipient->currentData().toString());
    connect(m_recipient, &QComboBox::currentIndexChanged, this,
            [this] { m_address->setText(m_recipient->currentData().toString()); });
    m_tracking->setPlaceholderText(tr("Required for service by post"));
    m_receivedOn->setEnabled(false);
    m_receivedBy->setEnabled(false);
    m_receivedBy->setPlaceholderText(tr("When someone else signed for it"));
    connect(m_received, &QCheckBox::toggled, m_receivedOn, &QWidget::setEnabled);
    connect(m_received, &QCheckBox::toggled, m_receivedBy, &QWidget::setEnabled);

    auto *form = new QFormLayout;
    form->addRow(tr("Served on"), m_recipient);
    form->addRow(tr("Method"), m_method);
    form->addRow(tr("Tracking number"), m_tracking);
    form->addRow(tr("Address"), m_address);
    form->addRow(tr("Sent on"), m_sentOn);
    form->addRow(m_received, m_receivedOn);
    form->addRow(tr("Signed for by"), m_receivedBy);
    form->addRow(tr("Note"), m_note);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(saveOrCancel(this, "saveService"));
    setMinimumWidth(480);
}

QString ServiceDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void ServiceDialog::accept()
{
    ServiceRecord s;
    s.documentId = m_document.id;
    s.recipient = m_recipient->currentText();
    s.method = m_method->code();
    s.trackingNumber = m_tracking->text();
    s.address = m_address->text();
    s.sentOn = m_sentOn->date();
    if (m_received->isChecked()) {
        s.receivedOn = m_receivedOn->date();
        s.receivedBy = m_receivedBy->text();
    }
    s.note = m_note->text();
    auto recorded = m_store.documents().recordService(s, Clock::today());
    if (!recorded) {
        m_error->setText(recorded.error().describe());
        m_error->show();
        return;
    }
    QDialog::accept();
}

ReceiptDialog::ReceiptDialog(Store &store, const ServiceRecord &service, QWidget *parent)
    : QDialog(parent), m_store(store), m_service(service),
      m_receivedOn(dateEdit(this, "receivedOn")),
      m_receivedBy(named(new QLineEdit(this), "receivedBy")),
      m_error(errorLabel(this, "receiptError"))
{
    setWindowTitle(tr("Receipt by %1").arg(service.recipient));
    m_receivedBy->setPlaceholderText(tr("When someone else signed for it"));
    auto *form = new QFormLayout;
    form->addRow(tr("Received on"), m_receivedOn);
    form->addRow(tr("Signed for by"), m_receivedBy);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(saveOrCancel(this, "saveReceipt"));
    setMinimumWidth(380);
}

QString ReceiptDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void ReceiptDialog::accept()
{
    auto recorded = m_store.documents().recordReceipt(m_service.id, m_receivedOn->date(),
                                                      m_receivedBy->text(), Clock::today());
    if (!recorded) {
        m_error->setText(recorded.error().describe());
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace huajie
