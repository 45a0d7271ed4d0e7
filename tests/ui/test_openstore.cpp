#include "mainwindow.h"
#include "openstore.h"
#include "support/modal.h"
#include "support/samplecase.h"

#include <QAbstractButton>
#include <QAction>
#include <QCoreApplication>
#include <QMessageBox>

#include <catch2/catch.hpp>

using namespace huajie;
using huajie::test::kToday;
using huajie::test::sampleCase;
using huajie::test::TempDatabase;

TEST_CASE("A second desk on a database in use is told who holds it and offered read-only",
          "[ui][lock]")
{
    TempDatabase db;
    auto first = Store::open(db.path());
    REQUIRE(first.ok());
    REQUIRE(first.value()->cases().registerCase(sampleCase(), kToday).ok());

    const auto clickButton = [](const QString &text) {
        return [text](QMessageBox *box) {
            CHECK(box->text().contains(QStringLiteral("open for writing")));
            CHECK(box->text().contains(QString::number(QCoreApplication::applicationPid())));
            for (QAbstractButton *button : box->buttons())
                if (button->text() == text) {
                    button->click();
                    return;
                }
            FAIL("no button " << text.toStdString());
        };
    };
    std::unique_ptr<Store> second;
    SECTION("read-only, it reads and changes nothing")
    {
        test::withModal<QMessageBox>([&] { second = openStoreAtDesk(db.path()); },
                                     clickButton(QStringLiteral("Open read-only")));
        REQUIRE(second != nullptr);
        CHECK(second->readOnly());
        auto rows = second->cases().summaries();
        REQUIRE(rows.ok());
        CHECK(rows.value().size() == 1);
        auto refused = second->cases().registerCase(sampleCase(), kToday);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().describe().contains(QStringLiteral("read-only")));
        MainWindow window(*second);
        auto *registerCase = window.findChild<QAction *>(QStringLiteral("actionRegister"));
        REQUIRE(registerCase != nullptr);
        CHECK_FALSE(registerCase->isEnabled());
    }
    SECTION("declined, nothing is opened")
    {
        test::withModal<QMessageBox>([&] { second = openStoreAtDesk(db.path()); },
                                     clickButton(QStringLiteral("Cancel")));
        CHECK(second == nullptr);
    }
}

TEST_CASE("A desk alone on its database opens it for writing without asking", "[ui][lock]")
{
    TempDatabase db;
    auto store = openStoreAtDesk(db.path());
    REQUIRE(store != nullptr);
    CHECK_FALSE(store->readOnly());
}
