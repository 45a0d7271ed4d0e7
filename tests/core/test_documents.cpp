#include "documents/documentdata.h"
#include "documents/documentlibrary.h"
#include "documents/officiallayout.h"
#include "support/samplecase.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace huajie;

namespace {
const QString kCenter = QStringLiteral("石嘴山市行政争议协调化解中心");

// What the desk counts with out of the box: the shipped calendar and profile.
const DeadlineSetup *shippedSetup()
{
    static const DeadlineSetup setup{
        HolidayCalendar::shipped(), RuleProfile::load(RuleProfile::defaultId()).value(), {}};
    return &setup;
}

QString fill(const char *id)
{
    auto document = DocumentLibrary::load(QString::fromLatin1(id));
    INFO(id << ": " << (document.ok() ? std::string() : document.error().describe().toStdString()));
    REQUIRE(document.ok());
    CaseRecord c = test::sampleCase();
    c.number = QStringLiteral("（2026）化解字第15号");
    auto filled = document.value().render(
        documentData(c, DocumentContext{kCenter,
                                        QStringLiteral("0952-2011111"),
                                        test::kToday,
                                        QStringLiteral("（2026）化解通字第5号"),
                                        {}}));
    INFO((filled.ok() ? std::string() : filled.error().describe().toStdString()));
    REQUIRE(filled.ok());
    return filled.value();
}

// The sample case further on: a third party, the agency's plan and
// mediators, an extension, a session held and one to come; then either
// ended without agreement or settled, for the documents of each ending.
enum class Ending
{
    Open,
    Terminated,
    Agreed
};

CaseRecord documentCase(Ending ending)
{
    CaseRecord c = test::sampleCase();
    c.id = 7;
    c.number = QStringLiteral("（2026）化解字第15号");
    c.courtReceivedOn = QDate(2026, 11, 16);
    c.referredOn = QDate(2026, 11, 19);
    c.state = QStringLiteral("in_mediation");
    Party third;
    third.role = QStringLiteral("third_party");
    third.name = QStringLiteral("李四");
    third.sex = QStringLiteral("male");
    third.birthDate = QDate(1970, 5, 6);
    third.idNumber = QStringLiteral("640202197005060011");
    third.address = QStringLiteral("惠农区北街2号");
    third.phone = QStringLiteral("13900000000");
    c.parties.append(third);

    CaseProgress &p = c.progress;
    p.noticeDispatchedOn = QDate(2026, 11, 20);
    p.noticeReceivedOn = QDate(2026, 11, 21);
    p.planReceivedOn = QDate(2026, 11, 23);
    p.planSummary = QStringLiteral("拟委托评估机构重新评估。");
    p.agencyMediators = {
        {QStringLiteral("王建军"), QStringLiteral("法制科科长"), QStringLiteral("0952-2013333")}};
    p.mediationStartedOn = QDate(2026, 11, 23);
    p.firstHearingOn = QDate(2026, 11, 24);
    Extension extension;
    extension.days = 20;
    extension.consentingParties = {
        QStringLiteral("张三"), QStringLiteral("石嘴山市星海物流有限公司"),
        QStringLiteral("石嘴山市自然资源局"), QStringLiteral("大武口区人民政府")};
    extension.approvedBy = QStringLiteral("刘振华");
    extension.approvedOn = QDate(2026, 11, 25);
    extension.referringUnitToldOn = QDate(2026, 11, 25);
    p.extension = extension;
    if (ending == Ending::Terminated) {
        c.state = QStringLiteral("terminated");
        p.terminatedOn = QDate(2026, 11, 25);
        p.terminationReason = QStringLiteral("agency_absent");
        p.terminationText =
            QStringLiteral("石嘴山市自然资源局指定的人员经两次通知均未参加协调化解。");
        p.reportOn = QDate(2026, 11, 25);
        p.reportSummary = QStringLiteral("经多次协调，各方对补偿标准分歧较大，未能达成一致意见。");
    } else if (ending == Ending::Agreed) {
        c.state = QStringLiteral("followed_up");
        p.agreementSignedOn = QDate(2026, 11, 24);
        p.agreementEffect = QStringLiteral("on_signature");
        p.agreementEffectiveOn = QDate(2026, 11, 24);
        p.agreementTerms = QStringLiteral(
            "1. 石嘴山市自然资源局于2026年12月31日前委托评估机构对被征收房屋重新评估；\n"
            "2. 石嘴山市自然资源局按重新评估的结果，于评估报告作出之日起十五日内补足补偿款差额；\n"
            "3. 申请人于本协议生效之日起七日内向石嘴山市中级人民法院申请撤回起诉。");
        p.signatures = {{QStringLiteral("张三"), QStringLiteral("李律师")},
                        {QStringLiteral("石嘴山市星海物流有限公司"), QString()}};
        p.performance = QStringLiteral("performed");
        p.performanceNote = QStringLiteral("补偿款差额已支付");
        p.performanceRecordedOn = QDate(2026, 11, 25);
        p.closedOn = QDate(2026, 11, 25);
        p.followedUpOn = QDate(2026, 11, 25);
        p.followUpNote = QStringLiteral("申请人表示补偿款已到账，对化解结果满意，不再起诉。");
    }
    return c;
}

QList<Session> documentSessions(const CaseRecord &c)
{
    Session held;
    held.id = 1;
    held.caseId = c.id;
    held.caseNumber = c.number;
    held.kind = QStringLiteral("evidence_exchange");
    held.start = QDateTime(QDate(2026, 11, 24), QTime(14, 30));
    held.durationMinutes = 90;
    held.room = QStringLiteral("第一调解室");
    held.status = QStringLiteral("held");
    held.noticeOn = QDate(2026, 11, 20);
    held.participants = Session::defaultParticipants(c);
    for (Participant &p : held.participants)
        p.attended = p.role != QLatin1String("procurator");
    held.minutes = QStringLiteral("申请人提交了评估报告及照片。\n"
                                  "石嘴山市自然资源局提交了征收补偿决定及评估依据。");
    Session next;
    next.id = 2;
    next.caseId = c.id;
    next.caseNumber = c.number;
    next.kind = QStringLiteral("hearing");
    next.start = QDateTime(QDate(2026, 12, 1), QTime(9, 30));
    next.durationMinutes = 120;
    next.room = QStringLiteral("第一调解室");
    next.noticeOn = test::kToday;
    next.participants = Session::defaultParticipants(c);
    next.participants.append(
        {QStringLiteral("invited_mediator"), QStringLiteral("孙丽"), QString(), std::nullopt});
    return {held, next};
}

// Which case each document is shown with, a fixed wording of its form, and its title.
struct Sample
{
    const char *id;
    Ending ending;
    const char16_t *title;
    const char16_t *wording;
};
const Sample kSamples[] = {
    {"application", Ending::Open, u"行政争议协调化解申请书",
     u"我方自愿申请采用化解方式解决行政诉讼"},
    {"referral", Ending::Open, u"行政争议协调化解中心委托书",
     u"特委托你中心组织进行化解，期限为一个月"},
    {"notice", Ending::Open, u"行政争议协调化解通知书", u"自收到本通知书之日起3个工作日内"},
    {"power-of-attorney", Ending::Open, u"授权委托书", u"作为委托人的代理人"},
    {"session-notice", Ending::Open, u"化解会议通知书", u"请准时参加"},
    {"minutes", Ending::Open, u"协调化解笔录", u"以上记录经本人核对，与所述一致。"},
    {"agreement", Ending::Agreed, u"行政争议协调化解协议书", u"经协调化解，各方自愿达成如下协议"},
    {"extension-approval", Ending::Open, u"延长化解期限审批表", u"各方当事人同意情况"},
    {"extension-notice", Ending::Open, u"延期通知书", u"确需延长化解期限"},
    {"mediator-opinion", Ending::Terminated, u"协调化解员书面意见", u"已无成功协调化解的可能"},
    {"termination-notice", Ending::Terminated, u"终止化解通知书", u"本中心决定"},
    {"report", Ending::Terminated, u"协调化解报告", u"未能成功化解的原因"},
    {"confirmation-application", Ending::Agreed, u"司法确认申请书",
     u"没有恶意串通、规避法律的行为"},
    {"service-proof", Ending::Open, u"送达回证", u"受送达人签名或盖章"},
    {"follow-up", Ending::Agreed, u"回访记录", u"回访情况"},
    {"invitation", Ending::Open, u"提前介入邀请函", u"书面回复是否参与"},
    {"invitation-reply", Ending::Open, u"提前介入回复函", u"现书面回复如下"},
};

QString render(const char *id, const CaseRecord &c, const QString &documentNumber)
{
    auto document = DocumentLibrary::load(QString::fromLatin1(id));
    INFO(id << ": " << (document.ok() ? std::string() : document.error().describe().toStdString()));
    REQUIRE(document.ok());
    auto filled = document.value().render(
        documentData(c, DocumentContext{kCenter, QStringLiteral("0952-2011111"), test::kToday,
                                        documentNumber, documentSessions(c), shippedSetup()}));
    INFO(id << ": " << (filled.ok() ? std::string() : filled.error().describe().toStdString()));
    REQUIRE(filled.ok());
    return filled.value();
}

QString renderSample(const Sample &sample)
{
    return render(sample.id, documentCase(sample.ending), QStringLiteral("（2026）化解文字第5号"));
}

// The PDF's text as poppler reads it, laid out, without the whitespace that
// the layout puts between lines and cells nor the page numbers (— 1 —), so
// that a value broken over lines or pages reads whole. No line is read
// twice across a page break (Qt once drew a paragraph that a page break cut
// on both pages, hidden by the clip on one but there in the text).
QString pdfText(const QString &html, const QString &path)
{
    auto written = OfficialLayout::writePdf(html, QStringLiteral("test"), path);
    INFO((written.ok() ? std::string() : written.error().describe().toStdString()));
    REQUIRE(written.ok());
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"),
                    {QStringLiteral("-layout"), QStringLiteral("-enc"), QStringLiteral("UTF-8"),
                     path, QStringLiteral("-")});
    REQUIRE(pdftotext.waitForFinished(30000));
    REQUIRE(pdftotext.exitCode() == 0);
    static const QRegularExpression space(QStringLiteral(R"(\s+)"));
    static const QRegularExpression pageNumber(QStringLiteral("^—\\d+—$"));
    QString text;
    QString previousLast;
    for (const QString &page :
         QString::fromUtf8(pdftotext.readAllStandardOutput()).split(QLatin1Char('\f'))) {
        QStringList lines;
        for (QString line : page.split(QLatin1Char('\n'))) {
            line.remove(space);
            if (!line.isEmpty() && !pageNumber.match(line).hasMatch())
                lines.append(line);
        }
        // Lines to write on (____) may well follow each other.
        if (!lines.isEmpty() && !lines.first().startsWith(QLatin1Char('_')))
            CHECK(lines.first().toStdString() != previousLast.toStdString());
        if (!lines.isEmpty())
            previousLast = lines.last();
        text += lines.join(QString());
    }
    return text;
}

