#include "holidaycalendar.h"

#include "i18n/contexts.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace huajie {

const HolidayCalendar &HolidayCalendar::shipped()
{
    static const HolidayCalendar calendar = [] {
        HolidayCalendar c;
        // Every year is loaded: late December dates may stand in the next
        // year's file (holiday-cn README).
        const QDir dir(QStringLiteral(":/holidays"));
        for (const QString &name :
             dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
            QFile file(dir.filePath(name));
            if (file.open(QIODevice::ReadOnly))
                (void)c.addYear(file.readAll());
        }
        return c;
    }();
    return calendar;
}

Result<void> HolidayCalendar::addYear(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(json, &error).object();
    if (error.error != QJsonParseError::NoError)
        return Error{StoreText::tr("not valid JSON: %1").arg(error.errorString())};
    const int year = root.value(QStringLiteral("year")).toInt();
    if (year < 1949 || year > 2200)
        return Error{StoreText::tr("no year between 1949 and 2200"), QStringLiteral("year")};
    QHash<QDate, Day> days;
    for (const QJsonValue &v : root.value(QStringLiteral("days")).toArray()) {
        const QJsonObject o = v.toObject();
        const QDate date =
            QDate::fromString(o.value(QStringLiteral("date")).toString(), Qt::ISODate);
        if (!date.isValid() || !o.value(QStringLiteral("isOffDay")).isBool())
            return Error{StoreText::tr("an entry without a valid date or isOffDay"),
                         QStringLiteral("days")};
        days.insert(date, Day{o.value(QStringLiteral("isOffDay")).toBool(),
                              o.value(QStringLiteral("name")).toString(), true});
    }
    // Files are applied in year order, so a later notice (2020's second)
    // overrides what an earlier one said of the same day.
    m_days.insert(days);
    if (!root.value(QStringLiteral("papers")).toArray().isEmpty())
        m_published.insert(year);
    return {};
}

HolidayCalendar::Day HolidayCalendar::day(const QDate &date) const
{
    if (const auto it = m_days.constFind(date); it != m_days.constEnd())
        return *it;
    return Day{date.dayOfWeek() >= 6, QString(), false};
}

QDate HolidayCalendar::addWorkingDays(const QDate &start, int n) const
{
    QDate d = start;
    for (int counted = 0; counted < n;) {
        d = d.addDays(1);
        if (!isRestDay(d))
            ++counted;
    }
    return d;
}

} // namespace huajie
