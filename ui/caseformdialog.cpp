#include "caseformdialog.h"

#include "clock.h"
#include "dayedit.h"
#include "delegates.h"
#include "directorypicker.h"
#include "domain/vocabulary.h"
#include "formwidgets.h"
#include "optionaldateedit.h"
#include "partytablemodel.h"
#include "repeatapplicantsdialog.h"
#include "store/store.h"
#include "validation/casevalidator.h"
#include "vocabularycombo.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>

namespace huajie {
namespace {
enum Tab
{
    CaseTab,
    PartiesTab,
    DisputeTab,
    ConsentTab
};

QDateEdit *dateEdit(const QDate &date, QWidget *parent)
{
    auto *edit = new DayEdit(date, parent);
    edit->setCalendarPopup(true);
    return edit;
}

QString notADate(const QString &text)
{
    return CaseFormDialog::tr("\"%1\" is not a date; write it as %2")
        .arg(text, QStringLiteral("1980-05-17"));
}

// Commits a cell still being edited, so that what is on screen is what is saved.
void commitOpenEditor(QTableView *view)
{
    const QModelIndex current = view->currentIndex();
    if (QWidget *editor = view->indexWidget(current))
        Q_EMIT view->itemDelegateForIndex(current)->commitData(editor);
}

} // namespace

CaseFormDialog::CaseFormDialog(Store &store, QWidget *parent) : QDialog(parent), m_store(store)
{
    build();
    setWindowTitle(tr("Register a case"));
    CaseRecord fresh;
    fresh.registeredOn = Clock::today();
    fresh.consentDate = Clock::today();
    load(fresh);
    addParty(QStringLiteral("applicant"));
    addParty(QStringLiteral("agency"));
    m_tabs->setCurrentIndex(CaseTab);
    m_shown = collected();
}

CaseFormDialog::CaseFormDialog(Store &store, const CaseRecord &existing, QWidget *parent)
    : QDialog(parent), m_store(store), m_original(existing)
{
    build();
    setWindowTitle(tr("Edit case %1").arg(existing.number));
    load(existing);
    m_shown = collected();
}

void CaseFormDialog::build()
{
    setObjectName(QStringLiteral("caseForm"));
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(caseTab(), tr("Case"));
    m_tabs->addTab(partiesTab(), tr("Parties"));
    m_tabs->addTab(disputeTab(), tr("Dispute"));
    m_tabs->addTab(consentTab(), tr("Consent and flags"));

    m_error = errorLabel(this, "formError");

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(1000, 640);
}

const ProfileVocabularies &CaseFormDialog::vocabularies() const
{
    return m_store.deadlineSetup().profile.vocabularies;
}

CaseValidator CaseFormDialog::validator() const
{
    return CaseValidator(Clock::today(), vocabularies());
}

const CaseRecord *CaseFormDialog::recorded() const
{
    return m_original.id != 0 ? &m_original : nullptr;
}

QWidget *CaseFormDialog::caseTab()
{
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    m_number = named(new QLabel(page), "numberPreview");
    m_registeredOn = named(dateEdit(Clock::today(), page), "registeredOn");
    m_source = named(new VocabularyCombo(vocabularies().sourceChannels, QStringLiteral("—"), page),
                     "source");
    m_referringUnit =
        named(new DirectoryPicker(m_store.directories(), DirectoryKind::ReferringUnits, page),
              "referringUnit");
    m_referralNumber = named(new QLineEdit(page), "referralNumber");
    m_referralNumber->setPlaceholderText(tr("e.g. （2026）宁02委调15号"));
    m_courtReceivedOn = named(new OptionalDateEdit(page), "courtReceivedOn");
    m_referredOn = named(new OptionalDateEdit(page), "referredOn");
    m_originCaseNumber = named(new QLineEdit(page), "originCaseNumber");
    m_judge =
        named(new DirectoryPicker(m_store.directories(), DirectoryKind::Judges, page), "judge");
    m_procurator = named(
        new DirectoryPicker(m_store.directories(), DirectoryKind::Procurators, page), "procurator");
    m_leadMediator = named(
        new DirectoryPicker(m_store.directories(), DirectoryKind::Mediators, page), "leadMediator");
    form->addRow(tr("Registration number"), m_number);
    form->addRow(tr("Registration date *"), m_registeredOn);
    form->addRow(tr("Source channel *"), m_source);
    form->addRow(tr("Referring unit"), m_referringUnit);
    form->addRow(tr("Referral number"), m_referralNumber);
    form->addRow(tr("Received by the referring body on"), m_courtReceivedOn);
    form->addRow(tr("Referral dated"), m_referredOn);
    form->addRow(tr("Lawsuit or reconsideration number"), m_originCaseNumber);
    form->addRow(tr("Following judge"), m_judge);
    form->addRow(tr("Procurator"), m_procurator);
    form->addRow(tr("Lead mediator"), m_leadMediator);
    connect(m_registeredOn, &QDateEdit::dateChanged, this, &CaseFormDialog::updateNumberPreview);
    return page;
}

QWidget *CaseFormDialog::partiesTab()
{
    auto *page = new QWidget;
    m_parties = new PartyTableModel(this);
    m_agents = new AgentTableModel(m_parties, this);

    auto *buttons = new QHBoxLayout;
    const std::pair<const char *, QString> additions[] = {
        {"applicant", tr("Add applicant")},
        {"agency", tr("Add respondent agency")},
        {"third_party", tr("Add third party")},
        {"representative", tr("Add representative")}};
    for (const auto &[role, label] : additions) {
        auto *button = new QPushButton(label, page);
        button->setObjectName(QStringLiteral("add_") + QString::fromLatin1(role));
        const QString code = QString::fromLatin1(role);
        connect(button, &QPushButton::clicked, this, [this, code] { addParty(code); });
        buttons->addWidget(button);
    }
    auto *remove = named(new QPushButton(tr("Remove party"), page), "removeParty");
    buttons->addStretch();
    buttons->addWidget(remove);

    m_partyView = named(new QTableView(page), "partyTable");
    m_partyView->setModel(m_parties);
    m_partyView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_partyView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_partyView->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_partyView->setItemDelegateForColumn(
        PartyTableModel::Role,
        new VocabularyDelegate(vocab::partyRoles(), PartyTableModel::CodeRole, false, this));
    m_partyView->setItemDelegateForColumn(
        PartyTableModel::Kind,
        new VocabularyDelegate(vocab::partyKinds(), PartyTableModel::CodeRole, false, this));
    m_partyView->setItemDelegateForColumn(
        PartyTableModel::Sex,
        new VocabularyDelegate(vocab::sexes(), PartyTableModel::CodeRole, true, this));
    m_nameDelegate = new CompletingDelegate(this);
    if (auto agencies = m_store.directories().names(DirectoryKind::Agencies))
        m_nameDelegate->setCompletions(agencies.value());
    m_partyView->setItemDelegateForColumn(PartyTableModel::Name, m_nameDelegate);
    auto *birthDate = new OptionalDateDelegate(this);
    connect(birthDate, &OptionalDateDelegate::notADate, this,
            [this](const QString &text) { showError(tr("Birth date"), notADate(text)); });
    m_partyView->setItemDelegateForColumn(PartyTableModel::BirthDate, birthDate);
    m_partyView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_partyView->setColumnWidth(PartyTableModel::Role, 150);
    m_partyView->setColumnWidth(PartyTableModel::Kind, 110);
    m_partyView->setColumnWidth(PartyTableModel::Name, 220);
    m_partyView->setColumnWidth(PartyTableModel::Lead, 70);
    m_partyView->setColumnWidth(PartyTableModel::AttendsInPerson, 120);
    m_partyView->setColumnWidth(PartyTableModel::IdNumber, 170);
    m_partyView->setColumnWidth(PartyTableModel::Address, 200);
    m_partyView->setColumnWidth(PartyTableModel::CreditCode, 170);
    m_partyView->verticalHeader()->hide();

    auto *agentLabel =
        named(new QLabel(tr("Agents of the selected party (at most two):"), page), "agentLabel");
    auto *addAgent = named(new QPushButton(tr("Add agent"), page), "addAgent");
    auto *removeAgent = named(new QPushButton(tr("Remove agent"), page), "removeAgent");
    auto *agentButtons = new QHBoxLayout;
    agentButtons->addWidget(agentLabel);
    agentButtons->addStretch();
    agentButtons->addWidget(addAgent);
    agentButtons->addWidget(removeAgent);

    m_agentView = named(new QTableView(page), "agentTable");
    m_agentView->setModel(m_agents);
    m_agentView->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_agentView->setItemDelegateForColumn(
        AgentTableModel::Authority,
        new VocabularyDelegate(vocab::authorities(), AgentTableModel::CodeRole, false, this));
    m_agentView->horizontalHeader()->setStretchLastSection(true);
    m_agentView->setColumnWidth(AgentTableModel::Name, 160);
    m_agentView->setColumnWidth(AgentTableModel::Authority, 140);
    m_agentView->setColumnWidth(AgentTableModel::Organisation, 220);
    m_agentView->verticalHeader()->hide();
    m_agentView->setMaximumHeight(140);

    connect(m_partyView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                m_agents->setPartyRow(current.isValid() ? current.row() : -1);
            });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_partyView->currentIndex().isValid())
            m_parties->removeParty(m_partyView->currentIndex().row());
    });
    connect(addAgent, &QPushButton::clicked, this, [this] {
        if (!m_agents->addAgent())
            showError(tr("Agents"), tr("Select a party first."));
        else
            m_agentView->edit(m_agents->index(m_agents->rowCount() - 1, AgentTableModel::Name));
    });
    connect(removeAgent, &QPushButton::clicked, this, [this] {
        if (m_agentView->currentIndex().isValid())
            m_agents->removeAgent(m_agentView->currentIndex().row());
    });

    auto *layout = new QVBoxLayout(page);
    layout->addLayout(buttons);
    layout->addWidget(m_partyView, 3);
    layout->addLayout(agentButtons);
    layout->addWidget(m_agentView, 1);
    return page;
}

