#include "actiondialog.h"
#include "calendardialog.h"
#include "caseformdialog.h"
#include "caselistmodel.h"
#include "clock.h"
#include "dayedit.h"
#include "deskview.h"
#include "mainwindow.h"
#include "optionaldateedit.h"
#include "partytablemodel.h"
#include "scheduleview.h"
#include "sessiondialog.h"
#include "store/store.h"
#include "support/chineseinterface.h"
#include "support/listsearch.h"
#include "support/modal.h"
#include "support/newagencies.h"
#include "support/samplecase.h"
#include "support/typing.h"
#include "support/widgets.h"
#include "vocabularycombo.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>

#include <catch2/catch.hpp>

using namespace huajie;
using test::child;
using test::screenshot;

namespace {
// Fills the registration form as a mediator would: the case, two
// applicants (one represented by a lawyer with special authority) and two
// agencies, edited in the parties table.
void fillForm(CaseFormDialog *form, const QString &idNumber)
{
    child<VocabularyCombo>(form, "source")->setCode(QStringLiteral("court_in_trial"));
    test::typeText(child<QWidget>(form, "referringUnit")->findChild<QLineEdit *>(),
                   QStringLiteral("惠农区人民法院"));
    test::typeText(child<QLineEdit>(form, "referralNumber"),
                   QStringLiteral("（2026）宁0205委调3号"));
    test::typeText(child<QLineEdit>(form, "disputedAct"), QStringLiteral("工伤认定决定"));
    child<VocabularyCombo>(form, "actKind")->setCode(QStringLiteral("work_injury"));
    child<QSpinBox>(form, "persons")->setValue(2);
    child<VocabularyCombo>(form, "consentForm")->setCode(QStringLiteral("signed_consent"));

    auto *view = child<QTableView>(form, "partyTable");
    QAbstractItemModel *parties = view->model();
    // The form starts with an applicant and an agency row.
    REQUIRE(parties->rowCount() == 2);
    parties->setData(parties->index(0, PartyTableModel::Name), QStringLiteral("海国庆"));
    parties->setData(parties->index(0, PartyTableModel::IdNumber), idNumber);
    parties->setData(parties->index(0, PartyTableModel::AttendsInPerson), Qt::Unchecked,
                     Qt::CheckStateRole);
    parties->setData(parties->index(1, PartyTableModel::Name),
                     QStringLiteral("惠农区人力资源和社会保障局"));

    QTest::mouseClick(child<QPushButton>(form, "add_applicant"), Qt::LeftButton);
    parties->setData(parties->index(2, PartyTableModel::Name), QStringLiteral("马秀兰"));
    QTest::mouseClick(child<QPushButton>(form, "add_agency"), Qt::LeftButton);
    parties->setData(parties->index(3, PartyTableModel::Name), QStringLiteral("惠农区人民政府"));

    view->setCurrentIndex(parties->index(0, PartyTableModel::Name));
    QTest::mouseClick(child<QPushButton>(form, "addAgent"), Qt::LeftButton);
    QAbstractItemModel *agents = child<QTableView>(form, "agentTable")->model();
    REQUIRE(agents->rowCount() == 1);
    agents->setData(agents->index(0, 0), QStringLiteral("周律师"));
    agents->setData(agents->index(0, AgentTableModel::Authority), QStringLiteral("special"),
                    AgentTableModel::CodeRole);
}

// Opens the registration form from the main window's action, lets `drive`
// work on it while it is modal, and returns once it has closed.
void withRegistrationForm(MainWindow &window, const std::function<void(CaseFormDialog *)> &drive)
{
    test::withModal<CaseFormDialog>(
        [&] { window.findChild<QAction *>(QStringLiteral("actionRegister"))->trigger(); }, drive);
}
} // namespace

TEST_CASE("A day is typed as it is written in a date field that opens with its year selected",
          "[ui][gui]")
{
    for (const QDate &shown : {QDate(2026, 12, 2), QDate(2026, 1, 15)}) {
        DayEdit edit(shown);
        edit.show();
        edit.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&edit));
        edit.setFocus();
        edit.setSelectedSection(QDateTimeEdit::YearSection);
        QTest::keyClicks(&edit, QStringLiteral("2026-11-28"));
        CHECK(edit.date().toString(Qt::ISODate).toStdString() == "2026-11-28");
    }
}

