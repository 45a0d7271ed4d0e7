#include "store/backups.h"
#include "store/store.h"
#include "store/writerlock.h"
#include "support/samplecase.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QSysInfo>

#include <catch2/catch.hpp>

using namespace huajie;
using huajie::test::kToday;
using huajie::test::sampleCase;
using huajie::test::TempDatabase;

TEST_CASE("A second writer on the same database is refused naming the first", "[store][lock]")
{
    TempDatabase db;
    auto first = Store::open(db.path(), StoreAccess::Create);
    REQUIRE(first.ok());
    CHECK_FALSE(first.value()->readOnly());
    REQUIRE(first.value()->cases().registerCase(sampleCase(), kToday).ok());

    auto second = Store::open(db.path());
    REQUIRE_FALSE(second.ok());
    const QString message = second.error().describe();
    CHECK(message.contains(QStringLiteral("open for writing")));
    CHECK(message.contains(QString::number(QCoreApplication::applicationPid())));
    REQUIRE(WriterLock::holder(db.path()).has_value());

    SECTION("read-only it reads and refuses every change clearly")
    {
        auto reader = Store::open(db.path(), StoreAccess::ReadOnly);
        REQUIRE(reader.ok());
        CHECK(reader.value()->readOnly());
        auto rows = reader.value()->cases().summaries();
        REQUIRE(rows.ok());
        CHECK(rows.value().size() == 1);
        auto refused = reader.value()->cases().registerCase(sampleCase(), kToday);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().describe().contains(QStringLiteral("read-only")));
        // The writer goes on, and the reader sees what it wrote.
        REQUIRE(first.value()->cases().registerCase(sampleCase(), kToday).ok());
        auto again = reader.value()->cases().summaries();
        REQUIRE(again.ok());
        CHECK(again.value().size() == 2);
    }
    SECTION("once the writer has closed another may write")
    {
        first = Error{QStringLiteral("closed")};
        CHECK_FALSE(WriterLock::holder(db.path()).has_value());
        CHECK_FALSE(QFileInfo::exists(WriterLock::lockPath(db.path())));
        auto next = Store::open(db.path());
        REQUIRE(next.ok());
        CHECK(next.value()->cases().registerCase(sampleCase(), kToday).ok());
    }
}

TEST_CASE("A missing database is created by nothing but Create, and its backups are named",
          "[store][lock][missing]")
{
    TempDatabase db;
    const QString folder = QFileInfo(db.path()).absolutePath();
    const auto refusedAsMissing = [&](StoreAccess access) {
        auto opened = Store::open(db.path(), access);
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.error().describe().contains(QStringLiteral("There is no database")));
        CHECK(opened.error().describe().contains(db.path()));
        CHECK_FALSE(QFileInfo::exists(db.path()));
        CHECK_FALSE(QFileInfo::exists(WriterLock::lockPath(db.path())));
        return opened.error().describe();
    };
    SECTION("in a folder that is not there either, nothing is made")
    {
        const QString deeper = folder + QStringLiteral("/not/there.sqlite");
        REQUIRE_FALSE(Store::open(deeper).ok());
        REQUIRE_FALSE(Store::open(deeper, StoreAccess::ReadOnly).ok());
        CHECK_FALSE(QFileInfo::exists(folder + QStringLiteral("/not")));
        auto created = Store::open(deeper, StoreAccess::Create);
        REQUIRE(created.ok());
        CHECK(QFileInfo::exists(deeper));
    }
    SECTION("with no backups")
    {
        CHECK(refusedAsMissing(StoreAccess::Write).contains(QStringLiteral("no backups")));
        refusedAsMissing(StoreAccess::ReadOnly);
    }
    SECTION("lost, with backups beside it")
    {
        QString newest;
        {
            auto store = Store::open(db.path(), StoreAccess::Create);
            REQUIRE(store.ok());
            REQUIRE(store.value()->cases().registerCase(sampleCase(), kToday).ok());
            const Backups backups(db.path());
            const QDateTime at(kToday, QTime(9, 0));
            REQUIRE(backups.make(store.value()->connection(), QStringLiteral("daily"), at).ok());
            auto made = backups.make(store.value()->connection(), QStringLiteral("manual"),
                                     at.addSecs(3600));
            REQUIRE(made.ok());
            newest = made.value();
        }
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(db.path() + QLatin1String(suffix));
        const QString message = refusedAsMissing(StoreAccess::Write);
        CHECK(message.contains(newest));
        CHECK(message.indexOf(newest) < message.indexOf(QStringLiteral("daily")));
        refusedAsMissing(StoreAccess::ReadOnly);
        // Restoring is the way back, onto the missing database.
        REQUIRE(Backups(db.path()).restore(newest, QDateTime::currentDateTime(), nullptr).ok());
        auto restored = Store::open(db.path());
        REQUIRE(restored.ok());
        auto rows = restored.value()->cases().summaries();
        REQUIRE(rows.ok());
        CHECK(rows.value().size() == 1);
    }
    SECTION("Create makes it")
    {
        auto created = Store::open(db.path(), StoreAccess::Create);
        REQUIRE(created.ok());
        CHECK_FALSE(created.value()->readOnly());
        CHECK(QFileInfo::exists(db.path()));
    }
}

