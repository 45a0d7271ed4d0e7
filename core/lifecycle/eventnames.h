#pragma once

#include <QCoreApplication>
#include <QString>

namespace huajie {

struct EventText
{
    Q_DECLARE_TR_FUNCTIONS(Event)
};

// The name of an event of a case's history as a mediator reads it: a
// lifecycle action by its label, the other events (registration, edits,
// sessions, documents, corrections) by their own names; an unknown code as
// it is.
QString eventName(const QString &action);

} // namespace huajie
