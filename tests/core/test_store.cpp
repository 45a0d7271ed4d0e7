#include "store/store.h"
#include "support/samplecase.h"

#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace huajie;
using huajie::test::kToday;
using huajie::test::sampleCase;
using huajie::test::TempDatabase;

namespace {
std::unique_ptr<Store> openStore(const QString &path)
{
    auto store = Store::open(path, StoreAccess::Create);
    REQUIRE(store.ok());
    return std::move(store).value();
}

int directorySize(Store &store, DirectoryKind kind)
{
    auto names = store.directories().names(kind);
    REQUIRE(names.ok());
    return int(names.value().size());
}
} // namespace

TEST_CASE("Every field of a case comes back exactly as stored after reopening", "[store]")
{
    TempDatabase db;
    CaseRecord stored;
    {
        auto store = openStore(db.path());
        auto registered = store->cases().registerCase(sampleCase(), kToday);
        REQUIRE(registered.ok());
        stored = registered.value();
        CHECK(stored.number == QStringLiteral("（2026）化解字第1号"));
    }
    auto store = openStore(db.path());
    auto loaded = store->cases().loadByNumber(QStringLiteral("（2026）化解字第1号"));
    REQUIRE(loaded.ok());
    CHECK(loaded.value() == stored);

    CaseRecord expected = sampleCase();
    CaseRecord actual = loaded.value();
    // Ids and the number are the store's; everything else is what was typed.
    actual.id = 0;
    actual.number.clear();
    actual.year = 0;
    actual.sequence = 0;
    for (Party &p : actual.parties) {
        p.id = 0;
        for (Agent &a : p.agents)
            a.id = 0;
    }
    CHECK(actual == expected);
    CHECK(actual.summary == QStringLiteral("申请人对补偿标准有异议。𠀀 «quotes» & <tags>"));
}

TEST_CASE("The database is in WAL mode with foreign keys on", "[store]")
{
    TempDatabase db;
    auto store = openStore(db.path());
    QSqlQuery query(store->connection());
    REQUIRE(query.exec(QStringLiteral("PRAGMA journal_mode")));
    REQUIRE(query.next());
    CHECK(query.value(0).toString() == QStringLiteral("wal"));
    REQUIRE(query.exec(QStringLiteral("PRAGMA foreign_keys")));
    REQUIRE(query.next());
    CHECK(query.value(0).toInt() == 1);
}

TEST_CASE("Registration numbers count per year and follow the pattern", "[store]")
{
    TempDatabase db;
    auto store = openStore(db.path());
    CaseRecord c = sampleCase();
    CHECK(store->cases().registerCase(c, kToday).value().number ==
          QStringLiteral("（2026）化解字第1号"));
    CHECK(store->cases().registerCase(c, kToday).value().number ==
          QStringLiteral("（2026）化解字第2号"));
    c.registeredOn = QDate(2025, 12, 31);
    c.consentDate = QDate(2025, 12, 30);
    CHECK(store->cases().registerCase(c, kToday).value().number ==
          QStringLiteral("（2025）化解字第1号"));

    REQUIRE(
        store->settings()
            .setValue(CenterSetting::RegistrationPattern, QStringLiteral("石化调〔{year}〕{seq}号"))
            .ok());
    CHECK(store->cases().nextNumber(2026).value() == QStringLiteral("石化调〔2026〕3号"));
    CHECK(store->cases().registerCase(sampleCase(), kToday).value().number ==
          QStringLiteral("石化调〔2026〕3号"));
    CHECK_FALSE(store->settings()
                    .setValue(CenterSetting::RegistrationPattern, QStringLiteral("第{seq}号"))
                    .ok());
}

TEST_CASE("A refused case changes nothing and not even the directories", "[store]")
{
    TempDatabase db;
    auto store = openStore(db.path());
    CaseRecord bad = sampleCase();
    bad.parties[0].idNumber = QStringLiteral("110105194912310021");
    auto refused = store->cases().registerCase(bad, kToday);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().field.contains(QStringLiteral("Resident ID number")));
    CHECK(store->cases().count().value() == 0);
    CHECK(directorySize(*store, DirectoryKind::Agencies) == 0);

    // A batch with one bad case stores none of them.
    QList<CaseImport> batch{{sampleCase(), {}}, {sampleCase(), {}}, {bad, {}}};
    CHECK_FALSE(store->cases().registerCases(batch, kToday).ok());
    CHECK(store->cases().count().value() == 0);
    CHECK(directorySize(*store, DirectoryKind::Judges) == 0);
}

