#include "logindialog.h"
#include "store/store.h"
#include "support/samplecase.h"
#include "support/widgets.h"
#include "usersdialog.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

#include <catch2/catch.hpp>

using namespace huajie;
using test::child;

TEST_CASE("The first user is added in the users dialog and signs in through the login dialog",
          "[ui][gui][accounts]")
{
    test::TempDatabase file;
    auto store = Store::open(file.path(), StoreAccess::Create).value();
    {
        UsersDialog users(*store);
        child<QLineEdit>(&users, "newLogin")->setText(QStringLiteral("admin"));
        child<QLineEdit>(&users, "newName")->setText(QStringLiteral("马管理"));
        // The first user is an administrator: the role is proposed.
        auto *role = child<QComboBox>(&users, "newRole");
        CHECK(role->currentData().toInt() == int(Role::Administrator));
        child<QLineEdit>(&users, "newPassword")->setText(QStringLiteral("correct horse"));
        child<QLineEdit>(&users, "repeatPassword")->setText(QStringLiteral("correct hors"));
        CHECK_FALSE(users.addUser());
        CHECK(users.errorText().contains(QStringLiteral("differ")));
        child<QLineEdit>(&users, "repeatPassword")->setText(QStringLiteral("correct horse"));
        REQUIRE(users.addUser());
        CHECK(role->currentData().toInt() == int(Role::Mediator));
        test::screenshot(&users, "users");
    }
    CHECK(store->accounts().loginRequired());

    LoginDialog login(*store);
    login.show();
    child<QLineEdit>(&login, "password")->setText(QStringLiteral("wrong password"));
    QTest::mouseClick(child<QPushButton>(&login, "signIn"), Qt::LeftButton);
    CHECK(login.isVisible());
    CHECK_FALSE(login.errorText().isEmpty());
    child<QLineEdit>(&login, "password")->setText(QStringLiteral("correct horse"));
    QTest::mouseClick(child<QPushButton>(&login, "signIn"), Qt::LeftButton);
    CHECK_FALSE(login.isVisible());
    REQUIRE(store->accounts().current().has_value());
    CHECK(store->accounts().current()->login == QStringLiteral("admin"));
}

TEST_CASE("The users dialog refuses a weak password and unlocks a locked login",
          "[ui][gui][accounts][signin]")
{
    test::TempDatabase file;
    auto store = Store::open(file.path(), StoreAccess::Create).value();
    UsersDialog users(*store);
    child<QLineEdit>(&users, "newLogin")->setText(QStringLiteral("admin"));
    child<QLineEdit>(&users, "newName")->setText(QStringLiteral("马管理"));
    for (const char *weak : {"password", "         ", "1234567890", "admin 2026"}) {
        child<QLineEdit>(&users, "newPassword")->setText(QString::fromLatin1(weak));
        child<QLineEdit>(&users, "repeatPassword")->setText(QString::fromLatin1(weak));
        CHECK_FALSE(users.addUser());
        CHECK_FALSE(users.errorText().isEmpty());
    }
    child<QLineEdit>(&users, "newLogin")->setText(QStringLiteral("admin"));
    child<QLineEdit>(&users, "newName")->setText(QStringLiteral("马管理"));
    child<QLineEdit>(&users, "newPassword")->setText(QStringLiteral("correct horse"));
    child<QLineEdit>(&users, "repeatPassword")->setText(QStringLiteral("correct horse"));
    REQUIRE(users.addUser());
    child<QLineEdit>(&users, "newLogin")->setText(QStringLiteral("zhao"));
    child<QLineEdit>(&users, "newName")->setText(QStringLiteral("赵志明"));
    child<QLineEdit>(&users, "newPassword")->setText(QStringLiteral("battery staple"));
    child<QLineEdit>(&users, "repeatPassword")->setText(QStringLiteral("battery staple"));
    REQUIRE(users.addUser());

    // Five wrong passwords at the sign-in dialog lock zhao, and it says until when.
    {
        LoginDialog login(*store);
        login.show();
        child<QComboBox>(&login, "login")->setCurrentText(QStringLiteral("zhao"));
        for (int i = 0; i < 5; ++i) {
            child<QLineEdit>(&login, "password")->setText(QStringLiteral("wrong password"));
            QTest::mouseClick(child<QPushButton>(&login, "signIn"), Qt::LeftButton);
        }
        CHECK(login.errorText().contains(QStringLiteral("locked until")));
        child<QLineEdit>(&login, "password")->setText(QStringLiteral("battery staple"));
        QTest::mouseClick(child<QPushButton>(&login, "signIn"), Qt::LeftButton);
        CHECK(login.isVisible());
    }
    // The administrator sees it locked, and unlocks it.
    UsersDialog again(*store);
    auto *table = child<QTableWidget>(&again, "users");
    int row = -1;
    for (int r = 0; r < table->rowCount(); ++r)
        if (table->item(r, 0)->text() == QStringLiteral("zhao"))
            row = r;
    REQUIRE(row >= 0);
    CHECK(table->item(row, 3)->text().contains(QStringLiteral("locked until")));
    table->selectRow(row);
    QTest::mouseClick(child<QPushButton>(&again, "unlockUser"), Qt::LeftButton);
    CHECK(again.errorText().isEmpty());
    CHECK_FALSE(table->item(row, 3)->text().contains(QStringLiteral("locked until")));
    CHECK_FALSE(store->accounts().lockedUntil(QStringLiteral("zhao")).has_value());
    CHECK(store->accounts()
              .authenticate(QStringLiteral("zhao"), QStringLiteral("battery staple"))
              .ok());
}
