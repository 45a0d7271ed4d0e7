#include "cases/repeatapplicants.h"
#include "store/directorystore.h"
#include "store/store.h"
#include "support/samplecase.h"

#include <catch2/catch.hpp>

using namespace huajie;

namespace {
// The sample case with a third party, and a second case that shares none
// of its names, numbers or phones (but the agencies and the act).
CaseRecord withThirdParty()
{
    CaseRecord c = test::sampleCase();
    Party third;
    third.role = QStringLiteral("third_party");
    third.name = QStringLiteral("马小东");
    third.idNumber = QStringLiteral("640205198511230034");
    third.phone = QStringLiteral("13912345678");
    c.parties.insert(2, third);
    return c;
}

CaseRecord otherCase()
{
    CaseRecord c = test::sampleCase();
    c.referralNumber = QStringLiteral("（2026）宁02委调99号");
    c.originCaseNumber = QStringLiteral("（2026）宁02行初88号");
    c.leadMediator = QStringLiteral("钱文");
    c.judge = QStringLiteral("孙法官");
    c.procurator = QString();
    c.parties[0].name = QStringLiteral("杨光明");
    c.parties[0].idNumber = QStringLiteral("640202197005060016");
    c.parties[0].birthDate = QDate(1970, 5, 6);
    c.parties[0].sex = QStringLiteral("male");
    c.parties[0].phone = QStringLiteral("13700000000");
    c.parties[0].agents[0].name = QStringLiteral("赵律师");
    c.parties[0].agents[0].phone = QStringLiteral("0952-7654321");
    c.parties[0].agents[0].organisation = QStringLiteral("宁夏正义律师事务所");
    c.parties[1].name = QStringLiteral("宁夏长城建材有限公司");
    c.parties[1].creditCode = QStringLiteral("9144030071526726XG");
    c.parties[1].legalRepresentative = QStringLiteral("刘六");
    return c;
}

struct TwoCases
{
    test::TempDatabase file;
    std::unique_ptr<Store> store;
    qint64 first = 0;
    qint64 second = 0;

    TwoCases()
    {
        auto opened = Store::open(file.path(), StoreAccess::Create);
        REQUIRE(opened.ok());
        store = std::move(opened).value();
        auto a = store->cases().registerCase(withThirdParty(), test::kToday);
        REQUIRE(a.ok());
        auto b = store->cases().registerCase(otherCase(), test::kToday);
        INFO((b.ok() ? QString() : b.error().describe()).toStdString());
        REQUIRE(b.ok());
        first = a.value().id;
        second = b.value().id;
    }

    QSet<qint64> find(const QString &text) const
    {
        auto found = store->cases().search().matching(text);
        INFO(text.toStdString());
        REQUIRE(found.ok());
        return found.value();
    }
};
} // namespace

TEST_CASE("The search finds a case from whatever the caller gives", "[store][search]")
{
    TwoCases cases;
    const QSet<qint64> first{cases.first};
    const QSet<qint64> both{cases.first, cases.second};
    const struct
    {
        const char *text;
        const char *what;
    } onlyFirst[] = {
        {"11010519491231002X", "a whole resident ID number"},
        {"19491231", "part of a resident ID number"},
        {"1231002x", "the end of an ID number, its X in lower case"},
        {"91350100M000100Y43", "a credit code"},
        {"m000100y", "part of a credit code, in lower case"},
        {"13800000000", "an applicant's phone"},
        {"2012345", "part of an agent's phone"},
        {"李律师", "an agent's name"},
        {"贺兰律师", "part of an agent's firm"},
        {"王五", "a legal representative, two characters"},
        {"马小东", "a third party"},
        {"13912345678", "a third party's phone"},
        {"宁02行初7号", "part of the lawsuit number"},
        {"委调15", "part of the referral number"},
        {"张三", "a two-character name"},
        {"三", "one character"},
        {"星海物流", "part of a company's name"},
        {"赵志明", "the lead mediator"},
        {"马立新", "the judge"},
        {"张三 自然资源局", "two words, one short, both on the case"},
        {"　张三　李律师　", "words between full-width spaces"},
    };
    for (const auto &q : onlyFirst) {
        INFO(q.what);
        CHECK(cases.find(QString::fromUtf8(q.text)) == first);
    }
    CHECK(cases.find(QStringLiteral("杨光明")) == QSet<qint64>{cases.second});
    CHECK(cases.find(QStringLiteral("刘六")) == QSet<qint64>{cases.second});
    CHECK(cases.find(QStringLiteral("石嘴山市自然资源局")) == both);
    CHECK(cases.find(QStringLiteral("（2026）化解字第")) == both);
    // Every word must occur on the same case.
    CHECK(cases.find(QStringLiteral("张三 杨光明")).isEmpty());
    CHECK(cases.find(QStringLiteral("不存在的人")).isEmpty());
    // Text that looks like query syntax is text.
    CHECK(cases.find(QStringLiteral("\"张三\" OR 杨光明*")).isEmpty());
    CHECK(cases.find(QStringLiteral("NEAR(")).isEmpty());
    CHECK(cases.find(QStringLiteral("%")).isEmpty());
    // Nothing to search for is refused.
    CHECK_FALSE(cases.store->cases().search().matching(QStringLiteral("  ")).ok());
}