TEST_CASE("Escape on a filled registration form asks before it discards what was typed",
          "[ui][gui]")
{
    Clock::setToday(test::kToday);
    test::TempDatabase file;
    auto store = Store::open(file.path(), StoreAccess::Create);
    REQUIRE(store.ok());
    MainWindow window(*store.value());
    window.show();
    // Nothing typed: Escape closes at once.
    withRegistrationForm(window, [](CaseFormDialog *form) {
        QTest::keyClick(form, Qt::Key_Escape);
        CHECK_FALSE(form->isVisible());
    });
    withRegistrationForm(window, [](CaseFormDialog *form) {
        fillForm(form, QStringLiteral("11010519491231002X"));
        test::withModal<QMessageBox>([&] { QTest::keyClick(form, Qt::Key_Escape); },
                                     [](QMessageBox *box) {
                                         CHECK(box->text().contains(QStringLiteral("not saved")));
                                         box->button(QMessageBox::Cancel)->click();
                                     });
        CHECK(form->isVisible());
        test::withModal<QMessageBox>(
            [&] { QTest::keyClick(form, Qt::Key_Escape); },
            [](QMessageBox *box) { box->button(QMessageBox::Discard)->click(); });
        CHECK_FALSE(form->isVisible());
    });
    CHECK(store.value()->cases().count().value() == 0);
    Clock::setToday({});
}

TEST_CASE("A case registered through the form shows in the list and survives a restart",
          "[ui][gui]")
{
    Clock::setToday(test::kToday);
    test::TempDatabase file;
    QString number;
    {
        auto store = Store::open(file.path(), StoreAccess::Create);
        REQUIRE(store.ok());
        MainWindow window(*store.value());
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));

        // A bad ID number: the form says which field, stays open, and saves nothing.
        withRegistrationForm(window, [](CaseFormDialog *form) {
            fillForm(form, QStringLiteral("110105194912310021"));
            QTest::mouseClick(child<QPushButton>(form, "saveButton"), Qt::LeftButton);
            CHECK(form->isVisible());
            screenshot(form, "form-refused");
            CHECK(form->errorText().contains(
                QStringLiteral("Applicant 1 (海国庆) › Resident ID number")));
        });
        CHECK(store.value()->cases().count().value() == 0);
        CHECK(window.caseView()->model()->rowCount() == 0);

        withRegistrationForm(window, [](CaseFormDialog *form) {
            fillForm(form, QStringLiteral("11010519491231002X"));
            // Both agencies are new to the directory: the form asks first.
            test::AddingNewAgencies adding;
            QTest::mouseClick(child<QPushButton>(form, "saveButton"), Qt::LeftButton);
            INFO(form->errorText().toStdString());
            CHECK_FALSE(form->isVisible());
            CHECK(adding.asked() == 2);
        });
        REQUIRE(window.caseView()->model()->rowCount() == 1);
        screenshot(&window, "main-registered");
        number = window.caseView()->model()->index(0, CaseListModel::Number).data().toString();
        CHECK(number == QStringLiteral("（2026）化解字第1号"));
        CHECK(window.caseView()->model()->index(0, CaseListModel::Applicants).data().toString() ==
              QStringLiteral("海国庆、马秀兰"));
    }
    // A restart: a new store and window over the same file.
    auto store = Store::open(file.path(), StoreAccess::Create);
    REQUIRE(store.ok());
    MainWindow window(*store.value());
    window.show();
    REQUIRE(test::searchList(window, QStringLiteral("马秀兰")));
    REQUIRE(window.caseView()->model()->rowCount() == 1);
    auto stored = store.value()->cases().loadByNumber(number);
    REQUIRE(stored.ok());
    const CaseRecord &c = stored.value();
    CHECK(c.parties.size() == 4);
    CHECK(c.parties[0].agents.size() == 1);
    CHECK(c.parties[0].agents[0].authority == QStringLiteral("special"));
    CHECK(c.parties[0].birthDate == QDate(1949, 12, 31));
    CHECK(c.parties[1].lead);
    CHECK(c.referringUnit == QStringLiteral("惠农区人民法院"));
    REQUIRE(test::searchList(window, QStringLiteral(" 不在")));
    CHECK(window.caseView()->model()->rowCount() == 0);
    Clock::setToday({});
}

