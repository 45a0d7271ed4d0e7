#include "reportview.h"

#include "clock.h"
#include "dayedit.h"
#include "documents/officiallayout.h"
#include "formwidgets.h"
#include "reportcharts.h"
#include "statistics/frozenreports.h"
#include "statistics/ledger.h"
#include "statistics/reportbuilder.h"
#include "store/store.h"

#include <QApplication>
#include <QBuffer>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace huajie {
namespace {
enum PeriodKind
{
    Month,
    Quarter,
    Year,
    Custom
};

QString figureText(const std::optional<double> &value, int decimals)
{
    if (!value)
        return QStringLiteral("—");
    return QLocale().toString(*value, 'f', decimals);
}

QString suffixOf(ReportExport::Format format)
{
    static const char *suffixes[] = {"json", "csv", "xlsx", "pdf"};
    return QString::fromLatin1(suffixes[int(format)]);
}

QTableWidgetItem *cell(const QString &text, bool number = true)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    if (number)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QTableWidget *table(QWidget *parent, const QStringList &headers)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->setAlternatingRowColors(true);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    // The first column, the names, takes the room; the figures their own width.
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    return t;
}
} // namespace

ReportView::ReportView(Store &store, QWidget *parent)
    : QWidget(parent), m_store(store), m_kind(named(new QComboBox(this), "periodKind")),
      m_year(named(new QSpinBox(this), "periodYear")),
      m_part(named(new QComboBox(this), "periodPart")),
      m_from(named(new DayEdit({}, this), "periodFrom")),
      m_to(named(new DayEdit({}, this), "periodTo")),
      m_title(named(new QLabel(this), "reportTitle")),
      m_balance(named(new QLabel(this), "reportBalance")),
      m_frozen(named(new QLabel(this), "reportFrozen")),
      m_freeze(named(new QPushButton(tr("Freeze the month…"), this), "freezeMonth")),
      m_tabs(new QTabWidget(this)),
      m_figures(table(this, {tr("Figure"), tr("Unit"), tr("This period"), tr("Period before"),
                             tr("Year to date")})),
      m_breakdowns(new QTabWidget(this)), m_listings(new QTabWidget(this))
{
    setObjectName(QStringLiteral("reportView"));
    m_figures->setObjectName(QStringLiteral("reportFigures"));
    m_title->setStyleSheet(QStringLiteral("font-size: 14pt; font-weight: bold"));
    m_balance->setWordWrap(true);
    m_balance->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_frozen->setWordWrap(true);
    m_frozen->setTextInteractionFlags(Qt::TextSelectableByMouse);
    connect(m_freeze, &QPushButton::clicked, this, &ReportView::freezeMonth);

    // Two by two, scrolled when the window is smaller than they are (a laptop's screen).
    auto *charts = new QWidget(this);
    auto *grid = new QGridLayout(charts);
    for (int i = 0; i < 4; ++i) {
        auto *view = new QChartView(charts);
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumSize(360, 260);
        m_charts.append(view);
        grid->addWidget(view, i / 2, i % 2);
    }
    auto *chartPage = new QScrollArea(this);
    chartPage->setObjectName(QStringLiteral("chartPage"));
    chartPage->setWidgetResizable(true);
    chartPage->setFrameShape(QFrame::NoFrame);
    chartPage->setWidget(charts);
    m_chartPage = chartPage;
    m_tabs->setObjectName(QStringLiteral("reportTabs"));
    m_tabs->addTab(m_figures, tr("Figures"));
    m_tabs->addTab(m_chartPage, tr("Charts"));
    connect(m_tabs, &QTabWidget::currentChanged, this, &ReportView::showCharts);
    m_tabs->addTab(m_breakdowns, tr("Breakdowns"));
    m_tabs->addTab(m_listings, tr("Cases listed"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addWidget(buildPeriodBar());
    layout->addWidget(m_title);
    layout->addWidget(m_balance);
    layout->addWidget(m_frozen);
    layout->addWidget(m_tabs, 1);

    // The month before today's: at month end, the month just finished is
    // reported early in the next one.
    const QDate lastMonth = Clock::today().addMonths(-1);
    m_year->setValue(lastMonth.year());
    m_part->setCurrentIndex(lastMonth.month() - 1);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ReportView::periodKindChanged);
    connect(m_year, &QSpinBox::valueChanged, this, &ReportView::recount);
    connect(m_part, &QComboBox::activated, this, &ReportView::recount);
    connect(m_from, &QDateEdit::dateChanged, this, &ReportView::recount);
    connect(m_to, &QDateEdit::dateChanged, this, &ReportView::recount);
}

QWidget *ReportView::buildPeriodBar()
{
    auto *bar = new QWidget(this);
    m_kind->addItems({tr("Month"), tr("Quarter"), tr("Year"), tr("From … to …")});
    m_year->setRange(2000, 2100);
    for (int month = 1; month <= 12; ++month)
        m_part->addItem(tr("Month %1").arg(month));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDate(Clock::today());
        edit->hide();
    }
    m_from->setDate(QDate(Clock::today().year(), 1, 1));
    auto *recount = new QPushButton(tr("Count again"), bar);
    connect(recount, &QPushButton::clicked, this, &ReportView::recount);
    auto *exports = new QToolButton(bar);
    exports->setObjectName(QStringLiteral("exportReport"));
    exports->setText(tr("Export"));
    exports->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(exports);
    menu->addAction(tr("Spreadsheet for the justice bureau (XLSX)…"), this,
                    [this] { exportAs(ReportExport::Format::Xlsx); });
    menu->addAction(tr("PDF with the charts…"), this,
                    [this] { exportAs(ReportExport::Format::Pdf); });
    menu->addAction(tr("CSV…"), this, [this] { exportAs(ReportExport::Format::Csv); });
    menu->addAction(tr("JSON…"), this, [this] { exportAs(ReportExport::Format::Json); });
    menu->addSeparator();
    menu->addAction(tr("Ledger of the period's cases (XLSX)…"), this,
                    [this] { exportLedger(ReportExport::Format::Xlsx); });
    menu->addAction(tr("Ledger as CSV…"), this,
                    [this] { exportLedger(ReportExport::Format::Csv); });
    menu->addAction(tr("Ledger as PDF…"), this,
                    [this] { exportLedger(ReportExport::Format::Pdf); });
    exports->setMenu(menu);
    auto *printButton = named(new QPushButton(tr("Print…"), bar), "printReport");
    connect(printButton, &QPushButton::clicked, this, &ReportView::print);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Period"), bar));
    for (QWidget *w : std::initializer_list<QWidget *>{m_kind, m_year, m_part, m_from, m_to})
        layout->addWidget(w);
    layout->addWidget(recount);
    layout->addStretch();
    layout->addWidget(exports);
    layout->addWidget(printButton);
    layout->addWidget(m_freeze);
    return bar;
}