// Where the PDFs are written: a temporary folder, or HUAJIE_DOCUMENT_PDFS
// to keep them for a look.
QString pdfFolder(const QTemporaryDir &temporary)
{
    const QString kept = qEnvironmentVariable("HUAJIE_DOCUMENT_PDFS");
    if (kept.isEmpty())
        return temporary.path();
    QDir().mkpath(kept);
    return kept;
}
} // namespace

TEST_CASE("Every shipped document fills from a case", "[documents]")
{
    for (const DocumentKind &kind : DocumentLibrary::kinds()) {
        INFO(kind.id);
        CHECK_FALSE(fill(kind.id).isEmpty());
    }
}

TEST_CASE("The documents are those of the issue in its order", "[documents]")
{
    QStringList ids;
    for (const DocumentKind &kind : DocumentLibrary::kinds())
        ids.append(QString::fromLatin1(kind.id));
    CHECK(ids == QStringList{QStringLiteral("application"), QStringLiteral("referral"),
                             QStringLiteral("notice"), QStringLiteral("power-of-attorney"),
                             QStringLiteral("session-notice"), QStringLiteral("minutes"),
                             QStringLiteral("agreement"), QStringLiteral("extension-approval"),
                             QStringLiteral("extension-notice"), QStringLiteral("mediator-opinion"),
                             QStringLiteral("termination-notice"), QStringLiteral("report"),
                             QStringLiteral("confirmation-application"),
                             QStringLiteral("service-proof"), QStringLiteral("follow-up"),
                             QStringLiteral("invitation"), QStringLiteral("invitation-reply")});
    REQUIRE(std::size(kSamples) == std::size_t(ids.size()));
}

