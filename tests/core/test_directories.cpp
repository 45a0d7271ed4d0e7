#include "io/changedescription.h"
#include "store/store.h"
#include "support/samplecase.h"

#include <QLocale>

#include <catch2/catch.hpp>

using namespace huajie;

namespace {
DirectoryEntry named(const char *name)
{
    return DirectoryEntry{0, {QString::fromUtf8(name)}};
}
} // namespace

TEST_CASE("Directory lists read in pinyin order under zh_CN", "[store][directories]")
{
    test::TempDatabase file;
    auto store = Store::open(file.path(), StoreAccess::Create).value();
    for (const char *name :
         {"中卫市公安局", "北京路街道办事处", "安全生产监督管理局", "石嘴山市人民政府"})
        REQUIRE(store->directories().save(DirectoryKind::Agencies, named(name)).ok());
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    const QStringList names = store->directories().names(DirectoryKind::Agencies).value();
    QLocale::setDefault(before);
    // an, bei, shi, zhong; by code point 中 (U+4E2D) would come first.
    CHECK(names == QStringList{QStringLiteral("安全生产监督管理局"),
                               QStringLiteral("北京路街道办事处"),
                               QStringLiteral("石嘴山市人民政府"), QStringLiteral("中卫市公安局")});
}

TEST_CASE("Names close to a typed one are found, closest first", "[store][directories]")
{
    test::TempDatabase file;
    auto store = Store::open(file.path(), StoreAccess::Create).value();
    for (const char *name :
         {"石嘴山市自然资源局", "石嘴山市人民政府", "大武口区人民政府", "自然资源局"})
        REQUIRE(store->directories().save(DirectoryKind::Agencies, named(name)).ok());
    const auto close = [&](const char *typed) {
        return store->directories()
            .closeNames(DirectoryKind::Agencies, QString::fromUtf8(typed))
            .value();
    };
    CHECK(close("石嘴山市自然资原局") == QStringList{QStringLiteral("石嘴山市自然资源局")});
    CHECK(close("大武口人民政府") == QStringList{QStringLiteral("大武口区人民政府")});
    CHECK(close("平罗县公安局").isEmpty());
    CHECK(close("石嘴山市自然资源局") == QStringList{QStringLiteral("自然资源局")});
}

TEST_CASE("Two directory entries merge into one and each moved case records it",
          "[store][directories]")
{
    test::TempDatabase file;
    auto store = Store::open(file.path(), StoreAccess::Create).value();
    const qint64 right = store->cases().registerCase(test::sampleCase(), test::kToday).value().id;
    CaseRecord typo = test::sampleCase();
    typo.parties[2].name = QStringLiteral("石嘴山市自然资原局");
    typo.judge = QStringLiteral("马利新");
    const qint64 wrong = store->cases().registerCase(typo, test::kToday).value().id;
    DirectoryStore &directories = store->directories();
    const auto idOf = [&](DirectoryKind kind, const char *name) {
        const QList<DirectoryEntry> entries = directories.list(kind).value();
        for (const DirectoryEntry &e : entries)
            if (e.name() == QString::fromUtf8(name))
                return e.id;
        return qint64(0);
    };
    // The misspelt entry knows the agency's head; the right one does not yet.
    DirectoryEntry misspelt{idOf(DirectoryKind::Agencies, "石嘴山市自然资原局"),
                            {QStringLiteral("石嘴山市自然资原局"), QStringLiteral("王局长")}};
    REQUIRE(directories.save(DirectoryKind::Agencies, misspelt).ok());
    const qint64 into = idOf(DirectoryKind::Agencies, "石嘴山市自然资源局");
    const int eventsBefore = int(store->cases().history(right).value().size());

    CHECK_FALSE(
        directories
            .merge(DirectoryKind::Agencies, into, into, store->events(), QStringLiteral("赵"))
            .ok());
    CHECK_FALSE(directories
                    .merge(DirectoryKind::Agencies, misspelt.id, 9999, store->events(),
                           QStringLiteral("赵"))
                    .ok());
    REQUIRE(directories.names(DirectoryKind::Agencies).value().size() == 3);

    auto moved = directories.merge(DirectoryKind::Agencies, misspelt.id, into, store->events(),
                                   QStringLiteral("赵志明"));
    INFO((moved ? std::string() : moved.error().describe().toStdString()));
    REQUIRE(moved.ok());
    CHECK(moved.value() == 1);
    CHECK(directories.names(DirectoryKind::Agencies).value().size() == 2);
    CHECK(store->cases().load(wrong).value().parties[2].name ==
          QStringLiteral("石嘴山市自然资源局"));
    CHECK(directories.valueOf(DirectoryKind::Agencies, QStringLiteral("石嘴山市自然资源局"),
                              "head") == QStringLiteral("王局长"));
    const CaseEvent last = store->cases().history(wrong).value().last();
    CHECK(last.action == QStringLiteral("merge_directory"));
    CHECK(last.user == QStringLiteral("赵志明"));
    CHECK(describeEventChanges(last.action, last.changes).first().text() ==
          QStringLiteral("Respondent agency: 石嘴山市自然资原局 → 石嘴山市自然资源局"));
    // The case that already named the right agency has no new event.
    CHECK(store->cases().history(right).value().size() == eventsBefore);

    // Judges too.
    REQUIRE(directories
                .merge(DirectoryKind::Judges, idOf(DirectoryKind::Judges, "马利新"),
                       idOf(DirectoryKind::Judges, "马立新"), store->events(),
                       QStringLiteral("赵志明"))
                .ok());
    CHECK(store->cases().load(wrong).value().judge == QStringLiteral("马立新"));
    CHECK(describeEventChanges(QStringLiteral("merge_directory"),
                               store->cases().history(wrong).value().last().changes)
              .first()
              .text() == QStringLiteral("Following judge: 马利新 → 马立新"));
    CHECK(store->events().verify().value().intact());
}
