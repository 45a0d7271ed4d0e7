#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace huajie {

// The days a report covers, both ends included: a month, a quarter, a year
// or any range.
struct ReportPeriod
{
    enum class Kind
    {
        Month,
        Quarter,
        Year,
        Custom
    };

    Kind kind = Kind::Custom;
    QDate from;
    QDate to;

    static ReportPeriod month(int year, int month);
    static ReportPeriod quarter(int year, int quarter);
    static ReportPeriod year(int year);
    static ReportPeriod custom(const QDate &from, const QDate &to);
    // A range, named as the whole month, quarter or year it is, if it is one.
    static ReportPeriod between(const QDate &from, const QDate &to);
    // Reads what key() writes: "2026-10", "2026-Q4", "2026", "2026-10-01..2026-10-15".
    static std::optional<ReportPeriod> fromKey(const QString &key);

    bool isValid() const { return from.isValid() && to.isValid() && from <= to; }
    bool contains(const QDate &day) const { return day >= from && day <= to; }
    // The month, quarter or year before; before a range, as many days just before it.
    ReportPeriod previous() const;
    // From 1 January of the year the period ends in, to its end.
    ReportPeriod yearToDate() const;
    QString key() const;
    // As a report's title names it: 2026年10月, 2026年第四季度, 2026年,
    // 2026年10月1日至2026年10月15日.
    QString chineseName() const;

    bool operator==(const ReportPeriod &) const = default;
};

} // namespace huajie
