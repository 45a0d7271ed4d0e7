#include "demogenerator.h"

#include "domain/vocabulary.h"
#include "sessions/session.h"
#include "store/statement.h"
#include "store/store.h"
#include "validation/creditcode.h"
#include "validation/residentid.h"

#include <QJsonArray>
#include <QTimeZone>

#include <algorithm>

namespace huajie {
namespace {
// 宁夏石嘴山市: the region codes of its districts and county, for ID numbers.
constexpr const char16_t *kRegions[] = {u"640202", u"640205", u"640221"};
constexpr const char16_t *kSurnames[] = {u"王", u"李", u"张", u"刘", u"陈", u"杨", u"马", u"赵",
                                         u"黄", u"周", u"吴", u"徐", u"孙", u"胡", u"朱", u"高",
                                         u"林", u"何", u"郭", u"罗", u"冯", u"海", u"丁", u"田"};
constexpr const char16_t *kGivenNames[] = {
    u"建国", u"秀英", u"伟",   u"芳",   u"娜",   u"敏",   u"静",   u"强",   u"磊",
    u"军",   u"洋",   u"勇",   u"艳",   u"杰",   u"娟",   u"涛",   u"明",   u"超",
    u"秀兰", u"霞",   u"平",   u"刚",   u"桂英", u"玉兰", u"志强", u"文华", u"晓燕",
    u"海龙", u"春梅", u"国庆", u"淑珍", u"德明", u"丽华", u"永福"};
constexpr const char16_t *kStreets[] = {
    u"大武口区朝阳西街", u"大武口区人民路",     u"惠农区南大街",     u"惠农区北街",
    u"平罗县鼓楼东街",   u"平罗县城关镇团结路", u"大武口区世纪大道", u"惠农区礼和乡"};
constexpr const char16_t *kCompanies[] = {
    u"石嘴山市塞上煤业有限公司", u"宁夏贺兰山建材有限公司", u"平罗县金穗农业专业合作社",
    u"石嘴山市星海物流有限公司", u"惠农区鑫源化工有限公司", u"大武口区老街餐饮管理有限公司"};
constexpr const char16_t *kAgencies[] = {u"石嘴山市自然资源局",     u"石嘴山市人力资源和社会保障局",
                                         u"石嘴山市生态环境局",     u"石嘴山市住房和城乡建设局",
                                         u"石嘴山市市场监督管理局", u"石嘴山市公安局",
                                         u"石嘴山市交通运输局",     u"石嘴山市农业农村局",
                                         u"大武口区人民政府",       u"惠农区人民政府",
                                         u"平罗县人民政府",         u"石嘴山市城市管理综合执法局",
                                         u"石嘴山市卫生健康委员会", u"石嘴山市应急管理局"};
constexpr const char *kAgencyDomains[] = {"natural_resources",
                                          "human_resources",
                                          "ecology",
                                          "housing",
                                          "market",
                                          "public_security",
                                          "transport",
                                          "agriculture",
                                          "other",
                                          "other",
                                          "other",
                                          "urban_management",
                                          "health",
                                          "emergency"};
constexpr const char16_t *kCourts[] = {u"石嘴山市中级人民法院", u"大武口区人民法院",
                                       u"惠农区人民法院", u"平罗县人民法院"};
constexpr const char16_t *kJudges[] = {u"马立新", u"王海燕", u"张志刚", u"李春华", u"刘文博"};
constexpr const char16_t *kProcurators[] = {u"陈思远", u"杨慧敏", u"周建平"};
constexpr const char16_t *kMediators[] = {u"赵志明", u"孙丽萍", u"高建军", u"何淑芬",
                                          u"郭峰",   u"罗晓东", u"田秀珍"};
constexpr const char16_t *kLawFirms[] = {u"宁夏贺兰律师事务所", u"宁夏石嘴山正和律师事务所",
                                         u"宁夏塞上律师事务所"};

struct ActTemplate
{
    const char *kind;
    const char16_t *act;
    const char16_t *claims;
    const char16_t *summary;
};
constexpr ActTemplate kActs[] = {
    {"expropriation", u"房屋征收补偿决定", u"撤销征收补偿决定，重新确定补偿金额",
     u"申请人对房屋征收补偿标准有异议，认为评估价格低于市场价格。"},
    {"penalty", u"行政处罚决定书", u"撤销行政处罚决定",
     u"申请人认为处罚事实认定不清，罚款数额过高。"},
    {"work_injury", u"不予认定工伤决定书", u"撤销不予认定工伤决定，重新作出工伤认定",
     u"申请人在上班途中受伤，认为应当认定为工伤。"},
    {"licensing", u"不予行政许可决定", u"责令被申请人依法颁发许可证",
     u"申请人提交材料齐全，被申请人以不符合规划为由不予许可。"},
    {"inaction", u"未依法履行法定职责", u"责令被申请人履行查处违法建设的职责",
     u"申请人多次举报相邻违法建设，被申请人未予处理。"},
    {"information", u"政府信息公开答复", u"撤销答复，依法公开所申请的政府信息",
     u"申请人申请公开征地批复文件，被申请人答复信息不存在。"},
    {"registration", u"不动产登记行为", u"撤销不动产登记", u"申请人认为登记所依据的材料不真实。"},
    {"coercion", u"强制拆除行为", u"确认强制拆除行为违法并予以赔偿",
     u"被申请人以违法建设为由强制拆除申请人的养殖棚舍。"},
    {"compensation", u"土地征收补偿安置", u"足额支付安置补偿费用",
     u"申请人认为安置补偿费用未足额发放。"},
    {"agreement", u"拆迁补偿安置协议", u"继续履行拆迁补偿安置协议",
     u"被申请人未按协议约定交付安置房屋。"},
    {"benefit", u"停发最低生活保障金决定", u"恢复发放最低生活保障金",
     u"申请人认为家庭收入核算有误，不应停发低保。"},
    {"indemnity", u"行政赔偿决定", u"赔偿财产损失", u"申请人因查封行为造成货物损失，请求赔偿。"},
};
// Which of kAgencies make acts of a kind, so that a labour bureau does not
// demolish sheds in the demo.
QList<int> agenciesFor(const char *kind)
{
    const QByteArray k(kind);
    if (k == "expropriation" || k == "compensation")
        return {0, 3, 8, 9, 10};
    if (k == "penalty")
        return {2, 4, 5, 6, 11, 12, 13};
    if (k == "work_injury")
        return {1};
    if (k == "licensing")
        return {0, 3, 4, 6, 7};
    if (k == "inaction")
        return {0, 3, 11, 8, 9};
    if (k == "information" || k == "benefit")
        return {8, 9, 10, 0};
    if (k == "registration")
        return {0};
    if (k == "coercion")
        return {11, 8, 9, 10};
    if (k == "agreement")
        return {3, 8, 9, 10};
    return {4, 5}; // indemnity
}
} // namespace

int DemoGenerator::uniform(int low, int high)
{
    return std::uniform_int_distribution<int>(low, high)(m_random);
}

bool DemoGenerator::chance(double probability)
{
    return std::bernoulli_distribution(probability)(m_random);
}

QString DemoGenerator::personName()
{
    return QString::fromUtf16(pick(kSurnames)) + QString::fromUtf16(pick(kGivenNames));
}

QString DemoGenerator::idNumber(QDate birth, bool male)
{
    int sequence = uniform(0, 499) * 2 + (male ? 1 : 0);
    QString first17 = QString::fromUtf16(pick(kRegions)) +
                      birth.toString(QStringLiteral("yyyyMMdd")) +
                      QStringLiteral("%1").arg(sequence, 3, 10, QLatin1Char('0'));
    return first17 + ResidentId::checkCharacter(first17);
}

QString DemoGenerator::creditCode()
{
    static const QString alphabet = QStringLiteral("0123456789ABCDEFGHJKLMNPQRTUWXY");
    QString first17 = QStringLiteral("91") + QString::fromUtf16(pick(kRegions));
    for (int i = 0; i < 9; ++i)
        first17 += alphabet.at(uniform(0, i == 8 ? 9 : 30));
    return first17 + CreditCode::checkCharacter(first17);
}

QString DemoGenerator::phone()
{
    return QStringLiteral("1%1%2").arg(uniform(30, 99)).arg(uniform(10000000, 99999999));
}

Agent DemoGenerator::makeAgent(bool special)
{
    Agent a;
    a.name = personName();
    a.phone = phone();
    a.organisation = chance(0.7) ? QString::fromUtf16(pick(kLawFirms)) : QString();
    a.authority = special ? QStringLiteral("special") : QStringLiteral("general");
    return a;
}

Party DemoGenerator::makePerson(const QString &role)
{
    Party p;
    p.role = role;
    p.kind = QStringLiteral("person");
    p.name = personName();
    const bool male = chance(0.55);
    const QDate birth = QDate(1950, 1, 1).addDays(uniform(0, 365 * 50));
    p.idNumber = idNumber(birth, male);
    p.sex = male ? QStringLiteral("male") : QStringLiteral("female");
    p.birthDate = birth;
    p.address = QString::fromUtf16(pick(kStreets)) + QStringLiteral("%1号").arg(uniform(1, 300));
    p.phone = phone();
    p.attendsInPerson = chance(0.8);
    if (!p.attendsInPerson)
        p.agents.append(makeAgent(true));
    else if (chance(0.3))
        p.agents.append(makeAgent(chance(0.5)));
    return p;
}

Party DemoGenerator::makeOrganisation(const QString &role)
{
    Party p;
    p.role = role;
    p.kind = QStringLiteral("organisation");
    p.name = QString::fromUtf16(pick(kCompanies));
    p.creditCode = creditCode();
    p.legalRepresentative = personName();
    p.address = QString::fromUtf16(pick(kStreets)) + QStringLiteral("%1号").arg(uniform(1, 300));
    p.phone = phone();
    p.agents.append(makeAgent(true));
    p.attendsInPerson = chance(0.5);
    return p;
}

CaseRecord DemoGenerator::makeCase()
{
    CaseRecord c;
    c.registeredOn = m_today.addDays(-uniform(0, 730));
    c.consentDate = c.registeredOn.addDays(-uniform(0, 5));
    c.consentForm = pick(vocab::consentForms().codes());
    c.source = pick(m_vocabularies.sourceChannels.codes());
    const QString channel = m_vocabularies.sourceChannels.channel(c.source);
    const bool fromCourt = channel == QLatin1String("court");
    if (fromCourt) {
        c.referringUnit = QString::fromUtf16(pick(kCourts));
        c.judge = QString::fromUtf16(pick(kJudges));
        c.referralNumber =
            QStringLiteral("（%1）宁02委调%2号").arg(c.registeredOn.year()).arg(uniform(1, 400));
    } else if (channel == QLatin1String("reconsideration")) {
        c.referringUnit = QStringLiteral("石嘴山市人民政府行政复议办公室");
        c.referralNumber =
            QStringLiteral("石政复〔%1〕%2号").arg(c.registeredOn.year()).arg(uniform(1, 200));
    } else if (channel == QLatin1String("procuratorate")) {
        c.referringUnit = QStringLiteral("石嘴山市人民检察院");
    } else if (channel == QLatin1String("petition")) {
        c.referringUnit = QStringLiteral("石嘴山市信访局");
    }
    if (chance(0.3))
        c.procurator = QString::fromUtf16(pick(kProcurators));
    c.leadMediator = QString::fromUtf16(pick(kMediators));

    const ActTemplate &act = pick(kActs);
    const int agency = pick(agenciesFor(act.kind));
    c.actKind = QString::fromLatin1(act.kind);
    c.domain = QString::fromLatin1(kAgencyDomains[agency]);
    c.disputedAct = QString::fromUtf16(kAgencies[agency]) + QString::fromUtf16(act.act);
    c.claims = QString::fromUtf16(act.claims);
    c.summary = QString::fromUtf16(act.summary);
    c.suitabilityGround = pick(m_vocabularies.suitabilityGrounds.codes());
    if (chance(0.6))
        c.amountFen = qint64(uniform(5, 5000)) * 100000 + uniform(0, 99);

    const int applicants = chance(0.8) ? 1 : uniform(2, 3);
    while (c.parties.size() < applicants) {
        Party applicant = chance(0.85) ? makePerson(QStringLiteral("applicant"))
                                       : makeOrganisation(QStringLiteral("applicant"));
        // Names are how the demo's steps refer to parties: keep them apart.
        if (c.partiesWithRole(QStringLiteral("applicant")).size() == 0 ||
            std::none_of(c.parties.cbegin(), c.parties.cend(),
                         [&](const Party &p) { return p.name == applicant.name; }))
            c.parties.append(applicant);
    }
    c.personsInvolved = applicants;
    if (chance(0.05)) {
        // A collective dispute: a side of more than ten persons and its representatives.
        c.personsInvolved = uniform(11, 60);
        c.flags.collective = true;
        for (int i = uniform(2, 5); i > 0; --i)
            c.parties.append(makePerson(QStringLiteral("representative")));
    }
    Party lead;
    lead.role = QStringLiteral("agency");
    lead.kind = QStringLiteral("organisation");
    lead.name = QString::fromUtf16(kAgencies[agency]);
    lead.lead = true;
    c.parties.append(lead);
    if (chance(0.15)) {
        Party second = lead;
        second.name =
            QString::fromUtf16(kAgencies[(agency + uniform(1, 5)) % std::size(kAgencies)]);
        second.lead = false;
        c.parties.append(second);
    }
    if (chance(0.1))
        c.parties.append(makePerson(QStringLiteral("third_party")));

    c.flags.sensitive = chance(0.05);
    c.flags.petitionRisk = chance(0.08);
    c.flags.supervised = chance(0.04);
    c.flags.legalAid = chance(0.1);
    c.flags.typical = chance(0.03);
    return c;
}

// A case's state follows its age: new cases are still with the agency,
// old ones have ended and mostly been closed or archived.
QString DemoGenerator::stateForAge(qint64 days)
{
    static const QList<QString> early = {QStringLiteral("registered"),
                                         QStringLiteral("agency_notified"),
                                         QStringLiteral("plan_received")};
    static const QList<QString> active = {QStringLiteral("agency_notified"),
                                          QStringLiteral("plan_received"),
                                          QStringLiteral("in_mediation")};
    static const QList<QString> ended = {QStringLiteral("agreement"), QStringLiteral("terminated"),
                                         QStringLiteral("transferred_back"),
                                         QStringLiteral("closed"), QStringLiteral("followed_up")};
    if (days < 10)
        return pick(early);
    if (days < 30)
        return pick(active);
    if (days < 60)
        return chance(0.3) ? pick(active) : pick(ended);
    // Older cases were visited after closing, as a center does: "closed"
    // alone would leave a desk full of overdue follow-ups.
    static const QList<QString> settled = {
        QStringLiteral("agreement"), QStringLiteral("terminated"),
        QStringLiteral("transferred_back"), QStringLiteral("followed_up")};
    if (days < 180)
        return pick(settled);
    return chance(0.6) ? QStringLiteral("archived") : pick(settled);
}

// The steps of a case's life up to `target`, dated forward from its
// registration and never past today: a case too young for all of them
// stops earlier.
QList<CaseStep> DemoGenerator::story(const CaseRecord &c, const QString &target)
{
    static const QStringList order = {
        QStringLiteral("registered"),       QStringLiteral("agency_notified"),
        QStringLiteral("plan_received"),    QStringLiteral("in_mediation"),
        QStringLiteral("agreement"),        QStringLiteral("terminated"),
        QStringLiteral("transferred_back"), QStringLiteral("closed"),
        QStringLiteral("followed_up"),      QStringLiteral("archived")};
    const bool terminates =
        target == QLatin1String("terminated") || target == QLatin1String("transferred_back") ||
        (order.indexOf(target) >= order.indexOf(QStringLiteral("closed")) && chance(0.25));
    const auto reaches = [&](const char *state) {
        const int wanted = order.indexOf(QString::fromLatin1(state));
        if (terminates && wanted == order.indexOf(QStringLiteral("agreement")))
            return false;
        return order.indexOf(target) >= wanted ||
               (terminates && wanted <= order.indexOf(QStringLiteral("transferred_back")) &&
                wanted >= order.indexOf(QStringLiteral("terminated")) &&
                order.indexOf(target) >= order.indexOf(QStringLiteral("closed")));
    };

    QList<CaseStep> steps;
    QDate cursor = c.registeredOn;
    bool stopped = false;
    const auto step = [&](const char *action, int minDays, int maxDays, auto &&input) {
        if (stopped)
            return false;
        const QDate next = cursor.addDays(uniform(minDays, maxDays));
        if (next > m_today) {
            stopped = true;
            return false;
        }
        cursor = next;
        steps.append({QString::fromLatin1(action), input(cursor),
                      QDateTime(cursor, QTime(uniform(8, 17), uniform(0, 59)), QTimeZone::utc()),
                      c.leadMediator});
        return true;
    };
    const auto iso = [](const QDate &d) {
        return d.toString(Qt::ISODate);
    };
    QStringList applicants;
    QStringList everyone;
    QJsonArray signatures;
    for (const Party &p : c.parties) {
        if (p.role == QLatin1String("representative"))
            continue;
        everyone.append(p.name);
        if (p.role == QLatin1String("third_party"))
            continue;
        if (p.role == QLatin1String("applicant"))
            applicants.append(p.name);
        QString signer;
        for (const Agent &a : p.agents)
            if (!p.attendsInPerson && a.authority == QLatin1String("special"))
                signer = a.name;
        signatures.append(
            QJsonObject{{QStringLiteral("party"), p.name}, {QStringLiteral("signedBy"), signer}});
    }

    if (!reaches("agency_notified"))
        return steps;
    step("notify_agency", 0, 2, [&](const QDate &d) {
        return QJsonObject{{QStringLiteral("dispatchedOn"), iso(d)},
                           {QStringLiteral("receivedOn"), iso(std::min(d.addDays(1), m_today))}};
    });
    if (reaches("plan_received"))
        step("receive_plan", 1, 4, [&](const QDate &d) {
            return QJsonObject{
                {QStringLiteral("receivedOn"), iso(d)},
                {QStringLiteral("summary"),
                 QStringLiteral("经集体研究，拟在查明事实的基础上与申请人协商解决方案。")},
                {QStringLiteral("mediators"),
                 QJsonArray{QJsonObject{{QStringLiteral("name"), personName()},
                                        {QStringLiteral("position"), QStringLiteral("法制科科长")},
                                        {QStringLiteral("phone"), phone()}}}}};
        });
    if (reaches("in_mediation"))
        step("start_mediation", 1, 5, [&](const QDate &d) {
            return QJsonObject{{QStringLiteral("startedOn"), iso(d)}};
        });
    if (reaches("in_mediation") && chance(0.1) && step("suspend", 1, 4, [&](const QDate &d) {
            return QJsonObject{{QStringLiteral("kind"), pick(vocab::suspensionKinds().codes())},
                               {QStringLiteral("from"), iso(d)}};
        }))
        step("resume", 3, 12, [&](const QDate &d) {
            return QJsonObject{{QStringLiteral("to"), iso(d)}};
        });
    if (reaches("in_mediation") && chance(0.08))
        step("extend", 1, 10, [&](const QDate &d) {
            return QJsonObject{
                {QStringLiteral("days"), uniform(10, 30)},
                {QStringLiteral("consentingParties"), QJsonArray::fromStringList(everyone)},
                {QStringLiteral("approvedBy"), QStringLiteral("刘振华")},
                {QStringLiteral("approvedOn"), iso(d)},
                {QStringLiteral("referringUnitToldOn"), iso(d)}};
        });

    if (terminates) {
        // Not "time limit expired": it needs the mediator's written opinion,
        // a document, and the demo's cases come with their actions only.
        QStringList reasons = m_vocabularies.terminationReasons.codes();
        reasons.removeAll(QStringLiteral("time_expired"));
        QString reason = pick(reasons);
        if (reason == QLatin1String("agency_absent")) {
            for (int i = 0; i < 2; ++i)
                step("record_agency_absence", 1, 4, [&](const QDate &d) {
                    return QJsonObject{{QStringLiteral("on"), iso(d)}};
                });
        }
        step("terminate", 1, 10, [&](const QDate &d) {
            return QJsonObject{
                {QStringLiteral("terminatedOn"), iso(d)},
                {QStringLiteral("reason"), reason},
                {QStringLiteral("text"), QStringLiteral("双方分歧较大，无继续化解的可能。")}};
        });
        step("file_report", 1, 5, [&](const QDate &d) {
            return QJsonObject{
                {QStringLiteral("reportOn"), iso(d)},
                {QStringLiteral("summary"), QStringLiteral("经多次协调，双方未能达成一致意见。")}};
        });
        if (reaches("transferred_back"))
            step("transfer_back", 1, 5, [&](const QDate &d) {
                return QJsonObject{
                    {QStringLiteral("transferredOn"), iso(d)},
                    {QStringLiteral("to"), c.referringUnit.isEmpty()
                                               ? QStringLiteral("石嘴山市中级人民法院")
                                               : c.referringUnit}};
            });
    } else if (reaches("agreement")) {
        const bool conditional = chance(0.2);
        step("reach_agreement", 2, 15, [&](const QDate &d) {
            return QJsonObject{
                {QStringLiteral("signedOn"), iso(d)},
                {QStringLiteral("effect"),
                 conditional ? QStringLiteral("on_condition") : QStringLiteral("on_signature")},
                {QStringLiteral("condition"),
                 conditional ? QStringLiteral("经涉争议行政机关审查确认") : QString()},
                {QStringLiteral("terms"),
                 QStringLiteral("被申请人重新核定补偿金额，申请人撤回起诉。")},
                {QStringLiteral("signatures"), signatures}};
        });
        if (conditional)
            step("agreement_takes_effect", 1, 6, [&](const QDate &d) {
                return QJsonObject{{QStringLiteral("effectiveOn"), iso(d)}};
            });
        if (m_vocabularies.sourceChannels.channel(c.source) == QLatin1String("court") &&
            chance(0.6)) {
            step("apply_withdrawal", 0, 1, [&](const QDate &d) {
                return QJsonObject{{QStringLiteral("appliedOn"), iso(d)},
                                   {QStringLiteral("appliedBy"), applicants.first()}};
            });
            step("rule_withdrawal", 2, 8, [&](const QDate &d) {
                return QJsonObject{{QStringLiteral("ruledOn"), iso(d)},
                                   {QStringLiteral("ruling"), QStringLiteral("granted")}};
            });
        } else if (chance(0.3)) {
            step("apply_confirmation", 1, 9, [&](const QDate &d) {
                return QJsonObject{{QStringLiteral("appliedOn"), iso(d)}};
            });
            step("rule_confirmation", 3, 15, [&](const QDate &d) {
                return QJsonObject{{QStringLiteral("ruledOn"), iso(d)},
                                   {QStringLiteral("ruling"), chance(0.9)
                                                                  ? QStringLiteral("granted")
                                                                  : QStringLiteral("refused")}};
            });
        }
        step("record_performance", 5, 20, [&](const QDate &d) {
            return QJsonObject{
                {QStringLiteral("recordedOn"), iso(d)},
                {QStringLiteral("performance"), pick(vocab::performances().codes())}};
        });
    }
    if (reaches("closed"))
        step("close", 1, 5, [&](const QDate &d) {
            return QJsonObject{{QStringLiteral("closedOn"), iso(d)}};
        });
    if (reaches("followed_up"))
        step("record_follow_up", 5, 28, [&](const QDate &d) {
            return QJsonObject{
                {QStringLiteral("visitedOn"), iso(d)},
                {QStringLiteral("note"), QStringLiteral("当事人表示协议已履行，对化解结果满意。")}};
        });
    if (reaches("archived"))
        step("archive", 3, 20, [&](const QDate &d) {
            return QJsonObject{{QStringLiteral("archivedOn"), iso(d)},
                               {QStringLiteral("archiveNumber"),
                                QStringLiteral("档-%1").arg(uniform(1000, 9999))}};
        });
    return steps;
}

QList<CaseImport> DemoGenerator::cases(int count)
{
    QList<CaseRecord> records;
    records.reserve(count);
    for (int i = 0; i < count; ++i)
        records.append(makeCase());
    // Registration numbers follow registration dates.
    std::stable_sort(records.begin(), records.end(), [](const CaseRecord &a, const CaseRecord &b) {
        return a.registeredOn < b.registeredOn;
    });
    QList<CaseImport> result;
    result.reserve(count);
    for (const CaseRecord &record : records)
        result.append({record, story(record, stateForAge(record.registeredOn.daysTo(m_today)))});
    return result;
}

QList<std::pair<DirectoryKind, DirectoryEntry>> DemoGenerator::directoryEntries()
{
    QList<std::pair<DirectoryKind, DirectoryEntry>> entries;
    auto add = [&](DirectoryKind kind, QStringList values) {
        entries.append({kind, DirectoryEntry{0, std::move(values)}});
    };
    for (const char16_t *name : kAgencies)
        add(DirectoryKind::Agencies,
            {QString::fromUtf16(name), QString(), QString(),
             QStringLiteral("0952-20%1").arg(qHash(QString::fromUtf16(name)) % 89999 + 10000)});
    for (const char16_t *name : kCourts)
        add(DirectoryKind::ReferringUnits, {QString::fromUtf16(name), QStringLiteral("court")});
    add(DirectoryKind::ReferringUnits, {QStringLiteral("石嘴山市人民政府行政复议办公室"),
                                        QStringLiteral("reconsideration_office")});
    add(DirectoryKind::ReferringUnits,
        {QStringLiteral("石嘴山市人民检察院"), QStringLiteral("procuratorate")});
    add(DirectoryKind::ReferringUnits,
        {QStringLiteral("石嘴山市信访局"), QStringLiteral("petition_office")});
    for (const char16_t *name : kJudges)
        add(DirectoryKind::Judges, {QString::fromUtf16(name), QString::fromUtf16(kCourts[0])});
    for (const char16_t *name : kProcurators)
        add(DirectoryKind::Procurators,
            {QString::fromUtf16(name), QStringLiteral("石嘴山市人民检察院")});
    const char *kinds[] = {"center_staff", "center_staff", "peoples_mediator", "lawyer",
                           "deputy",       "expert",       "psychologist"};
    const char16_t *specialties[] = {u"征收补偿", u"劳动保障", u"工伤认定", u"行政处罚",
                                     u"土地权属", u"心理疏导", u"环境保护"};
    for (int i = 0; i < int(std::size(kMediators)); ++i)
        add(DirectoryKind::Mediators,
            {QString::fromUtf16(kMediators[i]), QString::fromLatin1(kinds[i]),
             QString::fromUtf16(specialties[i]), QString(),
             QStringLiteral("0952-20111%1").arg(i + 10)}); // their desk phones
    add(DirectoryKind::Rooms,
        {QStringLiteral("接待室"), QStringLiteral("intake"), QStringLiteral("6")});
    add(DirectoryKind::Rooms,
        {QStringLiteral("第一调解室"), QStringLiteral("mediation"), QStringLiteral("12")});
    add(DirectoryKind::Rooms,
        {QStringLiteral("第二调解室"), QStringLiteral("mediation"), QStringLiteral("8")});
    add(DirectoryKind::Rooms,
        {QStringLiteral("法官指导室"), QStringLiteral("judge_guidance"), QStringLiteral("6")});
    add(DirectoryKind::Rooms,
        {QStringLiteral("视频调解室"), QStringLiteral("video"), QStringLiteral("4")});
    return entries;
}

Result<int> loadDemoData(Store &store, int count, quint32 seed, QDate today)
{
    TransactionGuard transaction(store.connection());
    if (auto begun = transaction.begun(); !begun)
        return begun.error();
    for (const auto &[kind, entry] : DemoGenerator::directoryEntries()) {
        auto names = store.directories().names(kind);
        if (!names)
            return names.error();
        if (names.value().contains(entry.name()))
            continue;
        if (auto saved = store.directories().save(kind, entry); !saved)
            return saved.error();
    }
    auto added = store.cases().registerCases(
        DemoGenerator(seed, today, store.deadlineSetup().profile.vocabularies).cases(count), today);
    if (!added)
        return added;
    if (auto scheduled = addDemoSessions(store, seed, today); !scheduled)
        return scheduled.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return added;
}

// Sessions of the last three months: the first hearing of each case on the
// day its mediation started, held, with attendance and minutes; and the
// next meeting of the cases still in mediation.
Result<void> addDemoSessions(Store &store, quint32 seed, QDate today)
{
    std::mt19937 random(seed);
    const auto uniform = [&random](int low, int high) {
        return std::uniform_int_distribution<int>(low, high)(random);
    };
    const QStringList rooms = {QStringLiteral("第一调解室"), QStringLiteral("第二调解室"),
                               QStringLiteral("法官指导室")};
    const QList<QTime> slots = {QTime(9, 0), QTime(10, 30), QTime(14, 30), QTime(16, 0)};
    auto cases = store.cases().casesInStates(vocab::caseStates().codes());
    if (!cases)
        return cases.error();
    const auto schedule = [&](const CaseRecord &record, const QString &kind,
                              QDate day) -> std::optional<Session> {
        while (store.deadlineSetup().calendar.isRestDay(day))
            day = day.addDays(1);
        for (int attempt = 0; attempt < 12; ++attempt) {
            Session s;
            s.kind = kind;
            s.start = QDateTime(day, slots[(attempt + uniform(0, 3)) % slots.size()]);
            s.durationMinutes = uniform(1, 4) * 30 + 30;
            s.room = rooms[(attempt / 4 + uniform(0, 2)) % rooms.size()];
            s.noticeOn = std::max(record.registeredOn, day.addDays(-uniform(3, 6)));
            if (s.noticeOn > today)
                s.noticeOn = today;
            if (day < store.sessions().earliestDay(s.noticeOn))
                s.shortNoticeReason = QStringLiteral("经各方当事人同意提前召开");
            if (auto scheduled = store.sessions().schedule(record.id, s, today))
                return scheduled.value();
        }
        return std::nullopt; // the rooms and people were all taken: no session for the demo
    };
    for (const CaseRecord &lite : cases.value()) {
        const QDate started = lite.progress.mediationStartedOn;
        if (!started.isValid() || started < today.addDays(-90))
            continue;
        auto record = store.cases().load(lite.id);
        if (!record)
            return record.error();
        auto first = schedule(record.value(), QStringLiteral("hearing"), started);
        if (first && first->start.date() <= today) {
            sessionjson::Outcome outcome;
            for (const Participant &p : first->participants)
                outcome.attendance.append({p.name, true});
            outcome.agencyHeadAttended = uniform(0, 2) == 0;
            outcome.minutes =
                QStringLiteral("主持人宣布会议开始，核对参会人员身份。申请人陈述诉求及理由，"
                               "被申请人说明作出行政行为的依据。双方围绕争议焦点充分交换意见。");
            if (auto recorded = store.sessions().recordOutcome(first->id, outcome, today);
                !recorded)
                return recorded.error();
        }
        if (lite.state == QLatin1String("in_mediation"))
            schedule(record.value(), QStringLiteral("mediation"),
                     std::max(today, started).addDays(uniform(3, 12)));
    }
    return {};
}

} // namespace huajie
