#pragma once

#include "cliapp.h"

namespace huajie::cli {

// The document commands.
QList<Command> documentCommands();

} // namespace huajie::cli