TEST_CASE("The form keeps the referral's dates and refuses them out of order, in Chinese",
          "[ui][gui][zh]")
{
    Clock::setToday(test::kToday);
    test::TempDatabase file;
    auto store = Store::open(file.path(), StoreAccess::Create);
    REQUIRE(store.ok());
    MainWindow window(*store.value());
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    {
        test::ChineseInterface chinese;
        withRegistrationForm(window, [](CaseFormDialog *form) {
            fillForm(form, QStringLiteral("11010519491231002X"));
            auto *received = child<OptionalDateEdit>(form, "courtReceivedOn");
            auto *referred = child<OptionalDateEdit>(form, "referredOn");
            const auto save = [&](const char *receivedText, const char *referredText) {
                received->setDate({});
                referred->setDate({});
                test::typeText(received->lineEdit(), QString::fromUtf8(receivedText));
                test::typeText(referred->lineEdit(), QString::fromUtf8(referredText));
                QTest::mouseClick(child<QPushButton>(form, "saveButton"), Qt::LeftButton);
                CHECK(form->isVisible());
                return form->errorText();
            };
            // The referral after registration (today), before the receipt, not a date.
            QString said = save("2026-11-20", "2026-11-26");
            CHECK(said.contains(QStringLiteral("委托日期")));
            CHECK(said.contains(QStringLiteral("2026-11-25")));
            CHECK(test::englishWordsBesides(said, {}).isEmpty());
            said = save("2026-11-20", "2026-11-19");
            CHECK(said.contains(QStringLiteral("委托日期")));
            CHECK(said.contains(QStringLiteral("2026-11-20")));
            CHECK(test::englishWordsBesides(said, {}).isEmpty());
            said = save("2026-02-30", "");
            CHECK(said.contains(QStringLiteral("委托单位收案日期")));
            CHECK(test::englishWordsBesides(said, {QStringLiteral("2026-02-30")}).isEmpty());
        });
    }
    CHECK(store.value()->cases().count().value() == 0);
    withRegistrationForm(window, [](CaseFormDialog *form) {
        fillForm(form, QStringLiteral("11010519491231002X"));
        test::typeText(child<OptionalDateEdit>(form, "courtReceivedOn")->lineEdit(),
                       QStringLiteral("2026-11-16"));
        test::typeText(child<OptionalDateEdit>(form, "referredOn")->lineEdit(),
                       QStringLiteral("2026-11-19"));
        test::AddingNewAgencies adding;
        QTest::mouseClick(child<QPushButton>(form, "saveButton"), Qt::LeftButton);
        INFO(form->errorText().toStdString());
        CHECK_FALSE(form->isVisible());
    });
    auto stored = store.value()->cases().loadByNumber(QStringLiteral("（2026）化解字第1号"));
    REQUIRE(stored.ok());
    CHECK(stored.value().courtReceivedOn == QDate(2026, 11, 16));
    CHECK(stored.value().referredOn == QDate(2026, 11, 19));
    Clock::setToday({});
}

TEST_CASE("Selecting a case shows it beside the list", "[ui][gui]")
{
    test::TempDatabase file;
    auto store = Store::open(file.path(), StoreAccess::Create);
    REQUIRE(store.ok());
    REQUIRE(store.value()->cases().registerCase(test::sampleCase(), test::kToday).ok());
    MainWindow window(*store.value());
    window.show();
    window.caseView()->setCurrentIndex(window.caseView()->model()->index(0, 0));
    auto *detail = window.findChild<QWidget *>(QStringLiteral("caseDetail"));
    REQUIRE(detail != nullptr);
    const QString text = detail->property("plainText").toString();
    CHECK(window.findChild<QLabel *>(QStringLiteral("caseTitle"))->text() ==
          QStringLiteral("（2026）化解字第1号"));
    CHECK(text.contains(QStringLiteral("李律师")));
    CHECK(text.contains(QStringLiteral("石嘴山市自然资源局")));
}

