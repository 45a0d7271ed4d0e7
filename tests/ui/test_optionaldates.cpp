// An optional date of an action (the agency's receipt when the notice is
// sent): empty until set, its calendar on today, a typed date kept, and
// emptied again, through the real widgets.
#include "actiondialog.h"
#include "caseformdialog.h"
#include "clock.h"
#include "optionaldateedit.h"
#include "partytablemodel.h"
#include "store/store.h"
#include "support/samplecase.h"
#include "support/widgets.h"

#include <QApplication>
#include <QCalendarWidget>
#include <QDateEdit>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include <catch2/catch.hpp>

using namespace huajie;
using test::child;

namespace {
struct NoticeDesk
{
    test::TempDatabase file;
    std::unique_ptr<Store> store;
    CaseRecord record;

    NoticeDesk()
    {
        Clock::setToday(test::kToday);
        auto opened = Store::open(file.path(), StoreAccess::Create);
        REQUIRE(opened.ok());
        store = std::move(opened).value();
        record = store->cases().registerCase(test::sampleCase(), test::kToday).value();
    }
    ~NoticeDesk() { Clock::setToday({}); }

    // The dialog of "Send the notice to the agency", sent on 2026-11-21.
    std::unique_ptr<ActionDialog> dialog()
    {
        auto d = std::make_unique<ActionDialog>(*store, record,
                                                *Lifecycle::find(QStringLiteral("notify_agency")));
        d->show();
        REQUIRE(QTest::qWaitForWindowExposed(d.get()));
        child<QDateEdit>(d.get(), "dispatchedOn")->setDate(QDate(2026, 11, 21));
        return d;
    }

    // The dialog's OK, and what the case then holds.
    CaseProgress apply(ActionDialog *d)
    {
        QTest::mouseClick(child<QPushButton>(d, "applyButton"), Qt::LeftButton);
        INFO(d->errorText().toStdString());
        CHECK_FALSE(d->isVisible());
        return store->cases().load(record.id).value().progress;
    }
};

// A case whose applicant 张三 has no ID number and no birth date recorded,
// and the registration form opened on it.
struct BirthDateDesk
{
    test::TempDatabase file;
    std::unique_ptr<Store> store;
    CaseRecord record;

    BirthDateDesk()
    {
        Clock::setToday(test::kToday);
        store = Store::open(file.path(), StoreAccess::Create).value();
        CaseRecord c = test::sampleCase();
        c.parties[0].idNumber.clear();
        c.parties[0].birthDate = {};
        record = store->cases().registerCase(c, test::kToday).value();
    }
    ~BirthDateDesk() { Clock::setToday({}); }

    // The editor of the applicant's birth date, opened by a double click.
    QWidget *openBirthDate(CaseFormDialog &form)
    {
        form.show();
        REQUIRE(QTest::qWaitForWindowExposed(&form));
        auto *table = child<QTableView>(&form, "partyTable");
        const QModelIndex cell = table->model()->index(0, PartyTableModel::BirthDate);
        table->scrollTo(cell);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(cell).center());
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(cell).center());
        QWidget *editor = table->indexWidget(cell);
        REQUIRE(editor != nullptr);
        return editor;
    }

    // The same, as an optional date.
    OptionalDateEdit *editBirthDate(CaseFormDialog &form)
    {
        QWidget *editor = openBirthDate(form);
        INFO("the editor is a " << editor->metaObject()->className());
        auto *date = qobject_cast<OptionalDateEdit *>(editor);
        REQUIRE(date != nullptr);
        return date;
    }

    // The form saved, and the applicant's birth date then stored.
    QDate save(CaseFormDialog &form)
    {
        QTest::mouseClick(child<QPushButton>(&form, "saveButton"), Qt::LeftButton);
        INFO(form.errorText().toStdString());
        CHECK_FALSE(form.isVisible());
        return store->cases().load(record.id).value().parties[0].birthDate;
    }
};

// Where the keys typed into a date field go: the field, or the line it edits in.
QWidget *typingTarget(QWidget *field)
{
    return field->focusProxy() ? field->focusProxy() : field;
}
} // namespace

