#include "casedocumentsview.h"
#include "clock.h"
#include "deskview.h"
#include "documentpreviewdialog.h"
#include "mainwindow.h"
#include "scheduleview.h"
#include "sessiondialog.h"
#include "store/store.h"
#include "support/modal.h"
#include "support/samplecase.h"
#include "support/typing.h"
#include "support/widgets.h"
#include "vocabularycombo.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

#include <catch2/catch.hpp>

using namespace huajie;
using test::child;
using test::screenshot;

namespace {
const QString kFirstRoom = QStringLiteral("第一调解室");
const QString kSecondRoom = QStringLiteral("第二调解室");

// A desk on 2026-11-25 with two rooms and three cases, each with its own
// lead mediator and no judge or procurator in common.
struct SessionsDesk
{
    test::TempDatabase file;
    std::unique_ptr<Store> store;
    qint64 cases[3] = {};

    SessionsDesk()
    {
        Clock::setToday(test::kToday);
        auto opened = Store::open(file.path(), StoreAccess::Create);
        REQUIRE(opened.ok());
        store = std::move(opened).value();
        for (const QString &room : {kFirstRoom, kSecondRoom})
            REQUIRE(store->directories().save(DirectoryKind::Rooms, {0, {room}}).ok());
        const char *mediators[] = {"赵志明", "孙丽萍", "马文军"};
        for (int i = 0; i < 3; ++i) {
            CaseRecord c = test::sampleCase();
            c.leadMediator = QString::fromUtf8(mediators[i]);
            if (i > 0) {
                c.judge.clear();
                c.procurator.clear();
            }
            cases[i] = store->cases().registerCase(c, test::kToday).value().id;
        }
    }
    ~SessionsDesk() { Clock::setToday({}); }

    qint64 book(int index, const QDateTime &start, const QString &room, int minutes = 90)
    {
        Session s;
        s.start = start;
        s.durationMinutes = minutes;
        s.room = room;
        s.noticeOn = QDate(2026, 11, 20);
        auto scheduled = store->sessions().schedule(cases[index], s, test::kToday);
        INFO((scheduled.ok() ? std::string() : scheduled.error().describe().toStdString()));
        REQUIRE(scheduled.ok());
        return scheduled.value().id;
    }
};

void click(QWidget *parent, const char *button)
{
    QTest::mouseClick(child<QPushButton>(parent, button), Qt::LeftButton);
}

// Shows the case's Sessions tab with its first session selected.
QTreeWidget *selectFirstSession(MainWindow &window, qint64 caseId)
{
    window.openCase(caseId);
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("caseTabs"));
    tabs->setCurrentIndex(2);
    auto *sessions = child<QTreeWidget>(&window, "caseSessions");
    REQUIRE(sessions->topLevelItemCount() >= 1);
    sessions->setCurrentItem(sessions->topLevelItem(0));
    return sessions;
}

// What the schedule's cell of that day says.
QString scheduleCell(MainWindow &window, const QDate &day)
{
    ScheduleView *schedule = window.schedule();
    schedule->showMonth(QDate(day.year(), day.month(), 1));
    const int cell = int(schedule->firstShown().daysTo(day));
    auto *label = qobject_cast<QLabel *>(schedule->grid()->cellWidget(cell / 7, cell % 7));
    REQUIRE(label != nullptr);
    return label->text();
}
} // namespace