TEST_CASE("The notice keeps the wording of the form and fills its blanks", "[documents]")
{
    const QString notice = fill("notice");
    CHECK(notice.contains(QStringLiteral("行政争议协调化解通知书")));
    CHECK(notice.contains(QStringLiteral("<p class=\"number\">（2026）化解通字第5号</p>")));
    CHECK(notice.contains(QStringLiteral("登记号：（2026）化解字第15号")));
    CHECK(notice.contains(QStringLiteral("石嘴山市自然资源局：")));
    CHECK(notice.contains(QStringLiteral("本中心于2026年11月20日收到张三、石嘴山市星海物流有限公司"
                                         "与石嘴山市自然资源局、大武口区人民政府一案")));
    CHECK(notice.contains(QStringLiteral("自收到本通知书之日起3个工作日内")));
    CHECK(notice.contains(QStringLiteral("联系人（主办人）：赵志明")));
    CHECK(notice.contains(QStringLiteral("联系号码：0952-2011111")));
    CHECK(notice.contains(QStringLiteral("二〇二六年十一月二十五日")));
}

TEST_CASE("The referral prints the court's receipt and its own date, blank when unknown",
          "[documents]")
{
    CaseRecord c = documentCase(Ending::Open);
    const QString known = render("referral", c, QString());
    CHECK(known.contains(QStringLiteral("本院于2026年11月16日收到")));
    CHECK(known.contains(QStringLiteral("<p class=\"signature\">二〇二六年十一月十九日</p>")));
    c.courtReceivedOn = {};
    c.referredOn = {};
    const QString unknown = render("referral", c, QString());
    // Not the center's registration date (2026-11-20): blanks for the court to fill.
    CHECK_FALSE(unknown.contains(QStringLiteral("2026年11月20日")));
    CHECK_FALSE(unknown.contains(QStringLiteral("二〇二六年十一月二十日")));
    CHECK(unknown.contains(
        QStringLiteral("本院于<span class=\"blank\">　　年　　月　　日</span>收到")));
}

