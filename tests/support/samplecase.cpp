#include "samplecase.h"

namespace huajie::test {

CaseRecord sampleCase()
{
    CaseRecord c;
    c.registeredOn = QDate(2026, 11, 20);
    c.referralNumber = QStringLiteral("（2026）宁02委调15号");
    c.originCaseNumber = QStringLiteral("（2026）宁02行初7号");
    c.source = QStringLiteral("court_pre_filing");
    c.referringUnit = QStringLiteral("石嘴山市中级人民法院");
    c.judge = QStringLiteral("马立新");
    c.procurator = QStringLiteral("陈思远");
    c.leadMediator = QStringLiteral("赵志明");
    c.disputedAct = QStringLiteral("石嘴山市自然资源局房屋征收补偿决定");
    c.actKind = QStringLiteral("expropriation");
    c.domain = QStringLiteral("natural_resources");
    c.claims = QStringLiteral("撤销补偿决定；\n重新评估");
    c.amountFen = 12345678;
    c.personsInvolved = 2;
    c.summary = QStringLiteral("申请人对补偿标准有异议。𠀀 «quotes» & <tags>");
    c.suitabilityGround = QStringLiteral("policy_history");
    c.consentDate = QDate(2026, 11, 18);
    c.consentForm = QStringLiteral("written_application");
    c.flags = {true, false, true, false, true, false};

    Party first;
    first.role = QStringLiteral("applicant");
    first.kind = QStringLiteral("person");
    first.name = QStringLiteral("张三");
    first.sex = QStringLiteral("female");
    first.idNumber = QStringLiteral("11010519491231002X");
    first.birthDate = QDate(1949, 12, 31);
    first.address = QStringLiteral("大武口区朝阳西街1号");
    first.phone = QStringLiteral("13800000000");
    first.attendsInPerson = false;
    Agent lawyer;
    lawyer.name = QStringLiteral("李律师");
    lawyer.phone = QStringLiteral("0952-2012345");
    lawyer.organisation = QStringLiteral("宁夏贺兰律师事务所");
    lawyer.authority = QStringLiteral("special");
    first.agents = {lawyer};

    Party second;
    second.role = QStringLiteral("applicant");
    second.kind = QStringLiteral("organisation");
    second.name = QStringLiteral("石嘴山市星海物流有限公司");
    second.creditCode = QStringLiteral("91350100M000100Y43");
    second.legalRepresentative = QStringLiteral("王五");
    second.address = QStringLiteral("惠农区南大街8号");

    Party lead;
    lead.role = QStringLiteral("agency");
    lead.kind = QStringLiteral("organisation");
    lead.name = QStringLiteral("石嘴山市自然资源局");
    lead.lead = true;
    Party other = lead;
    other.name = QStringLiteral("大武口区人民政府");
    other.lead = false;

    c.parties = {first, second, lead, other};
    return c;
}

CaseRecord offeredBy(const ProfileVocabularies &offered, CaseRecord c)
{
    if (!offered.sourceChannels.contains(c.source))
        c.source = offered.sourceChannels.codes().constFirst();
    if (!c.suitabilityGround.isEmpty() && !offered.suitabilityGrounds.contains(c.suitabilityGround))
        c.suitabilityGround = offered.suitabilityGrounds.codes().constFirst();
    return c;
}

} // namespace huajie::test
