#include "holidaycalendar.h"

#include "i18n/contexts.h"
#include "installeddata.h"
#include "io/boundedread.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace huajie {
namespace {
const QDate kFirstCached(1990, 1, 1);
const QDate kLastCached(2100, 12, 31);

// 全国年节及纪念日放假办法 (2024) 第二条: the holidays on fixed dates of the
// solar calendar. The lunar ones (春节, 清明, 端午, 中秋) wait for the notice.
struct StatutoryDay
{
    int month;
    int day;
    const char16_t *name;
};
constexpr StatutoryDay kStatutory[] = {
    {1, 1, u"元旦"},    {5, 1, u"劳动节"},  {5, 2, u"劳动节"},
    {10, 1, u"国庆节"}, {10, 2, u"国庆节"}, {10, 3, u"国庆节"},
};
} // namespace

const HolidayCalendar &HolidayCalendar::shipped()
{
    static const HolidayCalendar calendar = [] {
        HolidayCalendar c;
        // The built-in years first, so that an installed file of the same year wins.
        QStringList folders =
            shippedDataFolders(QStringLiteral("holidays"), QStringLiteral("holidays"));
        std::reverse(folders.begin(), folders.end());
        for (const QString &folder : std::as_const(folders)) {
            const QDir dir(folder);
            for (const QString &name :
                 dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
                if (auto data = readFile(dir.filePath(name)); data)
                    (void)c.readYear(data.value());
            }
        }
        c.rebuild();
        return c;
    }();
    return calendar;
}

Result<QByteArray> HolidayCalendar::readFile(const QString &path)
{
    return readFileBounded(path, kMaxFileBytes);
}

Result<int> HolidayCalendar::addYear(const QByteArray &json)
{
    auto year = readYear(json);
    if (year)
        rebuild();
    return year;
}

Result<int> HolidayCalendar::readYear(const QByteArray &json)
{
    if (json.size() > kMaxFileBytes)
        return Error{StoreText::tr("is larger than %1 KB, more than a year's holidays hold")
                         .arg(kMaxFileBytes / 1024)};
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return Error{StoreText::tr("not valid JSON: %1").arg(error.errorString())};
    const QJsonObject root = document.object();
    const int year = root.value(QStringLiteral("year")).toInt();
    if (year < 1990 || year > 2100)
        return Error{StoreText::tr("must be a year from 1990 to 2100"), QStringLiteral("year")};
    if (!root.value(QStringLiteral("papers")).isArray() ||
        !root.value(QStringLiteral("days")).isArray())
        return Error{StoreText::tr("a holiday-cn file has the lists \"papers\" and \"days\"")};
    QHash<QDate, Day> days;
    for (const QJsonValue &v : root.value(QStringLiteral("days")).toArray()) {
        const QJsonObject o = v.toObject();
        const QDate date =
            QDate::fromString(o.value(QStringLiteral("date")).toString(), Qt::ISODate);
        if (!date.isValid() || !o.value(QStringLiteral("isOffDay")).isBool())
            return Error{
                StoreText::tr("an entry has no valid date or isOffDay: %1")
                    .arg(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact))),
                QStringLiteral("days")};
        // A notice arranges its own year, and the New Year's holiday that
        // begins it with its make-up days in late December; a day elsewhere
        // would change a year another notice arranged.
        const bool ownYear = date.year() == year;
        const bool newYearsEve = date >= QDate(year - 1, 12, 20) && date < QDate(year, 1, 1);
        if (!ownYear && !newYearsEve)
            return Error{StoreText::tr("%1 is not in the file's year %2 (nor from 20 December "
                                       "before it, where its New Year's holiday may begin)")
                             .arg(date.toString(Qt::ISODate))
                             .arg(year),
                         QStringLiteral("days")};
        days.insert(date, Day{o.value(QStringLiteral("isOffDay")).toBool(),
                              o.value(QStringLiteral("name")).toString(), Basis::Notice});
    }
    m_notices.insert(days);
    if (!root.value(QStringLiteral("papers")).toArray().isEmpty())
        m_published.insert(year);
    else
        m_published.remove(year);
    return year;
}

void HolidayCalendar::setOverride(const QDate &date, bool rest, const QString &name)
{
    m_overrides.insert(date, Day{rest, name, Basis::Override});
    rebuild();
}

void HolidayCalendar::clearOverride(const QDate &date)
{
    m_overrides.remove(date);
    rebuild();
}

HolidayCalendar::Day HolidayCalendar::computeDay(const QDate &date) const
{
    if (const auto it = m_overrides.constFind(date); it != m_overrides.constEnd())
        return *it;
    if (const auto it = m_notices.constFind(date); it != m_notices.constEnd())
        return *it;
    if (!isPublished(date.year())) {
        for (const StatutoryDay &s : kStatutory)
            if (date.month() == s.month && date.day() == s.day)
                return Day{true, QString::fromUtf16(s.name), Basis::Statutory};
    }
    const bool weekend = date.dayOfWeek() >= 6;
    return Day{weekend, QString(), weekend ? Basis::Weekend : Basis::Weekday};
}

void HolidayCalendar::rebuild()
{
    m_firstDay = kFirstCached.toJulianDay();
    m_rest.assign(size_t(kLastCached.toJulianDay() - m_firstDay + 1), false);
    for (QDate d = kFirstCached; d <= kLastCached; d = d.addDays(1))
        m_rest[size_t(d.toJulianDay() - m_firstDay)] = computeDay(d).rest;
}

HolidayCalendar::Day HolidayCalendar::day(const QDate &date) const
{
    return computeDay(date);
}

bool HolidayCalendar::isRestDay(const QDate &date) const
{
    const qint64 index = date.toJulianDay() - m_firstDay;
    if (index >= 0 && index < qint64(m_rest.size()))
        return m_rest[size_t(index)];
    return computeDay(date).rest;
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
