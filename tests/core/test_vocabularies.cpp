// A profile's vocabularies: the codes each center offers, read from its
// file (every wrong value refused with its JSON path), and what a case, a
// session and an action may take under it.
#include "domain/vocabulary.h"
#include "i18n/chinesecatalogue.h"
#include "i18n/contexts.h"
#include "lifecycle/lifecycle.h"
#include "profile/ruleprofile.h"
#include "store/store.h"
#include "support/chineseinterface.h"
#include "support/samplecase.h"
#include "validation/casevalidator.h"

#include <QLocale>

#include <catch2/catch.hpp>

#include <algorithm>

using namespace huajie;

namespace {
RuleProfile shipped(const char *id)
{
    auto profile = RuleProfile::load(QString::fromLatin1(id));
    INFO(id);
    REQUIRE(profile.ok());
    return profile.value();
}

// A profile file with that value of "vocabularies".
Result<RuleProfile> withVocabularies(const char *vocabularies)
{
    return RuleProfile::fromJson(QByteArray(R"({"id": "own", "name": {"en": "Own"}, )"
                                            R"("vocabularies": )") +
                                     vocabularies + "}",
                                 QStringLiteral("own.json"));
}

CaseRecord caseWith(const char *source, const char *ground)
{
    CaseRecord c = test::sampleCase();
    c.source = QString::fromLatin1(source);
    c.suitabilityGround = QString::fromLatin1(ground);
    return c;
}

// The interface in Chinese: the catalogue, and the locale profile labels follow.
struct ChineseDesk
{
    ChineseDesk() { QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China)); }
    ~ChineseDesk() { QLocale::setDefault(before); }
    ChineseDesk(const ChineseDesk &) = delete;
    ChineseDesk &operator=(const ChineseDesk &) = delete;

    QLocale before;
    test::ChineseInterface catalogue;
};

const ActionField &terminateReason()
{
    const ActionSpec *terminate = Lifecycle::find(QStringLiteral("terminate"));
    REQUIRE(terminate);
    const auto reason =
        std::find_if(terminate->fields.cbegin(), terminate->fields.cend(),
                     [](const ActionField &f) { return QLatin1String(f.key) == "reason"; });
    REQUIRE(reason != terminate->fields.cend());
    return *reason;
}
} // namespace

TEST_CASE("Each shipped profile offers its seed's lists", "[vocabularies][profile]")
{
    const RuleProfile shizuishan = shipped("shizuishan");
    CHECK(shizuishan.vocabularies.suitabilityGrounds.codes() ==
          ProfileVocabularies::defaults().suitabilityGrounds.codes());
    CHECK(shizuishan.vocabularies.suitabilityGrounds.codes().size() == 9);
    CHECK(shizuishan.vocabularies.terminationReasons.codes().size() == 6);
    CHECK(shizuishan.vocabularies.suitabilityGrounds.terms().first().source ==
          QStringLiteral("工作规则第三条（1）"));

    const RuleProfile lushan = shipped("lushan");
    CHECK(lushan.vocabularies.suitabilityGrounds.codes() ==
          QStringList{"compensation_discretion", "judgment_no_remedy", "performance_conditions",
                      "major_loss", "real_interests", "other_resolvable"});
    CHECK(lushan.vocabularies.mediatorKinds.label(QStringLiteral("lawyer")) ==
          QStringLiteral("Legal worker"));
    CHECK(lushan.vocabularies.mediatorKinds.chineseLabel(QStringLiteral("lawyer")) ==
          QStringLiteral("法律工作者"));

    const RuleProfile zhongxiang = shipped("zhongxiang");
    QStringList sixMediations;
    for (const QString &code : zhongxiang.vocabularies.sourceChannels.codes())
        sixMediations << zhongxiang.vocabularies.sourceChannels.chineseLabel(code);
    CHECK(sixMediations ==
          QStringList{"诉调（诉前）", "诉调（诉中）", "访调", "行调", "检调", "裁调", "复调"});
    CHECK(zhongxiang.channelOf(QStringLiteral("administrative_mediation")) ==
          QStringLiteral("administrative"));
    CHECK(zhongxiang.channelOf(QStringLiteral("administrative_adjudication")) ==
          QStringLiteral("administrative"));
    CHECK(zhongxiang.vocabularies.participantRoles.contains(QStringLiteral("village_cadre")));
    CHECK(zhongxiang.vocabularies.mediatorKinds.contains(QStringLiteral("township_cadre")));
    CHECK(zhongxiang.vocabularies.suitabilityGrounds.codes().size() == 6);

    const RuleProfile ruzhou = shipped("ruzhou");
    CHECK(ruzhou.vocabularies.sourceChannels.codes() ==
          QStringList{"reconsideration_before", "reconsideration_during", "reconsideration_after"});
    for (const QString &code : ruzhou.vocabularies.sourceChannels.codes())
        CHECK(ruzhou.channelOf(code) == QStringLiteral("reconsideration"));

    const RuleProfile wenxian = shipped("wenxian");
    CHECK(wenxian.vocabularies.terminationReasons.codes() ==
          QStringList{"unwilling", "no_agreement"});
    CHECK(
        wenxian.vocabularies.suitabilityGrounds.chineseLabel(QStringLiteral("settlement_better")) ==
        QStringLiteral("通过和解方式处理更有利于实质性化解行政争议"));
    // A list the seed does not name is the default one.
    CHECK(wenxian.vocabularies.participantRoles.codes() ==
          ProfileVocabularies::defaults().participantRoles.codes());
}

