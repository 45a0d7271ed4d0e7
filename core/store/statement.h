#pragma once

#include "result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <initializer_list>

namespace huajie {

// A prepared query that reports failure in core's error model. Owns its
// QSqlQuery; the connection must outlive it.
class Statement
{
public:
    Statement(const QSqlDatabase &db, const QString &sql);

    Statement &bind(const QVariant &value);
    Statement &bindAll(std::initializer_list<QVariant> values);
    Result<void> exec();
    bool next() { return m_query.next(); }
    QVariant value(int column) const { return m_query.value(column); }
    qint64 lastInsertId() const { return m_query.lastInsertId().toLongLong(); }
    QString errorText() const;

private:
    QSqlQuery m_query;
    QString m_sql;
    bool m_prepared;
};

// Runs one statement without parameters (schema changes, pragmas).
Result<void> execute(const QSqlDatabase &db, const QString &sql);

// Rolls back unless committed.
class TransactionGuard
{
public:
    explicit TransactionGuard(QSqlDatabase db);
    ~TransactionGuard();
    TransactionGuard(const TransactionGuard &) = delete;
    TransactionGuard &operator=(const TransactionGuard &) = delete;

    Result<void> begun() const;
    Result<void> commit();

private:
    QSqlDatabase m_db;
    QString m_name;
    Result<void> m_begun;
    bool m_active = false;
};

// Dates are stored as ISO text; an invalid date as NULL.
QVariant dateValue(const QDate &date);
QDate dateFrom(const QVariant &value);

} // namespace huajie
