#pragma once

#include "cliapp.h"

namespace huajie::cli {

// init, demo, and the case commands.
QList<Command> caseCommands();

} // namespace huajie::cli
