#include "support/samplecase.h"
#include "validation/casevalidator.h"

#include <catch2/catch.hpp>

using namespace huajie;
using huajie::test::kToday;
using huajie::test::sampleCase;

namespace {
Error refusal(const CaseRecord &record)
{
    auto checked = CaseValidator(kToday, ProfileVocabularies::defaults()).normaliseAndCheck(record);
    REQUIRE_FALSE(checked.ok());
    return checked.error();
}

Party &partyNamed(CaseRecord &c, const QString &name)
{
    for (Party &p : c.parties)
        if (p.name == name)
            return p;
    FAIL("no party " << name.toStdString());
    return c.parties.first();
}
} // namespace

TEST_CASE("The sample case is valid", "[validation][case]")
{
    auto checked =
        CaseValidator(kToday, ProfileVocabularies::defaults()).normaliseAndCheck(sampleCase());
    REQUIRE(checked.ok());
}

TEST_CASE("Birth date and sex follow from the ID number", "[validation][case]")
{
    CaseRecord c = sampleCase();
    Party &p = partyNamed(c, QStringLiteral("张三"));
    p.birthDate = {};
    p.sex.clear();
    auto checked = CaseValidator(kToday, ProfileVocabularies::defaults()).normaliseAndCheck(c);
    REQUIRE(checked.ok());
    CHECK(checked.value().parties[0].birthDate == QDate(1949, 12, 31));
    CHECK(checked.value().parties[0].sex == QStringLiteral("female"));
}

TEST_CASE("A bad ID number is refused and the field is named", "[validation][case]")
{
    CaseRecord c = sampleCase();
    partyNamed(c, QStringLiteral("张三")).idNumber = QStringLiteral("110105194912310021");
    const Error e = refusal(c);
    CHECK(e.field == QStringLiteral("Applicant 1 (张三) › Resident ID number"));
    CHECK(e.message.contains(QStringLiteral("check digit")));
}

TEST_CASE("A birth date or sex that contradicts the ID number is refused", "[validation][case]")
{
    CaseRecord c = sampleCase();
    partyNamed(c, QStringLiteral("张三")).birthDate = QDate(1950, 1, 1);
    CHECK(refusal(c).field.endsWith(QStringLiteral("Birth date")));
    c = sampleCase();
    partyNamed(c, QStringLiteral("张三")).sex = QStringLiteral("male");
    CHECK(refusal(c).field.endsWith(QStringLiteral("Sex")));
}

TEST_CASE("A bad credit code is refused and the field is named", "[validation][case]")
{
    CaseRecord c = sampleCase();
    partyNamed(c, QStringLiteral("石嘴山市星海物流有限公司")).creditCode =
        QStringLiteral("91350100M000100Y44");
    const Error e = refusal(c);
    CHECK(e.field ==
          QStringLiteral("Applicant 2 (石嘴山市星海物流有限公司) › Unified social credit code"));
}

TEST_CASE("No case without consent", "[validation][case]")
{
    CaseRecord c = sampleCase();
    c.consentDate = {};
    CHECK(refusal(c).field == QStringLiteral("Consent date"));
    c = sampleCase();
    c.consentForm.clear();
    CHECK(refusal(c).field == QStringLiteral("Consent form"));
    c = sampleCase();
    c.consentDate = c.registeredOn.addDays(1);
    CHECK(refusal(c).message.contains(QStringLiteral("on or before")));
}

TEST_CASE("Required fields are named when missing", "[validation][case]")
{
    CaseRecord c = sampleCase();
    c.source.clear();
    CHECK(refusal(c).field == QStringLiteral("Source channel"));
    c = sampleCase();
    c.disputedAct = QStringLiteral("   ");
    CHECK(refusal(c).field == QStringLiteral("Disputed act"));
    c = sampleCase();
    c.registeredOn = {};
    CHECK(refusal(c).field == QStringLiteral("Registration date"));
    c = sampleCase();
    c.parties[0].name.clear();
    CHECK(refusal(c).field == QStringLiteral("Applicant 1 › Name"));
}

TEST_CASE("Codes outside their vocabulary are refused", "[validation][case]")
{
    CaseRecord c = sampleCase();
    c.source = QStringLiteral("court");
    // The sources the center's profile offers, as the mediator knows them.
    CHECK(refusal(c).message.contains(QStringLiteral("Court, before filing")));
    c = sampleCase();
    c.actKind = QStringLiteral("fine");
    CHECK(refusal(c).field == QStringLiteral("Act kind"));
}

TEST_CASE("At least one applicant and one agency", "[validation][case]")
{
    CaseRecord c = sampleCase();
    c.parties.removeIf([](const Party &p) { return p.role == QLatin1String("agency"); });
    CHECK(refusal(c).message.contains(QStringLiteral("respondent agency")));
    c = sampleCase();
    c.parties.removeIf([](const Party &p) { return p.role == QLatin1String("applicant"); });
    c.personsInvolved = 1;
    CHECK(refusal(c).message.contains(QStringLiteral("applicant")));
}

