#pragma once

#include "lifecycle/caseprogress.h"
#include "result.h"
#include "store/eventlog.h"

#include <QJsonObject>
#include <QStringList>

namespace huajie {

// The events that put a recorded action right. Each names the action's
// event ("event": its sequence) and says why ("reason"); none changes or
// removes an event, so the chain stays whole.
namespace correction {
inline const QString kCorrect = QStringLiteral("correct_action");   // + "input": the values now
inline const QString kWithdraw = QStringLiteral("withdraw_action"); // the action no longer stands
inline const QString kVoid =
    QStringLiteral("void_registration"); // the case was registered in error
} // namespace correction

// The last lifecycle action of a case that still stands, as its history
// records it, with what the case was just before it.
struct RecordedAction
{
    CaseEvent event;   // the action's own event
    QJsonObject input; // what it records now: as entered, or as last corrected
    QString stateBefore;
    CaseProgress progressBefore;
};

// Reads a case's history for what can be corrected or withdrawn: only the
// last action that stands, and only while nothing recorded after it rests
// on what it recorded.
class ActionHistory
{
public:
    // `events`: the case's history, oldest first; `state` and `progress`: the case now.
    ActionHistory(QList<CaseEvent> events, QString state, CaseProgress progress);

    // The last action that stands; an error when nothing was done since registration.
    Result<RecordedAction> lastAction() const;
    // What was recorded after the action and rests on it: sessions recorded
    // (they change the case's progress) and, when withdrawing it, the
    // documents issued from it. Empty when it may be put right.
    QStringList dependents(const RecordedAction &action, bool withdrawing) const;

    // A reason given for a correction, a withdrawal or a voiding.
    static Result<void> checkReason(const QString &reason);

private:
    QList<CaseEvent> m_events;
    QString m_state;
    CaseProgress m_progress;
};

} // namespace huajie
