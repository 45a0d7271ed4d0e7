#pragma once

#include "cliapp.h"

namespace huajie::cli {

// Backing up and restoring the database.
QList<Command> backupCommands();

} // namespace huajie::cli
