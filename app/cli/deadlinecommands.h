#pragma once

#include "cliapp.h"

namespace huajie::cli {

// The calendar, deadline and rule profile commands.
QList<Command> deadlineCommands();

} // namespace huajie::cli
