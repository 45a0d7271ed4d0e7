#pragma once

#include "calendar/holidaycalendar.h"
#include "result.h"

#include <QDateTime>
#include <QSqlDatabase>

namespace huajie {

class Accounts;

// A change the center made to the holiday calendar.
struct CalendarChange
{
    enum class Kind
    {
        Import,
        Set,
        Clear
    };
    QDateTime at;
    QString user;
    QString reason;
    Kind kind = Kind::Set;
    QDate day;         // Set, Clear
    bool rest = false; // Set
    QString name;      // Set: the holiday; Import: the year
    QByteArray data;   // Import: the holiday-cn file
};

// The calendar as the center has it: the shipped data, then every change in
// the order made. Changes are kept, never edited.
class CalendarStore
{
public:
    CalendarStore(const QSqlDatabase &db, const Accounts &accounts) : m_db(db), m_accounts(accounts)
    {}

    Result<HolidayCalendar> calendar() const;
    Result<QList<CalendarChange>> changes() const;

    Result<int> importYear(const QByteArray &json, const QString &user, const QString &reason);
    Result<void> setDay(const QDate &day, bool rest, const QString &name, const QString &user,
                        const QString &reason);
    Result<void> clearDay(const QDate &day, const QString &user, const QString &reason);

private:
    Result<void> record(const CalendarChange &change);

    const QSqlDatabase &m_db; // owned by Store
    const Accounts &m_accounts;
};

} // namespace huajie
