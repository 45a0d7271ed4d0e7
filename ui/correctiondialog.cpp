#include "correctiondialog.h"

#include "clock.h"
#include "formwidgets.h"
#include "lifecycle/correction.h"
#include "store/store.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace huajie {
namespace {
QPlainTextEdit *reasonEdit(QWidget *parent)
{
    auto *edit = named(new QPlainTextEdit(parent), "correctionReason");
    edit->setMaximumHeight(70);
    return edit;
}
} // namespace

CorrectionDialog::CorrectionDialog(Store &store, const CaseRecord &record, const ActionSpec &action,
                                   const RecordedAction &recorded, QWidget *parent)
    : ActionDialog(store, record, action, parent), m_store(store), m_caseId(record.id),
      m_reason(reasonEdit(this))
{
    setObjectName(QStringLiteral("correctionDialog"));
    setWindowTitle(tr("Correct: %1 — %2").arg(action.translatedLabel(), record.number));
    setValues(recorded.input);
    m_form->addRow(tr("Reason for the correction *"), m_reason);
    if (auto *ok = findChild<QPushButton *>(QStringLiteral("applyButton")))
        ok->setText(tr("Record the correction"));
}

void CorrectionDialog::accept()
{
    auto corrected = m_store.cases().correctLastAction(m_caseId, input(), m_reason->toPlainText(),
                                                       Clock::today());
    if (!corrected) {
        showError(corrected.error().describe());
        return;
    }
    QDialog::accept();
}

ReasonDialog::ReasonDialog(const QString &title, const QString &explanation, const QString &confirm,
                           Apply apply, QWidget *parent)
    : QDialog(parent), m_apply(std::move(apply)), m_reason(reasonEdit(this)),
      m_error(errorLabel(this, "reasonError"))
{
    setObjectName(QStringLiteral("reasonDialog"));
    setWindowTitle(title);
    auto *text = named(new QLabel(explanation, this), "reasonExplanation");
    text->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setObjectName(QStringLiteral("confirmButton"));
    ok->setText(confirm);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(new QLabel(tr("Reason *"), this));
    layout->addWidget(m_reason);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

QString ReasonDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void ReasonDialog::accept()
{
    if (auto done = m_apply(m_reason->toPlainText()); !done) {
        m_error->setText(done.error().describe());
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace huajie
