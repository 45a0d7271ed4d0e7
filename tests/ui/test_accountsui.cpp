#include "logindialog.h"
#include "store/store.h"
#include "support/samplecase.h"
#include "support/widgets.h"
#include "usersdialog.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
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
