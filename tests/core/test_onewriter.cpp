#include "store/store.h"
#include "store/writerlock.h"
#include "support/samplecase.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace huajie;
using huajie::test::kToday;
using huajie::test::sampleCase;
using huajie::test::TempDatabase;

TEST_CASE("A second writer on the same database is refused naming the first", "[store][lock]")
{
    TempDatabase db;
    auto first = Store::open(db.path());
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
        auto next = Store::open(db.path());
        REQUIRE(next.ok());
        CHECK(next.value()->cases().registerCase(sampleCase(), kToday).ok());
    }
}

TEST_CASE("A database that does not exist is not created read-only", "[store][lock]")
{
    TempDatabase db;
    auto reader = Store::open(db.path(), StoreAccess::ReadOnly);
    REQUIRE_FALSE(reader.ok());
    CHECK(reader.error().describe().contains(QStringLiteral("no database")));
}
