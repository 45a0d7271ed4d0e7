#include "caselistmodel.h"
#include "clock.h"
#include "correctiondialog.h"
#include "deskview.h"
#include "mainwindow.h"
#include "optionaldateedit.h"
#include "store/store.h"
#include "support/modal.h"
#include "support/samplecase.h"
#include "support/widgets.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QJsonDocument>
#include <QLabel>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

#include <catch2/catch.hpp>

using namespace huajie;
using test::child;
using test::screenshot;

namespace {
// Two cases registered on the 20th, the second one by mistake; the first
// notified, with the agency's receipt on the 23rd.
struct Desk
{
    test::TempDatabase file;
    std::unique_ptr<Store> store;
    qint64 first = 0;
    qint64 duplicate = 0;

    Desk()
    {
        Clock::setToday(test::kToday);
        auto opened = Store::open(file.path(), StoreAccess::Create);
        REQUIRE(opened.ok());
        store = std::move(opened).value();
        first = store->cases().registerCase(test::sampleCase(), test::kToday).value().id;
        duplicate = store->cases().registerCase(test::sampleCase(), test::kToday).value().id;
        REQUIRE(store->cases()
                    .transition(first, QStringLiteral("notify_agency"),
                                QJsonDocument::fromJson(
                                    R"({"dispatchedOn": "2026-11-21", "receivedOn": "2026-11-23"})")
                                    .object(),
                                test::kToday)
                    .ok());
    }
    ~Desk() { Clock::setToday({}); }
};

QAction *panelAction(MainWindow &window, const char *name)
{
    auto *action = window.findChild<QAction *>(QString::fromLatin1(name));
    REQUIRE(action != nullptr);
    return action;
}

void showCase(MainWindow &window, const QString &number)
{
    QAbstractItemModel *model = window.caseView()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, CaseListModel::Number).data().toString() == number) {
            window.caseView()->setCurrentIndex(model->index(row, 0));
            return;
        }
    FAIL("the list does not show " << number.toStdString());
}

QString history(MainWindow &window)
{
    return child<QTextBrowser>(&window, "caseHistory")->toPlainText();
}
} // namespace

TEST_CASE("The last action is corrected in its own form, prefilled, with a reason",
          "[ui][gui][correction]")
{
    Desk desk;
    MainWindow window(*desk.store);
    window.show();
    showCase(window, QStringLiteral("（2026）化解字第1号"));
    QAction *correct = panelAction(window, "correctLastAction");
    REQUIRE(correct->isEnabled());
    // The Case menu offers the same.
    CHECK(window.menuBar()->actions().first()->menu()->actions().contains(correct));

    test::withModal<CorrectionDialog>(
        [&] { correct->trigger(); },
        [&](CorrectionDialog *dialog) {
            // The form of the action, with what it recorded.
            CHECK(child<QDateEdit>(dialog, "dispatchedOn")->date() == QDate(2026, 11, 21));
            CHECK(child<OptionalDateEdit>(dialog, "receivedOn")->date() == QDate(2026, 11, 23));
            child<OptionalDateEdit>(dialog, "receivedOn")->setDate(QDate(2026, 11, 24));
            // No reason: refused, the dialog stays.
            QTest::mouseClick(child<QPushButton>(dialog, "applyButton"), Qt::LeftButton);
            CHECK(dialog->isVisible());
            CHECK(dialog->errorText().contains(QStringLiteral("is required")));
            // A date the action's rules refuse: the same message as the action gives.
            child<QPlainTextEdit>(dialog, "correctionReason")
                ->setPlainText(QStringLiteral("回执日期有误"));
            child<OptionalDateEdit>(dialog, "receivedOn")->setDate(QDate(2026, 11, 20));
            QTest::mouseClick(child<QPushButton>(dialog, "applyButton"), Qt::LeftButton);
            CHECK(dialog->isVisible());
            CHECK(dialog->errorText().contains(QStringLiteral("before the notice was sent")));
            child<OptionalDateEdit>(dialog, "receivedOn")->setDate(QDate(2026, 11, 24));
            screenshot(dialog, "correction");
            QTest::mouseClick(child<QPushButton>(dialog, "applyButton"), Qt::LeftButton);
            INFO(dialog->errorText().toStdString());
            CHECK_FALSE(dialog->isVisible());
        });
    CHECK(desk.store->cases().load(desk.first).value().progress.noticeReceivedOn ==
          QDate(2026, 11, 24));
    const QString shown = history(window);
    CHECK(shown.contains(QStringLiteral("Action corrected")));
    CHECK(shown.contains(QStringLiteral("2026-11-23 → 2026-11-24")));
    CHECK(shown.contains(QStringLiteral("Reason: 回执日期有误")));
    CHECK(desk.store->events().verify().value().intact());
}

