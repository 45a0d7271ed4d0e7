#include "clock.h"
#include "store/backups.h"
#include "store/schema.h"
#include "store/schemacheck.h"
#include "store/store.h"
#include "support/samplecase.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace huajie;

namespace {
const QDateTime kAt(QDate(2026, 11, 25), QTime(18, 30));

int caseCount(const QString &path)
{
    auto store = Store::open(path, StoreAccess::Create);
    REQUIRE(store.ok());
    return store.value()->cases().count().value();
}

std::unique_ptr<Store> openStore(const QString &path)
{
    auto store = Store::open(path, StoreAccess::Create);
    REQUIRE(store.ok());
    return std::move(store).value();
}

// Runs SQL on a database file as sqlite3 would, outside the program.
void runSql(const QString &path, const QStringList &statements)
{
    const QString name = QStringLiteral("test-sql");
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        for (const QString &sql : statements) {
            QSqlQuery q(db);
            INFO(sql.toStdString());
            REQUIRE(q.exec(sql));
        }
    }
    QSqlDatabase::removeDatabase(name);
}

QString restoreRefusal(const QString &database, const QString &copy)
{
    auto restored = Backups(database).restore(copy, kAt, openStore(database));
    return restored.ok() ? QString() : restored.error().describe();
}

// An empty file named as a backup made at that time.
void fakeBackup(const Backups &backups, const QDateTime &at, const char *reason = "daily")
{
    QDir().mkpath(backups.folder());
    QFile file(QDir(backups.folder())
                   .filePath(QStringLiteral("cases-%1-%2.sqlite")
                                 .arg(at.toString(QStringLiteral("yyyyMMdd-HHmmss")),
                                      QString::fromLatin1(reason))));
    REQUIRE(file.open(QIODevice::WriteOnly));
}
} // namespace

TEST_CASE("A backup is restored and the database it replaced is kept", "[store][backup]")
{
    test::TempDatabase file;
    QString backupPath;
    {
        auto store = Store::open(file.path(), StoreAccess::Create);
        REQUIRE(store.ok());
        REQUIRE(store.value()->cases().registerCase(test::sampleCase(), test::kToday).ok());
        auto made =
            Backups(file.path()).make(store.value()->connection(), QStringLiteral("manual"), kAt);
        REQUIRE(made.ok());
        backupPath = made.value();
        CHECK(QFileInfo(backupPath).permissions() ==
              (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser |
               QFileDevice::WriteUser));
        // Work goes on after the backup.
        REQUIRE(store.value()->cases().registerCase(test::sampleCase(), test::kToday).ok());
    }
    CHECK(caseCount(file.path()) == 2);
    CHECK(Backups::check(backupPath).ok());

    auto kept = Backups(file.path()).restore(backupPath, kAt.addSecs(60), openStore(file.path()));
    INFO((kept.ok() ? std::string() : kept.error().describe().toStdString()));
    REQUIRE(kept.ok());
    CHECK(caseCount(file.path()) == 1);
    CHECK(caseCount(kept.value()) == 2);
    const auto listed = Backups(file.path()).list().value();
    REQUIRE(listed.size() == 2);
    CHECK(listed.first().reason == QStringLiteral("before-restore"));
}

TEST_CASE("A damaged or foreign backup is refused and the database stays", "[store][backup]")
{
    test::TempDatabase file;
    {
        auto store = Store::open(file.path(), StoreAccess::Create);
        REQUIRE(store.ok());
        REQUIRE(store.value()->cases().registerCase(test::sampleCase(), test::kToday).ok());
    }
    const QString garbage = file.path() + QStringLiteral(".garbage");
    {
        QFile f(garbage);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("this is not a database at all, only some text that goes on for a while");
    }
    CHECK_FALSE(restoreRefusal(file.path(), garbage).isEmpty());
    CHECK_FALSE(restoreRefusal(file.path(), file.path() + QStringLiteral(".missing")).isEmpty());
    CHECK(caseCount(file.path()) == 1);
    CHECK(Backups(file.path()).list().value().isEmpty());
}

