#include "validation/residentid.h"

#include <catch2/catch.hpp>

using huajie::ResidentId;

namespace {
const QDate kToday(2026, 11, 25);
}

TEST_CASE("Resident ID numbers from GB 11643 itself are accepted", "[validation][id]")
{
    // The standard's own examples: a check character X, and a man born in 1880.
    const auto woman = ResidentId::parse(QStringLiteral("11010519491231002X"), kToday);
    REQUIRE(woman.ok());
    CHECK(woman.value().birthDate == QDate(1949, 12, 31));
    CHECK(woman.value().sex == QStringLiteral("female"));

    const auto man = ResidentId::parse(QStringLiteral("440524188001010014"), kToday);
    REQUIRE(man.ok());
    CHECK(man.value().birthDate == QDate(1880, 1, 1));
    CHECK(man.value().sex == QStringLiteral("male"));
}

TEST_CASE("A lower-case x and surrounding spaces are normalised", "[validation][id]")
{
    const auto id = ResidentId::parse(QStringLiteral(" 11010519491231002x "), kToday);
    REQUIRE(id.ok());
    CHECK(id.value().number == QStringLiteral("11010519491231002X"));
}

TEST_CASE("The check character is computed as GB 11643 defines it", "[validation][id]")
{
    CHECK(ResidentId::checkCharacter(QStringLiteral("11010519491231002")) == QLatin1Char('X'));
    CHECK(ResidentId::checkCharacter(QStringLiteral("44052418800101001")) == QLatin1Char('4'));
    CHECK(ResidentId::checkCharacter(QStringLiteral("64020219800101001")) == QLatin1Char('6'));
}

TEST_CASE("Bad resident ID numbers are refused with the reason", "[validation][id]")
{
    struct Vector
    {
        const char *number;
        const char *reason;
    };
    const Vector vectors[] = {
        {"110105194912310021", "check digit"},    // right shape, wrong check digit
        {"11010519491231002Y", "last character"}, // not a digit or X
        {"1101051949123100", "18 characters"},    // too short
        {"1101051949123100200", "18 characters"}, // too long
        {"11010519490230002X", "birth date"},     // 30 February
        {"11010520991231002X", "future"},         // born after today
        {"99010519491231002X", "province"},       // no such province
        {"1101051949A231002X", "digits"},         // a letter inside
        {"", "18 characters"},
    };
    for (const Vector &v : vectors) {
        INFO(v.number);
        const auto id = ResidentId::parse(QString::fromLatin1(v.number), kToday);
        REQUIRE_FALSE(id.ok());
        CHECK(id.error().message.contains(QString::fromLatin1(v.reason)));
    }
}

TEST_CASE("Full-width digits are not digits of an ID number", "[validation][id]")
{
    CHECK_FALSE(
        ResidentId::parse(QStringLiteral("１１０１０５１９４９１２３１００２X"), kToday).ok());
}