TEST_CASE("Names typed on a case are added to the directories once", "[store]")
{
    TempDatabase db;
    auto store = openStore(db.path());
    REQUIRE(store->cases().registerCase(sampleCase(), kToday).ok());
    REQUIRE(store->cases().registerCase(sampleCase(), kToday).ok());
    CHECK(directorySize(*store, DirectoryKind::Agencies) == 2);
    CHECK(directorySize(*store, DirectoryKind::ReferringUnits) == 1);
    CHECK(directorySize(*store, DirectoryKind::Judges) == 1);
    CHECK(directorySize(*store, DirectoryKind::Procurators) == 1);
    CHECK(directorySize(*store, DirectoryKind::Mediators) == 1);
}

TEST_CASE("An edit keeps the number and replaces the parties", "[store]")
{
    TempDatabase db;
    auto store = openStore(db.path());
    CaseRecord c = store->cases().registerCase(sampleCase(), kToday).value();
    c.summary = QStringLiteral("改过的摘要");
    c.parties.removeAt(1);
    c.personsInvolved = 1;
    c.number = QStringLiteral("tampered");
    auto updated = store->cases().updateCase(c, kToday);
    REQUIRE(updated.ok());
    CHECK(updated.value().number == QStringLiteral("（2026）化解字第1号"));
    CHECK(updated.value().summary == QStringLiteral("改过的摘要"));
    CHECK(updated.value().parties.size() == 3);

    c.parties[0].idNumber = QStringLiteral("bad");
    REQUIRE_FALSE(store->cases().updateCase(c, kToday).ok());
    CHECK(store->cases().load(c.id).value().parties.size() == 3);
}

TEST_CASE("Directories keep their entries and refuse clashes and used entries", "[store]")
{
    TempDatabase db;
    auto store = openStore(db.path());
    DirectoryStore &directories = store->directories();
    auto id = directories.save(
        DirectoryKind::Mediators,
        {0,
         {QStringLiteral("孙丽萍"), QStringLiteral("lawyer"), QStringLiteral("征收补偿"),
          QStringLiteral("贺兰律所"), QStringLiteral("13900000000")}});
    REQUIRE(id.ok());
    auto list = directories.list(DirectoryKind::Mediators).value();
    REQUIRE(list.size() == 1);
    CHECK(list[0].values == QStringList{QStringLiteral("孙丽萍"), QStringLiteral("lawyer"),
                                        QStringLiteral("征收补偿"), QStringLiteral("贺兰律所"),
                                        QStringLiteral("13900000000")});

    auto clash = directories.save(DirectoryKind::Mediators, {0, {QStringLiteral("孙丽萍")}});
    REQUIRE_FALSE(clash.ok());
    CHECK(clash.error().message.contains(QStringLiteral("already")));
    CHECK_FALSE(directories.save(DirectoryKind::Mediators, {0, {QStringLiteral(" ")}}).ok());
    CHECK_FALSE(
        directories
            .save(DirectoryKind::Mediators, {0, {QStringLiteral("甲"), QStringLiteral("wizard")}})
            .ok());

    CaseRecord c = sampleCase();
    c.leadMediator = QStringLiteral("孙丽萍");
    REQUIRE(store->cases().registerCase(c, kToday).ok());
    auto removal = directories.remove(DirectoryKind::Mediators, id.value());
    REQUIRE_FALSE(removal.ok());
    CHECK(removal.error().message.contains(QStringLiteral("used by cases")));

    auto room = directories.save(DirectoryKind::Rooms, {0, {QStringLiteral("第三调解室")}});
    REQUIRE(room.ok());
    CHECK(directories.remove(DirectoryKind::Rooms, room.value()).ok());
}

TEST_CASE("A file that is not a database is refused with a message", "[store]")
{
    TempDatabase db;
    QFile file(db.path());
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("this is not sqlite, just text that fills the header and more of it............");
    file.close();
    auto store = Store::open(db.path(), StoreAccess::Create);
    REQUIRE_FALSE(store.ok());
    CHECK(store.error().message.contains(QStringLiteral("not a Huajie database")));
}