TEST_CASE("Without a number of its own a document carries the case's number alone", "[documents]")
{
    const QString notice = render("notice", documentCase(Ending::Open), QString());
    CHECK(notice.contains(QStringLiteral("<p class=\"number\">（2026）化解字第15号</p>")));
    CHECK_FALSE(notice.contains(QStringLiteral("登记号")));
}

TEST_CASE("The power of attorney speaks Chinese whatever the interface speaks", "[documents]")
{
    const QString power = fill("power-of-attorney");
    CHECK(power.contains(QStringLiteral("委 托 人：张三")));
    CHECK(power.contains(QStringLiteral("代理人李律师的代理权限为：特别授权")));
    CHECK(power.contains(QStringLiteral(
        "特别授权：代为申请再审；承认、变更、放弃诉讼请求；进行调解、和解；签收法律文书等。")));
}

TEST_CASE("Each principal's power of attorney starts on a page of its own", "[documents]")
{
    CaseRecord c = documentCase(Ending::Open);
    c.parties[1].agents = c.parties[0].agents;
    const QString power = render("power-of-attorney", c, QString());
    CHECK(power.count(QStringLiteral("<h1>授 权 委 托 书</h1>")) == 2);
    CHECK(power.count(QStringLiteral("class=\"page break\"")) == 1);
    QTemporaryDir dir;
    QProcess info;
    const QString path = dir.filePath(QStringLiteral("power.pdf"));
    (void)pdfText(power, path);
    info.start(QStringLiteral("pdfinfo"), {path});
    REQUIRE(info.waitForFinished(30000));
    CHECK(QString::fromUtf8(info.readAllStandardOutput())
              .contains(QRegularExpression(QStringLiteral("Pages:\\s+2\\n"))));
}

