#pragma once

#include "cases/repeatapplicants.h"

#include <QDialog>

class QTableWidget;

namespace huajie {

// Shown before a case is registered when its parties are already on other
// cases: which cases (number, state, act), for whom and why. The mediator
// registers the case anyway, opens one of those cases instead (nothing is
// registered), or goes back to the form.
class RepeatApplicantsDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Choice
    {
        BackToForm,
        Register,
        OpenCase
    };

    RepeatApplicantsDialog(const QList<RepeatApplicant> &repeats, QWidget *parent = nullptr);

    Choice choice() const { return m_choice; }
    // The case chosen to open, with Choice::OpenCase.
    qint64 caseToOpen() const { return m_caseToOpen; }

private:
    void openSelected();

    QList<RepeatApplicant> m_repeats;
    QTableWidget *m_table;
    Choice m_choice = Choice::BackToForm;
    qint64 m_caseToOpen = 0;
};

} // namespace huajie