TEST_CASE("Actions run from the case panel and the history shows them", "[ui][gui][lifecycle]")
{
    Clock::setToday(QDate(2026, 11, 25));
    test::TempDatabase file;
    auto store = Store::open(file.path(), StoreAccess::Create);
    REQUIRE(store.ok());
    REQUIRE(store.value()->cases().registerCase(test::sampleCase(), test::kToday).ok());
    MainWindow window(*store.value());
    window.show();
    window.caseView()->setCurrentIndex(window.caseView()->model()->index(0, 0));

    // Disabled actions say why, in their tooltip.
    auto *all = window.findChild<QToolButton *>(QStringLiteral("allActions"));
    REQUIRE(all != nullptr);
    bool explained = false;
    for (QAction *action : all->menu()->actions())
        if (!action->isEnabled())
            explained = explained || action->toolTip().contains(QStringLiteral("Possible only"));
    CHECK(explained);

    const auto runDialog = [&](const char *button,
                               const std::function<void(ActionDialog *)> &drive) {
        auto *start = window.findChild<QPushButton *>(QString::fromLatin1(button));
        REQUIRE(start != nullptr);
        test::withModal<ActionDialog>([&] { QTest::mouseClick(start, Qt::LeftButton); }, drive);
    };

    // Reason 3 is refused while the agency has done nothing wrong yet.
    runDialog("action_terminate", [](ActionDialog *dialog) {
        child<VocabularyCombo>(dialog, "reason")->setCode(QStringLiteral("agency_absent"));
        QTest::mouseClick(child<QPushButton>(dialog, "applyButton"), Qt::LeftButton);
        CHECK(dialog->isVisible());
        CHECK(dialog->errorText().contains(QStringLiteral("plan deadline")));
        screenshot(dialog, "action-refused");
    });
    CHECK(store.value()->cases().load(1).value().state == QStringLiteral("registered"));

    runDialog("action_notify_agency", [](ActionDialog *dialog) {
        child<QDateEdit>(dialog, "dispatchedOn")->setDate(QDate(2026, 11, 21));
        QTest::mouseClick(child<QPushButton>(dialog, "applyButton"), Qt::LeftButton);
        INFO(dialog->errorText().toStdString());
        CHECK_FALSE(dialog->isVisible());
    });
    CHECK(window.caseView()->model()->index(0, CaseListModel::State).data().toString() ==
          QStringLiteral("Agency notified"));
    auto *history = window.findChild<QTextBrowser *>(QStringLiteral("caseHistory"));
    REQUIRE(history != nullptr);
    CHECK(history->toPlainText().contains(QStringLiteral("Send the notice to the agency")));
    CHECK(history->toPlainText().contains(QStringLiteral("2026-11-21")));
    CHECK(window.findChild<QPushButton *>(QStringLiteral("action_receive_plan")) ==
          nullptr); // receipt first
    CHECK(window.findChild<QPushButton *>(QStringLiteral("action_record_notice_receipt")) !=
          nullptr);
    screenshot(&window, "main-after-action");
    Clock::setToday({});
}

