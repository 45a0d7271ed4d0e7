#include "eventnames.h"

#include "lifecycle/correction.h"
#include "lifecycle/lifecycle.h"

#include <QHash>

namespace huajie {

QString eventName(const QString &action)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("register"), QT_TRANSLATE_NOOP("Event", "Registered")},
        {QStringLiteral("edit"), QT_TRANSLATE_NOOP("Event", "Edited")},
        {QStringLiteral("merge_directory"), QT_TRANSLATE_NOOP("Event", "Directory entries merged")},
        {QStringLiteral("schedule_session"), QT_TRANSLATE_NOOP("Event", "Session scheduled")},
        {QStringLiteral("record_session"), QT_TRANSLATE_NOOP("Event", "Session recorded")},
        {QStringLiteral("reschedule_session"), QT_TRANSLATE_NOOP("Event", "Session rescheduled")},
        {QStringLiteral("cancel_session"), QT_TRANSLATE_NOOP("Event", "Session cancelled")},
        {QStringLiteral("issue_document"), QT_TRANSLATE_NOOP("Event", "Document issued")},
        {QStringLiteral("serve_document"), QT_TRANSLATE_NOOP("Event", "Document served")},
        {QStringLiteral("record_receipt"), QT_TRANSLATE_NOOP("Event", "Receipt recorded")},
        {correction::kCorrect, QT_TRANSLATE_NOOP("Event", "Action corrected")},
        {correction::kWithdraw, QT_TRANSLATE_NOOP("Event", "Action withdrawn")},
        {correction::kVoid, QT_TRANSLATE_NOOP("Event", "Registration voided")},
        {QStringLiteral("restore"), QT_TRANSLATE_NOOP("Event", "Backup restored")},
        {QStringLiteral("fix_record"), QT_TRANSLATE_NOOP("Event", "Record fixed for verification")},
        {QStringLiteral("add_user"), QT_TRANSLATE_NOOP("Event", "User added")},
        {QStringLiteral("set_password"), QT_TRANSLATE_NOOP("Event", "Password changed")},
        {QStringLiteral("activate_user"), QT_TRANSLATE_NOOP("Event", "User switched on")},
        {QStringLiteral("deactivate_user"), QT_TRANSLATE_NOOP("Event", "User switched off")},
        {QStringLiteral("change_setting"), QT_TRANSLATE_NOOP("Event", "Setting changed")},
    };
    if (const char *name = names.value(action))
        return EventText::tr(name);
    if (const ActionSpec *spec = Lifecycle::find(action))
        return spec->translatedLabel();
    return action;
}

} // namespace huajie
