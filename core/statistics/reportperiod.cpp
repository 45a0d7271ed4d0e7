#include "reportperiod.h"

#include <QRegularExpression>

namespace huajie {
namespace {
QString chineseDay(const QDate &d)
{
    return QStringLiteral("%1年%2月%3日").arg(d.year()).arg(d.month()).arg(d.day());
}
} // namespace

ReportPeriod ReportPeriod::month(int year, int month)
{
    const QDate first(year, month, 1);
    return {Kind::Month, first, first.addMonths(1).addDays(-1)};
}

ReportPeriod ReportPeriod::quarter(int year, int quarter)
{
    const QDate first(year, (quarter - 1) * 3 + 1, 1);
    return {Kind::Quarter, first, first.addMonths(3).addDays(-1)};
}

ReportPeriod ReportPeriod::year(int year)
{
    return {Kind::Year, QDate(year, 1, 1), QDate(year, 12, 31)};
}

ReportPeriod ReportPeriod::custom(const QDate &from, const QDate &to)
{
    return {Kind::Custom, from, to};
}

ReportPeriod ReportPeriod::between(const QDate &from, const QDate &to)
{
    if (from.isValid() && from.day() == 1 && from <= to) {
        if (month(from.year(), from.month()).to == to)
            return month(from.year(), from.month());
        if ((from.month() - 1) % 3 == 0 &&
            quarter(from.year(), (from.month() - 1) / 3 + 1).to == to)
            return quarter(from.year(), (from.month() - 1) / 3 + 1);
        if (from.month() == 1 && year(from.year()).to == to)
            return year(from.year());
    }
    return custom(from, to);
}

std::optional<ReportPeriod> ReportPeriod::fromKey(const QString &key)
{
    static const QRegularExpression monthKey(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    static const QRegularExpression quarterKey(QStringLiteral("^(\\d{4})-Q([1-4])$"));
    static const QRegularExpression yearKey(QStringLiteral("^(\\d{4})$"));
    static const QRegularExpression rangeKey(
        QStringLiteral("^(\\d{4}-\\d{2}-\\d{2})\\.\\.(\\d{4}-\\d{2}-\\d{2})$"));
    ReportPeriod period;
    if (const auto m = monthKey.match(key); m.hasMatch()) {
        const int month = m.captured(2).toInt();
        if (month < 1 || month > 12)
            return std::nullopt;
        period = ReportPeriod::month(m.captured(1).toInt(), month);
    } else if (const auto q = quarterKey.match(key); q.hasMatch()) {
        period = quarter(q.captured(1).toInt(), q.captured(2).toInt());
    } else if (const auto y = yearKey.match(key); y.hasMatch()) {
        period = year(y.captured(1).toInt());
    } else if (const auto r = rangeKey.match(key); r.hasMatch()) {
        period = custom(QDate::fromString(r.captured(1), Qt::ISODate),
                        QDate::fromString(r.captured(2), Qt::ISODate));
    }
    if (!period.isValid())
        return std::nullopt;
    return period;
}

ReportPeriod ReportPeriod::previous() const
{
    switch (kind) {
    case Kind::Month: {
        const QDate before = from.addMonths(-1);
        return month(before.year(), before.month());
    }
    case Kind::Quarter: {
        const QDate before = from.addMonths(-3);
        return quarter(before.year(), (before.month() - 1) / 3 + 1);
    }
    case Kind::Year:
        return year(from.year() - 1);
    case Kind::Custom:
        break;
    }
    const qint64 days = from.daysTo(to) + 1;
    return custom(from.addDays(-days), from.addDays(-1));
}

ReportPeriod ReportPeriod::yearToDate() const
{
    return custom(QDate(to.year(), 1, 1), to);
}

QString ReportPeriod::key() const
{
    switch (kind) {
    case Kind::Month:
        return from.toString(QStringLiteral("yyyy-MM"));
    case Kind::Quarter:
        return QStringLiteral("%1-Q%2").arg(from.year()).arg((from.month() - 1) / 3 + 1);
    case Kind::Year:
        return QString::number(from.year());
    case Kind::Custom:
        break;
    }
    return from.toString(Qt::ISODate) + QStringLiteral("..") + to.toString(Qt::ISODate);
}

QString ReportPeriod::chineseName() const
{
    static const QString quarters[] = {QStringLiteral("一"), QStringLiteral("二"),
                                       QStringLiteral("三"), QStringLiteral("四")};
    switch (kind) {
    case Kind::Month:
        return QStringLiteral("%1年%2月").arg(from.year()).arg(from.month());
    case Kind::Quarter:
        return QStringLiteral("%1年第%2季度")
            .arg(from.year())
            .arg(quarters[(from.month() - 1) / 3]);
    case Kind::Year:
        return QStringLiteral("%1年").arg(from.year());
    case Kind::Custom:
        break;
    }
    return chineseDay(from) + QStringLiteral("至") + chineseDay(to);
}

} // namespace huajie