TEST_CASE("Under the lushan profile the case panel invites the procuratorate (第四条)",
          "[ui][gui][lifecycle][earlyinvolvement]")
{
    Clock::setToday(QDate(2026, 11, 25));
    test::TempDatabase file;
    auto store = Store::open(file.path(), StoreAccess::Create);
    REQUIRE(store.ok());
    REQUIRE(store.value()->chooseProfile(QStringLiteral("lushan")).ok());
    CaseRecord reconsideration = test::sampleCase();
    reconsideration.source = QStringLiteral("reconsideration");
    reconsideration.suitabilityGround = QStringLiteral("compensation_discretion");
    REQUIRE(store.value()->cases().registerCase(reconsideration, test::kToday).ok());
    MainWindow window(*store.value());
    window.show();
    window.caseView()->setCurrentIndex(window.caseView()->model()->index(0, 0));
    const auto runDialog = [&](const char *button,
                               const std::function<void(ActionDialog *)> &drive) {
        auto *start = window.findChild<QPushButton *>(QString::fromLatin1(button));
        REQUIRE(start != nullptr);
        test::withModal<ActionDialog>([&] { QTest::mouseClick(start, Qt::LeftButton); }, drive);
    };
    CHECK(window.findChild<QPushButton *>(QStringLiteral("action_send_invitation")) == nullptr);
    runDialog("action_accept_reconsideration", [](ActionDialog *dialog) {
        // Accepted by the government office before the case came to the center.
        child<QDateEdit>(dialog, "acceptedOn")->setDate(QDate(2026, 11, 10));
        QTest::mouseClick(child<QPushButton>(dialog, "applyButton"), Qt::LeftButton);
        INFO(dialog->errorText().toStdString());
        CHECK_FALSE(dialog->isVisible());
    });
    runDialog("action_send_invitation", [](ActionDialog *dialog) {
        child<QDateEdit>(dialog, "sentOn")->setDate(QDate(2026, 11, 21));
        // 第四条: the office invites the procuratorate, and no other body.
        auto *invited = child<VocabularyCombo>(dialog, "invited");
        CHECK(invited->code() == QStringLiteral("procuratorate"));
        CHECK(invited->findData(QStringLiteral("court")) < 0);
        CHECK(child<VocabularyCombo>(dialog, "inviter")->code() ==
              QStringLiteral("government_office"));
        QTest::mouseClick(child<QPushButton>(dialog, "applyButton"), Qt::LeftButton);
        INFO(dialog->errorText().toStdString());
        CHECK_FALSE(dialog->isVisible());
    });
    CHECK(window.findChild<QPushButton *>(QStringLiteral("action_record_invitation_receipt")) !=
          nullptr);
    const QString detail =
        window.findChild<QWidget *>(QStringLiteral("caseDetail"))->property("plainText").toString();
    CHECK(detail.contains(QStringLiteral("Invitation from Government office (reconsideration) to "
                                         "Procuratorate")));
    auto *newDocument = window.findChild<QToolButton *>(QStringLiteral("newDocument"));
    REQUIRE(newDocument != nullptr);
    QStringList documents;
    for (QAction *action : newDocument->menu()->actions())
        documents.append(action->text());
    CHECK(documents.contains(QStringLiteral("Invitation to take part early")));
    CHECK(documents.contains(QStringLiteral("Reply to an invitation")));
    Clock::setToday({});
}

TEST_CASE("The desk shows an overdue case in red and explains it on a click", "[ui][gui][deadline]")
{
    Clock::setToday(test::kToday);
    test::TempDatabase file;
    auto store = Store::open(file.path(), StoreAccess::Create);
    REQUIRE(store.ok());
    // Registered on the 20th and no notice sent by the 25th: D1 is overdue.
    const qint64 id =
        store.value()->cases().registerCase(test::sampleCase(), test::kToday).value().id;
    MainWindow window(*store.value());
    window.show();
    QSignalSpy counted(window.desk(), &DeskView::refreshed);
    if (window.desk()->isCounting())
        REQUIRE(counted.wait(10000));
    auto *tree = window.findChild<QTreeWidget *>(QStringLiteral("deskTree"));
    REQUIRE(tree != nullptr);
    QTreeWidgetItem *overdue = tree->topLevelItem(0);
    REQUIRE(overdue->childCount() >= 1);
    QTreeWidgetItem *row = overdue->child(0);
    CHECK(row->text(2) == QStringLiteral("（2026）化解字第1号"));
    CHECK(row->text(1) == QStringLiteral("Send the notice to the agency"));
    CHECK(row->foreground(0).color() == QColor(0xb0, 0x00, 0x20));

    tree->setCurrentItem(row);
    auto *explanation = window.findChild<QTextBrowser *>(QStringLiteral("deskExplanation"));
    CHECK(explanation->toPlainText().contains(QStringLiteral("Due on 2026-11-23")));
    CHECK(explanation->toPlainText().contains(QStringLiteral("overdue by 2 days")));
    screenshot(&window, "desk-overdue");

    // The reminder at start names it.
    test::withModal<QMessageBox>(
        [&] { window.greet(); },
        [](QMessageBox *box) {
            CHECK(box->informativeText().contains(QStringLiteral("（2026）化解字第1号")));
        });

    Q_EMIT tree->itemActivated(row, 0);
    CHECK(window.findChild<QTabWidget *>(QStringLiteral("pages"))->currentIndex() == 1);
    CHECK(window.caseView()->currentIndex().data(CaseListModel::CaseIdRole).toLongLong() == id);
    Clock::setToday({});
}