TEST_CASE("A database made at an older schema and upgraded has exactly the schema of a new one",
          "[store][backup][schema]")
{
    test::TempDatabase fresh;
    auto store = openStore(fresh.path());
    CHECK(schema::differences(store->connection(), schema::kCurrentVersion).value().isEmpty());
    for (int version = 1; version < schema::kCurrentVersion; ++version) {
        INFO("made at schema " << version);
        test::TempDatabase file;
        const QString name = QStringLiteral("old-%1").arg(version);
        {
            auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(file.path());
            REQUIRE(db.open());
            REQUIRE(schema::upgrade(db, version).ok());
            CHECK(schema::differences(db, version).value().isEmpty());
            REQUIRE(schema::upgrade(db).ok());
            CHECK(schema::differences(db, schema::kCurrentVersion).value().isEmpty());
            // It is not the schema of the version it was made at any more.
            CHECK_FALSE(schema::differences(db, version).value().isEmpty());
        }
        QSqlDatabase::removeDatabase(name);
    }
}

TEST_CASE("A copy whose schema is not the program's is refused naming what differs",
          "[store][backup][schema]")
{
    test::TempDatabase file;
    QString good;
    {
        auto store = openStore(file.path());
        REQUIRE(store->cases().registerCase(test::sampleCase(), test::kToday).ok());
        good =
            Backups(file.path()).make(store->connection(), QStringLiteral("manual"), kAt).value();
    }
    REQUIRE(Backups::check(good).value() == schema::kCurrentVersion);
    const auto altered = [&](const char *name, const QStringList &sql) {
        const QString copy = QFileInfo(file.path()).dir().filePath(QString::fromLatin1(name));
        REQUIRE(QFile::copy(good, copy));
        runSql(copy, sql);
        return copy;
    };
    const auto refusal = [&](const QString &copy) {
        auto checked = Backups::check(copy);
        return checked.ok() ? QString() : checked.error().describe();
    };

    const QString trigger =
        altered("trigger.sqlite", {QStringLiteral("CREATE TRIGGER blank_id_numbers AFTER INSERT "
                                                  "ON parties BEGIN UPDATE parties SET id_number "
                                                  "= '' WHERE id = NEW.id; END")});
    CHECK(refusal(trigger).contains(QStringLiteral("an extra trigger blank_id_numbers")));
    const QString view =
        altered("view.sqlite", {QStringLiteral("ALTER TABLE events RENAME TO events_kept"),
                                QStringLiteral("CREATE VIEW events AS SELECT * FROM events_kept")});
    CHECK(refusal(view).contains(QStringLiteral("events is a view, not a table")));
    const QString column = altered(
        "column.sqlite", {QStringLiteral("ALTER TABLE parties DROP COLUMN attends_in_person")});
    CHECK(refusal(column).contains(QStringLiteral("table parties lacks column attends_in_person")));
    const QString index = altered(
        "index.sqlite", {QStringLiteral("DROP INDEX parties_by_name"),
                         QStringLiteral("CREATE INDEX parties_by_name ON parties (phone)")});
    CHECK(refusal(index).contains(QStringLiteral("index parties_by_name is defined otherwise")));
    const QString empty = QFileInfo(file.path()).dir().filePath(QStringLiteral("empty.sqlite"));
    runSql(empty, {QStringLiteral("PRAGMA user_version = %1").arg(schema::kCurrentVersion),
                   QStringLiteral("CREATE TABLE t (a)"), QStringLiteral("DROP TABLE t")});
    CHECK(refusal(empty).contains(QStringLiteral("there is no table agencies")));
    CHECK(refusal(empty).contains(QStringLiteral("more")));

    for (const QString &copy : {trigger, view, column, index, empty}) {
        INFO(copy.toStdString());
        CHECK_FALSE(restoreRefusal(file.path(), copy).isEmpty());
    }
    CHECK(caseCount(file.path()) == 1);
    const auto listed = Backups(file.path()).list().value();
    CHECK(listed.size() == 1); // no copy kept before a restore that did not happen
}

