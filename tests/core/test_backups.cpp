#include "store/backups.h"
#include "store/store.h"
#include "support/samplecase.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

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

    auto kept = Backups(file.path()).restore(backupPath, kAt.addSecs(60));
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
    CHECK_FALSE(Backups(file.path()).restore(garbage, kAt).ok());
    CHECK_FALSE(Backups(file.path()).restore(file.path() + QStringLiteral(".missing"), kAt).ok());
    CHECK(caseCount(file.path()) == 1);
    CHECK(Backups(file.path()).list().value().isEmpty());
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
