#pragma once

#include "result.h"

#include <QSqlDatabase>
#include <QStringList>

namespace huajie::schema {

// How the schema of db (every table with its columns, index, trigger and
// view of its sqlite_master) differs from what this program's migrations
// make for `version`, one difference an entry; empty when it is exactly
// theirs. A copy to be restored must be: an extra trigger or a view in
// place of a table would change what the program does from then on.
Result<QStringList> differences(const QSqlDatabase &db, int version);

} // namespace huajie::schema
