#include "accounts/accounts.h"
#include "accounts/signinattempts.h"
#include "clock.h"
#include "store/store.h"
#include "support/samplecase.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>

#include <catch2/catch.hpp>

#include <sys/stat.h>

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

TEST_CASE("A password has 10 characters, not only spaces, is not common and is not the login",
          "[accounts][signin]")
{
    Desk desk;
    for (const QString &weak :
         {QStringLiteral("password"), QStringLiteral("        "), QStringLiteral("123456789"),
          QStringLiteral("          "), QStringLiteral("1234567890"), QStringLiteral("QwertyUiop"),
          QStringLiteral("woaini1314"), QStringLiteral("admin"), QStringLiteral("Admin 2026 !"),
          QStringLiteral("马管理马管理马管理马管")}) {
        INFO(weak.toStdString());
        auto refused = desk.accounts().add(QStringLiteral("admin"), QStringLiteral("马管理"),
                                           Role::Administrator, weak);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().field == QStringLiteral("Password"));
    }
    CHECK_FALSE(desk.accounts().inUse());
    desk.addStaff();
    // A new password follows the same rules.
    CHECK_FALSE(
        desk.accounts().setPassword(QStringLiteral("zhao"), QStringLiteral("zhao1234567")).ok());
    CHECK_FALSE(desk.accounts().setPassword(QStringLiteral("zhao"), QStringLiteral("short")).ok());
    CHECK(desk.accounts()
              .setPassword(QStringLiteral("zhao"), QStringLiteral("贺兰山下的 2026"))
              .ok());
}

TEST_CASE("Five wrong passwords in a row lock a login for 15 minutes, in every process",
          "[accounts][signin]")
{
    Desk desk;
    desk.addStaff();
    Clock::setToday(QDate());
    for (int i = 1; i <= 5; ++i) {
        auto wrong = desk.accounts().authenticate(QStringLiteral("zhao"), QStringLiteral("guess"));
        REQUIRE_FALSE(wrong.ok());
        CHECK(wrong.error().message.contains(QStringLiteral("locked")) == (i == 5));
    }
    // Locked: the right password too, and in another connection that only
    // reads (a command line beside the desk).
    auto locked = desk.accounts().authenticate(QStringLiteral("zhao"), kPassword);
    REQUIRE_FALSE(locked.ok());
    CHECK(locked.error().message.contains(QStringLiteral("locked until")));
    REQUIRE(desk.accounts().lockedUntil(QStringLiteral("zhao")).has_value());
    CHECK(*desk.accounts().lockedUntil(QStringLiteral("zhao")) >
          QDateTime::currentDateTimeUtc().addSecs(14 * 60));
    {
        auto reader = Store::open(desk.file.path(), StoreAccess::ReadOnly).value();
        CHECK_FALSE(reader->accounts().authenticate(QStringLiteral("zhao"), kPassword).ok());
    }
    // Others are not locked; the file is the owner's only.
    CHECK(desk.accounts().authenticate(QStringLiteral("head"), kPassword).ok());
    struct stat status = {};
    REQUIRE(::stat(QFile::encodeName(SignInAttempts::pathFor(desk.file.path())).constData(),
                   &status) == 0);
    CHECK((status.st_mode & 0777) == 0600);

    // After the wait, the right password gets in and forgets the failures.
    Clock::setToday(QDate::currentDate().addDays(1));
    CHECK(desk.accounts().authenticate(QStringLiteral("zhao"), kPassword).ok());
    for (int i = 1; i <= 4; ++i)
        CHECK_FALSE(desk.accounts().authenticate(QStringLiteral("zhao"), QStringLiteral("x")).ok());
    CHECK(desk.accounts().authenticate(QStringLiteral("zhao"), kPassword).ok());
    Clock::setToday(QDate());
}

TEST_CASE("An unknown login is locked alike and answered alike", "[accounts][signin]")
{
    Desk desk;
    desk.addStaff();
    std::optional<Error> last;
    for (int i = 1; i <= 6; ++i)
        last =
            desk.accounts().authenticate(QStringLiteral("ghost"), QStringLiteral("guess")).error();
    CHECK(last->message.contains(QStringLiteral("locked until")));
    // Switched off is answered as a wrong password.
    REQUIRE(desk.accounts().setActive(QStringLiteral("zhao"), false).ok());
    const auto off = desk.accounts().authenticate(QStringLiteral("zhao"), kPassword);
    REQUIRE_FALSE(off.ok());
    CHECK(off.error().message ==
          desk.accounts().authenticate(QStringLiteral("nobody"), kPassword).error().message);
}

TEST_CASE("Only an administrator unlocks a login", "[accounts][signin]")
{
    Desk desk;
    desk.addStaff();
    for (int i = 1; i <= 5; ++i)
        CHECK_FALSE(desk.accounts().authenticate(QStringLiteral("head"), QStringLiteral("x")).ok());
    desk.signIn("zhao");
    CHECK_FALSE(desk.accounts().unlock(QStringLiteral("head")).ok());
    CHECK(desk.accounts().lockedUntil(QStringLiteral("head")).has_value());
    desk.signIn("admin");
    REQUIRE(desk.accounts().unlock(QStringLiteral("head")).ok());
    CHECK_FALSE(desk.accounts().lockedUntil(QStringLiteral("head")).has_value());
    CHECK(desk.accounts().authenticate(QStringLiteral("head"), kPassword).ok());
}

TEST_CASE("An unknown login takes as long as a known one", "[accounts][signin]")
{
    Desk desk;
    desk.addStaff();
    const auto median = [&](const QString &login) {
        QList<qint64> times;
        for (int i = 0; i < 3; ++i) {
            QElapsedTimer timer;
            timer.start();
            CHECK_FALSE(desk.accounts().authenticate(login, QStringLiteral("wrong guess")).ok());
            times.append(timer.nsecsElapsed());
        }
        std::sort(times.begin(), times.end());
        return double(times.at(1));
    };
    const double known = median(QStringLiteral("zhao"));
    const double unknown = median(QStringLiteral("nobody"));
    INFO("known " << known / 1e6 << " ms, unknown " << unknown / 1e6 << " ms");
    CHECK(unknown > known * 0.5);
    CHECK(unknown < known * 2);
}
