#pragma once

#include "documents/issueddocument.h"
#include "domain/caserecord.h"
#include "store/documentstore.h"

#include <QDialog>
#include <QPrinter>

#include <optional>

class QLabel;
class QPrintPreviewWidget;

namespace huajie {

class Store;

// A document as it will print, in the official layout. A draft is issued
// (numbered and kept with the case) when it is first printed or saved; an
// issued document reopens exactly as it was issued.
class DocumentPreviewDialog : public QDialog
{
    Q_OBJECT

public:
    // A draft of that kind, filled as `html` with the number it would get.
    DocumentPreviewDialog(Store &store, const CaseRecord &record, const QString &kind,
                          const QString &html, QWidget *parent = nullptr);
    DocumentPreviewDialog(Store &store, const CaseRecord &record, const IssuedDocument &document,
                          QWidget *parent = nullptr);

    // Issues a draft, then writes the PDF; false with the reason shown when
    // either fails.
    bool saveAs(const QString &path);
    const std::optional<IssuedDocument> &issued() const { return m_issued; }
    QString errorText() const;

Q_SIGNALS:
    void documentIssued(qint64 documentId);

private:
    DocumentPreviewDialog(Store &store, const CaseRecord &record, const QString &kind,
                          QWidget *parent);
    // Issues the draft with `deliver` (DocumentStore::issue), or delivers the
    // document already issued; false, with the message shown, when either fails.
    bool issueOrDeliver(const DocumentStore::Deliver &deliver);
    void print();
    void chooseFileAndSave();
    void showBanner();
    void fail(const QString &message);
    // The issued document's record anchor, at the foot of its pages.
    QString footnote() const;

    Store &m_store;
    CaseRecord m_record;
    QString m_kind;
    QString m_html;
    std::optional<IssuedDocument> m_issued;
    QPrinter m_printer;
    QPrintPreviewWidget *m_preview;
    QLabel *m_banner;
    QLabel *m_error;
};

} // namespace huajie
