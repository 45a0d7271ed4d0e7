#pragma once

#include "result.h"

#include <QSqlDatabase>

namespace huajie {

// Everything that is particular to SQLite lives here: the driver, the
// pragmas, and where the schema version is kept. A PostgreSQL backend
// replaces this file, not the stores above it.
namespace sqlite {

Result<QSqlDatabase> open(const QString &path, const QString &connectionName);
Result<int> schemaVersion(const QSqlDatabase &db);
Result<void> setSchemaVersion(const QSqlDatabase &db, int version);
bool isUniqueViolation(const QString &errorText);
bool isForeignKeyViolation(const QString &errorText);

} // namespace sqlite
} // namespace huajie
