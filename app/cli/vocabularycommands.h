#pragma once

#include "cliapp.h"

namespace huajie::cli {

// The lists the center's profile offers: which codes a case, a session or an
// action may take.
QList<Command> vocabularyCommands();

} // namespace huajie::cli