TEST_CASE("Only an administrator restores once there are users, and the record says who",
          "[store][backup][accounts]")
{
    const QString password = QStringLiteral("Qingshui-Desk-2026");
    test::TempDatabase file;
    QString beforeUsers;
    {
        auto store = openStore(file.path());
        REQUIRE(store->cases().registerCase(test::sampleCase(), test::kToday).ok());
        beforeUsers =
            Backups(file.path()).make(store->connection(), QStringLiteral("manual"), kAt).value();
        Accounts &accounts = store->accounts();
        REQUIRE(accounts
                    .add(QStringLiteral("admin"), QStringLiteral("马管理"), Role::Administrator,
                         password)
                    .ok());
        store->signIn(accounts.authenticate(QStringLiteral("admin"), password).value());
        REQUIRE(
            accounts.add(QStringLiteral("zhao"), QStringLiteral("赵志明"), Role::Mediator, password)
                .ok());
    }
    QString replacedHead; // of the database the last restore was asked to replace
    const auto restoreAs = [&](const char *login, bool loginRequired = true) {
        auto store = openStore(file.path());
        REQUIRE(store->settings()
                    .setValue(CenterSetting::LoginRequired,
                              loginRequired ? QStringLiteral("1") : QStringLiteral("0"))
                    .ok());
        const auto head = store->events().head().value();
        replacedHead = QStringLiteral("%1:%2").arg(head.first).arg(head.second);
        if (login)
            store->signIn(
                store->accounts().authenticate(QString::fromLatin1(login), password).value());
        return Backups(file.path()).restore(beforeUsers, Clock::now(), std::move(store));
    };
    const auto users = [&] {
        return openStore(file.path())->accounts().list().value().size();
    };

    auto byMediator = restoreAs("zhao");
    REQUIRE_FALSE(byMediator.ok());
    CHECK(byMediator.error().describe().contains(QStringLiteral("Only an administrator")));
    CHECK_FALSE(restoreAs(nullptr).ok());
    // A center that lets its users in without signing in: still an administrator.
    CHECK_FALSE(restoreAs(nullptr, false).ok());
    CHECK(users() == 2);

    auto byAdministrator = restoreAs("admin");
    INFO((byAdministrator.ok() ? std::string() : byAdministrator.error().describe().toStdString()));
    REQUIRE(byAdministrator.ok());
    CHECK(users() == 0);
    auto store = openStore(file.path());
    const ChainVerification verified = store->events().verify().value();
    for (const VerificationFinding &f : verified.findings)
        UNSCOPED_INFO(f.problem.toStdString());
    CHECK(verified.intact());
    QSqlQuery last(store->connection());
    REQUIRE(last.exec(QStringLiteral("SELECT case_id, user, action, input FROM events "
                                     "ORDER BY sequence DESC LIMIT 1")));
    REQUIRE(last.next());
    CHECK(last.value(0).isNull());
    CHECK(last.value(1).toString() == QStringLiteral("admin"));
    CHECK(last.value(2).toString() == QStringLiteral("restore"));
    const QJsonObject input = QJsonDocument::fromJson(last.value(3).toString().toUtf8()).object();
    CHECK(input.value(QStringLiteral("backup")).toString() == beforeUsers);
    CHECK(input.value(QStringLiteral("replaced")).toString() == replacedHead);
    CHECK(input.value(QStringLiteral("kept")).toString() == byAdministrator.value());
}

TEST_CASE("A missing database is restored without signing in; an existing one only when opened",
          "[store][backup]")
{
    test::TempDatabase file;
    QString copy;
    {
        auto store = openStore(file.path());
        REQUIRE(store->cases().registerCase(test::sampleCase(), test::kToday).ok());
        copy =
            Backups(file.path()).make(store->connection(), QStringLiteral("manual"), kAt).value();
    }
    CHECK_FALSE(Backups(file.path()).restore(copy, kAt, nullptr).ok());
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(file.path() + QLatin1String(suffix));
    auto restored = Backups(file.path()).restore(copy, kAt, nullptr);
    INFO((restored.ok() ? std::string() : restored.error().describe().toStdString()));
    REQUIRE(restored.ok());
    CHECK(restored.value().isEmpty());
    // Nothing but the database is left beside it, its owner's alone.
    const QStringList beside =
        QFileInfo(file.path()).dir().entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
    CHECK(beside == QStringList{QStringLiteral("cases.sqlite")});
    CHECK(QFileInfo(file.path()).permissions() ==
          (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser |
           QFileDevice::WriteUser));
    CHECK(caseCount(file.path()) == 1);
}

