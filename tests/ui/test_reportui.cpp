#include "clock.h"
#include "demo/demogenerator.h"
#include "mainwindow.h"
#include "reportview.h"
#include "statistics/ledger.h"
#include "store/store.h"
#include "support/modal.h"
#include "support/samplecase.h"
#include "support/widgets.h"

#include <QAbstractButton>
#include <QChart>
#include <QChartView>
#include <QFile>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

using namespace huajie;
using test::screenshot;

namespace {
QString run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    REQUIRE(process.waitForFinished(30000));
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}
} // namespace

TEST_CASE("The month's report shows its figures and charts and exports with the charts",
          "[ui][gui][statistics]")
{
    Clock::setToday(test::kToday);
    test::TempDatabase file;
    auto store = Store::open(file.path(), StoreAccess::Create).value();
    REQUIRE(loadDemoData(*store, 200, 7, test::kToday).ok());
    MainWindow window(*store);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    ReportView *view = window.statistics();
    window.findChild<QTabWidget *>(QStringLiteral("pages"))->setCurrentWidget(view);
    view->setPeriod(ReportPeriod::month(2026, 10));

    REQUIRE(view->report().has_value());
    CHECK(view->report()->period == ReportPeriod::month(2026, 10));
    CHECK(view->balanceText().contains(QStringLiteral("balances")));
    QTableWidget *figures = view->figureTable();
    REQUIRE(figures->rowCount() == int(view->report()->shownFigures().size()));
    CHECK(figures->item(1, 0)->text() == QStringLiteral("新收案件"));
    CHECK(figures->item(1, 2)->text() == QString::number(view->report()->current.newCases));
    view->findChild<QTabWidget *>(QStringLiteral("reportTabs"))
        ->setCurrentWidget(view->chartPage());
    for (QChartView *chart : view->chartViews())
        CHECK_FALSE(chart->chart()->series().isEmpty());
    screenshot(&window, "statistics");

    QTemporaryDir out;
    const QString xlsx = out.filePath(QStringLiteral("report.xlsx"));
    REQUIRE(view->exportTo(ReportExport::Format::Xlsx, xlsx));
    CHECK(run(QStringLiteral("unzip"), {QStringLiteral("-l"), xlsx})
              .contains(QStringLiteral("xl/worksheets/sheet1.xml")));
    const QString pdf = out.filePath(QStringLiteral("report.pdf"));
    REQUIRE(view->exportTo(ReportExport::Format::Pdf, pdf));
    CHECK(run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")})
              .contains(QStringLiteral("2026年10月")));
    // The four charts are in the PDF as images.
    const QStringList images = run(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf})
                                   .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    CHECK(images.size() - 2 == 4);
}

TEST_CASE("The desk's report follows the center's profile", "[ui][gui][statistics][profiles]")
{
    Clock::setToday(test::kToday);
    test::TempDatabase file;
    auto store = Store::open(file.path(), StoreAccess::Create).value();
    REQUIRE(loadDemoData(*store, 60, 7, test::kToday).ok());
    REQUIRE(store->chooseProfile(QStringLiteral("zhongxiang")).ok());
    MainWindow window(*store);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    ReportView *view = window.statistics();
    window.findChild<QTabWidget *>(QStringLiteral("pages"))->setCurrentWidget(view);
    view->setPeriod(ReportPeriod::month(2026, 10));
    REQUIRE(view->report().has_value());

    const ReportContents &contents = store->deadlineSetup().profile.report.report;
    QTableWidget *figures = view->figureTable();
    QStringList keys;
    for (int row = 0; row < figures->rowCount(); ++row)
        keys.append(figures->item(row, 0)->data(Qt::UserRole).toString());
    QStringList expected;
    for (const ReportFigure &f : view->report()->shownFigures())
        expected.append(f.key);
    CHECK(keys == expected);
    CHECK(keys.contains(QStringLiteral("agencyHeadPresent")));
    CHECK(keys.contains(QStringLiteral("followUpsOnTime")));
    CHECK_FALSE(keys.contains(QStringLiteral("amountNew")));
    for (const QString &key : keys)
        CHECK(contents.showsFigure(key));
    bool headShown = false;
    for (int row = 0; row < figures->rowCount(); ++row)
        headShown = headShown || figures->item(row, 0)->text() ==
                                     QStringLiteral("行政机关负责人出面协调化解案件");
    CHECK(headShown);

    // The breakdowns the profile names, in its order, the agencies' performance among them.
    QStringList tables;
    for (QTableWidget *t : view->findChildren<QTableWidget *>())
        if (t->objectName().startsWith(QLatin1String("breakdown_")))
            tables.append(t->objectName());
    tables.sort();
    CHECK(tables == QStringList{QStringLiteral("breakdown_agency"),
                                QStringLiteral("breakdown_agencyPerformance"),
                                QStringLiteral("breakdown_source")});
    auto *performance =
        view->findChild<QTableWidget *>(QStringLiteral("breakdown_agencyPerformance"));
    REQUIRE(performance);
    CHECK(performance->columnCount() == 7); // the agency, five counts, agreements this year

    // Its ledger has its columns.
    QTemporaryDir out;
    const QString csv = out.filePath(QStringLiteral("ledger.csv"));
    REQUIRE(
        Ledger::write(*store, view->report()->period, test::kToday, ReportExport::Format::Csv, csv)
            .ok());
    QFile ledger(csv);
    REQUIRE(ledger.open(QIODevice::ReadOnly));
    CHECK(QString::fromUtf8(ledger.readAll()).contains(QStringLiteral("行政首长出面")));
    screenshot(&window, "statistics-zhongxiang");
}

TEST_CASE("A month is frozen from the statistics and a later edit of its cases is flagged",
          "[ui][gui][statistics]")
{
    Clock::setToday(test::kToday);
    test::TempDatabase file;
    auto store = Store::open(file.path(), StoreAccess::Create).value();
    REQUIRE(loadDemoData(*store, 200, 7, test::kToday).ok());
    MainWindow window(*store);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    ReportView *view = window.statistics();
    view->setPeriod(ReportPeriod::month(2026, 10));
    REQUIRE(view->frozenText().isEmpty());

    test::withModal<QMessageBox>(
        [&] { QTest::mouseClick(test::child<QPushButton>(view, "freezeMonth"), Qt::LeftButton); },
        [](QMessageBox *box) { box->button(QMessageBox::Yes)->click(); });
    CHECK(view->frozenText().contains(QStringLiteral("Frozen by")));
    CHECK_FALSE(test::child<QPushButton>(view, "freezeMonth")->isEnabled());

    // A case the month counted is edited afterwards: the report says so.
    const qint64 counted = view->report()->countedCases.first();
    CaseRecord edited = store->cases().load(counted).value();
    edited.summary += QStringLiteral("（补充）");
    REQUIRE(store->cases().updateCase(edited, test::kToday).ok());
    view->recount();
    CHECK(view->frozenText().contains(edited.number));
    screenshot(&window, "statistics-frozen");
}
