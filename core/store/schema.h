#pragma once

#include "result.h"

#include <QSqlDatabase>

namespace huajie::schema {

// The schema is declared here and nowhere else. Each version has one
// migration function that brings a database from the version before it;
// each runs in its own transaction.
constexpr int kCurrentVersion = 14;

// Brings the database up to kCurrentVersion (or to `target`, for tests that
// build databases of older versions).
Result<void> upgrade(const QSqlDatabase &db, int target = kCurrentVersion);

} // namespace huajie::schema