TEST_CASE("A power of attorney with no agent yet is a form to fill in by hand", "[documents]")
{
    auto document = DocumentLibrary::load(QStringLiteral("power-of-attorney"));
    REQUIRE(document.ok());
    CaseRecord c = test::sampleCase();
    c.parties[0].attendsInPerson = true;
    c.parties[0].agents.clear();
    auto filled = document.value().render(documentData(
        c, DocumentContext{QStringLiteral("中心"), QString(), test::kToday, QString(), {}}));
    REQUIRE(filled.ok());
    CHECK(filled.value().contains(QStringLiteral("委 托 人：张三")));
    CHECK(filled.value().contains(QStringLiteral("受 委 托 人 姓 名：</p>")));
}

TEST_CASE("An unknown document is refused with the list of documents", "[documents]")
{
    auto missing = DocumentLibrary::load(QStringLiteral("letter"));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().message.contains(QStringLiteral("notice")));
}

TEST_CASE("The case's progress and sessions are there in Chinese", "[documents]")
{
    const CaseRecord c = documentCase(Ending::Terminated);
    const QVariantMap data =
        documentData(c, DocumentContext{kCenter, QString(), test::kToday, QString(),
                                        documentSessions(c), shippedSetup()});
    const QVariantMap session = data.value(QStringLiteral("session")).toMap();
    CHECK(session.value(QStringLiteral("dateTime")).toString() ==
          QStringLiteral("2026年12月1日9时30分"));
    CHECK(session.value(QStringLiteral("timeRange")).toString() ==
          QStringLiteral("2026年12月1日9时30分至11时30分"));
    CHECK(session.value(QStringLiteral("place")).toString() == QStringLiteral("第一调解室"));
    CHECK(session.value(QStringLiteral("kind")).toString() == QStringLiteral("听证会"));
    CHECK(session.value(QStringLiteral("coMediators")).toString() ==
          QStringLiteral("王建军（石嘴山市自然资源局）、孙丽"));
    CHECK(session.value(QStringLiteral("agents")).toString() ==
          QStringLiteral("李律师（张三的委托代理人）"));
    CHECK(data.value(QStringLiteral("sessions")).toList().size() == 2);
    const QVariantList evidence = data.value(QStringLiteral("evidenceSessions")).toList();
    REQUIRE(evidence.size() == 1);
    CHECK(evidence.first().toMap().value(QStringLiteral("absent")).toString() ==
          QStringLiteral("陈思远"));

    const QVariantMap termination = data.value(QStringLiteral("termination")).toMap();
    CHECK(termination.value(QStringLiteral("item")).toString() ==
          QStringLiteral("第二十三条第（三）项"));
    CHECK(termination.value(QStringLiteral("rule"))
              .toString()
              .startsWith(QStringLiteral("行政机关经通知后未按期指定人员进行沟通")));

    // 30 days from 20 November end on Sunday 20 December, so on Monday the
    // 21st; with 20 days more, counted before the roll, on 9 January 2027,
    // a Saturday, so on Monday the 11th.
    const QVariantMap extension = data.value(QStringLiteral("extension")).toMap();
    CHECK(extension.value(QStringLiteral("days")).toString() == QStringLiteral("20"));
    CHECK(extension.value(QStringLiteral("limitEndsOn")).toDate() == QDate(2026, 12, 21));
    CHECK(extension.value(QStringLiteral("extendedEndsOn")).toDate() == QDate(2027, 1, 11));
    const QVariantList consents = extension.value(QStringLiteral("parties")).toList();
    REQUIRE(consents.size() == 5);
    CHECK(consents.first().toMap().value(QStringLiteral("consented")).toBool());
    CHECK_FALSE(consents.last().toMap().value(QStringLiteral("consented")).toBool());

    const QVariantMap mediators = data.value(QStringLiteral("mediators")).toMap();
    CHECK(mediators.value(QStringLiteral("agencyNames")).toString() ==
          QStringLiteral("王建军（法制科科长）"));
    CHECK(data.value(QStringLiteral("court")).toString() == QStringLiteral("石嘴山市中级人民法院"));
}

