#include "mainwindow.h"
#include "openstore.h"
#include "store/backups.h"
#include "support/modal.h"
#include "support/samplecase.h"

#include <QAbstractButton>
#include <QAction>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
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
    auto first = Store::open(db.path(), StoreAccess::Create);
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
    REQUIRE(Store::open(db.path(), StoreAccess::Create).ok());
    auto store = openStoreAtDesk(db.path());
    REQUIRE(store != nullptr);
    CHECK_FALSE(store->readOnly());
}

TEST_CASE("The desk's first start ever creates its database without asking", "[ui][missing]")
{
    TempDatabase db;
    const QString path = QFileInfo(db.path()).absolutePath() + QStringLiteral("/new/cases.sqlite");
    auto store = openStoreAtDesk(path);
    REQUIRE(store != nullptr);
    CHECK_FALSE(store->readOnly());
    CHECK(QFileInfo::exists(path));
}

TEST_CASE("A desk whose database is lost but has backups offers to restore the newest",
          "[ui][missing]")
{
    TempDatabase db;
    QString newest;
    {
        auto store = Store::open(db.path(), StoreAccess::Create);
        REQUIRE(store.ok());
        REQUIRE(store.value()->cases().registerCase(sampleCase(), kToday).ok());
        REQUIRE(store.value()->cases().registerCase(sampleCase(), kToday).ok());
        const Backups backups(db.path());
        const QDateTime at(kToday, QTime(9, 0));
        REQUIRE(backups.make(store.value()->connection(), QStringLiteral("daily"), at).ok());
        REQUIRE(store.value()->cases().registerCase(sampleCase(), kToday).ok());
        auto made = backups.make(store.value()->connection(), QStringLiteral("close"),
                                 at.addSecs(8 * 3600));
        REQUIRE(made.ok());
        newest = made.value();
    }
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(db.path() + QLatin1String(suffix));

    const auto clickButton = [&](const QString &text) {
        return [&, text](QMessageBox *box) {
            CHECK(box->text().contains(db.path()));
            CHECK(box->text().contains(newest));
            for (QAbstractButton *button : box->buttons())
                if (button->text() == text) {
                    button->click();
                    return;
                }
            FAIL("no button " << text.toStdString());
        };
    };
    std::unique_ptr<Store> store;
    SECTION("restoring it brings the cases back")
    {
        test::withModal<QMessageBox>([&] { store = openStoreAtDesk(db.path()); },
                                     clickButton(QStringLiteral("Restore the newest copy")));
        REQUIRE(store != nullptr);
        CHECK_FALSE(store->readOnly());
        auto rows = store->cases().summaries();
        REQUIRE(rows.ok());
        CHECK(rows.value().size() == 3);
    }
    SECTION("a new, empty database only when asked for")
    {
        test::withModal<QMessageBox>([&] { store = openStoreAtDesk(db.path()); },
                                     clickButton(QStringLiteral("Create a new, empty database")));
        REQUIRE(store != nullptr);
        auto rows = store->cases().summaries();
        REQUIRE(rows.ok());
        CHECK(rows.value().isEmpty());
        CHECK(QFileInfo::exists(newest));
    }
    SECTION("quitting creates nothing")
    {
        test::withModal<QMessageBox>([&] { store = openStoreAtDesk(db.path()); },
                                     clickButton(QStringLiteral("Quit")));
        CHECK(store == nullptr);
        CHECK_FALSE(QFileInfo::exists(db.path()));
    }
}
