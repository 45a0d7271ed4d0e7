#pragma once

#include "documents/issueddocument.h"
#include "domain/caserecord.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace huajie {

class Store;
class VocabularyCombo;

// Records how an issued document was served on one addressee and, when
// known, when it was received.
class ServiceDialog : public QDialog
{
    Q_OBJECT

public:
    ServiceDialog(Store &store, const CaseRecord &record, const IssuedDocument &document,
                  QWidget *parent = nullptr);

    QString errorText() const;
    void accept() override;

private:
    Store &m_store;
    IssuedDocument m_document;
    QComboBox *m_recipient;
    VocabularyCombo *m_method;
    QLineEdit *m_tracking;
    QLineEdit *m_address;
    QDateEdit *m_sentOn;
    QCheckBox *m_received;
    QDateEdit *m_receivedOn;
    QLineEdit *m_receivedBy;
    QLineEdit *m_note;
    QLabel *m_error;
};

// The receipt of a document served before it was known to have arrived.
class ReceiptDialog : public QDialog
{
    Q_OBJECT

public:
    ReceiptDialog(Store &store, const ServiceRecord &service, QWidget *parent = nullptr);

    QString errorText() const;
    void accept() override;

private:
    Store &m_store;
    ServiceRecord m_service;
    QDateEdit *m_receivedOn;
    QLineEdit *m_receivedBy;
    QLabel *m_error;
};

} // namespace huajie
