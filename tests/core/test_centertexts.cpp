#include "documents/documentcomposer.h"
#include "documents/documentdata.h"
#include "documents/documentlibrary.h"
#include "documents/documenttemplate.h"
#include "documents/officiallayout.h"
#include "store/store.h"
#include "support/samplecase.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace huajie;

namespace {
const QStringList kCenters = {QStringLiteral("shizuishan"), QStringLiteral("wenxian"),
                              QStringLiteral("lushan"), QStringLiteral("zhongxiang"),
                              QStringLiteral("ruzhou")};

RuleProfile shipped(const QString &id)
{
    auto profile = RuleProfile::load(id);
    INFO(id.toStdString() << ": "
                          << (profile.ok() ? std::string()
                                           : profile.error().describe().toStdString()));
    REQUIRE(profile.ok());
    return profile.value();
}

// The sample case in the center's own city, so that no other city's name
// is in it; settled and then ended too, so that every document has its text.
CaseRecord caseIn(const QString &city)
{
    CaseRecord c = test::sampleCase();
    c.number = QStringLiteral("（2026）化解字第15号");
    const auto local = [&city](QString &text) {
        text.replace(QStringLiteral("石嘴山市"), city);
        text.replace(QStringLiteral("大武口区"), city);
    };
    local(c.referringUnit);
    local(c.disputedAct);
    for (Party &p : c.parties) {
        local(p.name);
        local(p.address);
        for (Agent &a : p.agents)
            local(a.organisation);
    }
    Party third;
    third.role = QStringLiteral("third_party");
    third.name = QStringLiteral("李四");
    c.parties.append(third);
    CaseProgress &p = c.progress;
    p.noticeDispatchedOn = QDate(2026, 11, 20);
    p.agreementSignedOn = QDate(2026, 11, 24);
    p.agreementEffect = QStringLiteral("on_signature");
    p.agreementEffectiveOn = QDate(2026, 11, 24);
    p.agreementTerms = QStringLiteral("1. 重新评估；\n2. 补足补偿款差额。");
    p.terminatedOn = QDate(2026, 11, 25);
    p.terminationReason = QStringLiteral("agency_absent");
    p.reportOn = QDate(2026, 11, 25);
    p.followedUpOn = QDate(2026, 11, 25);
    Extension extension;
    extension.days = 20;
    p.extension = extension;
    return c;
}

QString cityOf(const QString &id)
{
    static const QHash<QString, QString> cities{
        {QStringLiteral("shizuishan"), QStringLiteral("石嘴山市")},
        {QStringLiteral("wenxian"), QStringLiteral("温县")},
        {QStringLiteral("lushan"), QStringLiteral("鲁山县")},
        {QStringLiteral("zhongxiang"), QStringLiteral("钟祥市")},
        {QStringLiteral("ruzhou"), QStringLiteral("汝州市")}};
    return cities.value(id);
}

QString render(const char *kind, const CaseRecord &c, const DeadlineSetup &setup)
{
    auto document =
        DocumentLibrary::load(QString::fromLatin1(kind), setup.profile.texts.templateSet);
    INFO(kind << ": "
              << (document.ok() ? std::string() : document.error().describe().toStdString()));
    REQUIRE(document.ok());
    // No center name set: the profile's is printed.
    auto filled = document.value().render(documentData(
        c, DocumentContext{
               QString(), QStringLiteral("0391-6111111"), test::kToday, QString(), {}, &setup}));
    INFO(kind << ": " << (filled.ok() ? std::string() : filled.error().describe().toStdString()));
    REQUIRE(filled.ok());
    return filled.value();
}

QString plain(QString html)
{
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return html.remove(tags).remove(space);
}

QString pdfText(const QString &html, const QString &path, int *pages = nullptr)
{
    auto written = OfficialLayout::writePdf(html, QStringLiteral("test"), path);
    REQUIRE(written.ok());
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"),
                    {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    REQUIRE(pdftotext.waitForFinished(30000));
    REQUIRE(pdftotext.exitCode() == 0);
    const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput());
    if (pages)
        *pages = int(text.count(QLatin1Char('\f')));
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return QString(text).remove(space);
}

// The sentences in which the shipped templates state each period.
QString periodPhrase(const QString &purpose, const QString &period)
{
    if (purpose == QLatin1String("liaison"))
        return QStringLiteral("之日起%1内").arg(period);
    if (purpose == QLatin1String("referral"))
        return QStringLiteral("期限为%1").arg(period);
    if (purpose == QLatin1String("confirmation"))
        return QStringLiteral("生效之日起%1内").arg(period);
    return QStringLiteral("终结后%1内").arg(period);
}

std::string describe(const Result<RuleProfile> &profile)
{
    return profile.ok() ? std::string() : profile.error().describe().toStdString();
}
} // namespace

