#include "reportcharts.h"

#include "domain/vocabulary.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QHorizontalBarSeries>
#include <QPieSeries>
#include <QValueAxis>

#include <algorithm>

namespace huajie::reportcharts {
namespace {
struct ChartText
{
    Q_DECLARE_TR_FUNCTIONS(ReportCharts)
};

QChart *titled(const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

// A pie of labelled counts, the empty slices left out; "none" when all are empty.
QChart *pie(const QString &title, const QList<std::pair<QString, int>> &slices)
{
    QChart *chart = titled(title);
    auto *series = new QPieSeries;
    for (const auto &[label, count] : slices)
        if (count > 0)
            series->append(QStringLiteral("%1 %2").arg(label).arg(count), count);
    if (series->count() == 0)
        chart->setTitle(title + QStringLiteral(" — ") + ChartText::tr("none in this period"));
    series->setLabelsVisible(series->count() <= 8);
    chart->addSeries(series);
    return chart;
}

// Cases are counted in whole numbers: each tick of the axis is one, up to
// the highest count (four steps at most).
void countTicks(QChart *chart, Qt::Orientation orientation, int highest)
{
    auto *axis = static_cast<QValueAxis *>(chart->axes(orientation).first());
    const int step = std::max(1, (highest + 3) / 4);
    const int steps = std::max(1, (highest + step - 1) / step);
    axis->setRange(0, step * steps);
    axis->setTickCount(steps + 1);
}

void addAxes(QChart *chart, QAbstractSeries *series, const QStringList &categories,
             Qt::Alignment categoryAlignment, Qt::Alignment valueAlignment)
{
    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    categoryAxis->setTruncateLabels(false); // names in full; the plot gives way
    QFont small = categoryAxis->labelsFont();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    categoryAxis->setLabelsFont(small);
    auto *valueAxis = new QValueAxis;
    valueAxis->setLabelFormat(QStringLiteral("%d"));
    valueAxis->setMin(0);
    chart->addAxis(categoryAxis, categoryAlignment);
    chart->addAxis(valueAxis, valueAlignment);
    series->attachAxis(categoryAxis);
    series->attachAxis(valueAxis);
}
} // namespace

QChart *trend(const QList<std::pair<QString, PeriodFigures>> &months)
{
    QChart *chart = titled(ChartText::tr("New and concluded cases by month"));
    auto *newCases = new QBarSet(ChartText::tr("New"));
    auto *concluded = new QBarSet(ChartText::tr("Concluded"));
    auto *agreements = new QBarSet(ChartText::tr("Agreements"));
    QStringList labels;
    int highest = 0;
    for (const auto &[label, figures] : months) {
        labels.append(label);
        *newCases << figures.newCases;
        *concluded << figures.concluded;
        *agreements << figures.agreements;
        highest = std::max({highest, figures.newCases, figures.concluded});
    }
    auto *series = new QBarSeries;
    series->append({newCases, concluded, agreements});
    chart->addSeries(series);
    addAxes(chart, series, labels, Qt::AlignBottom, Qt::AlignLeft);
    countTicks(chart, Qt::Vertical, highest);
    return chart;
}

QChart *sources(const PeriodReport &report)
{
    QList<std::pair<QString, int>> slices;
    const OfferedTerms &sources = report.vocabularies.sourceChannels;
    const QStringList codes = sources.codes();
    for (int i = 0; i < codes.size() && i < report.current.newBySource.size(); ++i)
        slices.append({sources.label(codes[i]), report.current.newBySource[i]});
    return pie(ChartText::tr("New cases by source"), slices);
}

QChart *outcomes(const PeriodReport &report)
{
    QList<std::pair<QString, int>> slices{{ChartText::tr("Agreement"), report.current.agreements}};
    const OfferedTerms &terms = report.vocabularies.terminationReasons;
    const QStringList reasons = terms.codes();
    for (int i = 0; i < reasons.size() && i < report.current.terminationsByReason.size(); ++i)
        slices.append({ChartText::tr("Terminated: %1").arg(terms.label(reasons[i])),
                       report.current.terminationsByReason[i]});
    return pie(ChartText::tr("How the concluded cases ended"), slices);
}

QChart *agencies(const PeriodReport &report)
{
    QChart *chart = titled(ChartText::tr("Agencies with the most new cases"));
    QList<BreakdownRow> rows;
    for (const Breakdown &b : report.breakdowns)
        if (b.columns == Breakdown::Columns::AgencyOutcomes)
            rows = b.rows;
    rows.removeIf([](const BreakdownRow &r) { return r.current.newCases == 0; });
    std::stable_sort(rows.begin(), rows.end(), [](const BreakdownRow &a, const BreakdownRow &b) {
        return a.current.newCases > b.current.newCases;
    });
    rows = rows.mid(0, 6);
    std::reverse(rows.begin(), rows.end()); // the most at the top
    auto *newCases = new QBarSet(ChartText::tr("New"));
    auto *agreements = new QBarSet(ChartText::tr("Agreements"));
    QStringList labels;
    int highest = 0;
    for (const BreakdownRow &r : rows) {
        // A long name without its city (石嘴山市自然资源局 → 自然资源局), so
        // that the axis has room to show it.
        QString label = r.label;
        const qsizetype city = label.indexOf(QChar(u'市'));
        if (label.size() > 8 && city > 0 && city < 5)
            label.remove(0, city + 1);
        labels.append(label);
        *newCases << r.current.newCases;
        *agreements << r.current.agreements;
        highest = std::max({highest, r.current.newCases, r.current.agreements});
    }
    auto *series = new QHorizontalBarSeries;
    series->append({newCases, agreements});
    chart->addSeries(series);
    addAxes(chart, series, labels, Qt::AlignLeft, Qt::AlignBottom);
    countTicks(chart, Qt::Horizontal, highest);
    if (rows.isEmpty())
        chart->setTitle(chart->title() + QStringLiteral(" — ") +
                        ChartText::tr("none in this period"));
    return chart;
}

} // namespace huajie::reportcharts
