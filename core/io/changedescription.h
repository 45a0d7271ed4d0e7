#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace huajie {

struct ChangeText
{
    Q_DECLARE_TR_FUNCTIONS(Change)
};

// One changed field of a case as a mediator reads it: "申请人张三的电话",
// "13800000000", "13900000000". A side that did not exist reads "—".
struct FieldChange
{
    QString field;
    QString before;
    QString after;

    // "field: before → after"
    QString text() const;
    bool operator==(const FieldChange &) const = default;
};

// The changes of an edit (the jsonDiff of the case's JSON, see
// CaseStore::updateCase) field by field. Parties and their agents, stored
// as whole lists, are matched old to new and each changed field of each is
// named with its party; a party or agent added or removed is one line.
QList<FieldChange> describeChanges(const QJsonObject &changes);
// The same for an event of the case's history: its fields for an edit or a
// merge of directory entries, nothing for the other events (their input
// says what they recorded).
QList<FieldChange> describeEventChanges(const QString &action, const QJsonObject &changes);

class Vocabulary;
// One recorded value as a mediator reads it: a code by its label, a list of
// names (or of people, by name or party) joined with 、, nothing as "—".
QString describeValue(const QJsonValue &value, const Vocabulary *vocabulary = nullptr);

} // namespace huajie
