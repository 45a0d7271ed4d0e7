#include "schemacheck.h"

#include "i18n/contexts.h"
#include "store/schema.h"
#include "store/statement.h"

#include <QAtomicInt>
#include <QMap>

namespace huajie::schema {
namespace {
// One row of sqlite_master.
struct SchemaObject
{
    QString type; // table, index, trigger or view
    QString table;
    QVariant sql; // NULL for the indexes SQLite makes itself
};

// One row of PRAGMA table_xinfo.
struct Column
{
    QString name;
    QString type;
    bool notNull = false;
    QVariant defaultValue;
    int primaryKey = 0;
    int hidden = 0;

    bool operator==(const Column &other) const
    {
        return name == other.name && type == other.type && notNull == other.notNull &&
               defaultValue.isNull() == other.defaultValue.isNull() &&
               defaultValue.toString() == other.defaultValue.toString() &&
               primaryKey == other.primaryKey && hidden == other.hidden;
    }
};

bool sameSql(const QVariant &a, const QVariant &b)
{
    return a.isNull() == b.isNull() && a.toString() == b.toString();
}

Result<QMap<QString, SchemaObject>> objectsOf(const QSqlDatabase &db)
{
    Statement q(db, QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_master"));
    if (auto done = q.exec(); !done)
        return done.error();
    QMap<QString, SchemaObject> objects;
    while (q.next())
        objects.insert(q.value(1).toString(),
                       {q.value(0).toString(), q.value(2).toString(), q.value(3)});
    return objects;
}

Result<QList<Column>> columnsOf(const QSqlDatabase &db, const QString &table)
{
    Statement q(db, QStringLiteral("SELECT name, type, \"notnull\", dflt_value, pk, hidden "
                                   "FROM pragma_table_xinfo(?) ORDER BY cid"));
    q.bind(table);
    if (auto done = q.exec(); !done)
        return done.error();
    QList<Column> columns;
    while (q.next())
        columns.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toBool(),
                        q.value(3), q.value(4).toInt(), q.value(5).toInt()});
    return columns;
}

QString kindName(const QString &type)
{
    if (type == QLatin1String("table"))
        return StoreText::tr("table");
    if (type == QLatin1String("index"))
        return StoreText::tr("index");
    if (type == QLatin1String("trigger"))
        return StoreText::tr("trigger");
    if (type == QLatin1String("view"))
        return StoreText::tr("view");
    return type;
}

const Column *named(const QList<Column> &columns, const QString &name)
{
    for (const Column &c : columns)
        if (c.name == name)
            return &c;
    return nullptr;
}

// How one table's columns differ; empty when they are the same.
QStringList columnDifferences(const QString &table, const QList<Column> &copy,
                              const QList<Column> &reference)
{
    QStringList found;
    for (const Column &wanted : reference) {
        const Column *present = named(copy, wanted.name);
        if (!present)
            found.append(StoreText::tr("table %1 lacks column %2").arg(table, wanted.name));
        else if (!(*present == wanted))
            found.append(StoreText::tr("column %2 of table %1 differs in its type, constraint "
                                       "or default")
                             .arg(table, wanted.name));
    }
    for (const Column &c : copy)
        if (!named(reference, c.name))
            found.append(StoreText::tr("table %1 has an extra column %2").arg(table, c.name));
    if (found.isEmpty() && !(copy == reference))
        found.append(StoreText::tr("the columns of table %1 are in another order").arg(table));
    return found;
}

// An in-memory database of its own, removed when done.
class MemoryDatabase
{
public:
    MemoryDatabase()
    {
        static QAtomicInt counter;
        m_name = QStringLiteral("huajie-reference-%1").arg(counter.fetchAndAddRelaxed(1));
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(QStringLiteral(":memory:"));
        m_open = db.open();
    }
    ~MemoryDatabase() { QSqlDatabase::removeDatabase(m_name); }
    MemoryDatabase(const MemoryDatabase &) = delete;
    MemoryDatabase &operator=(const MemoryDatabase &) = delete;

    bool isOpen() const { return m_open; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
    bool m_open = false;
};
} // namespace

Result<QStringList> differences(const QSqlDatabase &db, int version)
{
    QStringList found;
    {
        MemoryDatabase reference;
        if (!reference.isOpen())
            return Error{StoreText::tr("Cannot open a database in memory")};
        QSqlDatabase ref = reference.db();
        if (auto made = upgrade(ref, version); !made)
            return made.error();
        auto wanted = objectsOf(ref);
        if (!wanted)
            return wanted.error();
        auto present = objectsOf(db);
        if (!present)
            return present.error();
        for (auto it = wanted.value().cbegin(); it != wanted.value().cend(); ++it) {
            const QString &name = it.key();
            const SchemaObject &w = it.value();
            const auto p = present.value().constFind(name);
            if (p == present.value().cend()) {
                found.append(StoreText::tr("there is no %1 %2").arg(kindName(w.type), name));
            } else if (p->type != w.type) {
                found.append(StoreText::tr("%1 is a %2, not a %3")
                                 .arg(name, kindName(p->type), kindName(w.type)));
            } else if (p->table != w.table) {
                found.append(StoreText::tr("%1 %2 is on %3, not on %4")
                                 .arg(kindName(w.type), name, p->table, w.table));
            } else if (!sameSql(p->sql, w.sql)) {
                QStringList columns;
                if (w.type == QLatin1String("table")) {
                    auto had = columnsOf(db, name);
                    auto want = columnsOf(ref, name);
                    if (!had)
                        return had.error();
                    if (!want)
                        return want.error();
                    columns = columnDifferences(name, had.value(), want.value());
                }
                if (columns.isEmpty())
                    found.append(StoreText::tr("%1 %2 is defined otherwise than this program "
                                               "defines it")
                                     .arg(kindName(w.type), name));
                found += columns;
            }
        }
        for (auto it = present.value().cbegin(); it != present.value().cend(); ++it)
            if (!wanted.value().contains(it.key()))
                found.append(StoreText::tr("an extra %1 %2").arg(kindName(it->type), it.key()));
    }
    return found;
}

} // namespace huajie::schema