TEST_CASE("Each shipped profile names its center, its rules and its template set", "[centertexts]")
{
    QStringList names;
    QStringList rules;
    for (const QString &id : kCenters) {
        INFO(id.toStdString());
        const RuleProfile profile = shipped(id);
        CHECK_FALSE(profile.texts.source.isEmpty());
        CHECK(profile.texts.name.contains(cityOf(id).left(2)));
        names.append(profile.texts.name);
        rules.append(profile.texts.rules);
        for (const DocumentKind &kind : DocumentLibrary::kinds())
            CHECK(DocumentLibrary::load(QString::fromLatin1(kind.id), profile.texts.templateSet)
                      .ok());
        for (auto it = profile.texts.periods.cbegin(); it != profile.texts.periods.cend(); ++it)
            if (!it.value().isEmpty())
                CHECK_FALSE(profile.texts.periodSources.value(it.key()).isEmpty());
    }
    names.removeDuplicates();
    rules.removeDuplicates();
    CHECK(names.size() == kCenters.size());
    CHECK(rules.size() == kCenters.size());
    // A profile without the key prints what Shizuishan's documents always printed.
    auto old =
        RuleProfile::fromJson(R"({"id": "old", "name": {"en": "Old"}})", QStringLiteral("old"));
    REQUIRE(old.ok());
    CHECK(old.value().texts.rules == shipped(QStringLiteral("shizuishan")).texts.rules);
    CHECK(old.value().texts.articles == shipped(QStringLiteral("shizuishan")).texts.articles);
    CHECK(old.value().texts.periods == shipped(QStringLiteral("shizuishan")).texts.periods);
}

TEST_CASE("A center has the invitation letters only where its rules invite to take part early, "
          "and the extension's documents only where they set a time limit",
          "[centertexts][earlyinvolvement]")
{
    const auto has = [](const char *id, const char *kind) {
        const QList<DocumentKind> kinds =
            DocumentLibrary::kindsOf(shipped(QString::fromLatin1(id)));
        return std::any_of(kinds.cbegin(), kinds.cend(),
                           [&](const DocumentKind &k) { return qstrcmp(k.id, kind) == 0; });
    };
    for (const char *kind : {"invitation", "invitation-reply"}) {
        CHECK(has("lushan", kind));
        for (const char *id : {"shizuishan", "wenxian", "zhongxiang", "ruzhou"})
            CHECK_FALSE(has(id, kind));
    }
    CHECK(DocumentLibrary::kindsOf(shipped(QStringLiteral("shizuishan"))).size() ==
          DocumentLibrary::kinds().size() - 2);
    // Without a time limit there is nothing to extend, nor an opinion at its end.
    for (const char *kind : {"extension-approval", "extension-notice", "mediator-opinion"}) {
        CHECK(has("shizuishan", kind));
        for (const char *id : {"wenxian", "lushan", "zhongxiang", "ruzhou"})
            CHECK_FALSE(has(id, kind));
    }
}

