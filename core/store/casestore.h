#pragma once

#include "deadline/deadlinesetup.h"
#include "domain/caserecord.h"
#include "lifecycle/correction.h"
#include "lifecycle/lifecycle.h"
#include "result.h"
#include "store/casesearch.h"
#include "store/centersettings.h"
#include "store/directorystore.h"
#include "store/eventlog.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSqlDatabase>

namespace huajie {

class Accounts;

// One lifecycle action as it happened: for bulk registration of cases with
// a past (demo data, imports), each step goes through the same rules.
struct CaseStep
{
    QString action;
    QJsonObject input;
    QDateTime at;
    QString user;
};

struct CaseImport
{
    CaseRecord record;
    QList<CaseStep> steps;
};

class CaseStore
{
public:
    CaseStore(const QSqlDatabase &db, DirectoryStore &directories, CenterSettings &settings,
              const Accounts &accounts, EventLog &events, const DeadlineSetup &deadlines)
        : m_db(db), m_directories(directories), m_settings(settings), m_accounts(accounts),
          m_events(events), m_deadlines(deadlines)
    {}

    // Who is recorded on the events this store writes.
    void setUser(const QString &user) { m_events.setUser(user); }
    QString user() const { return m_events.user(); }

    // Validates, gives the case the next registration number of its year and
    // stores it with its parties in one transaction. Nothing is stored when
    // any part is refused.
    Result<CaseRecord> registerCase(const CaseRecord &record, const QDate &today);
    // Saves an edited case (same rules); its registration number, state and
    // progress stay. The edit is an event with the old and new values.
    Result<CaseRecord> updateCase(const CaseRecord &record, const QDate &today);
    // Many cases with their past steps in one transaction: all or none.
    Result<int> registerCases(const QList<CaseImport> &cases, const QDate &today);
    // Applies one lifecycle action, guarded by its rules, and records it.
    Result<CaseRecord> transition(qint64 caseId, const QString &action, const QJsonObject &input,
                                  const QDate &today);
    // What the rules need to know of this case today.
    LifecycleContext lifecycleContext(const CaseRecord &record, const QDate &today) const;
    Result<QList<CaseEvent>> history(qint64 caseId) const { return m_events.history(caseId); }
    // Stores the case's state and progress as they are (inside the caller's transaction).
    Result<void> writeLifecycle(const CaseRecord &record);

    // Putting mistakes right, each an event with its reason: the last action
    // that stands, as recorded now (to correct it, prefilled) ...
    Result<RecordedAction> lastAction(qint64 caseId) const;
    // ... corrected (the fields given replace the recorded ones, null takes
    // one away), checked by the action's own rules as of the state before it ...
    Result<CaseRecord> correctLastAction(qint64 caseId, const QJsonObject &input,
                                         const QString &reason, const QDate &today);
    // ... or withdrawn, the case back as it was before it; both refused while
    // something recorded later rests on it, naming it.
    Result<CaseRecord> withdrawLastAction(qint64 caseId, const QString &reason);
    // A registration made in error leaves the lists and statistics for good;
    // its number is never given again.
    Result<CaseRecord> voidCase(qint64 caseId, const QString &reason);
    // Nothing is done to a voided case.
    static Result<void> refuseIfVoided(const CaseRecord &record);
    // The lifecycle's actions possible now; none for a voided case.
    QList<ActionAvailability> availableActions(const CaseRecord &record, const QDate &today) const;

    Result<CaseRecord> load(qint64 id) const;
    Result<CaseRecord> loadByNumber(const QString &number) const;
    // Voided cases too, marked so: the list shows them only when asked.
    Result<QList<CaseSummary>> summaries() const;
    // Finding cases from what a caller gives, and the parties already on a case.
    CaseSearch search() const { return CaseSearch(m_db); }
    // The cases (not voided) in these states with what their deadlines need: dates,
    // suspensions and extension of their progress; no parties.
    Result<QList<CaseRecord>> casesInStates(const QStringList &states) const;
    Result<int> count() const;
    Result<QString> nextNumber(int year) const;
    // The sequence the next registration of that year gets.
    Result<int> nextSequence(int year) const;

private:
    Result<qint64> insertValidated(CaseRecord record, const QDateTime &at, const QString &user);
    Result<void> applyAction(CaseRecord &record, const QString &action, const QJsonObject &input,
                             const QDate &today, const QDateTime &at, const QString &user);
    Result<void> writeCaseRow(const CaseRecord &record, bool insert, qint64 *id);
    Result<void> writeParties(qint64 caseId, const QList<Party> &parties);
    Result<void> loadParties(CaseRecord &record) const;
    Result<RecordedAction> correctable(const CaseRecord &record, bool withdrawing) const;
    Result<CaseRecord> writeCorrection(const CaseRecord &record, const CaseEvent &event,
                                       const QString &state, const CaseProgress &progress);

    const QSqlDatabase &m_db; // owned by Store
    DirectoryStore &m_directories;
    CenterSettings &m_settings;
    const Accounts &m_accounts;
    EventLog &m_events;
    const DeadlineSetup &m_deadlines;
};

} // namespace huajie
