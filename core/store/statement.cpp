#include "statement.h"

#include "store/sqliteconnection.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDate>
#include <QLoggingCategory>
#include <QSqlError>

Q_LOGGING_CATEGORY(lcStore, "huajie.core.store", QtInfoMsg)

namespace huajie {
namespace {
Error sqlError(const QSqlError &error, const QString &sql)
{
    qCWarning(lcStore) << "SQL failed:" << error.text() << "in" << sql;
    if (sqlite::isReadOnlyViolation(error.text()))
        return Error{QCoreApplication::translate(
            "Store", "The database is open read-only: nothing can be changed until it is opened "
                     "for writing.")};
    return Error{QCoreApplication::translate("Store", "The database refused the change: %1")
                     .arg(error.text())};
}
} // namespace

Statement::Statement(const QSqlDatabase &db, const QString &sql) : m_query(db), m_sql(sql)
{
    m_query.setForwardOnly(true);
    m_prepared = m_query.prepare(sql);
}

// Text is never NULL in this schema: a null QString is stored as ''. NULL is
// written only for an invalid QVariant (see nullValue()).
Statement &Statement::bind(const QVariant &value)
{
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        m_query.addBindValue(QStringLiteral(""));
    else
        m_query.addBindValue(value);
    return *this;
}

Statement &Statement::bindAll(std::initializer_list<QVariant> values)
{
    for (const QVariant &v : values)
        bind(v);
    return *this;
}

Result<void> Statement::exec()
{
    if (!m_prepared || !m_query.exec())
        return sqlError(m_query.lastError(), m_sql);
    return {};
}

QString Statement::errorText() const
{
    return m_query.lastError().text();
}

Result<void> execute(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        return sqlError(query.lastError(), sql);
    return {};
}

// Savepoints rather than BEGIN, so that guards nest: a bulk operation can
// wrap stores that guard their own changes, and all of it commits or none.
TransactionGuard::TransactionGuard(QSqlDatabase db) : m_db(std::move(db))
{
    static QAtomicInt counter;
    m_name = QStringLiteral("huajie_%1").arg(counter.fetchAndAddRelaxed(1));
    m_begun = execute(m_db, QStringLiteral("SAVEPOINT ") + m_name);
    m_active = m_begun.ok();
}

TransactionGuard::~TransactionGuard()
{
    if (!m_active)
        return;
    QSqlQuery query(m_db);
    query.exec(QStringLiteral("ROLLBACK TO ") + m_name);
    query.exec(QStringLiteral("RELEASE ") + m_name);
}

Result<void> TransactionGuard::begun() const
{
    return m_begun;
}

Result<void> TransactionGuard::commit()
{
    if (!m_active)
        return m_begun;
    if (auto released = execute(m_db, QStringLiteral("RELEASE ") + m_name); !released)
        return released;
    m_active = false;
    return {};
}

QVariant dateValue(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

QDate dateFrom(const QVariant &value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

} // namespace huajie