TEST_CASE("The last action is withdrawn from the case panel after the reason is given",
          "[ui][gui][correction]")
{
    Desk desk;
    MainWindow window(*desk.store);
    window.show();
    showCase(window, QStringLiteral("（2026）化解字第1号"));
    QAction *withdraw = panelAction(window, "withdrawLastAction");
    REQUIRE(withdraw->isEnabled());
    test::withModal<ReasonDialog>(
        [&] { withdraw->trigger(); },
        [&](ReasonDialog *dialog) {
            CHECK(child<QLabel>(dialog, "reasonExplanation")
                      ->text()
                      .contains(QStringLiteral("Send the notice to the agency")));
            QTest::mouseClick(child<QPushButton>(dialog, "confirmButton"), Qt::LeftButton);
            CHECK(dialog->isVisible());
            CHECK(dialog->errorText().contains(QStringLiteral("is required")));
            child<QPlainTextEdit>(dialog, "correctionReason")->setPlainText(QStringLiteral("误点"));
            QTest::mouseClick(child<QPushButton>(dialog, "confirmButton"), Qt::LeftButton);
            CHECK_FALSE(dialog->isVisible());
        });
    CHECK(desk.store->cases().load(desk.first).value().state == QStringLiteral("registered"));
    CHECK(window.findChild<QPushButton *>(QStringLiteral("action_notify_agency")) != nullptr);
    CHECK(history(window).contains(QStringLiteral("Action withdrawn")));
    CHECK(history(window).contains(QStringLiteral("Send the notice to the agency (withdrawn)")));
    CHECK(history(window).contains(QStringLiteral("Reason: 误点")));
    // Nothing left to withdraw: the choice is greyed and says why.
    CHECK_FALSE(withdraw->isEnabled());
    CHECK(withdraw->toolTip().contains(QStringLiteral("Nothing has been recorded")));
}

TEST_CASE("A duplicate registration is voided from the case panel and shown by the voided filter",
          "[ui][gui][correction][void]")
{
    Desk desk;
    MainWindow window(*desk.store);
    window.show();
    QAbstractItemModel *list = window.caseView()->model();
    REQUIRE(list->rowCount() == 2);
    showCase(window, QStringLiteral("（2026）化解字第2号"));
    QAction *voidIt = panelAction(window, "voidRegistration");
    REQUIRE(voidIt->isEnabled());
    test::withModal<ReasonDialog>([&] { voidIt->trigger(); },
                                  [&](ReasonDialog *dialog) {
                                      CHECK(child<QLabel>(dialog, "reasonExplanation")
                                                ->text()
                                                .contains(QStringLiteral("cannot be undone")));
                                      child<QPlainTextEdit>(dialog, "correctionReason")
                                          ->setPlainText(QStringLiteral("重复登记"));
                                      screenshot(dialog, "void-registration");
                                      QTest::mouseClick(child<QPushButton>(dialog, "confirmButton"),
                                                        Qt::LeftButton);
                                      CHECK_FALSE(dialog->isVisible());
                                  });
    CHECK(desk.store->cases().load(desk.duplicate).value().voided);
    // Off the list, until the filter asks for the voided ones.
    REQUIRE(list->rowCount() == 1);
    CHECK(list->index(0, CaseListModel::Number).data().toString() ==
          QStringLiteral("（2026）化解字第1号"));
    auto *state = child<QComboBox>(&window, "stateFilter");
    const int voided = state->findData(QStringLiteral("voided"));
    REQUIRE(voided > 0);
    state->setCurrentIndex(voided);
    REQUIRE(list->rowCount() == 1);
    CHECK(list->index(0, CaseListModel::Number).data().toString() ==
          QStringLiteral("（2026）化解字第2号"));
    // Its state reads voided, not the state it was voided in.
    CHECK(list->index(0, CaseListModel::State).data().toString() == QStringLiteral("Voided"));
    showCase(window, QStringLiteral("（2026）化解字第2号"));
    // Shown as voided, with the reason in its history, and nothing more to be done.
    CHECK(child<QLabel>(&window, "caseStatus")->text().contains(QStringLiteral("voided")));
    CHECK(history(window).contains(QStringLiteral("Registration voided")));
    CHECK(history(window).contains(QStringLiteral("Reason: 重复登记")));
    CHECK(window.findChild<QPushButton *>(QStringLiteral("action_notify_agency")) == nullptr);
    CHECK_FALSE(voidIt->isEnabled());
    CHECK_FALSE(panelAction(window, "correctLastAction")->isEnabled());
    child<QTabWidget>(&window, "pages")->setCurrentIndex(1);
    screenshot(&window, "voided-case");
    state->setCurrentIndex(0);
    CHECK(list->rowCount() == 1);

    // The desk's deadlines leave it too.
    QSignalSpy counted(window.desk(), &DeskView::refreshed);
    if (window.desk()->isCounting())
        REQUIRE(counted.wait(10000));
    QStringList onDesk;
    auto *tree = child<QTreeWidget>(&window, "deskTree");
    for (int group = 0; group < tree->topLevelItemCount(); ++group)
        for (int i = 0; i < tree->topLevelItem(group)->childCount(); ++i)
            onDesk.append(tree->topLevelItem(group)->child(i)->text(2));
    CHECK(onDesk.contains(QStringLiteral("（2026）化解字第1号")));
    CHECK_FALSE(onDesk.contains(QStringLiteral("（2026）化解字第2号")));
}
