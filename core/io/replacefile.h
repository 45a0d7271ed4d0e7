#pragma once

#include "result.h"

#include <QString>

namespace huajie {

// Puts `from` in place of `to` in one step: rename(2), which replaces `to`
// whole or not at all, then syncs the folder so that the rename is on the
// disk too. Every file the program puts in place goes through here: a
// backup, a restored database, a document or report written for the user.
Result<void> replaceFile(const QString &from, const QString &to);

} // namespace huajie
