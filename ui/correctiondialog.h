#pragma once

#include "actiondialog.h"

#include <functional>

class QPlainTextEdit;

namespace huajie {

struct RecordedAction;

// The last action's own form, filled with what it recorded, and the reason
// for the correction; saving records the correction. A refusal (the action's
// rules, a missing reason) is shown in the dialog, which stays open.
class CorrectionDialog : public ActionDialog
{
    Q_OBJECT

public:
    CorrectionDialog(Store &store, const CaseRecord &record, const ActionSpec &action,
                     const RecordedAction &recorded, QWidget *parent = nullptr);

    void accept() override;

private:
    Store &m_store;
    qint64 m_caseId;
    QPlainTextEdit *m_reason;
};

// Asks why the record is put right and says what will happen; confirming
// does it. A refusal is shown in the dialog, which stays open.
class ReasonDialog : public QDialog
{
    Q_OBJECT

public:
    using Apply = std::function<Result<void>(const QString &reason)>;

    ReasonDialog(const QString &title, const QString &explanation, const QString &confirm,
                 Apply apply, QWidget *parent = nullptr);

    QString errorText() const;
    void accept() override;

private:
    Apply m_apply;
    QPlainTextEdit *m_reason;
    QLabel *m_error;
};

} // namespace huajie