TEST_CASE("Importing the 2027 notice in the calendar dialog turns a provisional deadline final",
          "[ui][gui][deadline]")
{
    Clock::setToday(QDate(2026, 12, 28));
    test::TempDatabase file;
    auto store = Store::open(file.path(), StoreAccess::Create);
    REQUIRE(store.ok());
    CaseRecord late = test::sampleCase();
    late.registeredOn = QDate(2026, 12, 20);
    late.consentDate = QDate(2026, 12, 20);
    REQUIRE(store.value()->cases().registerCase(late, QDate(2026, 12, 28)).ok());
    MainWindow window(*store.value());
    window.show();
    window.caseView()->setCurrentIndex(window.caseView()->model()->index(0, 0));
    auto *deadlines = window.findChild<QTreeWidget *>(QStringLiteral("caseDeadlines"));
    REQUIRE(deadlines != nullptr);
    const auto finishRow = [deadlines] {
        for (int i = 0; i < deadlines->topLevelItemCount(); ++i)
            if (deadlines->topLevelItem(i)->text(0) == QStringLiteral("Finish the mediation"))
                return deadlines->topLevelItem(i);
        return static_cast<QTreeWidgetItem *>(nullptr);
    };
    REQUIRE(finishRow() != nullptr);
    CHECK(finishRow()->text(2).contains(QStringLiteral("provisional")));

    QTemporaryDir dir;
    QFile notice(dir.filePath(QStringLiteral("2027.json")));
    REQUIRE(notice.open(QIODevice::WriteOnly));
    notice.write(R"({"year": 2027, "papers": ["https://www.gov.cn/2027"], "days": [
        {"name": "元旦", "date": "2027-01-01", "isOffDay": true}]})");
    notice.close();
    bool imported = false;
    test::withModal<CalendarDialog>([&] { window.showCalendar(); },
                                    [&](CalendarDialog *dialog) {
                                        dialog->reasonField()->setText(
                                            QStringLiteral("国务院办公厅通知"));
                                        dialog->importFile(notice.fileName());
                                        CHECK(dialog->message().isEmpty());
                                        screenshot(dialog, "calendar-imported");
                                        imported = dialog->changed();
                                    });
    REQUIRE(imported);
    REQUIRE(finishRow() != nullptr);
    CHECK_FALSE(finishRow()->text(2).contains(QStringLiteral("provisional")));
    CHECK(finishRow()->text(1) == QStringLiteral("2027-01-19"));
    CHECK(store.value()->calendar().changes().value().at(0).reason ==
          QStringLiteral("国务院办公厅通知"));
    Clock::setToday({});
}