TEST_CASE("An optional date left alone is saved as no date", "[ui][gui][dates]")
{
    NoticeDesk desk;
    auto dialog = desk.dialog();
    auto *received = child<OptionalDateEdit>(dialog.get(), "receivedOn");
    CHECK(received->isEmpty());
    CHECK(received->lineEdit()->text().isEmpty());
    test::screenshot(dialog.get(), "action-optional-date-empty");
    CHECK_FALSE(received->lineEdit()->placeholderText().isEmpty());
    const CaseProgress p = desk.apply(dialog.get());
    CHECK(p.noticeDispatchedOn == QDate(2026, 11, 21));
    CHECK_FALSE(p.noticeReceivedOn.isValid());
}

TEST_CASE("A date typed into an optional date field is saved", "[ui][gui][dates]")
{
    NoticeDesk desk;
    auto dialog = desk.dialog();
    QWidget *received = child<QWidget>(dialog.get(), "receivedOn");
    QTest::keyClicks(typingTarget(received), QStringLiteral("2026-11-23"));
    test::screenshot(dialog.get(), "action-optional-date");
    const CaseProgress p = desk.apply(dialog.get());
    CHECK(p.noticeReceivedOn == QDate(2026, 11, 23));
}

TEST_CASE("An optional date typed and cleared again is saved as no date", "[ui][gui][dates]")
{
    NoticeDesk desk;
    auto dialog = desk.dialog();
    auto *received = child<OptionalDateEdit>(dialog.get(), "receivedOn");
    QTest::keyClicks(received->lineEdit(), QStringLiteral("2026-11-23"));
    CHECK(received->date() == QDate(2026, 11, 23));
    // The line's clear button, as a user clicks it.
    auto *clear =
        received->lineEdit()->findChild<QAction *>(QStringLiteral("_q_qlineeditclearaction"));
    REQUIRE(clear != nullptr);
    QToolButton *button = nullptr;
    for (QToolButton *b : received->lineEdit()->findChildren<QToolButton *>())
        if (b->defaultAction() == clear)
            button = b;
    REQUIRE(button != nullptr);
    QTRY_VERIFY(button->isVisible());
    QTest::mouseClick(button, Qt::LeftButton);
    CHECK(received->isEmpty());
    CHECK_FALSE(desk.apply(dialog.get()).noticeReceivedOn.isValid());
}

TEST_CASE("An optional date's calendar opens on today and a day picked there is saved",
          "[ui][gui][dates]")
{
    NoticeDesk desk;
    auto dialog = desk.dialog();
    auto *received = child<OptionalDateEdit>(dialog.get(), "receivedOn");
    QDate shown;
    QDate selected;
    // The calendar drops down as a menu, which holds the event loop while open.
    QTimer::singleShot(100, [&] {
        QCalendarWidget *calendar = received->calendar();
        shown = QDate(calendar->yearShown(), calendar->monthShown(), 1);
        selected = calendar->selectedDate();
        // A click on the 23rd of the month shown.
        Q_EMIT calendar->clicked(QDate(2026, 11, 23));
        if (auto *menu = received->calendarButton()->menu(); menu->isVisible())
            menu->close();
    });
    QTest::mouseClick(received->calendarButton(), Qt::LeftButton);
    QTRY_VERIFY(!received->calendarButton()->menu()->isVisible());
    CHECK(shown == QDate(2026, 11, 1));
    CHECK(selected == test::kToday);
    CHECK(received->date() == QDate(2026, 11, 23));
    CHECK(desk.apply(dialog.get()).noticeReceivedOn == QDate(2026, 11, 23));
}

