#include "correction.h"

#include "documents/documentlibrary.h"
#include "i18n/contexts.h"
#include "io/jsondiff.h"
#include "lifecycle/lifecycle.h"
#include "validation/casevalidator.h"

#include <QLocale>
#include <QSet>

namespace huajie {
namespace {

qint64 eventNamed(const CaseEvent &e)
{
    return e.input.value(QStringLiteral("event")).toInteger();
}

// What an event changed of the case's state and progress; an edit's or a
// voiding's changes concern other things.
QJsonObject lifecycleChanges(const CaseEvent &e)
{
    QJsonObject changes;
    for (auto it = e.changes.begin(); it != e.changes.end(); ++it)
        if (it.key() == QLatin1String("state") || it.key().startsWith(QLatin1String("progress")))
            changes.insert(it.key(), it.value());
    return changes;
}

QString dayOf(const CaseEvent &e)
{
    return e.at.toLocalTime().date().toString(Qt::ISODate);
}
} // namespace

ActionHistory::ActionHistory(QList<CaseEvent> events, QString state, CaseProgress progress)
    : m_events(std::move(events)), m_state(std::move(state)), m_progress(std::move(progress))
{}

Result<RecordedAction> ActionHistory::lastAction() const
{
    QSet<qint64> withdrawn;
    for (const CaseEvent &e : m_events)
        if (e.action == correction::kWithdraw)
            withdrawn.insert(eventNamed(e));
    // Back from the case as it is now, each event's changes taken back in
    // turn, down to the state before the action.
    QJsonObject now{{QStringLiteral("state"), m_state},
                    {QStringLiteral("progress"), m_progress.toJson()}};
    for (auto it = m_events.crbegin(); it != m_events.crend(); ++it) {
        now = jsonUndiff(now, lifecycleChanges(*it));
        if (!Lifecycle::find(it->action) || withdrawn.contains(it->sequence))
            continue;
        RecordedAction action;
        action.event = *it;
        action.input = it->input;
        for (const CaseEvent &e : m_events)
            if (e.action == correction::kCorrect && eventNamed(e) == it->sequence)
                action.input = e.input.value(QStringLiteral("input")).toObject();
        action.stateBefore = now.value(QStringLiteral("state")).toString();
        action.progressBefore =
            CaseProgress::fromJson(now.value(QStringLiteral("progress")).toObject());
        return action;
    }
    return Error{LifecycleText::tr("Nothing has been recorded on this case since its registration: "
                                   "there is no action to correct or withdraw.")};
}

QStringList ActionHistory::dependents(const RecordedAction &action, bool withdrawing) const
{
    QStringList found;
    for (const CaseEvent &e : m_events) {
        if (e.sequence <= action.event.sequence || e.action == correction::kCorrect ||
            e.action == correction::kWithdraw || Lifecycle::find(e.action))
            continue;
        if (e.action == QLatin1String("issue_document")) {
            if (withdrawing)
                found.append(LifecycleText::tr("the document %1 %2 issued on %3")
                                 .arg(DocumentLibrary::title(
                                          e.input.value(QStringLiteral("kind")).toString()),
                                      e.input.value(QStringLiteral("number")).toString(),
                                      dayOf(e)));
        } else if (!lifecycleChanges(e).isEmpty()) {
            found.append(e.action == QLatin1String("record_session")
                             ? LifecycleText::tr("the session recorded on %1").arg(dayOf(e))
                             : LifecycleText::tr("a change recorded on %1").arg(dayOf(e)));
        }
    }
    return found;
}

Result<void> ActionHistory::checkReason(const QString &reason)
{
    const QString field = LifecycleText::tr("Reason for the change");
    if (reason.trimmed().isEmpty())
        return Error{LifecycleText::tr("is required: say why the record is put right"), field};
    return checkField(reason, field, TextKind::Reason);
}

} // namespace huajie
