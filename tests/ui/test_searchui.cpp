#include "caseformdialog.h"
#include "caselistmodel.h"
#include "clock.h"
#include "demo/demogenerator.h"
#include "mainwindow.h"
#include "partytablemodel.h"
#include "repeatapplicantsdialog.h"
#include "store/store.h"
#include "support/listsearch.h"
#include "support/modal.h"
#include "support/newagencies.h"
#include "support/samplecase.h"
#include "support/widgets.h"
#include "vocabularycombo.h"

#include <QAction>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

#include <catch2/catch.hpp>

using namespace huajie;
using test::child;

namespace {
QStringList shownNumbers(MainWindow &window)
{
    QStringList numbers;
    const QAbstractItemModel *rows = window.caseView()->model();
    for (int r = 0; r < rows->rowCount(); ++r)
        numbers.append(rows->index(r, CaseListModel::Number).data().toString());
    return numbers;
}

struct DeskWithCases
{
    test::TempDatabase file;
    std::unique_ptr<Store> store;
    QString sample;
    int all = 0;

    DeskWithCases()
    {
        Clock::setToday(test::kToday);
        auto opened = Store::open(file.path(), StoreAccess::Create);
        REQUIRE(opened.ok());
        store = std::move(opened).value();
        REQUIRE(loadDemoData(*store, 40, 5, test::kToday).ok());
        auto registered = store->cases().registerCase(test::sampleCase(), test::kToday);
        REQUIRE(registered.ok());
        sample = registered.value().number;
        all = store->cases().count().value();
    }
    ~DeskWithCases() { Clock::setToday({}); }
};
} // namespace

TEST_CASE("The list's filter finds a case from whatever the caller gives", "[ui][gui][search]")
{
    DeskWithCases desk;
    MainWindow window(*desk.store);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.showCaseList();
    QLineEdit *field = window.searchField();
    REQUIRE(window.caseView()->model()->rowCount() == desk.all);

    // Digits typed key by key, as on a keyboard: part of the ID number.
    field->setFocus();
    QTest::keyClicks(field, QStringLiteral("0519491231"));
    REQUIRE(QTest::qWaitFor([&] { return !window.searching(); }, 10000));
    CHECK(shownNumbers(window) == QStringList{desk.sample});
    test::screenshot(&window, "search-id-number");

    const char *fields[] = {"李律师",         // an agent
                            "王五",           // a legal representative, two characters
                            "张三",           // a two-character name
                            "M000100y43",     // a credit code, partly in lower case
                            "宁02行初7号",    // the lawsuit number
                            "2012345",        // part of the agent's phone
                            "张三 贺兰律师"}; // two words, both on the case
    for (const char *text : fields) {
        INFO(text);
        field->clear();
        REQUIRE(test::searchList(window, QString::fromUtf8(text)));
        CHECK(shownNumbers(window) == QStringList{desk.sample});
    }

    // The other filters narrow what the text found.
    auto *state = child<VocabularyCombo>(&window, "stateFilter");
    state->setCode(QStringLiteral("archived"));
    CHECK(window.caseView()->model()->rowCount() == 0);
    state->setCode(QString());
    CHECK(shownNumbers(window) == QStringList{desk.sample});

    field->clear();
    REQUIRE(test::searchList(window, QStringLiteral("没有这个人")));
    CHECK(window.caseView()->model()->rowCount() == 0);
    // Clearing the field shows every case again, at once.
    field->clear();
    CHECK_FALSE(window.searching());
    CHECK(window.caseView()->model()->rowCount() == desk.all);
}

TEST_CASE("Typing fast into the filter shows what the last text finds", "[ui][gui][search]")
{
    DeskWithCases desk;
    MainWindow window(*desk.store);
    window.show();
    window.searchField()->setFocus();
    // Every key asks for a search; the answers of the older ones are not shown.
    QTest::keyClicks(window.searchField(), QStringLiteral("13800000000"));
    REQUIRE(QTest::qWaitFor([&] { return !window.searching(); }, 10000));
    CHECK(shownNumbers(window) == QStringList{desk.sample});
    // A case registered while the filter holds text is searched for too.
    CaseRecord next = test::sampleCase();
    next.parties[0].phone = QStringLiteral("13800000000");
    next.parties[0].idNumber.clear();
    next.parties[0].birthDate = {};
    next.parties[0].name = QStringLiteral("黄河");
    auto registered = desk.store->cases().registerCase(next, test::kToday);
    REQUIRE(registered.ok());
    window.reloadCases();
    REQUIRE(QTest::qWaitFor([&] { return !window.searching(); }, 10000));
    CHECK(shownNumbers(window).size() == 2);
    CHECK(shownNumbers(window).contains(registered.value().number));
}

