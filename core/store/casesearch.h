#pragma once

#include "result.h"

#include <QSet>
#include <QSqlDatabase>
#include <QStringList>

namespace huajie {

// A party of a stored case, found by one of the identifiers of another.
struct PartyOnCase
{
    qint64 caseId = 0;
    QString caseNumber;
    QString caseState;
    QString disputedAct;
    QString role;
    QString name;
    QString idNumber;
    QString creditCode;
};

// Finds cases from whatever a caller gives: part of a registration, referral
// or lawsuit number, of a name, a resident ID number, a credit code or a
// phone, of the act, an agent, a legal representative, a third party or a
// directory name. It reads case_search, which the schema's triggers keep in
// step with every write (schema version 9).
class CaseSearch
{
public:
    explicit CaseSearch(const QSqlDatabase &db) : m_db(db) {}

    // The words of a search: split at any space, full-width ones too.
    static QStringList words(const QString &text);

    // The cases that hold every word of `text`, in any field, ignoring case.
    // A word of three characters or more is looked up in the trigram index;
    // a shorter one (a two-character name) is looked for in every case's
    // text. Text without a word is refused.
    Result<QSet<qint64>> matching(const QString &text) const;

    // The parties of other cases than `exceptCase` (0 for none) that have
    // this resident ID number, credit code or exact name, leaving out
    // respondent agencies, which meet again on many cases. Empty
    // identifiers are not looked up.
    Result<QList<PartyOnCase>> partiesLike(const QString &idNumber, const QString &creditCode,
                                           const QString &name, qint64 exceptCase) const;

private:
    QSqlDatabase m_db;
};

} // namespace huajie
