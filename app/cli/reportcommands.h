#pragma once

#include "cliapp.h"

namespace huajie::cli {

// The statistics commands: report, report freeze, report frozen, ledger.
QList<Command> reportCommands();

} // namespace huajie::cli
