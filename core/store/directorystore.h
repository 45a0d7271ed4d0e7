#pragma once

#include "domain/directory.h"
#include "result.h"

#include <QSqlDatabase>

namespace huajie {

class DirectoryStore
{
public:
    explicit DirectoryStore(const QSqlDatabase &db) : m_db(db) {}

    Result<QList<DirectoryEntry>> list(DirectoryKind kind) const;
    Result<QStringList> names(DirectoryKind kind) const;
    // Inserts when entry.id is 0, updates otherwise; returns the id.
    Result<qint64> save(DirectoryKind kind, const DirectoryEntry &entry);
    // Refused while a case refers to the entry.
    Result<void> remove(DirectoryKind kind, qint64 id);

    // For the case store, inside its transaction: the entry of that name,
    // added with only its name when the directory does not have it yet.
    Result<qint64> idForName(DirectoryKind kind, const QString &name);
    // One field of the entry of that name ("phone" of a mediator); empty when there is none.
    QString valueOf(DirectoryKind kind, const QString &name, const char *fieldKey) const;

private:
    Result<void> check(const DirectorySpec &spec, const DirectoryEntry &entry) const;

    const QSqlDatabase &m_db; // owned by Store
};

} // namespace huajie