TEST_CASE("Seed wordings: termination reason (三) and the enforcement domains",
          "[vocabularies][i18n]")
{
    // S0 §23(三), as the seed words it, but for its closing 的.
    CHECK(chineseLabel(vocab::terminationReasons(), QStringLiteral("agency_absent")) ==
          QStringLiteral("行政机关经通知后未按期指定人员进行沟通，"
                         "或行政机关指定人员经两次通知均拒不参加协调化解"));
    // S4 二(八).
    CHECK(chineseLabel(vocab::enforcementDomains(), QStringLiteral("human_resources")) ==
          QStringLiteral("人力资源社会保障"));
    CHECK(chineseLabel(vocab::enforcementDomains(), QStringLiteral("housing")) ==
          QStringLiteral("住房城乡建设"));
    CHECK(chineseLabel(vocab::enforcementDomains(), QStringLiteral("culture_tourism")) ==
          QStringLiteral("文化旅游"));
    CHECK(chineseLabel(vocab::enforcementDomains(), QStringLiteral("drugs")) ==
          QStringLiteral("药品监督管理"));
}

TEST_CASE("A profile without vocabularies offers today's lists", "[vocabularies][profile]")
{
    auto profile = RuleProfile::fromJson(R"({"id": "old", "name": {"en": "Old"}})",
                                         QStringLiteral("old.json"));
    REQUIRE(profile.ok());
    const ProfileVocabularies &v = profile.value().vocabularies;
    CHECK(v.sourceChannels.codes() == QStringList{"court_pre_filing", "court_in_trial",
                                                  "reconsideration", "procuratorate", "petition",
                                                  "direct"});
    CHECK(profile.value().channelOf(QStringLiteral("court_in_trial")) == QStringLiteral("court"));
    CHECK(v.terminationReasons.codes().size() == 6);
    // One list given, the others stay.
    auto one = withVocabularies(R"({"terminationReasons": ["party_request", "other"]})");
    REQUIRE(one.ok());
    CHECK(one.value().vocabularies.terminationReasons.codes() ==
          QStringList{"party_request", "other"});
    CHECK(one.value().vocabularies.sourceChannels.codes() == v.sourceChannels.codes());
}

