#pragma once

#include "result.h"

#include <QSqlDatabase>

namespace huajie {

// Everything that is particular to SQLite lives here: the driver, the
// pragmas, and where the schema version is kept. A PostgreSQL backend
// replaces this file, not the stores above it.
namespace sqlite {

// readOnly opens an existing database that this connection cannot change.
Result<QSqlDatabase> open(const QString &path, const QString &connectionName,
                          bool readOnly = false);
// An error of a write refused because the database was opened read-only.
bool isReadOnlyViolation(const QString &errorText);
Result<int> schemaVersion(const QSqlDatabase &db);
Result<void> setSchemaVersion(const QSqlDatabase &db, int version);
bool isUniqueViolation(const QString &errorText);
bool isForeignKeyViolation(const QString &errorText);

} // namespace sqlite
} // namespace huajie
