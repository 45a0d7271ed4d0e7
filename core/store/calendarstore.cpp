#include "calendarstore.h"

#include "accounts/accounts.h"
#include "clock.h"
#include "i18n/contexts.h"
#include "store/statement.h"
#include "validation/textlimits.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcStore) // statement.cpp

namespace huajie {
namespace {
const char *kindCode(CalendarChange::Kind kind)
{
    switch (kind) {
    case CalendarChange::Kind::Import:
        return "import";
    case CalendarChange::Kind::Set:
        return "set";
    case CalendarChange::Kind::Clear:
        return "clear";
    }
    return "";
}

Result<void> checkReason(const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return Error{StoreText::tr("say why the calendar changes"), FieldText::tr("Reason")};
    return checkField(reason, FieldText::tr("Reason"), TextKind::Reason);
}
} // namespace

Result<QList<CalendarChange>> CalendarStore::changes() const
{
    Statement q(m_db, QStringLiteral("SELECT at, user, reason, kind, day, rest, name, data "
                                     "FROM calendar_changes ORDER BY id"));
    if (auto done = q.exec(); !done)
        return done.error();
    QList<CalendarChange> list;
    while (q.next()) {
        CalendarChange c;
        c.at = QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs);
        c.user = q.value(1).toString();
        c.reason = q.value(2).toString();
        const QString kind = q.value(3).toString();
        c.kind = kind == QLatin1String("import")  ? CalendarChange::Kind::Import
                 : kind == QLatin1String("clear") ? CalendarChange::Kind::Clear
                                                  : CalendarChange::Kind::Set;
        c.day = dateFrom(q.value(4));
        c.rest = q.value(5).toBool();
        c.name = q.value(6).toString();
        c.data = q.value(7).toString().toUtf8();
        list.append(c);
    }
    return list;
}

Result<HolidayCalendar> CalendarStore::calendar() const
{
    auto list = changes();
    if (!list)
        return list.error();
    HolidayCalendar calendar = HolidayCalendar::shipped();
    for (const CalendarChange &c : list.value()) {
        switch (c.kind) {
        case CalendarChange::Kind::Import:
            // A file kept before the rules of a year's file were checked, and
            // that they refuse, is left out rather than keep the desk from opening.
            if (auto added = calendar.addYear(c.data); !added)
                qCWarning(lcStore) << "The holidays imported on" << c.at
                                   << "are left out:" << added.error().describe();
            break;
        case CalendarChange::Kind::Set:
            calendar.setOverride(c.day, c.rest, c.name);
            break;
        case CalendarChange::Kind::Clear:
            calendar.clearOverride(c.day);
            break;
        }
    }
    return calendar;
}

Result<void> CalendarStore::record(const CalendarChange &c)
{
    if (auto allowed = m_accounts.require(Permission::EditCalendar); !allowed)
        return allowed;
    Statement insert(m_db,
                     QStringLiteral("INSERT INTO calendar_changes (at, user, reason, kind, day, "
                                    "rest, name, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.bindAll({c.at.toUTC().toString(Qt::ISODateWithMs), c.user, c.reason.trimmed(),
                    QString::fromLatin1(kindCode(c.kind)), dateValue(c.day),
                    c.kind == CalendarChange::Kind::Set ? QVariant(c.rest) : QVariant(), c.name,
                    c.data.isEmpty() ? QVariant() : QVariant(QString::fromUtf8(c.data))});
    return insert.exec();
}

Result<int> CalendarStore::importYear(const QByteArray &json, const QString &user,
                                      const QString &reason)
{
    if (auto ok = checkReason(reason); !ok)
        return ok.error();
    // Read it once here, so that a bad file is refused before it is kept.
    HolidayCalendar check;
    auto year = check.addYear(json);
    if (!year)
        return year.error();
    CalendarChange change;
    change.at = Clock::now();
    change.user = user;
    change.reason = reason;
    change.kind = CalendarChange::Kind::Import;
    change.name = QString::number(year.value());
    change.data = json;
    if (auto recorded = record(change); !recorded)
        return recorded.error();
    return year;
}

Result<void> CalendarStore::setDay(const QDate &day, bool rest, const QString &name,
                                   const QString &user, const QString &reason)
{
    if (auto ok = checkReason(reason); !ok)
        return ok;
    if (!day.isValid())
        return Error{StoreText::tr("is not a date"), FieldText::tr("Date")};
    if (auto named = checkField(name, FieldText::tr("Name"), TextKind::Line); !named)
        return named;
    return record({Clock::now(), user, reason, CalendarChange::Kind::Set, day, rest, name, {}});
}

Result<void> CalendarStore::clearDay(const QDate &day, const QString &user, const QString &reason)
{
    if (auto ok = checkReason(reason); !ok)
        return ok;
    if (!day.isValid())
        return Error{StoreText::tr("is not a date"), FieldText::tr("Date")};
    return record({Clock::now(), user, reason, CalendarChange::Kind::Clear, day, false, {}, {}});
}

} // namespace huajie