TEST_CASE("Exactly one lead among several agencies and a single agency leads", "[validation][case]")
{
    CaseRecord c = sampleCase();
    for (Party &p : c.parties)
        p.lead = false;
    CHECK(refusal(c).field == QStringLiteral("Lead agency"));
    for (Party &p : c.parties)
        p.lead = p.role == QLatin1String("agency");
    CHECK(refusal(c).message.contains(QStringLiteral("2 marked")));

    c = sampleCase();
    c.parties.removeLast();
    c.parties.last().lead = false;
    auto checked = CaseValidator(kToday, ProfileVocabularies::defaults()).normaliseAndCheck(c);
    REQUIRE(checked.ok());
    CHECK(checked.value().parties.last().lead);
}

TEST_CASE("At most two agents per party", "[validation][case]")
{
    CaseRecord c = sampleCase();
    Agent extra;
    extra.name = QStringLiteral("赵六");
    c.parties[0].agents << extra << extra;
    CHECK(refusal(c).message.contains(QStringLiteral("one or two agents")));
}

TEST_CASE("A party that does not attend needs an agent with special authority",
          "[validation][case]")
{
    CaseRecord c = sampleCase();
    c.parties[0].agents[0].authority = QStringLiteral("general");
    CHECK(refusal(c).message.contains(QStringLiteral("special authority")));
    c.parties[0].attendsInPerson = true;
    CHECK(CaseValidator(kToday, ProfileVocabularies::defaults()).normaliseAndCheck(c).ok());
    c.parties[0].attendsInPerson = false;
    c.parties[0].agents.clear();
    CHECK(refusal(c).field.endsWith(QStringLiteral("Agents")));
}

TEST_CASE("A side of more than ten persons has two to five representatives", "[validation][case]")
{
    CaseRecord c = sampleCase();
    c.personsInvolved = 30;
    CHECK(refusal(c).field == QStringLiteral("Representatives"));
    Party representative;
    representative.role = QStringLiteral("representative");
    representative.name = QStringLiteral("代表甲");
    c.parties << representative;
    CHECK(refusal(c).message.contains(QStringLiteral("1 listed")));
    c.parties << representative;
    CHECK(CaseValidator(kToday, ProfileVocabularies::defaults()).normaliseAndCheck(c).ok());
    for (int i = 0; i < 4; ++i)
        c.parties << representative;
    CHECK(refusal(c).message.contains(QStringLiteral("6 listed")));

    c = sampleCase();
    c.parties << representative;
    CHECK(refusal(c).message.contains(QStringLiteral("more than 10")));
}

TEST_CASE("An organisation has no ID number and a person no credit code", "[validation][case]")
{
    CaseRecord c = sampleCase();
    c.parties[1].idNumber = QStringLiteral("11010519491231002X");
    CHECK(refusal(c).field.endsWith(QStringLiteral("Resident ID number")));
    c = sampleCase();
    c.parties[0].creditCode = QStringLiteral("91350100M000100Y43");
    CHECK(refusal(c).field.endsWith(QStringLiteral("Unified social credit code")));
}

TEST_CASE("Phone numbers are checked loosely", "[validation][case]")
{
    CaseRecord c = sampleCase();
    c.parties[0].phone = QStringLiteral("+86 (952) 201-2345");
    CHECK(CaseValidator(kToday, ProfileVocabularies::defaults()).normaliseAndCheck(c).ok());
    c.parties[0].phone = QStringLiteral("call me");
    CHECK(refusal(c).field.endsWith(QStringLiteral("Phone")));
}

TEST_CASE("The referral's dates come before registration, the receipt before the referral",
          "[validation][case]")
{
    const auto referred = [] {
        CaseRecord c = sampleCase();
        c.courtReceivedOn = QDate(2026, 11, 16);
        c.referredOn = QDate(2026, 11, 19);
        return c;
    };
    CaseRecord c = sampleCase();
    CHECK(CaseValidator(kToday, ProfileVocabularies::defaults())
              .normaliseAndCheck(c)
              .ok()); // both may be unknown
    CHECK(
        CaseValidator(kToday, ProfileVocabularies::defaults()).normaliseAndCheck(referred()).ok());
    c.referredOn = c.registeredOn;
    CHECK(CaseValidator(kToday, ProfileVocabularies::defaults()).normaliseAndCheck(c).ok());
    c.referredOn = c.registeredOn.addDays(1);
    CHECK(refusal(c).field == QStringLiteral("Referral dated"));
    CHECK(refusal(c).message.contains(QStringLiteral("after the registration date (2026-11-20)")));
    c = referred();
    c.courtReceivedOn = c.registeredOn.addDays(2);
    CHECK(refusal(c).field == QStringLiteral("Received by the referring body on"));
    c = referred();
    c.referredOn = c.courtReceivedOn.addDays(-1);
    CHECK(refusal(c).field == QStringLiteral("Referral dated"));
    CHECK(refusal(c).message.contains(QStringLiteral("2026-11-16")));
    c = referred();
    c.courtReceivedOn = QDate(1899, 12, 31);
    CHECK(refusal(c).field == QStringLiteral("Received by the referring body on"));
}
