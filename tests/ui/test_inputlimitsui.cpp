// A text longer than its field takes is refused by the action's own form,
// naming the field and its limit, and the case stays as it was.
#include "actiondialog.h"
#include "clock.h"
#include "store/store.h"
#include "support/samplecase.h"
#include "support/widgets.h"
#include "vocabularycombo.h"

#include <QDateEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

#include <catch2/catch.hpp>

using namespace huajie;
using test::child;

TEST_CASE("The termination form refuses an explanation longer than its limit", "[lifecycle][ui]")
{
    Clock::setToday(test::kToday);
    test::TempDatabase file;
    auto store = std::move(Store::open(file.path(), StoreAccess::Create).value());
    const CaseRecord record = store->cases().registerCase(test::sampleCase(), test::kToday).value();
    const int events = int(store->cases().history(record.id).value().size());

    ActionDialog dialog(*store, record, *Lifecycle::find(QStringLiteral("terminate")));
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    child<QDateEdit>(&dialog, "terminatedOn")->setDate(QDate(2026, 11, 24));
    child<VocabularyCombo>(&dialog, "reason")->setCode(QStringLiteral("other"));
    child<QPlainTextEdit>(&dialog, "text")->setPlainText(QString(10001, QChar(u'终')));
    QTest::mouseClick(child<QPushButton>(&dialog, "applyButton"), Qt::LeftButton);

    CHECK(dialog.isVisible());
    INFO(dialog.errorText().toStdString());
    CHECK(dialog.errorText().contains(QStringLiteral("Explanation")));
    CHECK(dialog.errorText().contains(QStringLiteral("10000")));
    const CaseRecord after = store->cases().load(record.id).value();
    CHECK(after.state == QStringLiteral("registered"));
    CHECK(store->cases().history(record.id).value().size() == events);

    // At the limit it is recorded.
    child<QPlainTextEdit>(&dialog, "text")->setPlainText(QString(10000, QChar(u'终')));
    QTest::mouseClick(child<QPushButton>(&dialog, "applyButton"), Qt::LeftButton);
    INFO(dialog.errorText().toStdString());
    CHECK_FALSE(dialog.isVisible());
    CHECK(store->cases().load(record.id).value().state == QStringLiteral("terminated"));
    Clock::setToday({});
}
