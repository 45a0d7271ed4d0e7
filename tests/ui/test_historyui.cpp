#include "mainwindow.h"
#include "store/store.h"
#include "support/samplecase.h"

#include <QTableView>
#include <QTest>
#include <QTextBrowser>

#include <catch2/catch.hpp>

using namespace huajie;

TEST_CASE("The History tab shows each field an edit changed, with its party, old and new value",
          "[ui][gui][history]")
{
    test::TempDatabase file;
    auto store = Store::open(file.path(), StoreAccess::Create).value();
    CaseRecord c = store->cases().registerCase(test::sampleCase(), test::kToday).value();
    c.parties[0].phone = QStringLiteral("13900000000");
    c.parties[0].agents[0].organisation = QStringLiteral("宁夏石嘴山律师事务所");
    REQUIRE(store->cases().updateCase(c, test::kToday).ok());

    MainWindow window(*store);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.caseView()->setCurrentIndex(window.caseView()->model()->index(0, 0));
    auto *history = window.findChild<QTextBrowser *>(QStringLiteral("caseHistory"));
    REQUIRE(history != nullptr);
    const QString text = history->toPlainText();
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("Applicant 张三, Phone: 13800000000 → 13900000000")));
    CHECK(text.contains(QStringLiteral("Applicant 张三, agent 李律师, Organisation: "
                                       "宁夏贺兰律师事务所 → 宁夏石嘴山律师事务所")));
}
