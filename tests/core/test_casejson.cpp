#include "io/casejson.h"
#include "support/samplecase.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <catch2/catch.hpp>

using namespace huajie;

namespace {
Error refusal(const char *json)
{
    const QJsonObject object = QJsonDocument::fromJson(QByteArray(json)).object();
    auto parsed = casejson::fromJson(object);
    REQUIRE_FALSE(parsed.ok());
    return parsed.error();
}
} // namespace

TEST_CASE("A case survives a trip through JSON", "[json]")
{
    CaseRecord original = test::sampleCase();
    original.courtReceivedOn = QDate(2026, 11, 16);
    original.referredOn = QDate(2026, 11, 19);
    auto back = casejson::fromJson(casejson::toJson(original));
    REQUIRE(back.ok());
    CHECK(back.value() == original);
}

TEST_CASE("Unknown keys are refused with their path", "[json]")
{
    CHECK(refusal(R"({"sorce": "direct"})").field == QStringLiteral("sorce"));
    CHECK(refusal(R"({"dispute": {"act": "x", "kind": "penalty"}})").field ==
          QStringLiteral("dispute.kind"));
    CHECK(refusal(R"({"parties": [{"role": "applicant", "nmae": "张三"}]})").field ==
          QStringLiteral("parties[0].nmae"));
    CHECK(refusal(R"({"parties": [{"name": "张三", "agents": [{"name": "李", "power": "x"}]}]})")
              .field == QStringLiteral("parties[0].agents[0].power"));
}

TEST_CASE("Wrong types and bad dates are refused with their path", "[json]")
{
    CHECK(refusal(R"({"registeredOn": "2026-13-01"})").field == QStringLiteral("registeredOn"));
    CHECK(refusal(R"({"registeredOn": "20261101"})").field == QStringLiteral("registeredOn"));
    CHECK(refusal(R"({"source": 3})").message.contains(QStringLiteral("text")));
    CHECK(refusal(R"({"flags": {"sensitive": "yes"}})").field == QStringLiteral("flags.sensitive"));
    CHECK(refusal(R"({"dispute": {"persons": 2.5}})").field == QStringLiteral("dispute.persons"));
    CHECK(refusal(R"({"dispute": {"amount": 12.5}})").field == QStringLiteral("dispute.amount"));
    CHECK(refusal(R"({"dispute": {"amount": "12.555"}})").field ==
          QStringLiteral("dispute.amount"));
    CHECK(refusal(R"({"parties": ["张三"]})").field == QStringLiteral("parties[0]"));
    CHECK(refusal(R"({"parties": {}})").field == QStringLiteral("parties"));
}

TEST_CASE("Amounts are exact to the fen", "[json]")
{
    qint64 fen = 0;
    REQUIRE(parseAmount(QStringLiteral("1200.5"), &fen));
    CHECK(fen == 120050);
    REQUIRE(parseAmount(QStringLiteral("0.07"), &fen));
    CHECK(fen == 7);
    REQUIRE(parseAmount(QStringLiteral("9999999999999.99"), &fen));
    CHECK(formatAmount(fen) == QStringLiteral("9999999999999.99"));
    CHECK_FALSE(parseAmount(QStringLiteral("-1"), &fen));
    CHECK_FALSE(parseAmount(QStringLiteral("1,000"), &fen));
}