TEST_CASE("Agreed terms are numbered once whatever numbering was typed", "[documents]")
{
    CaseRecord c = documentCase(Ending::Agreed);
    c.progress.agreementTerms =
        QStringLiteral("一、甲\n（二）乙\n\n3. 丙\n第四条 丁\n1.5万元由被申请人支付");
    const QVariantList terms = documentData(c, DocumentContext{})
                                   .value(QStringLiteral("agreement"))
                                   .toMap()
                                   .value(QStringLiteral("terms"))
                                   .toList();
    QStringList texts;
    for (const QVariant &term : terms)
        texts.append(term.toMap().value(QStringLiteral("cnNumber")).toString() + QLatin1Char(' ') +
                     term.toMap().value(QStringLiteral("text")).toString());
    CHECK(texts == QStringList{QStringLiteral("一 甲"), QStringLiteral("二 乙"),
                               QStringLiteral("三 丙"), QStringLiteral("四 丁"),
                               QStringLiteral("五 1.5万元由被申请人支付")});
}

TEST_CASE("A case with nothing recorded yet gives forms with blanks to fill by hand", "[documents]")
{
    CaseRecord c = test::sampleCase();
    c.number = QStringLiteral("（2026）化解字第15号");
    const QVariantMap data = documentData(c, DocumentContext{});
    QHash<QString, QString> filled;
    for (const DocumentKind &kind : DocumentLibrary::kinds()) {
        INFO(kind.id);
        auto document = DocumentLibrary::load(QString::fromLatin1(kind.id));
        REQUIRE(document.ok());
        auto html = document.value().render(data);
        INFO((html.ok() ? std::string() : html.error().describe().toStdString()));
        REQUIRE(html.ok());
        // The application is signed before the case is registered: it has no number yet.
        CHECK(html.value().contains(c.number) == (kind.id != std::string_view("application")));
        filled.insert(QString::fromLatin1(kind.id), html.value());
    }
    const QString dateBlank = QStringLiteral("<span class=\"blank\">　　年　　月　　日");
    CHECK(filled.value(QStringLiteral("minutes")).contains(QStringLiteral("时间：") + dateBlank));
    CHECK(filled.value(QStringLiteral("session-notice"))
              .contains(QStringLiteral("本中心定于") + dateBlank));
    CHECK(filled.value(QStringLiteral("termination-notice"))
              .contains(QStringLiteral("第二十三条第（<span class=\"blank\">　　</span>）项")));
    CHECK(filled.value(QStringLiteral("agreement")).contains(QStringLiteral("一、____")));
    CHECK(filled.value(QStringLiteral("agreement"))
              .contains(QStringLiteral("□本协议自各方签名或者盖章之日起生效。")));
    CHECK(filled.value(QStringLiteral("extension-notice"))
              .contains(QStringLiteral("延长<span class=\"blank\">")));
}

