#pragma once

#include "result.h"

#include <QString>
#include <QStringList>

namespace huajie::profilecheck {

// The kinds of body a case comes from, as RuleProfile::channelOf() names
// them: what a source term, a deadline and an invitation may name.
const QStringList &channels();

// A value a profile's key does not allow, naming those it does, at its JSON path.
Error notOneOf(const QString &value, const QStringList &allowed, const QString &path);

} // namespace huajie::profilecheck