namespace {
void writeFile(const QString &path, const QByteArray &contents)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(contents) == contents.size());
}
} // namespace

TEST_CASE("A lock file no live process holds is taken over whatever it holds", "[store][lock]")
{
    TempDatabase db;
    REQUIRE(Store::open(db.path(), StoreAccess::Create).ok());
    const QString lock = WriterLock::lockPath(db.path());
    const QByteArray here = QSysInfo::machineHostName().toUtf8();
    // This very process runs, and holds no lock yet.
    const QByteArray live = QByteArray::number(QCoreApplication::applicationPid()) + '\n' +
                            QCoreApplication::applicationName().toUtf8();
    const auto [what, contents] = GENERATE_COPY(table<const char *, QByteArray>({
        {"empty: its writer was killed before it wrote its name", QByteArray()},
        {"garbled", QByteArray("\x01\xff garbage\n\n\n\n")},
        {"20 MB", QByteArray(20 * 1024 * 1024, 'x')},
        {"naming a live process that never took it", live + '\n' + here + '\n'},
        {"naming another machine", QByteArray("4242\nhuajie\nanother-machine\n")},
    }));
    INFO(what);
    writeFile(lock, contents);
    CHECK(WriterLock::holder(db.path()) == std::nullopt);
    auto writer = Store::open(db.path());
    INFO((writer ? QString() : writer.error().describe()).toStdString());
    REQUIRE(writer.ok());
    // Taken, it names its holder again for the next one refused.
    auto second = Store::open(db.path());
    REQUIRE_FALSE(second.ok());
    CHECK(second.error().describe().contains(QString::number(QCoreApplication::applicationPid())));
    writer = Error{QStringLiteral("closed")};
    CHECK_FALSE(QFileInfo::exists(lock));
}

TEST_CASE("What a holder's lock file says is shown cleaned and cut short", "[store][lock]")
{
    TempDatabase db;
    auto writer = Store::open(db.path(), StoreAccess::Create);
    REQUIRE(writer.ok());
    // Someone rewrites the file of a lock that is held: it stays held.
    writeFile(WriterLock::lockPath(db.path()),
              QByteArray("77\nhua\x1b[2Jjie\xe2\x80\xae\n") + QByteArray(5000, 'h') + '\n');
    const auto holder = WriterLock::holder(db.path());
    REQUIRE(holder.has_value());
    CHECK(holder->contains(QStringLiteral("huajie")));
    CHECK_FALSE(holder->contains(QChar(0x1b)));
    CHECK_FALSE(holder->contains(QChar(0x202e)));
    CHECK(holder->size() < 400);
    CHECK_FALSE(Store::open(db.path()).ok());
}

#ifdef Q_OS_UNIX
TEST_CASE("A lock file that is a link is refused, and what it points to is left alone",
          "[store][lock]")
{
    TempDatabase db;
    REQUIRE(Store::open(db.path(), StoreAccess::Create).ok());
    const QString precious = db.path() + QStringLiteral(".precious");
    writeFile(precious, "keep me");
    REQUIRE(QFile::link(precious, WriterLock::lockPath(db.path())));
    auto writer = Store::open(db.path());
    REQUIRE_FALSE(writer.ok());
    CHECK(writer.error().describe().contains(QStringLiteral("Cannot lock")));
    QFile file(precious);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == "keep me");
}
#endif