QWidget *CaseFormDialog::disputeTab()
{
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    m_disputedAct = named(new QLineEdit(page), "disputedAct");
    m_actKind = named(new VocabularyCombo(vocab::actKinds(), QStringLiteral("—"), page), "actKind");
    m_domain = named(new VocabularyCombo(vocab::enforcementDomains(), QStringLiteral("—"), page),
                     "domain");
    m_claims = named(new QPlainTextEdit(page), "claims");
    m_amount = named(new QLineEdit(page), "amount");
    m_amount->setPlaceholderText(tr("yuan, e.g. 120000.50; empty when none"));
    m_persons = named(new QSpinBox(page), "persons");
    m_persons->setRange(1, 100000);
    m_summary = named(new QPlainTextEdit(page), "summary");
    m_suitability =
        named(new VocabularyCombo(vocabularies().suitabilityGrounds, QStringLiteral("—"), page),
              "suitabilityGround");
    form->addRow(tr("Disputed act *"), m_disputedAct);
    form->addRow(tr("Act kind"), m_actKind);
    form->addRow(tr("Enforcement domain"), m_domain);
    form->addRow(tr("Claims"), m_claims);
    form->addRow(tr("Amount involved (yuan)"), m_amount);
    form->addRow(tr("Persons on the applicant side"), m_persons);
    form->addRow(tr("Summary"), m_summary);
    form->addRow(tr("Suitability ground"), m_suitability);
    return page;
}

