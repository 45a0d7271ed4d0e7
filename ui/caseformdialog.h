#pragma once

#include "domain/caserecord.h"
#include "validation/casevalidator.h"

#include <QDialog>

class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTabWidget;
class QTableView;

namespace huajie {

class AgentTableModel;
class CompletingDelegate;
class DirectoryPicker;
class OptionalDateEdit;
class PartyTableModel;
class Store;
class VocabularyCombo;

// Registers a new case, or edits one, with its parties edited in place.
// Save goes through the same validation as the command line; when a rule is
// broken the dialog stays open, names the field, and nothing is stored.
class CaseFormDialog : public QDialog
{
    Q_OBJECT

public:
    CaseFormDialog(Store &store, QWidget *parent = nullptr);
    CaseFormDialog(Store &store, const CaseRecord &existing, QWidget *parent = nullptr);

    const CaseRecord &savedCase() const { return m_saved; }
    // The earlier case the mediator chose to open instead of registering
    // this one (the form then closes unsaved); 0 for none.
    qint64 caseToOpen() const { return m_caseToOpen; }
    QString errorText() const;
    void accept() override;
    void reject() override;

private:
    void build();
    // The lists the center's profile offers, and the rules checked with them.
    const ProfileVocabularies &vocabularies() const;
    CaseValidator validator() const;
    const CaseRecord *recorded() const; // the stored case being edited; nullptr for a new one
    void load(const CaseRecord &record);
    CaseRecord collect(QString *problem) const;
    CaseRecord collected() const; // as collect(), for comparing what the form holds
    QWidget *caseTab();
    QWidget *partiesTab();
    QWidget *disputeTab();
    QWidget *consentTab();
    void addParty(const QString &role);
    void updateNumberPreview();
    void showError(const QString &field, const QString &message);
    // Before a new case is saved: the cases its parties are already on, and
    // the mediator's choice. True to go on and save.
    bool goOnDespiteRepeats(const CaseRecord &record);
    // An agency typed that the directory does not have is added only when
    // the user says so, or replaced by the near name they meant (on screen
    // too). False to go back to the form.
    bool confirmNewAgencies(CaseRecord &record);

    Store &m_store;
    CaseRecord m_original;
    CaseRecord m_shown; // what the form showed when it opened
    CaseRecord m_saved;
    qint64 m_caseToOpen = 0;

    QTabWidget *m_tabs = nullptr;
    QLabel *m_number = nullptr;
    QDateEdit *m_registeredOn = nullptr;
    VocabularyCombo *m_source = nullptr;
    DirectoryPicker *m_referringUnit = nullptr;
    QLineEdit *m_referralNumber = nullptr;
    OptionalDateEdit *m_courtReceivedOn = nullptr;
    OptionalDateEdit *m_referredOn = nullptr;
    QLineEdit *m_originCaseNumber = nullptr;
    DirectoryPicker *m_judge = nullptr;
    DirectoryPicker *m_procurator = nullptr;
    DirectoryPicker *m_leadMediator = nullptr;

    PartyTableModel *m_parties = nullptr;
    AgentTableModel *m_agents = nullptr;
    QTableView *m_partyView = nullptr;
    QTableView *m_agentView = nullptr;
    CompletingDelegate *m_nameDelegate = nullptr;

    QLineEdit *m_disputedAct = nullptr;
    VocabularyCombo *m_actKind = nullptr;
    VocabularyCombo *m_domain = nullptr;
    QPlainTextEdit *m_claims = nullptr;
    QLineEdit *m_amount = nullptr;
    QSpinBox *m_persons = nullptr;
    QPlainTextEdit *m_summary = nullptr;
    VocabularyCombo *m_suitability = nullptr;

    QDateEdit *m_consentDate = nullptr;
    VocabularyCombo *m_consentForm = nullptr;
    QCheckBox *m_collective = nullptr;
    QCheckBox *m_sensitive = nullptr;
    QCheckBox *m_petitionRisk = nullptr;
    QCheckBox *m_supervised = nullptr;
    QCheckBox *m_legalAid = nullptr;
    QCheckBox *m_typical = nullptr;

    QLabel *m_error = nullptr;
};

} // namespace huajie
