#include "reporttable.h"

#include "statistics/periodreport.h"

#include <cmath>

namespace huajie {
namespace {
QString periodLine(const ReportPeriod &period)
{
    return QStringLiteral("统计期间：%1至%2")
        .arg(period.from.toString(QStringLiteral("yyyy年M月d日")),
             period.to.toString(QStringLiteral("yyyy年M月d日")));
}

ReportTable summary(const PeriodReport &report)
{
    ReportTable t;
    t.sheet = QStringLiteral("主要指标");
    t.title = report.title();
    t.units =
        periodLine(report.period) + QStringLiteral("　单位：件、元、人、天、%　制表日期：%1")
                                        .arg(report.asOf.toString(QStringLiteral("yyyy年M月d日")));
    t.columns = {{QStringLiteral("指标"), {}, 30},
                 {QStringLiteral("单位"), {}, 5},
                 {report.period.chineseName(), QStringLiteral("本期"), 17},
                 {report.previousPeriod.chineseName(), QStringLiteral("上期"), 17},
                 {report.yearToDatePeriod.chineseName(), QStringLiteral("本年累计"), 17}};
    for (const ReportFigure &f : report.shownFigures()) {
        const QString indent(f.indent * 2, QChar(0x3000));
        t.rows.append({TableCell::of(indent + f.label), TableCell::of(f.unit),
                       TableCell::of(f.value(report.current), f.decimals),
                       TableCell::of(f.value(report.previous), f.decimals),
                       TableCell::of(f.value(report.yearToDate), f.decimals)});
    }
    return t;
}

QList<TableCell> countCells(const BreakdownCounts &c, Breakdown::Columns columns)
{
    if (columns == Breakdown::Columns::AgencyPerformance)
        return {TableCell::of(c.agreements), TableCell::of(c.performed),
                TableCell::of(c.partlyPerformed), TableCell::of(c.performanceRefused),
                TableCell::of(c.followUps)};
    QList<TableCell> cells{TableCell::of(c.newCases), TableCell::of(c.concluded),
                           TableCell::of(c.agreements), TableCell::of(c.terminations),
                           TableCell::of(c.successRate(), 1)};
    if (columns == Breakdown::Columns::AgencyOutcomes)
        cells += {TableCell::of(c.agencyHeadPresent), TableCell::of(c.planLate)};
    return cells;
}

void addUp(BreakdownCounts &total, const BreakdownCounts &c)
{
    total.newCases += c.newCases;
    total.concluded += c.concluded;
    total.agreements += c.agreements;
    total.terminations += c.terminations;
    total.agencyHeadPresent += c.agencyHeadPresent;
    total.planLate += c.planLate;
    total.performed += c.performed;
    total.partlyPerformed += c.partlyPerformed;
    total.performanceRefused += c.performanceRefused;
    total.followUps += c.followUps;
}

ReportTable breakdownTable(const PeriodReport &report, const Breakdown &b)
{
    ReportTable t;
    t.sheet = b.title;
    t.title = report.centerName + report.period.chineseName() + QStringLiteral("案件") + b.title;
    using Columns = Breakdown::Columns;
    if (b.columns == Columns::AgencyPerformance)
        t.units = periodLine(report.period) +
                  QStringLiteral("　单位：件　一案涉及多个机关的，每个机关各计一次；履行情况按"
                                 "记录日期、回访按回访日期计入期间");
    else
        t.units = periodLine(report.period) + QStringLiteral("　单位：件、%");
    if (b.columns == Columns::AgencyOutcomes)
        t.units += QStringLiteral(
            "　一案涉及多个机关的，每个机关各计一次；首长出面、方案逾期只计牵头机关");
    t.columns = {{b.rowHeader, {}, b.agencies() ? 28.0 : 20.0}};
    for (const QString &group :
         {QStringLiteral("本期"), QStringLiteral("上期"), QStringLiteral("本年累计")}) {
        if (b.columns == Columns::AgencyPerformance) {
            t.columns += {{QStringLiteral("达成协议"), group, 9},
                          {QStringLiteral("已履行"), group, 8},
                          {QStringLiteral("部分履行"), group, 9},
                          {QStringLiteral("拒绝履行"), group, 9},
                          {QStringLiteral("回访"), group, 7}};
            continue;
        }
        t.columns += {{QStringLiteral("新收"), group, 7},
                      {QStringLiteral("办结"), group, 7},
                      {QStringLiteral("其中协议"), group, 9},
                      {QStringLiteral("其中终止"), group, 9},
                      {QStringLiteral("成功率%"), group, 9}};
        if (b.columns == Columns::AgencyOutcomes)
            t.columns +=
                {{QStringLiteral("首长出面"), group, 9}, {QStringLiteral("方案逾期"), group, 9}};
    }
    BreakdownCounts totals[3];
    for (const BreakdownRow &row : b.rows) {
        QList<TableCell> cells{TableCell::of(row.label)};
        cells += countCells(row.current, b.columns);
        cells += countCells(row.previous, b.columns);
        cells += countCells(row.yearToDate, b.columns);
        t.rows.append(cells);
        addUp(totals[0], row.current);
        addUp(totals[1], row.previous);
        addUp(totals[2], row.yearToDate);
    }
    QList<TableCell> total{TableCell::of(QStringLiteral("合计"))};
    for (const BreakdownCounts &c : totals)
        total += countCells(c, b.columns);
    t.rows.append(total);
    return t;
}

ReportTable listTable(const PeriodReport &report, const CaseListing &listing)
{
    ReportTable t;
    t.sheet = listing.title;
    t.title = report.centerName + report.period.chineseName() + listing.title;
    t.units = periodLine(report.period) + QStringLiteral("　在办及办结的案件");
    t.columns = {{QStringLiteral("序号"), {}, 6},
                 {QStringLiteral("登记号"), {}, 24},
                 {QStringLiteral("登记日期"), {}, 12},
                 {QStringLiteral("申请人"), {}, 20},
                 {QStringLiteral("涉争议行政机关"), {}, 24},
                 {QStringLiteral("争议事项"), {}, 30},
                 {QStringLiteral("当前状态"), {}, 10},
                 {QStringLiteral("化解结果"), {}, 24},
                 {QStringLiteral("结案日期"), {}, 12}};
    int n = 0;
    for (const ListedCase &c : listing.cases)
        t.rows.append({TableCell::of(++n), TableCell::of(c.number), TableCell::of(c.registeredOn),
                       TableCell::of(c.applicants), TableCell::of(c.agencies),
                       TableCell::of(c.disputedAct), TableCell::of(c.state),
                       TableCell::of(c.outcome), TableCell::of(c.concludedOn)});
    return t;
}
} // namespace

TableCell TableCell::of(const QString &text)
{
    TableCell cell;
    cell.kind = text.isEmpty() ? Kind::Blank : Kind::Text;
    cell.text = text;
    return cell;
}

TableCell TableCell::of(std::optional<double> number, int decimals)
{
    TableCell cell;
    if (!number)
        return cell;
    const double scale = std::pow(10.0, decimals);
    cell.kind = Kind::Number;
    cell.number = std::round(*number * scale) / scale;
    cell.decimals = decimals;
    return cell;
}

TableCell TableCell::of(const QDate &date)
{
    TableCell cell;
    if (!date.isValid())
        return cell;
    cell.kind = Kind::Date;
    cell.date = date;
    return cell;
}

QString TableCell::display() const
{
    switch (kind) {
    case Kind::Blank:
        return {};
    case Kind::Number:
        return QString::number(number, 'f', decimals);
    case Kind::Date:
        return date.toString(Qt::ISODate);
    case Kind::Text:
        return text;
    }
    return {};
}

bool ReportTable::hasGroups() const
{
    for (const TableColumn &c : columns)
        if (!c.group.isEmpty())
            return true;
    return false;
}

QList<ReportTable> reportTables(const PeriodReport &report)
{
    QList<ReportTable> tables{summary(report)};
    for (const Breakdown &b : report.breakdowns)
        tables.append(breakdownTable(report, b));
    for (const CaseListing &listing : report.listings)
        tables.append(listTable(report, listing));
    return tables;
}

} // namespace huajie