QWidget *CaseFormDialog::consentTab()
{
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    m_consentDate = named(dateEdit(Clock::today(), page), "consentDate");
    m_consentForm =
        named(new VocabularyCombo(vocab::consentForms(), QStringLiteral("—"), page), "consentForm");
    form->addRow(tr("Consent date *"), m_consentDate);
    form->addRow(tr("Consent form *"), m_consentForm);
    const std::pair<QCheckBox **, QString> flags[] = {
        {&m_collective, tr("Collective dispute")},
        {&m_sensitive, tr("Sensitive")},
        {&m_petitionRisk, tr("Major petition or litigation risk")},
        {&m_supervised, tr("Leader supervision")},
        {&m_legalAid, tr("Legal aid requested")},
        {&m_typical, tr("Typical case")}};
    const char *names[] = {"collective", "sensitive", "petitionRisk",
                           "supervised", "legalAid",  "typical"};
    int i = 0;
    for (const auto &[box, label] : flags) {
        *box = named(new QCheckBox(label, page), names[i++]);
        form->addRow(QString(), *box);
    }
    return page;
}

void CaseFormDialog::load(const CaseRecord &c)
{
    m_registeredOn->setDate(c.registeredOn);
    m_registeredOn->setEnabled(c.id == 0); // the number's year follows from it
    m_source->setCode(c.source);
    m_referringUnit->setName(c.referringUnit);
    m_referralNumber->setText(c.referralNumber);
    m_courtReceivedOn->setDate(c.courtReceivedOn);
    m_referredOn->setDate(c.referredOn);
    m_originCaseNumber->setText(c.originCaseNumber);
    m_judge->setName(c.judge);
    m_procurator->setName(c.procurator);
    m_leadMediator->setName(c.leadMediator);
    m_parties->setParties(c.parties);
    m_disputedAct->setText(c.disputedAct);
    m_actKind->setCode(c.actKind);
    m_domain->setCode(c.domain);
    m_claims->setPlainText(c.claims);
    m_amount->setText(formatAmount(c.amountFen));
    m_persons->setValue(c.personsInvolved);
    m_summary->setPlainText(c.summary);
    m_suitability->setCode(c.suitabilityGround);
    m_consentDate->setDate(c.consentDate.isValid() ? c.consentDate : Clock::today());
    m_consentForm->setCode(c.consentForm);
    m_collective->setChecked(c.flags.collective);
    m_sensitive->setChecked(c.flags.sensitive);
    m_petitionRisk->setChecked(c.flags.petitionRisk);
    m_supervised->setChecked(c.flags.supervised);
    m_legalAid->setChecked(c.flags.legalAid);
    m_typical->setChecked(c.flags.typical);
    updateNumberPreview();
}