TEST_CASE("A session is rescheduled from the Sessions tab with a reason and its notice is offered",
          "[ui][gui][sessions][correct]")
{
    SessionsDesk desk;
    const qint64 mine = desk.book(0, QDateTime(QDate(2026, 12, 1), QTime(9, 30)), kFirstRoom);
    desk.book(1, QDateTime(QDate(2026, 12, 2), QTime(9, 30)), kFirstRoom);
    MainWindow window(*desk.store);
    window.show();
    selectFirstSession(window, desk.cases[0]);

    QString offered;
    bool previewed = false;
    test::withModal<DocumentPreviewDialog>(
        [&] {
            test::withModal<QMessageBox>(
                [&] {
                    test::withModal<SessionRescheduleDialog>(
                        [&] { click(&window, "rescheduleSession"); },
                        [&](SessionRescheduleDialog *dialog) {
                            child<QDateTimeEdit>(dialog, "start")
                                ->setDateTime(QDateTime(QDate(2026, 12, 2), QTime(10, 0)));
                            // No reason: refused.
                            click(dialog, "saveReschedule");
                            CHECK(dialog->isVisible());
                            CHECK(dialog->errorText().contains(QStringLiteral("say why")));
                            // The other case's room at that time: refused, naming it.
                            test::typeText(child<QLineEdit>(dialog, "reason"),
                                           QStringLiteral("申请人住院"));
                            click(dialog, "saveReschedule");
                            CHECK(dialog->isVisible());
                            CHECK(dialog->errorText().contains(
                                QStringLiteral("第一调解室 is booked for （2026）化解字第2号")));
                            screenshot(dialog, "session-reschedule-clash");
                            CHECK(desk.store->sessions().load(mine).value().start.date() ==
                                  QDate(2026, 12, 1));
                            // The other room is free.
                            auto *room = child<QComboBox>(dialog, "room");
                            room->setCurrentIndex(room->findData(kSecondRoom));
                            click(dialog, "saveReschedule");
                            INFO(dialog->errorText().toStdString());
                            CHECK_FALSE(dialog->isVisible());
                        });
                },
                [&](QMessageBox *box) {
                    offered = box->text();
                    box->button(QMessageBox::Yes)->click();
                });
        },
        [&](DocumentPreviewDialog *preview) {
            previewed = true;
            CHECK(preview->windowTitle().contains(QStringLiteral("Notice of a mediation session")));
        });
    CHECK(offered.contains(QStringLiteral("2026-12-02 10:00")));
    CHECK(offered.contains(QStringLiteral("张三")));
    CHECK(offered.contains(QStringLiteral("王五")));
    CHECK(previewed);
    CHECK(window.findChild<QTabWidget *>(QStringLiteral("caseTabs"))->currentWidget() ==
          window.findChild<CaseDocumentsView *>());

    const Session moved = desk.store->sessions().load(mine).value();
    CHECK(moved.start == QDateTime(QDate(2026, 12, 2), QTime(10, 0)));
    CHECK(moved.room == kSecondRoom);
    CHECK(desk.store->cases().history(desk.cases[0]).value().last().action ==
          QStringLiteral("reschedule_session"));
    CHECK(child<QTreeWidget>(&window, "caseSessions")
              ->topLevelItem(0)
              ->toolTip(0)
              .contains(QStringLiteral("申请人住院")));
    CHECK_FALSE(scheduleCell(window, QDate(2026, 12, 1)).contains(QStringLiteral("09:30")));
    CHECK(scheduleCell(window, QDate(2026, 12, 2)).contains(QStringLiteral("10:00 第1号")));
}