TEST_CASE("Every document of a center cites its own rules and periods, never another center's",
          "[centertexts]")
{
    QList<RuleProfile> profiles;
    for (const QString &id : kCenters)
        profiles.append(shipped(id));
    for (const RuleProfile &profile : profiles) {
        INFO(profile.id.toStdString());
        const DeadlineSetup setup{HolidayCalendar::shipped(), profile, {}};
        const CaseRecord c = caseIn(cityOf(profile.id));
        QHash<QString, QString> texts;
        for (const DocumentKind &kind : DocumentLibrary::kinds()) {
            INFO(kind.id);
            const QString text = plain(render(kind.id, c, setup));
            texts.insert(QString::fromLatin1(kind.id), text);
            // The rules only ever as the center's profile names them.
            static const QRegularExpression cited(
                QStringLiteral("《([^》]*(?:规则|意见|办法|方案)[^》]*)》"));
            for (auto m = cited.globalMatch(text); m.hasNext();) {
                const QString title = m.next().captured(1);
                CHECK(title.toStdString() == profile.texts.rules.toStdString());
            }
            for (const RuleProfile &other : profiles) {
                if (other.id == profile.id)
                    continue;
                CHECK_FALSE(text.contains(other.texts.name));
                CHECK_FALSE(text.contains(other.texts.rules));
                CHECK_FALSE(text.contains(cityOf(other.id)));
                for (auto it = other.texts.periods.cbegin(); it != other.texts.periods.cend(); ++it)
                    if (!it.value().isEmpty() &&
                        it.value() != profile.texts.periods.value(it.key()))
                        CHECK_FALSE(text.contains(periodPhrase(it.key(), it.value())));
            }
            CHECK_FALSE(text.contains(QStringLiteral("{{")));
        }
        const QString rules = QStringLiteral("《%1》").arg(profile.texts.rules);
        for (const char *kind : {"notice", "minutes"})
            CHECK(texts.value(QString::fromLatin1(kind)).contains(rules));
        CHECK(texts.value(QStringLiteral("notice")).contains(profile.texts.name));
        const QHash<QString, QString> stating{
            {QStringLiteral("liaison"), QStringLiteral("notice")},
            {QStringLiteral("referral"), QStringLiteral("referral")},
            {QStringLiteral("confirmation"), QStringLiteral("agreement")},
            {QStringLiteral("followUp"), QStringLiteral("follow-up")}};
        for (auto it = stating.cbegin(); it != stating.cend(); ++it) {
            const QString period = profile.texts.periods.value(it.key());
            if (!period.isEmpty())
                CHECK(texts.value(it.value()).contains(periodPhrase(it.key(), period)));
        }
        // Every article quoted after the rules' title is one of the profile's:
        // of its texts, or of its early involvement's invitations.
        QStringList stated = profile.texts.articles.values();
        stated.append(profile.earlyInvolvement.procedure);
        for (const InvitationRoute &route : profile.earlyInvolvement.routes)
            stated.append(route.article.split(QStringLiteral("、")));
        const QRegularExpression quoted(
            QRegularExpression::escape(rules) +
            QStringLiteral("(第[〇一二三四五六七八九十百]+条|[一二三四五六七八九十]+（["
                           "一二三四五六七八九十]+）\\d{0,2})"));
        int articles = 0;
        for (const QString &text : std::as_const(texts))
            for (auto m = quoted.globalMatch(text); m.hasNext(); ++articles) {
                const QString article = m.next().captured(1);
                INFO(article.toStdString());
                CHECK(stated.contains(article));
            }
        CHECK(articles > 0);
    }
}

TEST_CASE("A center's documents read back from PDF with its rules and its name", "[centertexts]")
{
    QTemporaryDir dir;
    for (const QString &id : kCenters) {
        INFO(id.toStdString());
        const RuleProfile profile = shipped(id);
        const DeadlineSetup setup{HolidayCalendar::shipped(), profile, {}};
        int pages = 0;
        const QString text = pdfText(render("notice", caseIn(cityOf(id)), setup),
                                     dir.filePath(id + QStringLiteral(".pdf")), &pages);
        CHECK(text.contains(QStringLiteral("《%1》").arg(profile.texts.rules)));
        CHECK(text.contains(profile.texts.name));
        // One notice for each respondent agency, each on its own page.
        CHECK(pages == 2);
        CHECK(text.contains(cityOf(id) + QStringLiteral("自然资源局：")));
        CHECK(text.contains(cityOf(id) + QStringLiteral("人民政府：")));
        if (id != QLatin1String("shizuishan"))
            CHECK_FALSE(text.contains(QStringLiteral("石嘴山")));
    }
}