CaseRecord CaseFormDialog::collected() const
{
    QString ignored;
    return collect(&ignored);
}

void CaseFormDialog::reject()
{
    // Esc, Cancel and the window's close button lose what was typed: ask first.
    if (m_caseToOpen == 0 && collected() != m_shown &&
        QMessageBox::question(this, tr("Discard the changes?"),
                              tr("What was entered in this form is not saved. Close the form and "
                                 "discard it?"),
                              QMessageBox::Discard | QMessageBox::Cancel,
                              QMessageBox::Cancel) != QMessageBox::Discard)
        return;
    QDialog::reject();
}

void CaseFormDialog::updateNumberPreview()
{
    if (m_original.id != 0) {
        m_number->setText(m_original.number);
        return;
    }
    auto next = m_store.cases().nextNumber(m_registeredOn->date().year());
    m_number->setText(next ? tr("%1 (given when saved)").arg(next.value()) : next.error().message);
}

void CaseFormDialog::addParty(const QString &role)
{
    const int row = m_parties->addParty(role);
    m_partyView->setCurrentIndex(m_parties->index(row, PartyTableModel::Name));
    m_tabs->setCurrentIndex(PartiesTab);
}

CaseRecord CaseFormDialog::collect(QString *problem) const
{
    CaseRecord c = m_original;
    c.registeredOn = m_registeredOn->date();
    c.source = m_source->code();
    c.referringUnit = m_referringUnit->name();
    c.referralNumber = m_referralNumber->text().trimmed();
    c.courtReceivedOn = m_courtReceivedOn->date();
    c.referredOn = m_referredOn->date();
    c.originCaseNumber = m_originCaseNumber->text().trimmed();
    c.judge = m_judge->name();
    c.procurator = m_procurator->name();
    c.leadMediator = m_leadMediator->name();
    c.parties = m_parties->parties();
    c.disputedAct = m_disputedAct->text().trimmed();
    c.actKind = m_actKind->code();
    c.domain = m_domain->code();
    c.claims = m_claims->toPlainText();
    c.amountFen = -1;
    if (!m_amount->text().trimmed().isEmpty() && !parseAmount(m_amount->text(), &c.amountFen))
        *problem = tr("Amount involved (yuan)");
    c.personsInvolved = m_persons->value();
    c.summary = m_summary->toPlainText();
    c.suitabilityGround = m_suitability->code();
    c.consentDate = m_consentDate->date();
    c.consentForm = m_consentForm->code();
    c.flags = {m_collective->isChecked(), m_sensitive->isChecked(), m_petitionRisk->isChecked(),
               m_supervised->isChecked(), m_legalAid->isChecked(),  m_typical->isChecked()};
    return c;
}

void CaseFormDialog::showError(const QString &field, const QString &message)
{
    m_error->setText(field.isEmpty() ? message : tr("%1: %2").arg(field, message));
    m_error->show();
    // Show the page where the field is: party fields are named "Role N (name) › Field".
    static const QStringList disputeFields = {tr("Disputed act"),
                                              tr("Act kind"),
                                              tr("Enforcement domain"),
                                              tr("Amount involved (yuan)"),
                                              tr("Persons on the applicant side"),
                                              tr("Suitability ground")};
    static const QStringList consentFields = {tr("Consent date"), tr("Consent form")};
    if (field.contains(QStringLiteral(" › ")) || field == tr("Parties") ||
        field == tr("Lead agency") || field == tr("Representatives") || field == tr("Agents"))
        m_tabs->setCurrentIndex(PartiesTab);
    else if (disputeFields.contains(field))
        m_tabs->setCurrentIndex(DisputeTab);
    else if (consentFields.contains(field))
        m_tabs->setCurrentIndex(ConsentTab);
    else
        m_tabs->setCurrentIndex(CaseTab);
}

QString CaseFormDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