TEST_CASE("A session is cancelled from the Sessions tab with a reason and leaves the schedule",
          "[ui][gui][sessions][correct]")
{
    SessionsDesk desk;
    const qint64 mine = desk.book(0, QDateTime(QDate(2026, 11, 30), QTime(9, 30)), kFirstRoom);
    MainWindow window(*desk.store);
    window.show();
    CHECK(scheduleCell(window, QDate(2026, 11, 30)).contains(QStringLiteral("09:30 第1号")));
    selectFirstSession(window, desk.cases[0]);

    test::withModal<SessionCancelDialog>(
        [&] { click(&window, "cancelSession"); },
        [&](SessionCancelDialog *dialog) {
            click(dialog, "confirmCancel");
            CHECK(dialog->isVisible());
            CHECK(dialog->errorText().contains(QStringLiteral("say why")));
            test::typeText(child<QLineEdit>(dialog, "reason"), QStringLiteral("双方已自行和解"));
            screenshot(dialog, "session-cancel");
            click(dialog, "confirmCancel");
            INFO(dialog->errorText().toStdString());
            CHECK_FALSE(dialog->isVisible());
        });
    CHECK(desk.store->sessions().load(mine).value().isCancelled());
    auto *sessions = child<QTreeWidget>(&window, "caseSessions");
    REQUIRE(sessions->topLevelItemCount() == 1);
    CHECK(sessions->topLevelItem(0)->text(3) == QStringLiteral("Cancelled"));
    CHECK(sessions->topLevelItem(0)->toolTip(0).contains(QStringLiteral("双方已自行和解")));
    CHECK(child<QWidget>(&window, "caseHistory")
              ->property("plainText")
              .toString()
              .contains(QStringLiteral("双方已自行和解")));
    // Off the month and the desk's coming week.
    CHECK_FALSE(scheduleCell(window, QDate(2026, 11, 30)).contains(QStringLiteral("09:30")));
    QSignalSpy counted(window.desk(), &DeskView::refreshed);
    window.desk()->refresh();
    REQUIRE(counted.wait(10000));
    const QTreeWidget *deskTree = child<QTreeWidget>(window.desk(), "deskTree");
    for (int i = 0; i < deskTree->topLevelItemCount(); ++i)
        if (deskTree->topLevelItem(i)->text(0).startsWith(QStringLiteral("Sessions")))
            CHECK(deskTree->topLevelItem(i)->childCount() == 0);

    // Cancelled, it can be neither moved nor cancelled again: the reason, nothing changed.
    sessions->setCurrentItem(sessions->topLevelItem(0));
    for (const char *button : {"rescheduleSession", "cancelSession"}) {
        QString refusal;
        test::withModal<QMessageBox>([&] { click(&window, button); },
                                     [&](QMessageBox *box) { refusal = box->text(); });
        CHECK(refusal.contains(QStringLiteral("was cancelled")));
    }
    // Nor minuted.
    test::withModal<SessionOutcomeDialog>(
        [&] { click(&window, "recordSession"); },
        [&](SessionOutcomeDialog *dialog) {
            click(dialog, "saveOutcome");
            CHECK(dialog->isVisible());
            CHECK(dialog->errorText().contains(QStringLiteral("was cancelled")));
        });
    CHECK(desk.store->cases().history(desk.cases[0]).value().last().action ==
          QStringLiteral("cancel_session"));
    CHECK(desk.store->events().verify().value().intact());
}

TEST_CASE("The session dialog proposes a free room and time and calls every side",
          "[ui][gui][sessions]")
{
    SessionsDesk desk;
    MainWindow window(*desk.store);
    window.show();
    const auto proposal = [&](int index) {
        window.openCase(desk.cases[index]);
        QString room;
        QDateTime start;
        test::withModal<SessionDialog>([&] { click(&window, "scheduleSession"); },
                                       [&](SessionDialog *dialog) {
                                           room = child<QComboBox>(dialog, "room")->currentText();
                                           start =
                                               child<QDateTimeEdit>(dialog, "start")->dateTime();
                                       });
        return std::make_pair(start, room);
    };
    // Notified today, Wednesday: the earliest day is Monday 11-30.
    const QDateTime monday(QDate(2026, 11, 30), QTime(9, 30));
    CHECK(proposal(1) == std::make_pair(monday, kFirstRoom));
    desk.book(0, monday, kFirstRoom);
    CHECK(proposal(1) == std::make_pair(monday, kSecondRoom));
    desk.book(2, QDateTime(QDate(2026, 11, 30), QTime(9, 0)), kSecondRoom, 120);
    CHECK(proposal(1) == std::make_pair(QDateTime(QDate(2026, 11, 30), QTime(11, 0)), kFirstRoom));

    // Every agency by its name (none has named its people yet), the company's legal representative.
    window.openCase(desk.cases[1]);
    QStringList called;
    test::withModal<SessionDialog>(
        [&] { click(&window, "scheduleSession"); },
        [&](SessionDialog *dialog) {
            auto *table = child<QTableWidget>(dialog, "participants");
            for (int row = 0; row < table->rowCount(); ++row)
                called.append(
                    QStringLiteral("%1 %2 %3")
                        .arg(static_cast<VocabularyCombo *>(table->cellWidget(row, 0))->code(),
                             table->item(row, 1)->text(), table->item(row, 2)->text())
                        .trimmed());
            screenshot(dialog, "session-participants");
        });
    CHECK(called.contains(QStringLiteral("agency 石嘴山市自然资源局")));
    CHECK(called.contains(QStringLiteral("agency 大武口区人民政府")));
    CHECK(called.contains(QStringLiteral("legal_representative 王五 石嘴山市星海物流有限公司")));
}
