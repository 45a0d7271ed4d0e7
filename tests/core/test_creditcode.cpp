#include "validation/creditcode.h"

#include <catch2/catch.hpp>

using huajie::CreditCode;

TEST_CASE("Credit codes that are valid under GB 32100 are accepted", "[validation][credit]")
{
    // The example of GB 32100-2015 and codes of well-known companies.
    for (const char *code : {"91350100M000100Y43", "914403001922038216", "9144030071526726XG",
                             "91330100799655058B", "91110000600037341L"}) {
        INFO(code);
        const auto parsed = CreditCode::parse(QString::fromLatin1(code));
        REQUIRE(parsed.ok());
        CHECK(parsed.value() == QString::fromLatin1(code));
    }
}

TEST_CASE("The credit code check character follows GB 32100", "[validation][credit]")
{
    CHECK(CreditCode::checkCharacter(QStringLiteral("91350100M000100Y4")) == QLatin1Char('3'));
    CHECK(CreditCode::checkCharacter(QStringLiteral("9144030071526726X")) == QLatin1Char('G'));
}

TEST_CASE("Lower case is read as upper case", "[validation][credit]")
{
    const auto parsed = CreditCode::parse(QStringLiteral("9144030071526726xg"));
    REQUIRE(parsed.ok());
    CHECK(parsed.value() == QStringLiteral("9144030071526726XG"));
}

TEST_CASE("Bad credit codes are refused with the reason", "[validation][credit]")
{
    struct Vector
    {
        const char *code;
        const char *reason;
    };
    const Vector vectors[] = {
        {"91350100M000100Y44", "check character"},
        {"91350100M000100Y4", "18 characters"},
        {"91350100M000100I43", "not allowed"}, // I is not in the alphabet
        {"91350100M000100O43", "not allowed"},
        {"9135A100M000100Y43", "region"},
        {"", "18 characters"},
    };
    for (const Vector &v : vectors) {
        INFO(v.code);
        const auto parsed = CreditCode::parse(QString::fromLatin1(v.code));
        REQUIRE_FALSE(parsed.ok());
        CHECK(parsed.error().message.contains(QString::fromLatin1(v.reason)));
    }
}