TEST_CASE("A hearing is scheduled from the case, shows in the month, refuses a double booking and "
          "takes its minutes",
          "[ui][gui][sessions]")
{
    Clock::setToday(test::kToday);
    test::TempDatabase file;
    auto store = Store::open(file.path(), StoreAccess::Create);
    REQUIRE(store.ok());
    REQUIRE(store.value()
                ->directories()
                .save(DirectoryKind::Rooms, {0, {QStringLiteral("第一调解室")}})
                .ok());
    const qint64 first =
        store.value()->cases().registerCase(test::sampleCase(), test::kToday).value().id;
    CaseRecord other = test::sampleCase();
    other.judge.clear();
    other.leadMediator = QStringLiteral("孙丽萍");
    const qint64 second = store.value()->cases().registerCase(other, test::kToday).value().id;
    MainWindow window(*store.value());
    window.show();

    const auto scheduleFor = [&](qint64 caseId, const std::function<void(SessionDialog *)> &drive) {
        window.openCase(caseId);
        test::withModal<SessionDialog>(
            [&] {
                QTest::mouseClick(
                    window.findChild<QPushButton *>(QStringLiteral("scheduleSession")),
                    Qt::LeftButton);
            },
            drive);
    };
    // Notified today (Wednesday), a hearing on Friday is too soon: the dialog says
    // so and takes it once a reason is given.
    scheduleFor(first, [](SessionDialog *dialog) {
        child<QDateTimeEdit>(dialog, "start")
            ->setDateTime(QDateTime(QDate(2026, 11, 27), QTime(9, 30)));
        QTest::mouseClick(child<QPushButton>(dialog, "saveSession"), Qt::LeftButton);
        CHECK(dialog->isVisible());
        CHECK(dialog->errorText().contains(QStringLiteral("no earlier than 2026-11-30")));
        test::typeText(child<QLineEdit>(dialog, "shortNoticeReason"),
                       QStringLiteral("各方同意提前"));
        QTest::mouseClick(child<QPushButton>(dialog, "saveSession"), Qt::LeftButton);
        INFO(dialog->errorText().toStdString());
        CHECK_FALSE(dialog->isVisible());
    });
    // The other case in the same room at the same time: refused, the clash named.
    scheduleFor(second, [](SessionDialog *dialog) {
        child<QDateTimeEdit>(dialog, "start")
            ->setDateTime(QDateTime(QDate(2026, 11, 27), QTime(10, 0)));
        test::typeText(child<QLineEdit>(dialog, "shortNoticeReason"), QStringLiteral("紧急"));
        QTest::mouseClick(child<QPushButton>(dialog, "saveSession"), Qt::LeftButton);
        CHECK(dialog->isVisible());
        CHECK(dialog->errorText().contains(
            QStringLiteral("第一调解室 is booked for （2026）化解字第1号")));
        screenshot(dialog, "session-clash");
    });
    CHECK(store.value()
              ->sessions()
              .between(QDate(2026, 11, 27), QDate(2026, 11, 27))
              .value()
              .size() == 1);

    // In the month view, beside the case's deadlines.
    QSignalSpy counted(window.desk(), &DeskView::refreshed);
    if (window.desk()->isCounting())
        REQUIRE(counted.wait(10000));
    ScheduleView *schedule = window.schedule();
    schedule->showMonth(QDate(2026, 11, 1));
    const QDate friday(2026, 11, 27);
    const int cell = int(schedule->firstShown().daysTo(friday));
    auto *label = qobject_cast<QLabel *>(schedule->grid()->cellWidget(cell / 7, cell % 7));
    REQUIRE(label != nullptr);
    CHECK(label->text().contains(QStringLiteral("09:30 第1号")));
    const int d1 = int(schedule->firstShown().daysTo(QDate(2026, 11, 23)));
    CHECK(qobject_cast<QLabel *>(schedule->grid()->cellWidget(d1 / 7, d1 % 7))
              ->text()
              .contains(QStringLiteral("D1")));
    window.findChild<QTabWidget *>(QStringLiteral("pages"))->setCurrentWidget(schedule);
    screenshot(&window, "schedule-month");
    QTemporaryDir exported;
    const QString ics = exported.filePath(QStringLiteral("month.ics"));
    REQUIRE(schedule->exportICalendar(ics));
    QFile icsFile(ics);
    REQUIRE(icsFile.open(QIODevice::ReadOnly));
    CHECK(icsFile.readAll().contains("DTSTART;TZID=Asia/Shanghai:20261127T093000"));

    // Afterwards: attendance and minutes.
    Clock::setToday(QDate(2026, 11, 27));
    window.openCase(first);
    auto *sessions = window.findChild<QTreeWidget *>(QStringLiteral("caseSessions"));
    REQUIRE(sessions->topLevelItemCount() == 1);
    sessions->setCurrentItem(sessions->topLevelItem(0));
    bool recorded = false;
    test::withModal<SessionOutcomeDialog>(
        [&] {
            QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("recordSession")),
                              Qt::LeftButton);
        },
        [&](SessionOutcomeDialog *dialog) {
            test::typeText(child<QPlainTextEdit>(dialog, "minutes"),
                           QStringLiteral("双方陈述意见，同意继续协商。"));
            QTest::mouseClick(child<QPushButton>(dialog, "saveOutcome"), Qt::LeftButton);
            INFO(dialog->errorText().toStdString());
            recorded = !dialog->isVisible();
        });
    CHECK(recorded);
    const Session held = store.value()->sessions().forCase(first).value().first();
    CHECK(held.status == QStringLiteral("held"));
    CHECK(held.minutes == QStringLiteral("双方陈述意见，同意继续协商。"));
    CHECK(store.value()->cases().load(first).value().progress.firstHearingOn == friday);
    Clock::setToday({});
}

