#pragma once

#include "cliapp.h"

namespace huajie::cli {

// The desk's users.
QList<Command> userCommands();

} // namespace huajie::cli