TEST_CASE("The application is worded for the body the case comes from and carries no number",
          "[centertexts]")
{
    const DeadlineSetup setup{
        HolidayCalendar::shipped(), shipped(QStringLiteral("shizuishan")), {}};
    QTemporaryDir dir;
    CaseRecord c = caseIn(QStringLiteral("石嘴山市"));
    const QString court =
        pdfText(render("application", c, setup), dir.filePath(QStringLiteral("court.pdf")));
    CHECK(court.contains(QStringLiteral("《中华人民共和国行政诉讼法》第六十条")));
    CHECK(court.contains(QStringLiteral("我方自愿申请采用化解方式解决行政诉讼")));
    CHECK(court.contains(QStringLiteral("石嘴山市中级人民法院：")));
    // The applicant signs it before the center registers the case.
    CHECK_FALSE(court.contains(c.number));

    c.source = QStringLiteral("reconsideration");
    c.referringUnit = QStringLiteral("石嘴山市人民政府");
    const QString reconsideration = pdfText(render("application", c, setup),
                                            dir.filePath(QStringLiteral("reconsideration.pdf")));
    CHECK_FALSE(reconsideration.contains(QStringLiteral("第六十条")));
    CHECK_FALSE(reconsideration.contains(QStringLiteral("解决行政诉讼")));
    CHECK(reconsideration.contains(QStringLiteral("《中华人民共和国行政复议法》")));
    CHECK(reconsideration.contains(QStringLiteral("石嘴山市人民政府：")));

    c.source = QStringLiteral("procuratorate");
    c.referringUnit = QStringLiteral("石嘴山市人民检察院");
    const QString procuratorate = plain(render("application", c, setup));
    CHECK_FALSE(procuratorate.contains(QStringLiteral("第六十条")));
    CHECK_FALSE(procuratorate.contains(QStringLiteral("解决行政诉讼")));
    CHECK(procuratorate.contains(QStringLiteral("石嘴山市人民检察院：")));

    c.source = QStringLiteral("direct");
    c.referringUnit.clear();
    const QString direct = plain(render("application", c, setup));
    CHECK_FALSE(direct.contains(QStringLiteral("第六十条")));
    CHECK(direct.contains(QStringLiteral("石嘴山市行政争议协调化解中心：")));
}

TEST_CASE("The power of attorney keeps the form's pre-printed lines and leaves the date blank",
          "[centertexts]")
{
    const DeadlineSetup setup{
        HolidayCalendar::shipped(), shipped(QStringLiteral("shizuishan")), {}};
    CaseRecord c = caseIn(QStringLiteral("石嘴山市"));
    for (Party &p : c.parties)
        p.agents.clear();
    const QString blank = render("power-of-attorney", c, setup);
    CHECK(blank.count(QStringLiteral("<p>受 委 托 人 姓 名：</p>")) == 4); // two for each applicant
    CHECK(blank.contains(
        QStringLiteral("代理人<span class=\"blank\">　　　　</span>的代理权限为：特别授权")));
    CHECK(blank.contains(QStringLiteral("<span class=\"blank\">　　年　　月　　日</span>")));
    CHECK_FALSE(blank.contains(QStringLiteral("二〇二六年")));

    const QString one = render("power-of-attorney", caseIn(QStringLiteral("石嘴山市")), setup);
    CHECK(one.contains(QStringLiteral("<p>受 委 托 人 姓 名：李律师")));
    CHECK(one.count(QStringLiteral("<p>受 委 托 人 姓 名：</p>")) == 1);
    CHECK_FALSE(one.contains(QStringLiteral("二〇二六年")));
}

TEST_CASE("A center's documents are filled from the profile the store counts with", "[centertexts]")
{
    test::TempDatabase file;
    auto opened = Store::open(file.path(), StoreAccess::Create);
    REQUIRE(opened.ok());
    Store &store = *opened.value();
    store.cases().setUser(QStringLiteral("赵志明"));
    REQUIRE(store.chooseProfile(QStringLiteral("wenxian")).ok());
    CaseRecord c = test::sampleCase();
    for (Party &p : c.parties)
        p.name.replace(QStringLiteral("石嘴山市"), QStringLiteral("温县"));
    c = test::offeredBy(store.deadlineSetup().profile.vocabularies, c);
    auto record = store.cases().registerCase(c, test::kToday);
    INFO((record.ok() ? std::string() : record.error().describe().toStdString()));
    REQUIRE(record.ok());
    auto notice =
        DocumentComposer(store).preview(record.value(), QStringLiteral("notice"), test::kToday);
    REQUIRE(notice.ok());
    CHECK(notice.value().contains(QStringLiteral("<h1>行政争议调解通知书</h1>")));
    CHECK(notice.value().contains(QStringLiteral("温县行政争议实质性化解中心")));
    // The center's own name, once set, is printed instead.
    REQUIRE(
        store.settings().setValue(CenterSetting::CenterName, QStringLiteral("温县化解中心")).ok());
    auto named =
        DocumentComposer(store).preview(record.value(), QStringLiteral("notice"), test::kToday);
    REQUIRE(named.ok());
    CHECK(named.value().contains(QStringLiteral("<p class=\"signature\">温县化解中心</p>")));
}

