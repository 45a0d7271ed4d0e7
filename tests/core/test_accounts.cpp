#include "accounts/accounts.h"
#include "store/store.h"
#include "support/samplecase.h"

#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace huajie;

namespace {
const QString kPassword = QStringLiteral("correct horse 马");

struct Desk
{
    test::TempDatabase file;
    std::unique_ptr<Store> store;

    Desk() { store = Store::open(file.path(), StoreAccess::Create).value(); }
    Accounts &accounts() { return store->accounts(); }

    // An administrator, a head and a mediator; nobody signed in.
    void addStaff()
    {
        REQUIRE(accounts()
                    .add(QStringLiteral("admin"), QStringLiteral("马管理"), Role::Administrator,
                         kPassword)
                    .ok());
        store->signIn(accounts().authenticate(QStringLiteral("admin"), kPassword).value());
        REQUIRE(accounts()
                    .add(QStringLiteral("head"), QStringLiteral("王主任"), Role::Head, kPassword)
                    .ok());
        REQUIRE(
            accounts()
                .add(QStringLiteral("zhao"), QStringLiteral("赵志明"), Role::Mediator, kPassword)
                .ok());
    }
    void signIn(const char *login)
    {
        store->signIn(accounts().authenticate(QString::fromLatin1(login), kPassword).value());
    }
};
} // namespace

TEST_CASE("A desk without users lets everyone do everything without signing in", "[accounts]")
{
    Desk desk;
    CHECK_FALSE(desk.accounts().inUse());
    CHECK_FALSE(desk.accounts().loginRequired());
    for (Permission p : {Permission::ApproveExtension, Permission::EditCalendar,
                         Permission::ChooseProfile, Permission::ManageUsers})
        CHECK(desk.accounts().require(p).ok());
}

TEST_CASE("The first user is an administrator and passwords are stored as Argon2id hashes",
          "[accounts]")
{
    Desk desk;
    CHECK_FALSE(
        desk.accounts()
            .add(QStringLiteral("zhao"), QStringLiteral("赵志明"), Role::Mediator, kPassword)
            .ok());
    auto shortPassword = desk.accounts().add(QStringLiteral("admin"), QStringLiteral("马管理"),
                                             Role::Administrator, QStringLiteral("short"));
    REQUIRE_FALSE(shortPassword.ok());
    CHECK(shortPassword.error().field == QStringLiteral("Password"));
    desk.addStaff();
    CHECK(desk.accounts().loginRequired());
    QSqlQuery q(desk.store->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT password_hash FROM users")));
    while (q.next()) {
        CHECK(q.value(0).toString().startsWith(QStringLiteral("$argon2id$")));
        CHECK_FALSE(q.value(0).toString().contains(kPassword));
    }
}

TEST_CASE("Signing in takes the right password of an active account", "[accounts]")
{
    Desk desk;
    desk.addStaff();
    CHECK(desk.accounts().authenticate(QStringLiteral("zhao"), kPassword).ok());
    const auto wrong = desk.accounts().authenticate(QStringLiteral("zhao"), QStringLiteral("x"));
    const auto nobody = desk.accounts().authenticate(QStringLiteral("nobody"), kPassword);
    REQUIRE_FALSE(wrong.ok());
    REQUIRE_FALSE(nobody.ok());
    CHECK(wrong.error().message == nobody.error().message);
    REQUIRE(desk.accounts().setActive(QStringLiteral("zhao"), false).ok());
    CHECK_FALSE(desk.accounts().authenticate(QStringLiteral("zhao"), kPassword).ok());
}

TEST_CASE("Only the center head approves an extension and the log names who did what", "[accounts]")
{
    Desk desk;
    const qint64 id = desk.store->cases().registerCase(test::sampleCase(), test::kToday).value().id;
    desk.addStaff();
    desk.signIn("zhao");
    const QJsonObject extension{{QStringLiteral("days"), 30}};
    auto refused =
        desk.store->cases().transition(id, QStringLiteral("extend"), extension, test::kToday);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("center head")));
    CHECK_FALSE(desk.accounts().setActive(QStringLiteral("head"), false).ok());
    CHECK_FALSE(desk.store->calendar()
                    .setDay(QDate(2026, 12, 1), true, QStringLiteral("地方节日"),
                            QStringLiteral("zhao"), QStringLiteral("测试"))
                    .ok());
    CHECK_FALSE(desk.store->chooseProfile(QStringLiteral("shizuishan")).ok());

    desk.signIn("head");
    auto byHead =
        desk.store->cases().transition(id, QStringLiteral("extend"), extension, test::kToday);
    // Whatever the rules of the extension say now, the role is not what stops it.
    if (!byHead.ok())
        CHECK_FALSE(byHead.error().message.contains(QStringLiteral("center head")));

    desk.signIn("zhao");
    REQUIRE(desk.store->cases()
                .transition(id, QStringLiteral("notify_agency"),
                            {{QStringLiteral("dispatchedOn"), QStringLiteral("2026-11-24")}},
                            test::kToday)
                .ok());
    const auto history = desk.store->cases().history(id).value();
    CHECK(history.last().user == QStringLiteral("zhao"));

    desk.signIn("admin");
    CHECK(desk.store->calendar()
              .setDay(QDate(2026, 12, 1), true, QStringLiteral("地方节日"), QStringLiteral("admin"),
                      QStringLiteral("测试"))
              .ok());
}