void ReportView::periodKindChanged()
{
    const int kind = m_kind->currentIndex();
    m_year->setVisible(kind != Custom);
    m_part->setVisible(kind == Month || kind == Quarter);
    m_from->setVisible(kind == Custom);
    m_to->setVisible(kind == Custom);
    const QSignalBlocker blocker(m_part);
    m_part->clear();
    if (kind == Month)
        for (int month = 1; month <= 12; ++month)
            m_part->addItem(tr("Month %1").arg(month));
    else if (kind == Quarter)
        for (int quarter = 1; quarter <= 4; ++quarter)
            m_part->addItem(tr("Quarter %1").arg(quarter));
    recount();
}

ReportPeriod ReportView::period() const
{
    switch (m_kind->currentIndex()) {
    case Month:
        return ReportPeriod::month(m_year->value(), m_part->currentIndex() + 1);
    case Quarter:
        return ReportPeriod::quarter(m_year->value(), m_part->currentIndex() + 1);
    case Year:
        return ReportPeriod::year(m_year->value());
    default:
        return ReportPeriod::custom(m_from->date(), m_to->date());
    }
}

void ReportView::setPeriod(const ReportPeriod &p)
{
    const QSignalBlocker blockKind(m_kind);
    const QSignalBlocker blockYear(m_year);
    const QSignalBlocker blockFrom(m_from);
    const QSignalBlocker blockTo(m_to);
    m_kind->setCurrentIndex(int(p.kind));
    periodKindChanged(); // fills the months or quarters, and counts
    const QSignalBlocker blockPart(m_part);
    m_year->setValue(p.to.year());
    if (p.kind == ReportPeriod::Kind::Month)
        m_part->setCurrentIndex(p.from.month() - 1);
    else if (p.kind == ReportPeriod::Kind::Quarter)
        m_part->setCurrentIndex((p.from.month() - 1) / 3);
    m_from->setDate(p.from);
    m_to->setDate(p.to);
    recount();
}

