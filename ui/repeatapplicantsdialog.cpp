#include "repeatapplicantsdialog.h"

#include "domain/vocabulary.h"
#include "formwidgets.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace huajie {

RepeatApplicantsDialog::RepeatApplicantsDialog(const QList<RepeatApplicant> &repeats,
                                               QWidget *parent)
    : QDialog(parent), m_repeats(repeats), m_table(named(new QTableWidget(this), "repeatCases"))
{
    setObjectName(QStringLiteral("repeatApplicants"));
    setWindowTitle(tr("Already on other cases"));
    auto *intro = new QLabel(tr("These parties are already on other cases. Register this case "
                                "anyway, or open one of those cases instead?"),
                             this);
    intro->setWordWrap(true);

    const QStringList headers{tr("Party"), tr("Found by"), tr("Case"),
                              tr("State"), tr("As"),       tr("Disputed act")};
    m_table->setColumnCount(int(headers.size()));
    m_table->setHorizontalHeaderLabels(headers);
    m_table->setRowCount(int(repeats.size()));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    for (int row = 0; row < repeats.size(); ++row) {
        const RepeatApplicant &r = repeats[row];
        QString basis;
        switch (r.basis) {
        case RepeatApplicant::Basis::IdNumber:
            basis = tr("the same ID number");
            break;
        case RepeatApplicant::Basis::CreditCode:
            basis = tr("the same credit code");
            break;
        case RepeatApplicant::Basis::Name:
            basis = tr("the same name");
            break;
        }
        const QString as =
            r.earlier.name == r.party
                ? vocab::partyRoles().label(r.earlier.role)
                : tr("%1 %2").arg(vocab::partyRoles().label(r.earlier.role), r.earlier.name);
        const QStringList cells{r.party,
                                basis,
                                r.earlier.caseNumber,
                                vocab::caseStates().label(r.earlier.caseState),
                                as,
                                r.earlier.disputedAct};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells[column]));
    }
    m_table->resizeColumnsToContents();
    m_table->selectRow(0);

    auto *buttons = new QDialogButtonBox(this);
    auto *open =
        named(buttons->addButton(tr("Open the selected case"), QDialogButtonBox::ActionRole),
              "openRepeatCase");
    auto *register_ = named(buttons->addButton(tr("Register anyway"), QDialogButtonBox::AcceptRole),
                            "registerAnyway");
    auto *back = named(buttons->addButton(tr("Back to the form"), QDialogButtonBox::RejectRole),
                       "backToForm");
    // Going on needs a decision: Enter opens the case rather than registers again.
    open->setDefault(true);
    connect(open, &QPushButton::clicked, this, &RepeatApplicantsDialog::openSelected);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &RepeatApplicantsDialog::openSelected);
    connect(register_, &QPushButton::clicked, this, [this] {
        m_choice = Choice::Register;
        accept();
    });
    connect(back, &QPushButton::clicked, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(860, 320);
}

void RepeatApplicantsDialog::openSelected()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    m_choice = Choice::OpenCase;
    m_caseToOpen = m_repeats[row].earlier.caseId;
    accept();
}

} // namespace huajie
