#pragma once

#include "statistics/periodreport.h"
#include "statistics/reportexport.h"

#include <QWidget>

#include <array>
#include <optional>

class QChart;
class QChartView;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableWidget;

namespace huajie {

class Store;

// The statistics of a period (S0 §27): every figure beside the period before
// and the year to date, the breakdowns, the lists of cases and the charts.
// A report that does not balance names the cases that break it.
class ReportView : public QWidget
{
    Q_OBJECT

public:
    explicit ReportView(Store &store, QWidget *parent = nullptr);

    // Shows that period, counted afresh.
    void setPeriod(const ReportPeriod &period);
    ReportPeriod period() const;
    const std::optional<PeriodReport> &report() const { return m_report; }
    QString balanceText() const;
    QString frozenText() const;
    QTableWidget *figureTable() const { return m_figures; }
    QList<QChartView *> chartViews() const { return m_charts; }

    // Writes the report; false, with the reason shown, when it does not
    // balance or cannot be written. The PDF carries the charts.
    bool exportTo(ReportExport::Format format, const QString &path);
    // The charts as images in HTML, for the PDF and the printout.
    QString chartsHtml();
    QWidget *chartPage() const { return m_chartPage; }

public Q_SLOTS:
    void recount();
    void exportAs(ReportExport::Format format);
    void exportLedger(ReportExport::Format format);
    void print();
    // Freezes the month shown, after asking.
    void freezeMonth();

Q_SIGNALS:
    void openCase(qint64 caseId);

private:
    QWidget *buildPeriodBar();
    void periodKindChanged();
    void showFigures();
    void showBreakdowns();
    void showListings();
    void showCharts();
    void countTrend();
    // The charts of what the center's report shows, in their places; null
    // where it does not show that (the sources, the outcomes, the agencies).
    std::array<QChart *, 4> makeCharts();
    void showProblem(const QString &message);
    void showFrozen();
    // Asks where to save, suggesting the documents folder.
    QString suggestedPath(const QString &name, const QString &suffix);

    Store &m_store;
    std::optional<PeriodReport> m_report;
    QComboBox *m_kind;
    QSpinBox *m_year;
    QComboBox *m_part; // the month or the quarter
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLabel *m_title;
    QLabel *m_balance;
    QLabel *m_frozen;
    QPushButton *m_freeze;
    QTabWidget *m_tabs;
    QTableWidget *m_figures;
    QTabWidget *m_breakdowns;
    QTabWidget *m_listings;
    QWidget *m_chartPage;
    QList<QChartView *> m_charts;
    bool m_chartsShown = false;
    QList<std::pair<QString, PeriodFigures>> m_trend;
    std::optional<ReportPeriod> m_trendPeriod; // the period m_trend leads up to
};

} // namespace huajie
