#pragma once

#include "profile/profilevocabularies.h"
#include "sessions/session.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>

namespace huajie {

// The sessions as an iCalendar file (RFC 5545) for phones and other
// calendars, written with libical. Times are the center's local time in
// the Asia/Shanghai zone, which the file defines (UTC+8, no daylight saving).
// roles: the center's participant roles, to name who comes.
QByteArray sessionsToICalendar(const QList<Session> &sessions, const QDateTime &stamp,
                               const OfferedTerms &roles);

} // namespace huajie