TEST_CASE("A center's own terms carry their labels and channel", "[vocabularies][profile]")
{
    auto profile = withVocabularies(R"({"sourceChannels": [
        "petition",
        {"code": "town_hall", "label": {"en": "Town hall", "zh_CN": "镇政府转来"},
         "channel": "administrative", "source": "某县办法第二条"},
        {"code": "direct", "label": {"en": "Walk-in", "zh_CN": "来访"}}]})");
    REQUIRE(profile.ok());
    const OfferedTerms &sources = profile.value().vocabularies.sourceChannels;
    CHECK(sources.codes() == QStringList{"petition", "town_hall", "direct"});
    CHECK(profile.value().channelOf(QStringLiteral("town_hall")) ==
          QStringLiteral("administrative"));
    CHECK(profile.value().channelOf(QStringLiteral("direct")) == QStringLiteral("direct"));
    CHECK(sources.label(QStringLiteral("town_hall")) == QStringLiteral("Town hall"));
    CHECK(sources.chineseLabel(QStringLiteral("town_hall")) == QStringLiteral("镇政府转来"));
    CHECK(sources.chineseLabel(QStringLiteral("direct")) == QStringLiteral("来访"));
    CHECK(sources.terms()[1].source == QStringLiteral("某县办法第二条"));
    // A built-in code it does not offer keeps its label, for cases recorded earlier.
    CHECK_FALSE(sources.contains(QStringLiteral("court_in_trial")));
    CHECK(sources.label(QStringLiteral("court_in_trial")) == QStringLiteral("Court, during trial"));
    CHECK(profile.value().channelOf(QStringLiteral("court_in_trial")) == QStringLiteral("court"));

    ChineseDesk chinese;
    CHECK(sources.label(QStringLiteral("town_hall")) == QStringLiteral("镇政府转来"));
    CHECK(sources.describeLabels() == QStringLiteral("信访部门、镇政府转来、来访"));
}

TEST_CASE("Every wrong vocabulary of a profile file is refused with its JSON path",
          "[vocabularies][profile][attack]")
{
    const std::pair<const char *, const char *> cases[] = {
        {R"([])", "vocabularies"},
        {R"("court")", "vocabularies"},
        {R"({"colours": ["red"]})", "vocabularies.colours"},
        {R"({"sourceChannels": "court_pre_filing"})", "vocabularies.sourceChannels"},
        {R"({"sourceChannels": []})", "vocabularies.sourceChannels"},
        {R"({"sourceChannels": ["court_pre_filing", "moon"]})", "vocabularies.sourceChannels[1]"},
        {R"({"suitabilityGrounds": ["other", "other"]})", "vocabularies.suitabilityGrounds[1]"},
        {R"({"mediatorKinds": ["expert", {"code": "expert", "source": "x"}]})",
         "vocabularies.mediatorKinds[1]"},
        {R"({"terminationReasons": [3]})", "vocabularies.terminationReasons[0]"},
        {R"({"terminationReasons": [null]})", "vocabularies.terminationReasons[0]"},
        {R"({"participantRoles": [{"label": {"en": "Guest", "zh_CN": "来宾"}}]})",
         "vocabularies.participantRoles[0].code"},
        {R"({"participantRoles": [{"code": "Guest Of Honour", "label": {"en": "G", "zh_CN": "宾"}}]})",
         "vocabularies.participantRoles[0].code"},
        {R"({"participantRoles": [{"code": "guest"}]})", "vocabularies.participantRoles[0].label"},
        {R"({"participantRoles": [{"code": "guest", "label": "Guest"}]})",
         "vocabularies.participantRoles[0].label"},
        {R"({"participantRoles": [{"code": "guest", "label": {"en": "Guest"}}]})",
         "vocabularies.participantRoles[0].label.zh_CN"},
        {R"({"participantRoles": [{"code": "guest", "label": {"zh_CN": "来宾"}}]})",
         "vocabularies.participantRoles[0].label.en"},
        {R"({"participantRoles": [{"code": "guest", "label": {"en": "G", "zh_CN": "宾", "fr": "x"}}]})",
         "vocabularies.participantRoles[0].label.fr"},
        {R"({"participantRoles": [{"code": "judge", "colour": "red"}]})",
         "vocabularies.participantRoles[0].colour"},
        {R"({"sourceChannels": [{"code": "town", "label": {"en": "T", "zh_CN": "镇"}}]})",
         "vocabularies.sourceChannels[0].channel"},
        {R"({"sourceChannels": [{"code": "town", "label": {"en": "T", "zh_CN": "镇"}, "channel": "moon"}]})",
         "vocabularies.sourceChannels[0].channel"},
        {R"({"sourceChannels": [{"code": "petition", "channel": "court"}]})",
         "vocabularies.sourceChannels[0].channel"},
        {R"({"suitabilityGrounds": [{"code": "own", "label": {"en": "O", "zh_CN": "自"}, "channel": "court"}]})",
         "vocabularies.suitabilityGrounds[0].channel"},
        {R"({"suitabilityGrounds": [{"code": "own", "label": {"en": "O", "zh_CN": "自"}, "source": 7}]})",
         "vocabularies.suitabilityGrounds[0].source"},
    };
    for (const auto &[vocabularies, path] : cases) {
        INFO(vocabularies);
        auto profile = withVocabularies(vocabularies);
        REQUIRE_FALSE(profile.ok());
        CHECK(profile.error().field == QStringLiteral("own.json"));
        CHECK(profile.error().message.contains(QString::fromLatin1(path) + QStringLiteral(": ")));
    }
}

