#include "directorystore.h"

#include "clock.h"
#include "store/eventlog.h"
#include "store/sqliteconnection.h"
#include "store/statement.h"
#include "validation/textlimits.h"

#include <QCollator>
#include <QCoreApplication>
#include <QJsonObject>
#include <QLocale>

namespace huajie {
namespace {
QString columns(const DirectorySpec &spec)
{
    QStringList keys;
    for (const DirectoryField &f : spec.fields)
        keys.append(QString::fromLatin1(f.key));
    return keys.join(QStringLiteral(", "));
}

QString table(const DirectorySpec &spec)
{
    return QString::fromLatin1(spec.key);
}

// Where the cases refer to an entry of each directory: the cases that do
// (bound to the old id), the statements that move them to the new one
// (bound to the ids named by `binds`: 'i' the new, 'f' the old), and the
// case field the change shows as.
struct Move
{
    const char *sql;
    const char *binds;
};

struct References
{
    const char *cases;
    QList<Move> moves;
    const char *field;
};

References references(DirectoryKind kind)
{
    switch (kind) {
    case DirectoryKind::Agencies:
        // An agency is named on its party too.
        return {"SELECT DISTINCT case_id FROM parties WHERE agency_id = ?",
                {{"UPDATE parties SET agency_id = ?, name = (SELECT name FROM agencies WHERE id = "
                  "?) WHERE agency_id = ?",
                  "iif"}},
                "agency"};
    case DirectoryKind::ReferringUnits:
        return {"SELECT id FROM cases WHERE referring_unit_id = ?",
                {{"UPDATE cases SET referring_unit_id = ? WHERE referring_unit_id = ?", "if"}},
                "referringUnit"};
    case DirectoryKind::Judges:
        return {"SELECT id FROM cases WHERE judge_id = ?",
                {{"UPDATE cases SET judge_id = ? WHERE judge_id = ?", "if"}},
                "judge"};
    case DirectoryKind::Procurators:
        return {"SELECT id FROM cases WHERE procurator_id = ?",
                {{"UPDATE cases SET procurator_id = ? WHERE procurator_id = ?", "if"}},
                "procurator"};
    case DirectoryKind::Mediators:
        return {"SELECT id FROM cases WHERE lead_mediator_id = ?",
                {{"UPDATE cases SET lead_mediator_id = ? WHERE lead_mediator_id = ?", "if"}},
                "leadMediator"};
    case DirectoryKind::Rooms:
        return {"SELECT DISTINCT case_id FROM sessions WHERE room_id = ?",
                {{"UPDATE sessions SET room_id = ? WHERE room_id = ?", "if"}},
                "room"};
    }
    return {};
}

// Levenshtein distance over UTF-16 units: a Chinese character is one.
int editDistance(const QString &a, const QString &b)
{
    QList<int> row(b.size() + 1);
    for (int j = 0; j <= b.size(); ++j)
        row[j] = j;
    for (int i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = i;
        for (int j = 1; j <= b.size(); ++j) {
            const int above = row[j];
            row[j] =
                std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}
} // namespace

Result<QList<DirectoryEntry>> DirectoryStore::list(DirectoryKind kind) const
{
    const DirectorySpec &spec = directorySpec(kind);
    Statement query(m_db, QStringLiteral("SELECT id, %1 FROM %2").arg(columns(spec), table(spec)));
    if (auto done = query.exec(); !done)
        return done.error();
    QList<DirectoryEntry> entries;
    while (query.next()) {
        DirectoryEntry entry;
        entry.id = query.value(0).toLongLong();
        for (int i = 0; i < spec.fields.size(); ++i)
            entry.values.append(query.value(i + 1).toString());
        entries.append(entry);
    }
    // SQLite orders by code point, which is no order to a Chinese reader.
    QCollator collator{QLocale()};
    std::stable_sort(entries.begin(), entries.end(),
                     [&](const DirectoryEntry &a, const DirectoryEntry &b) {
                         return collator.compare(a.name(), b.name()) < 0;
                     });
    return entries;
}

Result<DirectoryEntry> DirectoryStore::entry(DirectoryKind kind, qint64 id) const
{
    const DirectorySpec &spec = directorySpec(kind);
    Statement query(
        m_db, QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(columns(spec), table(spec)));
    query.bind(id);
    if (auto done = query.exec(); !done)
        return done.error();
    if (!query.next())
        return Error{QCoreApplication::translate("Store", "There is no entry %1 in %2")
                         .arg(id)
                         .arg(spec.translatedTitle())};
    DirectoryEntry e{id, {}};
    for (int i = 0; i < spec.fields.size(); ++i)
        e.values.append(query.value(i).toString());
    return e;
}

Result<int> DirectoryStore::merge(DirectoryKind kind, qint64 fromId, qint64 intoId,
                                  EventLog &events, const QString &user)
{
    if (fromId == intoId)
        return Error{QCoreApplication::translate("Store", "An entry cannot be merged into itself")};
    auto from = entry(kind, fromId);
    if (!from)
        return from.error();
    auto into = entry(kind, intoId);
    if (!into)
        return into.error();
    const References refs = references(kind);

    TransactionGuard transaction(m_db);
    if (auto begun = transaction.begun(); !begun)
        return begun.error();
    // What the merged entry lacks, the other one had.
    DirectoryEntry merged = into.value();
    for (int i = 1; i < merged.values.size(); ++i)
        if (merged.values[i].trimmed().isEmpty())
            merged.values[i] = from.value().values.value(i);
    if (auto saved = save(kind, merged); !saved)
        return saved.error();

    Statement affected(m_db, QString::fromLatin1(refs.cases));
    affected.bind(fromId);
    if (auto done = affected.exec(); !done)
        return done.error();
    QList<qint64> caseIds;
    while (affected.next())
        caseIds.append(affected.value(0).toLongLong());
    for (const Move &m : refs.moves) {
        Statement move(m_db, QString::fromLatin1(m.sql));
        for (const char *b = m.binds; *b; ++b)
            move.bind(*b == 'i' ? intoId : fromId);
        if (auto done = move.exec(); !done)
            return done.error();
    }
    for (qint64 caseId : std::as_const(caseIds)) {
        Statement state(m_db, QStringLiteral("SELECT state FROM cases WHERE id = ?"));
        state.bind(caseId);
        if (auto done = state.exec(); !done)
            return done.error();
        CaseEvent event;
        event.caseId = caseId;
        event.at = Clock::now();
        event.user = user;
        event.action = QStringLiteral("merge_directory");
        event.fromState = event.toState = state.next() ? state.value(0).toString() : QString();
        event.input = QJsonObject{{QStringLiteral("directory"), table(directorySpec(kind))},
                                  {QStringLiteral("from"), from.value().name()},
                                  {QStringLiteral("into"), into.value().name()}};
        event.changes = QJsonObject{{QString::fromLatin1(refs.field),
                                     QJsonObject{{QStringLiteral("old"), from.value().name()},
                                                 {QStringLiteral("new"), into.value().name()}}}};
        if (auto appended = events.append(event); !appended)
            return appended.error();
    }
    if (auto removed = remove(kind, fromId); !removed)
        return removed.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return int(caseIds.size());
}

Result<QStringList> DirectoryStore::closeNames(DirectoryKind kind, const QString &name) const
{
    const QString wanted = name.trimmed();
    auto all = names(kind);
    if (!all || wanted.isEmpty())
        return all;
    // One character off in a short name, two in a longer one.
    const int allowed = wanted.size() < 4 ? 1 : 2;
    QList<QPair<int, QString>> close;
    for (const QString &candidate : all.value()) {
        if (candidate == wanted)
            continue;
        const bool holds = std::min(candidate.size(), wanted.size()) >= 2 &&
                           (candidate.contains(wanted) || wanted.contains(candidate));
        const int distance = editDistance(candidate, wanted);
        if (distance <= allowed || holds)
            close.append({holds ? std::min(distance, allowed) : distance, candidate});
    }
    std::stable_sort(close.begin(), close.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    QStringList out;
    for (const auto &c : std::as_const(close))
        out.append(c.second);
    return out;
}

Result<QStringList> DirectoryStore::names(DirectoryKind kind) const
{
    auto entries = list(kind);
    if (!entries)
        return entries.error();
    QStringList result;
    for (const DirectoryEntry &e : entries.value())
        result.append(e.name());
    return result;
}

OfferedTerms DirectoryStore::choices(const DirectoryField &field) const
{
    if (field.profileList && m_vocabularies)
        return m_vocabularies->*field.profileList;
    return OfferedTerms(*field.vocabulary);
}

Result<void> DirectoryStore::check(const DirectorySpec &spec, const DirectoryEntry &entry) const
{
    for (int i = 0; i < spec.fields.size(); ++i) {
        const DirectoryField &f = spec.fields[i];
        const QString value = entry.values.value(i);
        if (auto checked = checkField(value, f.translatedLabel(), TextKind::Line); !checked)
            return checked;
        if (f.required && value.trimmed().isEmpty())
            return Error{QCoreApplication::translate("Validation", "is required"),
                         f.translatedLabel()};
        if (!f.vocabulary || value.isEmpty())
            continue;
        if (const OfferedTerms offered = choices(f); !offered.contains(value))
            return Error{QCoreApplication::translate("Validation", "\"%1\" is not one of: %2")
                             .arg(value, offered.codes().join(QStringLiteral(", "))),
                         f.translatedLabel()};
    }
    Statement clash(
        m_db, QStringLiteral("SELECT id FROM %1 WHERE name = ? AND id <> ?").arg(table(spec)));
    clash.bindAll({entry.values.value(0).trimmed(), entry.id});
    if (auto done = clash.exec(); !done)
        return done;
    if (clash.next())
        return Error{QCoreApplication::translate("Validation", "\"%1\" is already in %2")
                         .arg(entry.values.value(0).trimmed(), spec.translatedTitle()),
                     spec.fields[0].translatedLabel()};
    return {};
}

Result<qint64> DirectoryStore::save(DirectoryKind kind, const DirectoryEntry &entry)
{
    const DirectorySpec &spec = directorySpec(kind);
    DirectoryEntry clean = entry;
    while (clean.values.size() < spec.fields.size())
        clean.values.append(QString());
    clean.values[0] = clean.values[0].trimmed();
    if (auto checked = check(spec, clean); !checked)
        return checked.error();

    QStringList assignments;
    QStringList placeholders;
    for (const DirectoryField &f : spec.fields) {
        assignments.append(QString::fromLatin1(f.key) + QStringLiteral(" = ?"));
        placeholders.append(QStringLiteral("?"));
    }
    const QString sql =
        clean.id == 0
            ? QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                  .arg(table(spec), columns(spec), placeholders.join(QStringLiteral(", ")))
            : QStringLiteral("UPDATE %1 SET %2 WHERE id = ?")
                  .arg(table(spec), assignments.join(QStringLiteral(", ")));
    Statement query(m_db, sql);
    for (const QString &value : std::as_const(clean.values).mid(0, spec.fields.size()))
        query.bind(value);
    if (clean.id != 0)
        query.bind(clean.id);
    if (auto done = query.exec(); !done)
        return done.error();
    return clean.id == 0 ? query.lastInsertId() : clean.id;
}

Result<void> DirectoryStore::remove(DirectoryKind kind, qint64 id)
{
    const DirectorySpec &spec = directorySpec(kind);
    Statement query(m_db, QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table(spec)));
    query.bind(id);
    if (auto done = query.exec(); !done) {
        if (sqlite::isForeignKeyViolation(query.errorText()))
            return Error{QCoreApplication::translate(
                "Store", "This entry is used by cases and cannot be deleted.")};
        return done;
    }
    return {};
}

QString DirectoryStore::valueOf(DirectoryKind kind, const QString &name, const char *fieldKey) const
{
    const DirectorySpec &spec = directorySpec(kind);
    const bool known =
        std::any_of(spec.fields.cbegin(), spec.fields.cend(),
                    [&](const DirectoryField &f) { return QByteArray(f.key) == fieldKey; });
    if (!known || name.isEmpty())
        return {};
    Statement query(m_db, QStringLiteral("SELECT %1 FROM %2 WHERE name = ?")
                              .arg(QString::fromLatin1(fieldKey), table(spec)));
    query.bind(name);
    if (!query.exec() || !query.next())
        return {};
    return query.value(0).toString();
}

Result<qint64> DirectoryStore::idForName(DirectoryKind kind, const QString &name)
{
    const DirectorySpec &spec = directorySpec(kind);
    Statement query(m_db, QStringLiteral("SELECT id FROM %1 WHERE name = ?").arg(table(spec)));
    query.bind(name.trimmed());
    if (auto done = query.exec(); !done)
        return done.error();
    if (query.next())
        return query.value(0).toLongLong();
    return save(kind, DirectoryEntry{0, {name.trimmed()}});
}

} // namespace huajie
