#include "directorystore.h"

#include "store/sqliteconnection.h"
#include "store/statement.h"

#include <QCoreApplication>

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
} // namespace

Result<QList<DirectoryEntry>> DirectoryStore::list(DirectoryKind kind) const
{
    const DirectorySpec &spec = directorySpec(kind);
    Statement query(
        m_db,
        QStringLiteral("SELECT id, %1 FROM %2 ORDER BY name").arg(columns(spec), table(spec)));
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
    return entries;
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

Result<void> DirectoryStore::check(const DirectorySpec &spec, const DirectoryEntry &entry) const
{
    for (int i = 0; i < spec.fields.size(); ++i) {
        const DirectoryField &f = spec.fields[i];
        const QString value = entry.values.value(i);
        if (f.required && value.trimmed().isEmpty())
            return Error{QCoreApplication::translate("Validation", "is required"),
                         f.translatedLabel()};
        if (f.vocabulary && !value.isEmpty() && !f.vocabulary->contains(value))
            return Error{QCoreApplication::translate("Validation", "\"%1\" is not one of: %2")
                             .arg(value, f.vocabulary->describeCodes()),
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
