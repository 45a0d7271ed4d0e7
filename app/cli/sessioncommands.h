#pragma once

#include "cliapp.h"

namespace huajie::cli {

// The session and agenda commands.
QList<Command> sessionCommands();

} // namespace huajie::cli