TEST_CASE("A refused vocabulary reads in Chinese", "[vocabularies][profile][i18n]")
{
    ChineseDesk chinese;
    auto unknown = withVocabularies(R"({"sourceChannels": ["moon"]})");
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().message.contains(QStringLiteral("不是内置代码")));
    auto twice = withVocabularies(R"({"sourceChannels": ["petition", "petition"]})");
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.error().message.contains(QStringLiteral("重复")));
    auto channel = withVocabularies(
        R"({"sourceChannels": [{"code": "town", "label": {"en": "T", "zh_CN": "镇"}}]})");
    REQUIRE_FALSE(channel.ok());
    CHECK(channel.error().message.contains(QStringLiteral("自有来源")));
}

TEST_CASE("A case takes only the codes its center's profile offers", "[vocabularies][validation]")
{
    const RuleProfile lushan = shipped("lushan");
    const RuleProfile shizuishan = shipped("shizuishan");
    const CaseRecord lushanCase = caseWith("court_in_trial", "judgment_no_remedy");
    CHECK(CaseValidator(test::kToday, lushan.vocabularies).normaliseAndCheck(lushanCase).ok());

    ChineseDesk chinese;
    auto refused =
        CaseValidator(test::kToday, shizuishan.vocabularies).normaliseAndCheck(lushanCase);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().field == FieldText::tr("Suitability ground"));
    // The ground as the mediator knows it, and the nine the center offers.
    CHECK(refused.error().message.contains(QStringLiteral("不在本中心规则方案提供的范围内")));
    CHECK(refused.error().message.contains(
        QStringLiteral("行政行为违法，即使判决败诉，正当诉求仍无法实现")));
    CHECK(refused.error().message.contains(
        QStringLiteral("诉讼请求难以支持，但确有亟待解决的实际困难")));
    CHECK(refused.error().message.contains(QStringLiteral("其他适宜协调化解的案件")));

    // Ruzhou's cases come at a stage of the reconsideration.
    const RuleProfile ruzhou = shipped("ruzhou");
    auto court = CaseValidator(test::kToday, ruzhou.vocabularies)
                     .normaliseAndCheck(caseWith("court_pre_filing", "other"));
    REQUIRE_FALSE(court.ok());
    CHECK(court.error().field == FieldText::tr("Source channel"));
    CHECK(court.error().message.contains(QStringLiteral("案前协调")));
    CHECK(CaseValidator(test::kToday, ruzhou.vocabularies)
              .normaliseAndCheck(caseWith("reconsideration_during", "other"))
              .ok());
}