void ReportView::recount()
{
    const ReportPeriod p = period();
    if (!p.isValid()) {
        m_report.reset();
        m_title->clear();
        m_balance->setText(tr("The period's first day must not be after its last."));
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto built = ReportBuilder(m_store).build(p, Clock::today());
    QApplication::restoreOverrideCursor();
    if (!built) {
        m_report.reset();
        m_balance->setText(built.error().describe());
        return;
    }
    m_report = built.value();
    m_title->setText(m_report->title());
    if (m_report->balances()) {
        m_balance->setStyleSheet(QStringLiteral("color: #2e7d32"));
        m_balance->setText(
            tr("The report balances: %1 open at the start + %2 new = %3 concluded + %4 open at "
               "the end.")
                .arg(m_report->current.openAtStart)
                .arg(m_report->current.newCases)
                .arg(m_report->current.concluded)
                .arg(m_report->current.openAtEnd));
    } else {
        m_balance->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold"));
        m_balance->setText(tr("The report does not balance, so it cannot be exported. These "
                              "cases break it:\n%1")
                               .arg(m_report->describeProblems().join(QLatin1Char('\n'))));
    }
    showFigures();
    showBreakdowns();
    showListings();
    showFrozen();
    m_chartsShown = false;
    showCharts();
}

QString ReportView::balanceText() const
{
    return m_balance->text();
}

void ReportView::showFigures()
{
    m_figures->setRowCount(0);
    for (const ReportFigure &f : m_report->shownFigures()) {
        const int row = m_figures->rowCount();
        m_figures->insertRow(row);
        auto *label = cell(QString(f.indent * 2, QChar(0x3000)) + f.label, false);
        if (f.indent == 0) {
            QFont bold = label->font();
            bold.setBold(true);
            label->setFont(bold);
        }
        label->setData(Qt::UserRole, f.key);
        m_figures->setItem(row, 0, label);
        m_figures->setItem(row, 1, cell(f.unit, false));
        m_figures->setItem(row, 2, cell(figureText(f.value(m_report->current), f.decimals)));
        m_figures->setItem(row, 3, cell(figureText(f.value(m_report->previous), f.decimals)));
        m_figures->setItem(row, 4, cell(figureText(f.value(m_report->yearToDate), f.decimals)));
    }
    m_figures->setHorizontalHeaderLabels({tr("Figure"), tr("Unit"), m_report->period.chineseName(),
                                          m_report->previousPeriod.chineseName(),
                                          m_report->yearToDatePeriod.chineseName()});
}

void ReportView::showBreakdowns()
{
    while (m_breakdowns->count() > 0) {
        QWidget *page = m_breakdowns->widget(0);
        m_breakdowns->removeTab(0);
        delete page;
    }
    for (const Breakdown &b : m_report->breakdowns) {
        const bool performance = b.columns == Breakdown::Columns::AgencyPerformance;
        QStringList headers{b.rowHeader};
        if (performance)
            headers << tr("Agreements") << tr("Performed") << tr("Partly performed")
                    << tr("Performance refused") << tr("Follow-up visits")
                    << tr("Agreements, year to date");
        else
            headers << tr("New") << tr("Concluded") << tr("Agreements") << tr("Terminated")
                    << tr("Success rate");
        if (b.columns == Breakdown::Columns::AgencyOutcomes)
            headers << tr("Agency head present") << tr("Plan late");
        if (!performance)
            headers << tr("New, year to date");
        QTableWidget *t = table(m_breakdowns, headers);
        for (const BreakdownRow &r : b.rows) {
            const int row = t->rowCount();
            t->insertRow(row);
            int column = 0;
            t->setItem(row, column++, cell(r.label, false));
            if (performance) {
                for (int n :
                     {r.current.agreements, r.current.performed, r.current.partlyPerformed,
                      r.current.performanceRefused, r.current.followUps, r.yearToDate.agreements})
                    t->setItem(row, column++, cell(QString::number(n)));
                continue;
            }
            for (int n : {r.current.newCases, r.current.concluded, r.current.agreements,
                          r.current.terminations})
                t->setItem(row, column++, cell(QString::number(n)));
            t->setItem(row, column++, cell(figureText(r.current.successRate(), 1)));
            if (b.columns == Breakdown::Columns::AgencyOutcomes) {
                t->setItem(row, column++, cell(QString::number(r.current.agencyHeadPresent)));
                t->setItem(row, column++, cell(QString::number(r.current.planLate)));
            }
            t->setItem(row, column, cell(QString::number(r.yearToDate.newCases)));
        }
        t->setObjectName(QStringLiteral("breakdown_") + b.key);
        m_breakdowns->addTab(t, b.title);
    }
}

void ReportView::showListings()
{
    while (m_listings->count() > 0) {
        QWidget *page = m_listings->widget(0);
        m_listings->removeTab(0);
        delete page;
    }
    for (const CaseListing &listing : m_report->listings) {
        QTableWidget *t =
            table(m_listings, {tr("Number"), tr("Registered"), tr("Applicants"), tr("Agencies"),
                               tr("Disputed act"), tr("State"), tr("Outcome")});
        for (const ListedCase &c : listing.cases) {
            const int row = t->rowCount();
            t->insertRow(row);
            const QStringList values{c.number,      c.registeredOn.toString(Qt::ISODate),
                                     c.applicants,  c.agencies,
                                     c.disputedAct, c.state,
                                     c.outcome};
            for (int column = 0; column < values.size(); ++column) {
                QTableWidgetItem *item = cell(values[column], false);
                item->setData(Qt::UserRole, c.id);
                t->setItem(row, column, item);
            }
        }
        connect(t, &QTableWidget::itemActivated, this, [this](QTableWidgetItem *item) {
            Q_EMIT openCase(item->data(Qt::UserRole).toLongLong());
        });
        m_listings->addTab(t,
                           QStringLiteral("%1 (%2)").arg(listing.title).arg(listing.cases.size()));
    }
}

void ReportView::countTrend()
{
    if (m_trendPeriod == m_report->period)
        return;
    // The twelve months up to the period's end, each counted alone.
    m_trend.clear();
    const QDate last(m_report->period.to.year(), m_report->period.to.month(), 1);
    const ReportBuilder builder(m_store);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    for (int i = 11; i >= 0; --i) {
        const QDate month = last.addMonths(-i);
        auto built =
            builder.build(ReportPeriod::month(month.year(), month.month()), Clock::today());
        if (built)
            m_trend.append({month.toString(QStringLiteral("yy-MM")), built.value().current});
    }
    QApplication::restoreOverrideCursor();
    m_trendPeriod = m_report->period;
}

std::array<QChart *, 4> ReportView::makeCharts()
{
    countTrend();
    const ReportContents &shown = m_report->contents;
    const auto breakdown = [this](Breakdown::Columns columns, const QString &key) {
        return std::any_of(
            m_report->breakdowns.cbegin(), m_report->breakdowns.cend(),
            [&](const Breakdown &b) { return b.columns == columns && b.key == key; });
    };
    bool bySource = breakdown(Breakdown::Columns::Outcomes, QStringLiteral("source"));
    bool byReason = shown.showsFigure(QStringLiteral("terminations"));
    for (const ReportFigure &f : m_report->shownFigures()) {
        bySource = bySource || f.key.startsWith(QLatin1String("newCases."));
        byReason = byReason || f.key.startsWith(QLatin1String("terminations."));
    }
    return {reportcharts::trend(m_trend), bySource ? reportcharts::sources(*m_report) : nullptr,
            byReason ? reportcharts::outcomes(*m_report) : nullptr,
            breakdown(Breakdown::Columns::AgencyOutcomes, QStringLiteral("agency"))
                ? reportcharts::agencies(*m_report)
                : nullptr};
}

void ReportView::showCharts()
{
    // Counted when the charts are looked at: the trend takes twelve reports.
    if (!m_report || m_tabs->currentWidget() != m_chartPage || m_chartsShown)
        return;
    const std::array<QChart *, 4> charts = makeCharts();
    for (int i = 0; i < 4; ++i) {
        m_charts[i]->setVisible(charts[i]);
        if (!charts[i])
            continue;
        QChart *old = m_charts[i]->chart();
        m_charts[i]->setChart(charts[i]);
        delete old;
    }
    m_chartsShown = true;
}

QString ReportView::chartsHtml()
{
    if (!m_report)
        return {};
    QString html = QStringLiteral("<div class=\"break\">");
    for (QChart *chart : makeCharts()) {
        if (!chart)
            continue;
        // Drawn off screen at a size that prints sharp across the text width.
        QChartView view(chart);
        view.setAttribute(Qt::WA_DontShowOnScreen);
        view.setRenderHint(QPainter::Antialiasing);
        view.resize(1000, 560);
        view.show();
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        view.grab().save(&buffer, "PNG");
        html += QStringLiteral("<p class=\"plain\" align=\"center\"><img width=\"580\" "
                               "src=\"data:image/png;base64,%1\"></p>")
                    .arg(QString::fromLatin1(png.toBase64()));
    }
    return html + QStringLiteral("</div>");
}

void ReportView::showProblem(const QString &message)
{
    QMessageBox::warning(this, tr("Statistics"), message);
}

bool ReportView::exportTo(ReportExport::Format format, const QString &path)
{
    if (!m_report)
        return false;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto written = ReportExport::write(
        *m_report, format, path, format == ReportExport::Format::Pdf ? chartsHtml() : QString());
    QApplication::restoreOverrideCursor();
    if (!written) {
        showProblem(written.error().describe());
        return false;
    }
    return true;
}

void ReportView::exportAs(ReportExport::Format format)
{
    if (!m_report)
        return;
    if (auto balanced = ReportExport::checkBalance(*m_report); !balanced) {
        showProblem(balanced.error().describe());
        return;
    }
    const QString path = suggestedPath(m_report->title(), suffixOf(format));
    if (!path.isEmpty())
        exportTo(format, path);
}

QString ReportView::suggestedPath(const QString &name, const QString &suffix)
{
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(name + QLatin1Char('.') + suffix);
    return QFileDialog::getSaveFileName(this, tr("Export"), suggested,
                                        tr("%1 files (*.%2)").arg(suffix.toUpper(), suffix));
}

void ReportView::exportLedger(ReportExport::Format format)
{
    if (!m_report)
        return;
    const QString path = suggestedPath(
        m_report->centerName + m_report->period.chineseName() + tr("ledger"), suffixOf(format));
    if (path.isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto written = Ledger::write(m_store, m_report->period, Clock::today(), format, path);
    QApplication::restoreOverrideCursor();
    if (!written)
        showProblem(written.error().describe());
}

QString ReportView::frozenText() const
{
    return m_frozen->text();
}

void ReportView::showFrozen()
{
    const bool month = m_report->period.kind == ReportPeriod::Kind::Month;
    m_freeze->setVisible(month);
    m_frozen->clear();
    m_frozen->hide();
    m_frozen->setStyleSheet(QString());
    if (!month)
        return;
    FrozenReports frozenReports(m_store);
    auto found = frozenReports.find(m_report->period.key());
    if (!found || !found.value()) {
        m_freeze->setEnabled(found.ok());
        return;
    }
    const FrozenReport &frozen = *found.value();
    m_freeze->setEnabled(false);
    QString text =
        tr("Frozen by %1 on %2; what was sent is kept with its checksum.")
            .arg(frozen.frozenBy,
                 frozen.frozenAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    if (const auto anchor = frozen.anchor())
        text += QLatin1Char(' ') + anchor->label();
    if (!frozen.intact())
        text += QLatin1Char(' ') + tr("The kept report no longer matches its checksum.");
    auto edited = frozenReports.editedSince(frozen);
    if (edited && !edited.value().isEmpty()) {
        QStringList numbers;
        for (const EditedCase &c : edited.value())
            numbers.append(c.caseNumber);
        text += QLatin1Char('\n') +
                tr("Changed since it was frozen, so the figures above may differ from those "
                   "sent: %1")
                    .arg(numbers.join(QStringLiteral("、")));
        m_frozen->setStyleSheet(QStringLiteral("color: #c05000"));
    }
    m_frozen->setText(text);
    m_frozen->show();
}

void ReportView::freezeMonth()
{
    if (!m_report || m_report->period.kind != ReportPeriod::Kind::Month)
        return;
    if (QMessageBox::question(
            this, tr("Freeze the month"),
            tr("Freeze the report of %1? Its figures are kept as they are now; later changes to "
               "its cases will be shown against it.")
                .arg(m_report->period.chineseName())) != QMessageBox::Yes)
        return;
    auto frozen = FrozenReports(m_store).freeze(m_report->period, Clock::today(), Clock::now());
    if (!frozen) {
        showProblem(frozen.error().describe());
        return;
    }
    showFrozen();
}

void ReportView::print()
{
    if (!m_report)
        return;
    if (auto balanced = ReportExport::checkBalance(*m_report); !balanced) {
        showProblem(balanced.error().describe());
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setResolution(300);
    printer.setDocName(m_report->title());
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (auto printed = OfficialLayout::paint(printer, ReportExport::html(*m_report, chartsHtml()),
                                             m_report->anchor.label());
        !printed)
        showProblem(printed.error().describe());
}

} // namespace huajie