bool CaseFormDialog::confirmNewAgencies(CaseRecord &record)
{
    // A case the save refuses anyway is not asked about.
    if (!validator().normaliseAndCheck(record, recorded()))
        return true;
    DirectoryStore &directories = m_store.directories();
    const auto known = directories.names(DirectoryKind::Agencies);
    if (!known)
        return true;                  // the save reports it
    QHash<QString, QString> answered; // a name typed twice is asked about once
    bool replaced = false;
    for (Party &party : record.parties) {
        const QString name = party.name.trimmed();
        if (party.role != QLatin1String("agency") || name.isEmpty() || known.value().contains(name))
            continue;
        if (!answered.contains(name)) {
            auto found = directories.closeNames(DirectoryKind::Agencies, name);
            const QStringList near = found ? found.value().mid(0, 3) : QStringList();
            QMessageBox box(QMessageBox::Question, tr("New agency"),
                            near.isEmpty()
                                ? tr("\"%1\" is not in the agencies directory. Add it as a new "
                                     "agency?")
                                      .arg(name)
                                : tr("\"%1\" is not in the agencies directory. Is it one of "
                                     "these, or a new agency?")
                                      .arg(name),
                            QMessageBox::NoButton, this);
            box.setObjectName(QStringLiteral("newAgencyQuestion"));
            QList<QPushButton *> picks;
            for (const QString &n : near)
                picks.append(box.addButton(tr("Use \"%1\"").arg(n), QMessageBox::ActionRole));
            QPushButton *add =
                box.addButton(tr("Add \"%1\" to the directory").arg(name), QMessageBox::AcceptRole);
            add->setObjectName(QStringLiteral("addNewAgency"));
            box.addButton(tr("Back to the form"), QMessageBox::RejectRole);
            box.setDefaultButton(picks.isEmpty() ? add : picks.first());
            box.exec();
            qsizetype picked = -1;
            for (qsizetype i = 0; i < picks.size(); ++i)
                if (picks[i] == box.clickedButton())
                    picked = i;
            if (picked >= 0)
                answered.insert(name, near.at(picked));
            else if (box.clickedButton() == add)
                answered.insert(name, name);
            else
                return false;
        }
        if (answered.value(name) != name) {
            party.name = answered.value(name);
            replaced = true;
        }
    }
    if (replaced) {
        QList<Party> shown = m_parties->parties();
        for (Party &party : shown)
            if (party.role == QLatin1String("agency") && answered.contains(party.name.trimmed()))
                party.name = answered.value(party.name.trimmed());
        m_parties->setParties(shown);
    }
    return true;
}

void CaseFormDialog::accept()
{
    // A birth date typed wrong is said, not saved without it.
    if (const auto *date = qobject_cast<const OptionalDateEdit *>(
            m_partyView->indexWidget(m_partyView->currentIndex()));
        date && date->isInvalid()) {
        showError(tr("Birth date"), notADate(date->lineEdit()->text().trimmed()));
        return;
    }
    for (const auto &[edit, label] :
         {std::pair{m_courtReceivedOn, tr("Received by the referring body on")},
          std::pair{m_referredOn, tr("Referral dated")}})
        if (edit->isInvalid()) {
            showError(label, notADate(edit->lineEdit()->text().trimmed()));
            return;
        }
    commitOpenEditor(m_partyView);
    commitOpenEditor(m_agentView);
    QString amountProblem;
    CaseRecord record = collect(&amountProblem);
    if (!amountProblem.isEmpty()) {
        showError(amountProblem, tr("write yuan with at most two decimals, e.g. 1200.50"));
        return;
    }
    if (!confirmNewAgencies(record))
        return;
    if (record.id == 0 && !goOnDespiteRepeats(record))
        return;
    auto saved = record.id == 0 ? m_store.cases().registerCase(record, Clock::today())
                                : m_store.cases().updateCase(record, Clock::today());
    if (!saved) {
        showError(saved.error().field, saved.error().message);
        return;
    }
    m_saved = saved.value();
    QDialog::accept();
}

bool CaseFormDialog::goOnDespiteRepeats(const CaseRecord &record)
{
    // A case the rules refuse is not asked about: saving names what is wrong.
    auto valid = validator().normaliseAndCheck(record, recorded());
    if (!valid)
        return true;
    auto repeats = RepeatApplicants::find(m_store.cases().search(), valid.value());
    if (!repeats || repeats.value().isEmpty())
        return true;
    RepeatApplicantsDialog dialog(repeats.value(), this);
    dialog.exec();
    switch (dialog.choice()) {
    case RepeatApplicantsDialog::Choice::Register:
        return true;
    case RepeatApplicantsDialog::Choice::OpenCase:
        m_caseToOpen = dialog.caseToOpen();
        reject();
        return false;
    case RepeatApplicantsDialog::Choice::BackToForm:
        break;
    }
    return false;
}

} // namespace huajie