namespace {
// The registration form, filled with an applicant who is already on the
// sample case by his ID number under a misspelt name.
void fillRepeat(CaseFormDialog *form)
{
    child<VocabularyCombo>(form, "source")->setCode(QStringLiteral("direct"));
    child<QLineEdit>(form, "disputedAct")->setText(QStringLiteral("行政处罚决定"));
    child<VocabularyCombo>(form, "consentForm")->setCode(QStringLiteral("signed_consent"));
    QAbstractItemModel *parties = child<QTableView>(form, "partyTable")->model();
    REQUIRE(parties->rowCount() == 2);
    parties->setData(parties->index(0, PartyTableModel::Name), QStringLiteral("张叁"));
    parties->setData(parties->index(0, PartyTableModel::IdNumber),
                     QStringLiteral("11010519491231002x"));
    parties->setData(parties->index(1, PartyTableModel::Name), QStringLiteral("石嘴山市公安局"));
}

// Saves the form and answers the question about the earlier cases with `button`.
void saveAndAnswer(CaseFormDialog *form, const char *button, const QString &earlier)
{
    test::withModal<RepeatApplicantsDialog>(
        [&] { QTest::mouseClick(child<QPushButton>(form, "saveButton"), Qt::LeftButton); },
        [&](RepeatApplicantsDialog *dialog) {
            test::screenshot(dialog, "repeat-applicants");
            auto *table = child<QTableWidget>(dialog, "repeatCases");
            REQUIRE(table->rowCount() == 1);
            CHECK(table->item(0, 0)->text() == QStringLiteral("张叁"));
            CHECK(table->item(0, 2)->text() == earlier);
            CHECK(table->item(0, 5)->text() == test::sampleCase().disputedAct);
            QTest::mouseClick(child<QPushButton>(dialog, button), Qt::LeftButton);
        });
}
} // namespace

TEST_CASE("A repeat applicant is shown before saving; the mediator registers or opens the case",
          "[ui][gui][search][repeat]")
{
    Clock::setToday(test::kToday);
    test::TempDatabase file;
    auto store = Store::open(file.path(), StoreAccess::Create);
    REQUIRE(store.ok());
    auto earlier = store.value()->cases().registerCase(test::sampleCase(), test::kToday);
    REQUIRE(earlier.ok());
    const QString number = earlier.value().number;
    MainWindow window(*store.value());
    window.show();
    // The form's agency is not in the directory yet: the form asks, and it is added.
    const test::AddingNewAgencies addingAgencies;
    const auto registration = [&](const std::function<void(CaseFormDialog *)> &drive) {
        test::withModal<CaseFormDialog>(
            [&] { window.findChild<QAction *>(QStringLiteral("actionRegister"))->trigger(); },
            drive);
    };

    SECTION("back to the form, then open the earlier case: nothing is registered")
    {
        registration([&](CaseFormDialog *form) {
            fillRepeat(form);
            saveAndAnswer(form, "backToForm", number);
            CHECK(form->isVisible());
            CHECK(store.value()->cases().count().value() == 1);
            saveAndAnswer(form, "openRepeatCase", number);
            CHECK_FALSE(form->isVisible());
            CHECK(form->result() == QDialog::Rejected);
        });
        CHECK(store.value()->cases().count().value() == 1);
        const QModelIndex current = window.caseView()->currentIndex();
        REQUIRE(current.isValid());
        CHECK(current.data(CaseListModel::CaseIdRole).toLongLong() == earlier.value().id);
    }
    SECTION("register anyway")
    {
        registration([&](CaseFormDialog *form) {
            fillRepeat(form);
            saveAndAnswer(form, "registerAnyway", number);
            INFO(form->errorText().toStdString());
            CHECK_FALSE(form->isVisible());
            CHECK(form->result() == QDialog::Accepted);
        });
        CHECK(store.value()->cases().count().value() == 2);
        CHECK(window.caseView()->model()->rowCount() == 2);
    }
    SECTION("a party nobody has seen is saved without a question")
    {
        registration([&](CaseFormDialog *form) {
            fillRepeat(form);
            QAbstractItemModel *parties = child<QTableView>(form, "partyTable")->model();
            parties->setData(parties->index(0, PartyTableModel::Name), QStringLiteral("黄河"));
            parties->setData(parties->index(0, PartyTableModel::IdNumber),
                             QStringLiteral("640202197005060016"));
            QTest::mouseClick(child<QPushButton>(form, "saveButton"), Qt::LeftButton);
            INFO(form->errorText().toStdString());
            CHECK_FALSE(form->isVisible());
        });
        CHECK(store.value()->cases().count().value() == 2);
    }
    Clock::setToday({});
}
