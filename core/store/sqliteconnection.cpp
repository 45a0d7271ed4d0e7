#include "sqliteconnection.h"

#include "store/statement.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>

namespace huajie::sqlite {

Result<QSqlDatabase> open(const QString &path, const QString &connectionName, bool readOnly)
{
    const QFileInfo info(path);
    if (readOnly && !info.exists())
        return Error{
            QCoreApplication::translate("Store", "There is no database %1 to read").arg(path)};
    if (!readOnly && !QDir().mkpath(info.absolutePath()))
        return Error{QCoreApplication::translate("Store", "Cannot create the folder %1")
                         .arg(info.absolutePath())};
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    db.setDatabaseName(path);
    // Wait for another writer rather than fail at once.
    db.setConnectOptions(readOnly
                             ? QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000;QSQLITE_OPEN_READONLY")
                             : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        return Error{QCoreApplication::translate("Store", "Cannot open the database %1: %2")
                         .arg(path, db.lastError().text())};
    // A file that is not SQLite opens fine but fails on the first read.
    if (auto probe = execute(db, QStringLiteral("SELECT count(*) FROM sqlite_master")); !probe)
        return Error{QCoreApplication::translate("Store", "%1 is not a Huajie database: %2")
                         .arg(path, probe.error().message)};
    // WAL with synchronous=NORMAL: a commit is in the WAL file before
    // SQLite returns, so a process killed at any point (even mid-transaction)
    // loses only what was not yet reported done; the next open rolls the WAL
    // forward or back. Only a power cut can lose the last commits, never
    // corrupt the file. FULL would wait for the disk at every commit.
    const QList<const char *> pragmas =
        readOnly ? QList<const char *>{"PRAGMA foreign_keys=ON"}
                 : QList<const char *>{"PRAGMA journal_mode=WAL", "PRAGMA foreign_keys=ON",
                                       "PRAGMA synchronous=NORMAL"};
    for (const char *pragma : pragmas) {
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

bool isReadOnlyViolation(const QString &errorText)
{
    return errorText.contains(QLatin1String("attempt to write a readonly database"));
}

bool isForeignKeyViolation(const QString &errorText)
{
    return errorText.contains(QLatin1String("FOREIGN KEY constraint failed"));
}

} // namespace huajie::sqlite