TEST_CASE("A wrong center key is refused with its JSON path", "[centertexts]")
{
    const QString good = QStringLiteral(
        R"("name": "某县行政争议化解中心", "rules": "某县行政争议化解中心工作规则")");
    const struct
    {
        QString center;
        const char *path;
    } cases[] = {
        {QStringLiteral("[]"), "center"},
        {QStringLiteral("{}"), "center.name"},
        {QStringLiteral(R"({"name": "某县中心"})"), "center.rules"},
        {QStringLiteral(R"({"name": "某县中心", "rules": "《某县规则》"})"), "center.rules"},
        {QStringLiteral(R"({%1, "colour": "red"})").arg(good), "center.colour"},
        {QStringLiteral(R"({%1, "templates": "../elsewhere"})").arg(good), "center.templates"},
        {QStringLiteral(R"({%1, "articles": {"termination": "23"}})").arg(good),
         "center.articles.termination"},
        {QStringLiteral(R"({%1, "articles": {"termination": 23}})").arg(good),
         "center.articles.termination"},
        {QStringLiteral(R"({%1, "articles": {"ending": "第二十三条"}})").arg(good),
         "center.articles.ending"},
        {QStringLiteral(R"({%1, "periods": {"liaison": "3个工作日"}})").arg(good),
         "center.periods.liaison"},
        {QStringLiteral(R"({%1, "periods": {"liaison": {"text": "soon"}}})").arg(good),
         "center.periods.liaison.text"},
        {QStringLiteral(R"({%1, "periods": {"liaison": {"text": "3个工作日", "by": "x"}}})")
             .arg(good),
         "center.periods.liaison.by"},
        {QStringLiteral(R"({%1, "periods": {"plan": {"text": "三日"}}})").arg(good),
         "center.periods.plan"},
    };
    for (const auto &bad : cases) {
        INFO(bad.center.toStdString());
        const QString json =
            QStringLiteral(R"({"id": "bad", "name": {"en": "Bad"}, "center": %1})").arg(bad.center);
        auto profile = RuleProfile::fromJson(json.toUtf8(), QStringLiteral("bad.json"));
        REQUIRE_FALSE(profile.ok());
        INFO(describe(profile));
        CHECK(profile.error().describe().contains(QString::fromLatin1(bad.path)));
        CHECK(profile.error().describe().contains(QStringLiteral("bad.json")));
    }
    const QString fine =
        QStringLiteral(
            R"({"id": "fine", "name": {"en": "Fine"}, "center": {%1, "articles": {"termination": "第二十三条", "followUp": "二（五）4"}, "periods": {"liaison": {"text": "三日", "source": "规则第七条"}}}})")
            .arg(good);
    auto profile = RuleProfile::fromJson(fine.toUtf8(), QStringLiteral("fine.json"));
    INFO(describe(profile));
    REQUIRE(profile.ok());
    CHECK(profile.value().texts.articles.value(QStringLiteral("report")).isEmpty());
    CHECK(profile.value().texts.periods.value(QStringLiteral("liaison")) == QStringLiteral("三日"));

    // A template set named but found nowhere, and a name the profile does not have.
    CHECK_FALSE(DocumentLibrary::load(QStringLiteral("notice"), QStringLiteral("nowhere")).ok());
    auto unknown = DocumentTemplate::parse(QStringLiteral("{{profile.articles.ending}}"),
                                           QStringLiteral("t.html"));
    REQUIRE(unknown.ok());
    CHECK_FALSE(unknown.value().render(documentData(test::sampleCase(), DocumentContext{})).ok());
}