TEST_CASE("A case recorded under another profile keeps its codes until they are changed",
          "[vocabularies][store]")
{
    test::TempDatabase file;
    auto opened = Store::open(file.path(), StoreAccess::Create);
    REQUIRE(opened.ok());
    Store &store = *opened.value();
    REQUIRE(store.chooseProfile(QStringLiteral("lushan")).ok());
    auto registered =
        store.cases().registerCase(caseWith("court_in_trial", "judgment_no_remedy"), test::kToday);
    REQUIRE(registered.ok());
    auto refusedThere =
        store.cases().registerCase(caseWith("petition", "judgment_no_remedy"), test::kToday);
    REQUIRE_FALSE(refusedThere.ok());

    REQUIRE(store.chooseProfile(QStringLiteral("shizuishan")).ok());
    CaseRecord edited = registered.value();
    edited.summary = QStringLiteral("补充了案情");
    auto kept = store.cases().updateCase(edited, test::kToday);
    REQUIRE(kept.ok());
    CHECK(kept.value().suitabilityGround == QStringLiteral("judgment_no_remedy"));
    // Its label still shows, though the center no longer offers it.
    CHECK(store.deadlineSetup().profile.vocabularies.suitabilityGrounds.label(
              kept.value().suitabilityGround) ==
          vocab::suitabilityGrounds().label(QStringLiteral("judgment_no_remedy")));

    edited = kept.value();
    edited.suitabilityGround = QStringLiteral("major_loss");
    auto changed = store.cases().updateCase(edited, test::kToday);
    REQUIRE_FALSE(changed.ok());
    CHECK(store.cases().load(edited.id).value().suitabilityGround ==
          QStringLiteral("judgment_no_remedy"));
    // A new case under Shizuishan may not take a Lushan ground.
    CHECK_FALSE(store.cases()
                    .registerCase(caseWith("court_in_trial", "judgment_no_remedy"), test::kToday)
                    .ok());
}

TEST_CASE("Terminating offers the profile's reasons, and sessions its roles",
          "[vocabularies][lifecycle][sessions]")
{
    const RuleProfile wenxian = shipped("wenxian");
    CHECK(terminateReason().choices(wenxian.vocabularies).codes() ==
          QStringList{"unwilling", "no_agreement"});
    CHECK(terminateReason().choices(ProfileVocabularies::defaults()).codes().size() == 6);

    test::TempDatabase file;
    auto opened = Store::open(file.path(), StoreAccess::Create);
    REQUIRE(opened.ok());
    Store &store = *opened.value();
    REQUIRE(store.chooseProfile(QStringLiteral("wenxian")).ok());
    auto c = store.cases().registerCase(caseWith("court_pre_filing", "settlement_requested"),
                                        test::kToday);
    REQUIRE(c.ok());
    auto refused = store.cases().transition(
        c.value().id, QStringLiteral("terminate"),
        QJsonObject{{"terminatedOn", "2026-11-24"}, {"reason", "party_request"}}, test::kToday);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("unwilling, no_agreement")));
    auto ended = store.cases().transition(
        c.value().id, QStringLiteral("terminate"),
        QJsonObject{{"terminatedOn", "2026-11-24"}, {"reason", "unwilling"}}, test::kToday);
    REQUIRE(ended.ok());
    CHECK(ended.value().progress.terminationReason == QStringLiteral("unwilling"));

    // Zhongxiang's 1+1+N: a township cadre comes to a session.
    REQUIRE(store.chooseProfile(QStringLiteral("zhongxiang")).ok());
    auto zc = store.cases().registerCase(caseWith("administrative_adjudication", "many_parties"),
                                         test::kToday);
    REQUIRE(zc.ok());
    Session session;
    session.kind = QStringLiteral("mediation");
    session.mode = QStringLiteral("in_person");
    session.place = QStringLiteral("镇综治中心");
    session.start = QDateTime(test::kToday.addDays(7), QTime(9, 0));
    session.durationMinutes = 60;
    session.noticeOn = test::kToday;
    const auto participant = [](const char *role, const QString &name) {
        Participant p;
        p.role = QString::fromLatin1(role);
        p.name = name;
        return p;
    };
    session.participants = {participant("township_cadre", QStringLiteral("李镇长")),
                            participant("applicant", QStringLiteral("张三"))};
    auto scheduled = store.sessions().schedule(zc.value().id, session, test::kToday);
    INFO((scheduled.ok() ? QString() : scheduled.error().describe()).toStdString());
    CHECK(scheduled.ok());
    session.participants.first().role = QStringLiteral("guest");
    CHECK_FALSE(store.sessions().schedule(zc.value().id, session, test::kToday).ok());
}
