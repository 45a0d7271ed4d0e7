#include "sqliteconnection.h"

#include "store/statement.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>

namespace huajie::sqlite {

Result<QSqlDatabase> open(const QString &path, const QString &connectionName)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return Error{QCoreApplication::translate("Store", "Cannot create the folder %1")
                         .arg(info.absolutePath())};
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    db.setDatabaseName(path);
    // Wait for another writer rather than fail at once.
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        return Error{QCoreApplication::translate("Store", "Cannot open the database %1: %2")
                         .arg(path, db.lastError().text())};
    // A file that is not SQLite opens fine but fails on the first read.
    if (auto probe = execute(db, QStringLiteral("SELECT count(*) FROM sqlite_master")); !probe)
        return Error{QCoreApplication::translate("Store", "%1 is not a Huajie database: %2")
                         .arg(path, probe.error().message)};
    for (const char *pragma :
         {"PRAGMA journal_mode=WAL", "PRAGMA foreign_keys=ON", "PRAGMA synchronous=NORMAL"}) {
        if (auto done = execute(db, QString::fromLatin1(pragma)); !done)
            return done.error();
    }
    return db;
}

Result<int> schemaVersion(const QSqlDatabase &db)
{
    Statement query(db, QStringLiteral("PRAGMA user_version"));
    if (auto done = query.exec(); !done)
        return done.error();
    return query.next() ? query.value(0).toInt() : 0;
}

Result<void> setSchemaVersion(const QSqlDatabase &db, int version)
{
    return execute(db, QStringLiteral("PRAGMA user_version=%1").arg(version));
}

bool isUniqueViolation(const QString &errorText)
{
    return errorText.contains(QLatin1String("UNIQUE constraint failed"));
}

bool isForeignKeyViolation(const QString &errorText)
{
    return errorText.contains(QLatin1String("FOREIGN KEY constraint failed"));
}

} // namespace huajie::sqlite
