#pragma once

#include "domain/directory.h"
#include "result.h"

#include <QSqlDatabase>

namespace huajie {

class EventLog;

class DirectoryStore
{
public:
    explicit DirectoryStore(const QSqlDatabase &db) : m_db(db) {}

    // The center's lists, for the fields whose codes its profile decides
    // (a mediator's kind); without them, the built-in lists.
    void setVocabularies(const ProfileVocabularies *vocabularies) { m_vocabularies = vocabularies; }
    OfferedTerms choices(const DirectoryField &field) const;

    // In the order of the interface's language (pinyin under zh_CN).
    Result<QList<DirectoryEntry>> list(DirectoryKind kind) const;
    Result<QStringList> names(DirectoryKind kind) const;
    // Inserts when entry.id is 0, updates otherwise; returns the id.
    Result<qint64> save(DirectoryKind kind, const DirectoryEntry &entry);
    // Refused while a case refers to the entry.
    Result<void> remove(DirectoryKind kind, qint64 id);
    // Two entries for the same thing (one misspelt) become one: the cases and
    // sessions of `fromId` move to `intoId`, which takes the fields it lacks
    // from it, and `fromId` is deleted. Each case moved gets an event by
    // `user`. All or nothing; returns the number of cases moved.
    Result<int> merge(DirectoryKind kind, qint64 fromId, qint64 intoId, EventLog &events,
                      const QString &user);
    // The entries whose names are close to `name` (one or two characters
    // off, or one holding the other), closest first; not `name` itself.
    Result<QStringList> closeNames(DirectoryKind kind, const QString &name) const;

    // For the case store, inside its transaction: the entry of that name,
    // added with only its name when the directory does not have it yet.
    Result<qint64> idForName(DirectoryKind kind, const QString &name);
    // One field of the entry of that name ("phone" of a mediator); empty when there is none.
    QString valueOf(DirectoryKind kind, const QString &name, const char *fieldKey) const;

private:
    Result<DirectoryEntry> entry(DirectoryKind kind, qint64 id) const;
    Result<void> check(const DirectorySpec &spec, const DirectoryEntry &entry) const;

    const QSqlDatabase &m_db; // owned by Store
    const ProfileVocabularies *m_vocabularies = nullptr;
};

} // namespace huajie
