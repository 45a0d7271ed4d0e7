// The parts of CaseStore that put mistakes right: correcting or withdrawing
// the last action, and voiding a registration.
#include "accounts/accounts.h"
#include "casestore.h"
#include "clock.h"
#include "i18n/contexts.h"
#include "io/jsondiff.h"
#include "store/statement.h"

#include <QJsonDocument>

namespace huajie {
namespace {
QJsonObject lifecycleJson(const QString &state, const CaseProgress &progress)
{
    return {{QStringLiteral("state"), state}, {QStringLiteral("progress"), progress.toJson()}};
}
} // namespace

Result<void> CaseStore::refuseIfVoided(const CaseRecord &record)
{
    if (record.voided)
        return Error{StoreText::tr("The registration of %1 was voided: nothing more is done "
                                   "with this case.")
                         .arg(record.number)};
    return {};
}

QList<ActionAvailability> CaseStore::availableActions(const CaseRecord &record,
                                                      const QDate &today) const
{
    QList<ActionAvailability> actions =
        Lifecycle::available(record, record.progress, lifecycleContext(record, today));
    if (auto open = refuseIfVoided(record); !open)
        for (ActionAvailability &a : actions)
            a = {a.action, false, open.error().describe()};
    return actions;
}

Result<RecordedAction> CaseStore::lastAction(qint64 caseId) const
{
    auto record = load(caseId);
    if (!record)
        return record.error();
    auto events = m_events.history(caseId);
    if (!events)
        return events.error();
    return ActionHistory(events.value(), record.value().state, record.value().progress)
        .lastAction();
}

// The last action, if it may be put right: the case not voided, and nothing
// recorded after it resting on it.
Result<RecordedAction> CaseStore::correctable(const CaseRecord &record, bool withdrawing) const
{
    if (auto open = refuseIfVoided(record); !open)
        return open.error();
    auto events = m_events.history(record.id);
    if (!events)
        return events.error();
    const ActionHistory history(events.value(), record.state, record.progress);
    auto last = history.lastAction();
    if (!last)
        return last.error();
    const QString label = Lifecycle::find(last.value().event.action)->translatedLabel();
    if (const QStringList later = history.dependents(last.value(), withdrawing); !later.isEmpty())
        return Error{StoreText::tr("Recorded after it and resting on it: %1.")
                         .arg(later.join(QStringLiteral("; "))),
                     label};
    // The extension is the center head's to approve, and so to put right.
    if (last.value().event.action == QLatin1String("extend"))
        if (auto allowed = m_accounts.require(Permission::ApproveExtension); !allowed)
            return allowed.error();
    return last;
}

Result<CaseRecord> CaseStore::correctLastAction(qint64 caseId, const QJsonObject &input,
                                                const QString &reason, const QDate &today)
{
    if (auto given = ActionHistory::checkReason(reason); !given)
        return given.error();
    auto record = load(caseId);
    if (!record)
        return record.error();
    auto last = correctable(record.value(), false);
    if (!last)
        return last.error();
    const RecordedAction &action = last.value();
    // The fields given replace the recorded ones; null takes an optional one away.
    QJsonObject corrected = action.input;
    for (auto it = input.begin(); it != input.end(); ++it) {
        if (it.value().isNull())
            corrected.remove(it.key());
        else
            corrected.insert(it.key(), it.value());
    }
    // The corrected values go through the action's own rules, applied to the
    // case as it was before it.
    CaseRecord before = record.value();
    before.state = action.stateBefore;
    before.progress = action.progressBefore;
    auto outcome = Lifecycle::apply(before, before.progress, action.event.action, corrected,
                                    lifecycleContext(before, today));
    if (!outcome)
        return outcome.error();
    const QJsonObject changes =
        jsonDiff(lifecycleJson(record.value().state, record.value().progress),
                 lifecycleJson(outcome.value().state, outcome.value().progress));
    if (changes.isEmpty())
        return Error{StoreText::tr("The corrected values are the ones recorded: nothing changes."),
                     Lifecycle::find(action.event.action)->translatedLabel()};
    CaseEvent event;
    event.action = correction::kCorrect;
    event.input = {{QStringLiteral("action"), action.event.action},
                   {QStringLiteral("event"), action.event.sequence},
                   {QStringLiteral("reason"), reason.trimmed()},
                   {QStringLiteral("input"), corrected}};
    event.changes = changes;
    return writeCorrection(record.value(), event, outcome.value().state, outcome.value().progress);
}

Result<CaseRecord> CaseStore::withdrawLastAction(qint64 caseId, const QString &reason)
{
    if (auto given = ActionHistory::checkReason(reason); !given)
        return given.error();
    auto record = load(caseId);
    if (!record)
        return record.error();
    auto last = correctable(record.value(), true);
    if (!last)
        return last.error();
    const RecordedAction &action = last.value();
    CaseEvent event;
    event.action = correction::kWithdraw;
    event.input = {{QStringLiteral("action"), action.event.action},
                   {QStringLiteral("event"), action.event.sequence},
                   {QStringLiteral("reason"), reason.trimmed()}};
    event.changes = jsonDiff(lifecycleJson(record.value().state, record.value().progress),
                             lifecycleJson(action.stateBefore, action.progressBefore));
    return writeCorrection(record.value(), event, action.stateBefore, action.progressBefore);
}

Result<CaseRecord> CaseStore::writeCorrection(const CaseRecord &record, const CaseEvent &event,
                                              const QString &state, const CaseProgress &progress)
{
    CaseEvent e = event;
    e.caseId = record.id;
    e.at = Clock::now();
    e.user = m_events.user();
    e.fromState = record.state;
    e.toState = state;
    CaseRecord corrected = record;
    corrected.state = state;
    corrected.progress = progress;
    TransactionGuard transaction(m_db);
    if (auto begun = transaction.begun(); !begun)
        return begun.error();
    if (auto written = writeLifecycle(corrected); !written)
        return written.error();
    if (auto appended = m_events.append(e); !appended)
        return appended.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return load(record.id);
}

Result<CaseRecord> CaseStore::voidCase(qint64 caseId, const QString &reason)
{
    if (auto given = ActionHistory::checkReason(reason); !given)
        return given.error();
    auto record = load(caseId);
    if (!record)
        return record.error();
    if (auto open = refuseIfVoided(record.value()); !open)
        return open.error();
    CaseEvent event;
    event.caseId = caseId;
    event.at = Clock::now();
    event.user = m_events.user();
    event.action = correction::kVoid;
    event.fromState = event.toState = record.value().state;
    event.input = {{QStringLiteral("reason"), reason.trimmed()}};
    event.changes = {{QStringLiteral("voided"), QJsonObject{{QStringLiteral("new"), true}}}};
    TransactionGuard transaction(m_db);
    if (auto begun = transaction.begun(); !begun)
        return begun.error();
    Statement update(m_db, QStringLiteral("UPDATE cases SET voided = 1 WHERE id = ?"));
    update.bind(caseId);
    if (auto done = update.exec(); !done)
        return done.error();
    if (auto appended = m_events.append(event); !appended)
        return appended.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return load(caseId);
}

} // namespace huajie