TEST_CASE("The desk offers a reconsideration case its own withdrawal under the ruzhou steps",
          "[ui][gui][lifecycle]")
{
    Clock::setToday(test::kToday);
    test::TempDatabase file;
    auto store = Store::open(file.path(), StoreAccess::Create);
    REQUIRE(store.ok());
    REQUIRE(store.value()->chooseProfile(QStringLiteral("ruzhou")).ok());
    CaseRecord reconsideration = test::sampleCase();
    reconsideration.source = QStringLiteral("reconsideration_during");
    reconsideration.referringUnit = QStringLiteral("汝州市人民政府");
    REQUIRE(store.value()->cases().registerCase(reconsideration, test::kToday).ok());
    const auto act = [&](const char *action, const char *input) {
        auto moved = store.value()->cases().transition(
            1, QString::fromLatin1(action), QJsonDocument::fromJson(QByteArray(input)).object(),
            test::kToday);
        INFO(action << ": "
                    << (moved.ok() ? std::string() : moved.error().describe().toStdString()));
        REQUIRE(moved.ok());
    };
    act("notify_agency", R"({"dispatchedOn": "2026-11-21"})");
    {
        MainWindow window(*store.value());
        window.show();
        window.caseView()->setCurrentIndex(window.caseView()->model()->index(0, 0));
        // No plan asked first: mediation starts from the notice.
        CHECK(window.findChild<QPushButton *>(QStringLiteral("action_start_mediation")) != nullptr);
    }
    act("start_mediation", R"({"startedOn": "2026-11-23"})");
    act("reach_agreement", R"({"signedOn": "2026-11-24", "effect": "on_signature",
        "terms": "重新核定补偿", "signatures": [{"party": "张三", "signedBy": "李律师"},
        {"party": "石嘴山市星海物流有限公司"}, {"party": "石嘴山市自然资源局"},
        {"party": "大武口区人民政府"}]})");
    MainWindow window(*store.value());
    window.show();
    window.caseView()->setCurrentIndex(window.caseView()->model()->index(0, 0));

    CHECK(window.findChild<QPushButton *>(QStringLiteral("action_apply_withdrawal")) == nullptr);
    CHECK(window.findChild<QPushButton *>(
              QStringLiteral("action_record_reconsideration_statement")) != nullptr);
    auto *all = window.findChild<QToolButton *>(QStringLiteral("allActions"));
    REQUIRE(all != nullptr);
    QStringList labels;
    for (QAction *action : all->menu()->actions())
        labels.append(action->text());
    CHECK(labels.contains(
        QStringLiteral("Record the application to withdraw the reconsideration application")));
    CHECK_FALSE(labels.contains(QStringLiteral("Record the application to withdraw the lawsuit")));

    auto *start =
        window.findChild<QPushButton *>(QStringLiteral("action_apply_reconsideration_withdrawal"));
    REQUIRE(start != nullptr);
    test::withModal<ActionDialog>(
        [&] { QTest::mouseClick(start, Qt::LeftButton); },
        [](ActionDialog *dialog) {
            child<QDateEdit>(dialog, "appliedOn")->setDate(QDate(2026, 11, 25));
            child<QComboBox>(dialog, "appliedBy")->setCurrentIndex(1);
            QTest::mouseClick(child<QPushButton>(dialog, "applyButton"), Qt::LeftButton);
            INFO(dialog->errorText().toStdString());
            CHECK_FALSE(dialog->isVisible());
        });
    CHECK(store.value()->cases().load(1).value().progress.withdrawalAppliedOn ==
          QDate(2026, 11, 25));
    auto *details = window.findChild<QTextBrowser *>(QStringLiteral("caseDetail"));
    REQUIRE(details != nullptr);
    CHECK(details->toPlainText().contains(
        QStringLiteral("Withdrawal of the reconsideration application applied")));
    Clock::setToday({});
}
