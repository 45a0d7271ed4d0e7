#pragma once

#include "result.h"

#include <QHash>
#include <QSqlDatabase>
#include <QString>

namespace huajie {

// What an event fixes of the rows it wrote: a SHA-256 over those rows as
// they stand after the write, kept in the event (and so covered by its
// hash). verify() takes the digests of the rows as they stand now and
// compares each with the last event of its case, user or the settings, so
// that a row changed with sqlite3 behind the program's back is found.
//
// A digest names what it covers and the version of its formula, e.g.
// "case/1:<hex>", "user/1/<user id>:<hex>", "settings/1:<hex>". The columns
// are listed here one by one: a column added later is covered either by a
// new version of the formula, or, when it is NULL in every row written
// before it, by joining the row's text only once it holds a value (the
// cases' referral dates), so that older digests keep verifying.
//
// A case's rows: the cases row (with its state and progress), its parties
// and their agents (the agencies of the case are parties), its sessions and
// their participants, its documents (without their text, fixed by the
// SHA-256 stored beside it) and their services. Not the directories (the
// case holds their ids), nor case_facts and case_search, which triggers
// derive from those rows. A user's rows: the users row, password hash
// included. The settings: every row but the chain's head.
class RecordDigest
{
public:
    static Result<QString> ofCase(const QSqlDatabase &db, qint64 caseId);
    static Result<QHash<qint64, QString>> ofEveryCase(const QSqlDatabase &db);
    static Result<QString> ofUser(const QSqlDatabase &db, qint64 userId);
    static Result<QHash<qint64, QString>> ofEveryUser(const QSqlDatabase &db);
    static Result<QString> ofSettings(const QSqlDatabase &db);

    enum class Scope
    {
        None,
        Case,
        User,
        Settings
    };
    struct Parsed
    {
        Scope scope = Scope::None;
        qint64 userId = 0;
    };
    static Parsed parse(const QString &digest);

    // The settings that are not part of the record: the chain's own head.
    static bool isRecordedSetting(const QString &key);
};

} // namespace huajie