TEST_CASE("The search follows every edit of a case, its parties and agents", "[store][search]")
{
    TwoCases cases;
    auto record = cases.store->cases().load(cases.first);
    REQUIRE(record.ok());
    CaseRecord edited = record.value();
    edited.parties[0].agents[0].name = QStringLiteral("周律师");
    edited.parties[0].phone = QStringLiteral("13611112222");
    edited.parties[1].creditCode = QStringLiteral("91330100799655058B");
    edited.originCaseNumber = QStringLiteral("（2026）宁02行初70号");
    edited.parties.removeAt(2); // the third party
    REQUIRE(cases.store->cases().updateCase(edited, test::kToday).ok());

    for (const char *gone :
         {"李律师", "13800000000", "91350100M000100Y43", "马小东", "13912345678", "宁02行初7号"}) {
        INFO(gone);
        CHECK(cases.find(QString::fromUtf8(gone)).isEmpty());
    }
    for (const char *now : {"周律师", "13611112222", "799655058", "宁02行初70号", "张三"}) {
        INFO(now);
        CHECK(cases.find(QString::fromUtf8(now)) == QSet<qint64>{cases.first});
    }

    // A directory entry renamed: the cases naming it are found by the new name.
    auto mediators = cases.store->directories().list(DirectoryKind::Mediators);
    REQUIRE(mediators.ok());
    for (DirectoryEntry entry : mediators.value())
        if (entry.name() == QStringLiteral("赵志明")) {
            entry.values[0] = QStringLiteral("赵志刚");
            REQUIRE(cases.store->directories().save(DirectoryKind::Mediators, entry).ok());
        }
    CHECK(cases.find(QStringLiteral("赵志明")).isEmpty());
    CHECK(cases.find(QStringLiteral("赵志刚")) == QSet<qint64>{cases.first});
}

TEST_CASE("A repeat applicant is found by ID number, credit code or exact name",
          "[store][search][repeat]")
{
    TwoCases cases;
    const CaseSearch search = cases.store->cases().search();
    using Basis = RepeatApplicant::Basis;

    SECTION("the same ID number under another name")
    {
        CaseRecord next = otherCase();
        next.parties[0].name = QStringLiteral("张叁");
        next.parties[0].idNumber = QStringLiteral("11010519491231002X");
        auto found = RepeatApplicants::find(search, next);
        REQUIRE(found.ok());
        REQUIRE(found.value().size() == 2); // and the second case's company, by its code
        CHECK(found.value()[0].party == QStringLiteral("张叁"));
        CHECK(found.value()[0].basis == Basis::IdNumber);
        CHECK(found.value()[0].earlier.caseId == cases.first);
        CHECK(found.value()[0].earlier.caseNumber == QStringLiteral("（2026）化解字第1号"));
        CHECK(found.value()[0].earlier.caseState == QStringLiteral("registered"));
        CHECK(found.value()[0].earlier.disputedAct == test::sampleCase().disputedAct);
        CHECK(found.value()[1].party == QStringLiteral("宁夏长城建材有限公司"));
        CHECK(found.value()[1].basis == Basis::CreditCode);
        CHECK(found.value()[1].earlier.caseId == cases.second);
    }
    SECTION("a registration voided as made in error is no earlier case")
    {
        REQUIRE(cases.store->cases().voidCase(cases.first, QStringLiteral("重复登记")).ok());
        CaseRecord next = otherCase();
        next.parties[0].name = QStringLiteral("张叁");
        next.parties[0].idNumber = QStringLiteral("11010519491231002X");
        auto found = RepeatApplicants::find(search, next);
        REQUIRE(found.ok());
        REQUIRE(found.value().size() == 1); // only the second case's company
        CHECK(found.value()[0].earlier.caseId == cases.second);
    }
    SECTION("the same name, without an ID number, and a namesake with another")
    {
        CaseRecord next = otherCase();
        next.parties[0].name = QStringLiteral("马小东"); // the first case's third party
        next.parties[0].idNumber.clear();
        next.parties[1].name = QStringLiteral("石嘴山市星海物流有限公司");
        next.parties[1].creditCode = QStringLiteral("91110000600037341L"); // another company
        auto found = RepeatApplicants::find(search, next);
        REQUIRE(found.ok());
        REQUIRE(found.value().size() == 1);
        CHECK(found.value()[0].party == QStringLiteral("马小东"));
        CHECK(found.value()[0].basis == Basis::Name);
        CHECK(found.value()[0].earlier.role == QStringLiteral("third_party"));
    }
    SECTION("nobody known, and the agencies, which every case shares, do not count")
    {
        CaseRecord next = otherCase();
        next.parties[0].name = QStringLiteral("新来的人");
        next.parties[0].idNumber = QStringLiteral("640202199001010045");
        next.parties[1].name = QStringLiteral("另一家公司");
        next.parties[1].creditCode = QStringLiteral("91110000600037341L");
        auto found = RepeatApplicants::find(search, next);
        REQUIRE(found.ok());
        CHECK(found.value().isEmpty());
    }
    SECTION("a case is not its own repeat")
    {
        auto stored = cases.store->cases().load(cases.first);
        REQUIRE(stored.ok());
        auto found = RepeatApplicants::find(search, stored.value());
        REQUIRE(found.ok());
        CHECK(found.value().isEmpty());
    }
}
