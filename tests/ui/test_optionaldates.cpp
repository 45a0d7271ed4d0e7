// An optional date of an action (the agency's receipt when the notice is
// sent): empty until set, its calendar on today, a typed date kept, and
// emptied again, through the real widgets.
#include "actiondialog.h"
#include "clock.h"
#include "optionaldateedit.h"
#include "store/store.h"
#include "support/samplecase.h"
#include "support/widgets.h"

#include <QApplication>
#include <QCalendarWidget>
#include <QDateEdit>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
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
        auto opened = Store::open(file.path());
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