TEST_CASE("Backups are thinned to the newest of each day week and month", "[store][backup]")
{
    test::TempDatabase file;
    const Backups backups(file.path());
    // Two a day for sixty days.
    for (int day = 0; day < 60; ++day)
        for (int hour : {9, 18})
            fakeBackup(backups, QDateTime(QDate(2026, 11, 25).addDays(-day), QTime(hour, 0)));
    fakeBackup(backups, QDateTime(QDate(2025, 1, 10), QTime(8, 0)), "before-restore");
    auto removed = backups.thin(BackupPolicy{7, 4, 12}, QDate(2026, 11, 26));
    REQUIRE(removed.ok());
    const auto kept = backups.list().value();
    // Seven days, then the newest of earlier weeks and months; always the copy before a restore.
    CHECK(kept.first().madeAt == QDateTime(QDate(2026, 11, 25), QTime(18, 0)));
    CHECK(std::none_of(kept.cbegin(), kept.cend(),
                       [](const BackupFile &f) { return f.madeAt.time() == QTime(9, 0); }));
    CHECK(std::any_of(kept.cbegin(), kept.cend(), [](const BackupFile &f) {
        return f.reason == QStringLiteral("before-restore");
    }));
    CHECK(kept.size() <= 7 + 4 + 12 + 1);
    CHECK(kept.size() >= 7 + 1);
    CHECK(int(removed.value().size()) + int(kept.size()) == 121);
}

TEST_CASE("A copy made by hand and the day's first copy outlive the desk's close that day",
          "[store][backup]")
{
    test::TempDatabase file;
    auto store = Store::open(file.path(), StoreAccess::Create);
    REQUIRE(store.ok());
    const QSqlDatabase &db = store.value()->connection();
    const Backups backups(file.path());
    const QDate monday(2026, 11, 23);
    const BackupPolicy policy{7, 4, 12};
    auto reasons = [&] {
        QStringList made;
        const QList<BackupFile> files = backups.list().value();
        for (const BackupFile &f : files)
            made.prepend(f.madeAt.toString(QStringLiteral("dd HH:mm ")) + f.reason);
        return made;
    };
    REQUIRE(backups.make(db, QStringLiteral("daily"), QDateTime(monday, QTime(8, 30))).ok());
    REQUIRE(backups.make(db, QStringLiteral("manual"), QDateTime(monday, QTime(12, 0))).ok());
    REQUIRE(backups.makeAtClose(db, policy, QDateTime(monday, QTime(18, 0))).ok());
    CHECK(reasons() == QStringList{QStringLiteral("23 08:30 daily"),
                                   QStringLiteral("23 12:00 manual"),
                                   QStringLiteral("23 18:00 close")});

    // The next day the rotation keeps Monday's newest automatic copy only;
    // the copy made by hand stays until it is removed by hand.
    const QDate tuesday = monday.addDays(1);
    REQUIRE(backups.make(db, QStringLiteral("daily"), QDateTime(tuesday, QTime(8, 30))).ok());
    REQUIRE(backups.makeAtClose(db, policy, QDateTime(tuesday, QTime(18, 0))).ok());
    CHECK(reasons() ==
          QStringList{QStringLiteral("23 12:00 manual"), QStringLiteral("23 18:00 close"),
                      QStringLiteral("24 08:30 daily"), QStringLiteral("24 18:00 close")});

    const QString manual = backups.list().value().at(3).path;
    CHECK_FALSE(backups.remove(file.path()).ok()); // the database itself is no backup
    REQUIRE(backups.remove(QFileInfo(manual).fileName()).ok());
    CHECK_FALSE(QFileInfo::exists(manual));
    CHECK(reasons().size() == 3);
}

TEST_CASE("How many backups are kept is read from its setting and bad text is refused",
          "[store][backup]")
{
    CHECK(BackupPolicy::fromText(QStringLiteral("7/4/12"))->toText() == QStringLiteral("7/4/12"));
    CHECK(BackupPolicy::fromText(QStringLiteral("30/8/24"))->daily == 30);
    for (const char *bad : {"", "7/4", "0/4/12", "7/4/x", "7/4/1000", "7/4/12/1"})
        CHECK_FALSE(BackupPolicy::fromText(QString::fromLatin1(bad)).has_value());
}

TEST_CASE("The database file is its owner's alone", "[store][backup]")
{
    test::TempDatabase file;
    auto store = Store::open(file.path(), StoreAccess::Create);
    REQUIRE(store.ok());
    CHECK((QFileInfo(file.path()).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther))
              .toInt() == 0);
}
