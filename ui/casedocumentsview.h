#pragma once

#include "domain/caserecord.h"

#include <QWidget>

class QPushButton;
class QToolButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace huajie {

class Store;

// The documents of a case: a new one from any template, previewed and then
// issued; the issued ones, reopened as issued; and their service, each
// addressee with how it was sent and when it was received.
class CaseDocumentsView : public QWidget
{
    Q_OBJECT

public:
    explicit CaseDocumentsView(Store &store, QWidget *parent = nullptr);

    void showCase(const CaseRecord &record);
    void clear();
    // Fills a document of that kind and opens its preview.
    void newDocument(const QString &kind);
    void openSelected();
    void recordService();
    void recordReceipt();

Q_SIGNALS:
    // A document was issued or served: the case may have moved on.
    void caseChanged(qint64 caseId);

private:
    void reload();
    void updateButtons();
    qint64 selectedDocument() const;

    Store &m_store;
    CaseRecord m_record;
    QToolButton *m_new;
    QTreeWidget *m_list;
    QPushButton *m_open;
    QPushButton *m_serve;
    QPushButton *m_receipt;
};

} // namespace huajie