// The goldens in tests/golden are the documents exactly as filled from the
// sample case. After a deliberate change to a template or to the data, run
// with HUAJIE_UPDATE_GOLDEN=1 to write them again, and read the difference.
TEST_CASE("Every document fills from the sample case exactly as its golden", "[documents]")
{
    const bool update = qEnvironmentVariable("HUAJIE_UPDATE_GOLDEN") == QLatin1String("1");
    for (const Sample &sample : kSamples) {
        INFO(sample.id);
        const QString html = renderSample(sample);
        QFile golden(QDir(QStringLiteral(HUAJIE_GOLDEN_DIR))
                         .filePath(QString::fromLatin1(sample.id) + QStringLiteral(".html")));
        if (update) {
            REQUIRE(golden.open(QIODevice::WriteOnly));
            golden.write(html.toUtf8());
            continue;
        }
        REQUIRE(golden.open(QIODevice::ReadOnly));
        CHECK(html.toStdString() == QString::fromUtf8(golden.readAll()).toStdString());
    }
}

TEST_CASE("Each document's PDF reads back with its wording and the case's values", "[documents]")
{
    QTemporaryDir dir;
    const QString folder = pdfFolder(dir);
    for (const Sample &sample : kSamples) {
        INFO(sample.id);
        const QString text =
            pdfText(renderSample(sample),
                    QDir(folder).filePath(QString::fromLatin1(sample.id) + QStringLiteral(".pdf")));
        CHECK(text.contains(QString::fromUtf16(sample.title)));
        CHECK(text.contains(QString::fromUtf16(sample.wording)));
        CHECK(text.contains(QStringLiteral("（2026）化解字第15号")) ==
              (sample.id != std::string_view("application")));
        CHECK(text.contains(QStringLiteral("张三")));
        CHECK(text.contains(QStringLiteral("石嘴山市自然资源局")));
    }
}

TEST_CASE("Hostile names are escaped in every document and print whole", "[documents]")
{
    const QString script = QStringLiteral("<script>alert(1)</script>");
    QString longName;
    while (longName.size() < 300)
        longName += QStringLiteral("宁夏石嘴山长名称测试有限责任公司");
    longName.truncate(300);
    const QString quoted = QStringLiteral("大武口区\"人民\"政府 & '管委会'");

    for (Ending ending : {Ending::Open, Ending::Terminated, Ending::Agreed}) {
        CaseRecord c = documentCase(ending);
        c.parties[0].name = script;
        c.parties[1].name = longName;
        c.parties[1].agents = c.parties[0].agents;
        c.parties[3].name = quoted;
        c.progress.agreementTerms = script + QStringLiteral(" & \"x\"");
        c.progress.terminationText = script;
        QTemporaryDir dir;
        const QString folder = pdfFolder(dir);
        for (const Sample &sample : kSamples) {
            if (sample.ending != ending)
                continue;
            INFO(sample.id);
            const QString html = render(sample.id, c, QStringLiteral("<b>&</b>"));
            CHECK_FALSE(html.contains(QStringLiteral("<script")));
            CHECK_FALSE(html.contains(QStringLiteral("<b>")));
            CHECK_FALSE(html.contains(QStringLiteral("& '")));
            CHECK_FALSE(html.contains(QStringLiteral("\"人民\"")));
            const QString text =
                pdfText(html, QDir(folder).filePath(QStringLiteral("hostile-") +
                                                    QString::fromLatin1(sample.id) +
                                                    QStringLiteral(".pdf")));
            CHECK(text.contains(longName));
        }
    }
}
