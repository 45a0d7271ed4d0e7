#pragma once

#include "documents/documentbatch.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace huajie {

class Store;

// The same document for the cases selected in the list: which document,
// which folder, then each one issued with a progress dialog that can be
// cancelled, and what came of it.
class BatchDocumentDialog : public QDialog
{
    Q_OBJECT

public:
    BatchDocumentDialog(Store &store, const QList<qint64> &caseIds, QWidget *parent = nullptr);

    void setKind(const QString &kind);
    void setFolder(const QString &folder);
    // Issues them all; false when nothing could start (the reason is shown).
    bool run();
    const DocumentBatch::Outcome &outcome() const { return m_outcome; }
    QString resultText() const;

Q_SIGNALS:
    void documentsIssued();

private:
    void chooseFolder();
    // The folder exists, or is made when the user agrees.
    bool ensureFolder(const QString &folder);

    Store &m_store;
    QList<qint64> m_caseIds;
    DocumentBatch::Outcome m_outcome;
    QComboBox *m_kind;
    QLineEdit *m_folder;
    QLabel *m_result;
    QDialogButtonBox *m_buttons;
};

} // namespace huajie