TEST_CASE("Text in an optional date field that is not a date is refused, not dropped",
          "[ui][gui][dates]")
{
    NoticeDesk desk;
    auto dialog = desk.dialog();
    auto *received = child<OptionalDateEdit>(dialog.get(), "receivedOn");
    QTest::keyClicks(received->lineEdit(), QStringLiteral("2026-11-31"));
    QTest::mouseClick(child<QPushButton>(dialog.get(), "applyButton"), Qt::LeftButton);
    CHECK(dialog->isVisible());
    CHECK(dialog->errorText().contains(QStringLiteral("Received by the agency on")));
    CHECK(dialog->errorText().contains(QStringLiteral("2026-11-31")));
    CHECK(desk.store->cases().load(desk.record.id).value().state == QStringLiteral("registered"));
}

TEST_CASE("An optional date field reads the ways a date is written", "[ui][dates]")
{
    for (const char *text : {"2026-11-23", "2026/11/23", "2026.11.23", "20261123", " 2026-11-23 "})
        CHECK(OptionalDateEdit::parse(QString::fromLatin1(text)) == QDate(2026, 11, 23));
    CHECK(OptionalDateEdit::parse(QStringLiteral("2026年11月23日")) == QDate(2026, 11, 23));
    for (const char *text : {"", "2026-11-31", "23.11.2026", "tomorrow", "2026-11"})
        CHECK_FALSE(OptionalDateEdit::parse(QString::fromLatin1(text)).isValid());
}

TEST_CASE("A party's birth date not recorded stays empty when its cell is edited",
          "[ui][gui][dates]")
{
    BirthDateDesk desk;
    CaseFormDialog form(*desk.store, desk.record);
    QWidget *birth = desk.openBirthDate(form);
    test::screenshot(&form, "form-birth-date-empty");
    const auto *optional = qobject_cast<OptionalDateEdit *>(birth);
    CHECK(optional != nullptr);
    CHECK((optional && optional->isEmpty()));
    // Left as it opened, it records no date (not 2000-01-01).
    CHECK_FALSE(desk.save(form).isValid());
}

TEST_CASE("A party's birth date typed in its cell is saved, and cleared again", "[ui][gui][dates]")
{
    BirthDateDesk desk;
    {
        CaseFormDialog form(*desk.store, desk.record);
        QTest::keyClicks(desk.editBirthDate(form)->lineEdit(), QStringLiteral("1980-05-17"));
        CHECK(desk.save(form) == QDate(1980, 5, 17));
    }
    CaseFormDialog form(*desk.store, desk.store->cases().load(desk.record.id).value());
    OptionalDateEdit *birth = desk.editBirthDate(form);
    CHECK(birth->date() == QDate(1980, 5, 17));
    birth->lineEdit()->selectAll();
    QTest::keyClick(birth->lineEdit(), Qt::Key_Delete);
    CHECK(birth->isEmpty());
    CHECK_FALSE(desk.save(form).isValid());
}

TEST_CASE("A party's birth date that is not a date is refused, not dropped", "[ui][gui][dates]")
{
    BirthDateDesk desk;
    CaseFormDialog form(*desk.store, desk.record);
    QTest::keyClicks(desk.editBirthDate(form)->lineEdit(), QStringLiteral("1980-02-30"));
    QTest::mouseClick(child<QPushButton>(&form, "saveButton"), Qt::LeftButton);
    CHECK(form.isVisible());
    CHECK(form.errorText().contains(QStringLiteral("1980-02-30")));
    CHECK(form.errorText().contains(QStringLiteral("Birth date")));
}

TEST_CASE("A party's birth date calendar opens on today", "[ui][gui][dates]")
{
    BirthDateDesk desk;
    CaseFormDialog form(*desk.store, desk.record);
    OptionalDateEdit *birth = desk.editBirthDate(form);
    QDate shown;
    QTimer::singleShot(100, [&] {
        shown = QDate(birth->calendar()->yearShown(), birth->calendar()->monthShown(), 1);
        Q_EMIT birth->calendar()->clicked(QDate(2026, 11, 2));
    });
    QTest::mouseClick(birth->calendarButton(), Qt::LeftButton);
    QTRY_VERIFY(!birth->calendarButton()->menu()->isVisible());
    CHECK(shown == QDate(2026, 11, 1));
    CHECK(birth->date() == QDate(2026, 11, 2));
}
