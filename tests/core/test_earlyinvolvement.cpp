// Early involvement and the invitations between court, procuratorate and
// government office (鲁山实施办法第四条至第七条) under the lushan profile:
// each step, its deadlines, its documents and its place in the record.
#include "deadline/casedeadlines.h"
#include "documents/documentcomposer.h"
#include "documents/officiallayout.h"
#include "lifecycle/lifecycle.h"
#include "profile/ruleprofile.h"
#include "store/store.h"
#include "support/samplecase.h"

#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace huajie;

namespace {
// Late enough that every date of these stories is in the past.
const QDate kToday(2026, 12, 31);

QDate d(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

QJsonObject json(const char *text)
{
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(text));
    REQUIRE(document.isObject());
    return document.object();
}

struct Desk
{
    test::TempDatabase file;
    std::unique_ptr<Store> store;
    qint64 caseId = 0;

    explicit Desk(const char *source, const char *profile = "lushan")
    {
        auto opened = Store::open(file.path(), StoreAccess::Create);
        REQUIRE(opened.ok());
        store = std::move(opened).value();
        REQUIRE(store->chooseProfile(QString::fromLatin1(profile)).ok());
        CaseRecord c = test::sampleCase();
        c.source = QString::fromLatin1(source);
        c = test::offeredBy(store->deadlineSetup().profile.vocabularies, c);
        auto registered = store->cases().registerCase(c, test::kToday);
        INFO((registered.ok() ? std::string() : registered.error().describe().toStdString()));
        REQUIRE(registered.ok());
        caseId = registered.value().id;
    }

    CaseRecord record() const
    {
        auto loaded = store->cases().load(caseId);
        REQUIRE(loaded.ok());
        return loaded.value();
    }

    Result<CaseRecord> act(const char *action, const char *input)
    {
        return store->cases().transition(caseId, QString::fromLatin1(action), json(input), kToday);
    }

    void done(const char *action, const char *input)
    {
        auto moved = act(action, input);
        INFO(action << ": "
                    << (moved.ok() ? std::string() : moved.error().describe().toStdString()));
        REQUIRE(moved.ok());
    }

    QString refusal(const char *action, const char *input)
    {
        auto moved = act(action, input);
        REQUIRE_FALSE(moved.ok());
        return moved.error().describe();
    }

    std::optional<CaseDeadline> deadline(const char *id, const QDate &on) const
    {
        for (const CaseDeadline &deadline : evaluateDeadlines(
                 record(), store->deadlineSetup().profile, store->deadlineSetup().calendar, on))
            if (deadline.rule.id == QLatin1String(id))
                return deadline;
        return std::nullopt;
    }

    ActionAvailability availability(const char *code) const
    {
        for (const ActionAvailability &a : store->cases().availableActions(record(), test::kToday))
            if (QLatin1String(a.action->code) == QLatin1String(code))
                return a;
        FAIL("no action " << code);
        return {};
    }

    void insider(const QString &sql)
    {
        QSqlQuery q(store->connection());
        REQUIRE(q.exec(sql));
    }

    // What `huajie-cli verify` checks of the record: the chain and each case's rows.
    bool intact() const
    {
        auto verified = store->events().verify();
        REQUIRE(verified.ok());
        return verified.value().intact();
    }
};

// The document as the desk prints it, through a PDF read back as text with
// the white space taken out.
QString printed(Desk &desk, const char *kind)
{
    auto html = DocumentComposer(*desk.store)
                    .preview(desk.record(), QString::fromLatin1(kind), test::kToday);
    INFO(kind << ": " << (html.ok() ? std::string() : html.error().describe().toStdString()));
    REQUIRE(html.ok());
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("document.pdf"));
    auto written = OfficialLayout::writePdf(html.value(), QString::fromLatin1(kind), path);
    REQUIRE(written.ok());
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"),
                    {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    REQUIRE(pdftotext.waitForFinished(30000));
    REQUIRE(pdftotext.exitCode() == 0);
    static const QRegularExpression space(QStringLiteral(R"(\s+)"));
    return QString::fromUtf8(pdftotext.readAllStandardOutput()).remove(space);
}

const char *kAccepted = R"({"acceptedOn": "2026-11-10"})";
const char *kInvited = R"({"sentOn": "2026-11-21", "invited": "procuratorate"})";
const char *kReceived = R"({"invited": "procuratorate", "receivedOn": "2026-11-23"})";
} // namespace

TEST_CASE("The lushan profile sets early involvement from the seed; the others have none",
          "[earlyinvolvement][profile]")
{
    auto lushan = RuleProfile::load(QStringLiteral("lushan"));
    REQUIRE(lushan.ok());
    const EarlyInvolvement &early = lushan.value().earlyInvolvement;
    CHECK(early.enabled);
    CHECK(early.rules == QStringLiteral("《关于共同推进行政争议实质性化解的实施办法（试行）》"));
    const InvitationRoute *reconsideration = early.routeFor(QStringLiteral("reconsideration"));
    REQUIRE(reconsideration);
    CHECK(reconsideration->inviter == QStringLiteral("government_office"));
    CHECK(reconsideration->invited == QStringList{QStringLiteral("procuratorate")});
    CHECK(reconsideration->afterAcceptance);
    CHECK(reconsideration->article == QStringLiteral("第四条"));
    REQUIRE(early.routeFor(QStringLiteral("court")));
    CHECK(early.routeFor(QStringLiteral("court"))->invited.size() == 2);
    REQUIRE(early.routeFor(QStringLiteral("procuratorate")));
    CHECK_FALSE(early.routeFor(QStringLiteral("petition")));
    const DeadlineRule *invite = lushan.value().ruleDoneBy(QStringLiteral("invitationSentOn"));
    REQUIRE(invite);
    CHECK(invite->start == QStringLiteral("reconsiderationAcceptedOn"));
    CHECK(invite->period.length == 30);
    CHECK(invite->source.contains(QStringLiteral("第四条")));
    const DeadlineRule *reply = lushan.value().ruleDoneBy(QStringLiteral("invitationAnsweredOn"));
    REQUIRE(reply);
    CHECK(reply->start == QStringLiteral("invitationReceivedOn"));
    CHECK(reply->period.length == 3);
    for (const char *id : {"shizuishan", "wenxian", "zhongxiang", "ruzhou"}) {
        INFO(id);
        auto profile = RuleProfile::load(QString::fromLatin1(id));
        REQUIRE(profile.ok());
        CHECK_FALSE(profile.value().earlyInvolvement.enabled);
        CHECK_FALSE(profile.value().earlyInvolvement.source.isEmpty());
    }
}

TEST_CASE("A center's early involvement that is wrong is refused naming where",
          "[earlyinvolvement][profile]")
{
    const auto refusal = [](const char *early) {
        const QByteArray json =
            QByteArray(R"({"id": "x", "name": {"en": "X"}, "earlyInvolvement": )") + early + "}";
        auto profile = RuleProfile::fromJson(json, QStringLiteral("x.json"));
        REQUIRE_FALSE(profile.ok());
        return profile.error().message;
    };
    const char *bodies = R"("bodies": [{"code": "court", "name": {"en": "C", "zh_CN": "法院"}},
        {"code": "procuratorate", "name": {"en": "P", "zh_CN": "检察院"}}])";
    const auto with = [&](const char *rest) {
        return QByteArray(R"({"enabled": true, "rules": "《办法》", "procedure": "第四条", )") +
               bodies + ", " + rest + "}";
    };
    CHECK(refusal(R"({"enabled": "yes"})").contains(QStringLiteral("earlyInvolvement.enabled")));
    CHECK(refusal(R"({"enabeld": true})").contains(QStringLiteral("earlyInvolvement.enabeld")));
    CHECK(refusal(R"({"enabled": true})").contains(QStringLiteral("earlyInvolvement.invitations")));
    CHECK(refusal(R"({"bodies": [{"code": "mayor", "name": {"en": "M", "zh_CN": "市长"}}]})")
              .contains(QStringLiteral("earlyInvolvement.bodies[0].code")));
    CHECK(refusal(R"({"bodies": [{"code": "court", "name": {"en": "C"}}]})")
              .contains(QStringLiteral("earlyInvolvement.bodies[0].name.zh_CN")));
    CHECK(refusal(with(R"("invitations": [{"channel": "moon", "inviter": "court",
        "invited": ["procuratorate"], "article": "第五条"}])")
                      .constData())
              .contains(QStringLiteral("earlyInvolvement.invitations[0].channel")));
    CHECK(refusal(with(R"("invitations": [{"channel": "court", "inviter": "government_office",
        "invited": ["procuratorate"], "article": "第五条"}])")
                      .constData())
              .contains(QStringLiteral("earlyInvolvement.invitations[0].inviter")));
    CHECK(refusal(with(R"("invitations": [{"channel": "court", "inviter": "court",
        "invited": ["court"], "article": "第五条"}])")
                      .constData())
              .contains(QStringLiteral("earlyInvolvement.invitations[0].invited[0]")));
    CHECK(refusal(with(R"("invitations": [{"channel": "court", "inviter": "court",
        "invited": [], "article": "第五条"}])")
                      .constData())
              .contains(QStringLiteral("earlyInvolvement.invitations[0].invited")));
    CHECK(refusal(with(R"("invitations": [{"channel": "court", "inviter": "court",
        "invited": ["procuratorate"]}])")
                      .constData())
              .contains(QStringLiteral("earlyInvolvement.invitations[0].article")));
    CHECK(refusal(with(R"("invitations": [
        {"channel": "court", "inviter": "court", "invited": ["procuratorate"], "article": "第五条"},
        {"channel": "court", "inviter": "procuratorate", "invited": ["court"], "article": "第六条"}])")
                      .constData())
              .contains(QStringLiteral("earlyInvolvement.invitations[1]")));
    // Without it a profile behaves as before: no such step.
    auto plain = RuleProfile::fromJson(R"({"id": "x", "name": {"en": "X"}})", QStringLiteral("x"));
    REQUIRE(plain.ok());
    CHECK_FALSE(plain.value().earlyInvolvement.enabled);
}

TEST_CASE("A reconsideration case goes through 第四条: accepted, invited, received, answered",
          "[earlyinvolvement][lifecycle]")
{
    Desk desk("reconsideration");
    CHECK_FALSE(desk.availability("send_invitation").enabled);
    CHECK(desk.refusal("send_invitation", kInvited)
              .contains(QStringLiteral("Record first when the reconsideration")));
    // Accepted by the government office before the case came to the center.
    desk.done("accept_reconsideration", kAccepted);
    CHECK(desk.record().progress.reconsiderationAcceptedOn == d("2026-11-10"));
    CHECK(desk.refusal("accept_reconsideration", kAccepted).contains(QStringLiteral("already")));

    auto invite = desk.deadline("D9", d("2026-11-20"));
    REQUIRE(invite);
    CHECK(invite->deadline.due == d("2026-12-10"));
    CHECK(invite->status == CaseDeadline::Status::Open);
    CHECK_FALSE(desk.deadline("D10", d("2026-11-20")));

    CHECK(desk.refusal("send_invitation", R"({"sentOn": "2026-11-21", "invited": "court"})")
              .contains(QStringLiteral("第四条")));
    CHECK(
        desk.refusal("send_invitation",
                     R"({"sentOn": "2026-11-21", "inviter": "court", "invited": "procuratorate"})")
            .contains(QStringLiteral("第四条")));
    CHECK(desk.refusal("send_invitation", R"({"sentOn": "2026-11-09", "invited": "procuratorate"})")
              .contains(QStringLiteral("accepted")));
    CHECK(desk.refusal("record_invitation_receipt", kReceived)
              .contains(QStringLiteral("No invitation sent")));
    desk.done("send_invitation", kInvited);
    CHECK(desk.deadline("D9", kToday)->status == CaseDeadline::Status::Done);
    CHECK_FALSE(desk.availability("send_invitation").enabled);
    CHECK(desk.refusal("record_invitation_reply",
                       R"({"invited": "procuratorate", "answeredOn": "2026-11-24",
                           "answer": "declines"})")
              .contains(QStringLiteral("No invitation received")));
    CHECK(desk.refusal("record_invitation_receipt",
                       R"({"invited": "procuratorate", "receivedOn": "2026-11-20"})")
              .contains(QStringLiteral("2026-11-21")));
    desk.done("record_invitation_receipt", kReceived);

    auto reply = desk.deadline("D10", d("2026-11-24"));
    REQUIRE(reply);
    CHECK(reply->deadline.due == d("2026-11-26"));
    CHECK(reply->status == CaseDeadline::Status::Open);
    CHECK(desk.deadline("D10", d("2026-11-26"))->status == CaseDeadline::Status::DueToday);
    CHECK(desk.deadline("D10", d("2026-11-28"))->status == CaseDeadline::Status::Overdue);

    CHECK(desk.refusal("record_invitation_reply",
                       R"({"invited": "procuratorate", "answeredOn": "2026-11-25",
                           "answer": "takes_part"})")
              .contains(QStringLiteral("Person sent")));
    CHECK(desk.refusal("record_invitation_reply",
                       R"({"invited": "procuratorate", "answeredOn": "2026-11-25",
                           "answer": "maybe"})")
              .contains(QStringLiteral("takes_part")));
    SECTION("answered in time")
    {
        desk.done("record_invitation_reply",
                  R"({"invited": "procuratorate", "answeredOn": "2026-11-25",
                      "answer": "takes_part", "person": "李检察官", "note": "参与案件审查和监督"})");
        CHECK(desk.deadline("D10", kToday)->status == CaseDeadline::Status::Done);
        const Invitation &i = desk.record().progress.invitations.value(0);
        CHECK(i.answer == QStringLiteral("takes_part"));
        CHECK(i.person == QStringLiteral("李检察官"));
        CHECK(desk.refusal("record_invitation_reply",
                           R"({"invited": "procuratorate", "answeredOn": "2026-11-25",
                               "answer": "declines"})")
                  .contains(QStringLiteral("No invitation received")));
        // Each step is an event of the chain.
        auto history = desk.store->cases().history(desk.caseId);
        REQUIRE(history.ok());
        QStringList actions;
        for (const CaseEvent &e : history.value())
            actions.append(e.action);
        CHECK(actions.mid(actions.size() - 4) ==
              QStringList{QStringLiteral("accept_reconsideration"),
                          QStringLiteral("send_invitation"),
                          QStringLiteral("record_invitation_receipt"),
                          QStringLiteral("record_invitation_reply")});
    }
    SECTION("answered late")
    {
        desk.done("record_invitation_reply", R"({"invited": "procuratorate",
            "answeredOn": "2026-11-30", "answer": "declines"})");
        CHECK(desk.deadline("D10", kToday)->status == CaseDeadline::Status::DoneLate);
    }
}

TEST_CASE("An invitation not sent within 30 days of the acceptance lapses",
          "[earlyinvolvement][deadline]")
{
    Desk desk("reconsideration");
    desk.done("accept_reconsideration", kAccepted);
    // The office may invite (第四条第一款): a right that lapses, not a duty overdue.
    CHECK(desk.deadline("D9", d("2026-12-10"))->status == CaseDeadline::Status::DueToday);
    CHECK(desk.deadline("D9", d("2026-12-11"))->status == CaseDeadline::Status::Lapsed);
    desk.done("send_invitation", R"({"sentOn": "2026-12-12", "invited": "procuratorate"})");
    CHECK(desk.deadline("D9", kToday)->status == CaseDeadline::Status::DoneLate);
}

TEST_CASE("The court invites both other bodies and each answers (第五条、第七条)",
          "[earlyinvolvement][lifecycle]")
{
    Desk desk("court_in_trial");
    // What a form offers at each step: the bodies the route still waits for.
    const auto choices = [&](const char *action) {
        const CaseRecord c = desk.record();
        return Lifecycle::invitationChoices(QString::fromLatin1(action), QStringLiteral("invited"),
                                            c.progress,
                                            desk.store->cases().lifecycleContext(c, kToday));
    };
    const QStringList both{QStringLiteral("government_office"), QStringLiteral("procuratorate")};
    CHECK(choices("send_invitation") == both);
    CHECK(choices("record_invitation_receipt").isEmpty());
    CHECK(desk.refusal("accept_reconsideration", kAccepted)
              .contains(QStringLiteral("Only for reconsideration cases")));
    desk.done("send_invitation", R"({"sentOn": "2026-11-21", "inviter": "court",
        "invited": "government_office"})");
    CHECK(choices("send_invitation") == QStringList{QStringLiteral("procuratorate")});
    CHECK(choices("record_invitation_receipt") == QStringList{QStringLiteral("government_office")});
    CHECK(desk.refusal("send_invitation",
                       R"({"sentOn": "2026-11-21", "invited": "government_office"})")
              .contains(QStringLiteral("invited already")));
    desk.done("send_invitation", R"({"sentOn": "2026-11-22", "invited": "procuratorate"})");
    CHECK(desk.refusal("send_invitation", R"({"sentOn": "2026-11-22", "invited": "procuratorate"})")
              .contains(QStringLiteral("Every body")));
    CHECK_FALSE(desk.deadline("D9", kToday)); // no acceptance: nothing to count from
    desk.done("record_invitation_receipt",
              R"({"invited": "government_office", "receivedOn": "2026-11-22"})");
    desk.done("record_invitation_receipt",
              R"({"invited": "procuratorate", "receivedOn": "2026-11-24"})");
    CHECK(choices("record_invitation_reply") == both);
    // The government office answered late; the procuratorate is still to answer.
    desk.done("record_invitation_reply", R"({"invited": "government_office",
        "answeredOn": "2026-11-26", "answer": "takes_part", "person": "王主任"})");
    auto pending = desk.deadline("D10", d("2026-11-25"));
    REQUIRE(pending);
    CHECK(pending->request.start == d("2026-11-24"));
    CHECK(pending->status == CaseDeadline::Status::Open);
    desk.done("record_invitation_reply", R"({"invited": "procuratorate",
        "answeredOn": "2026-11-25", "answer": "declines"})");
    // Both answered: the one that took longest is what the deadline shows.
    CHECK(desk.deadline("D10", kToday)->status == CaseDeadline::Status::DoneLate);
    CHECK(desk.deadline("D10", kToday)->request.start == d("2026-11-22"));
}

TEST_CASE("Where the profile has no early involvement the steps are not offered",
          "[earlyinvolvement][lifecycle]")
{
    Desk shizuishan("reconsideration", "shizuishan");
    const ActionAvailability send = shizuishan.availability("send_invitation");
    CHECK_FALSE(send.enabled);
    CHECK(send.reason.contains(QStringLiteral("provide no invitation")));
    CHECK(shizuishan.refusal("accept_reconsideration", kAccepted)
              .contains(QStringLiteral("provide no invitation")));
    CHECK_FALSE(shizuishan.deadline("D9", kToday));
    // Lushan offers only the three sources its rules route (第四条至第六条).
}

TEST_CASE("The invitation and its reply print 第四条 and its periods",
          "[earlyinvolvement][documents]")
{
    Desk desk("reconsideration");
    SECTION("before anything is recorded, a form to send")
    {
        const QString letter = printed(desk, "invitation");
        CHECK(letter.contains(QStringLiteral("提前介入邀请函")));
        CHECK(letter.contains(QStringLiteral("鲁山县人民检察院行政检察部门：")));
        CHECK(letter.contains(QStringLiteral("第四条")));
        CHECK(letter.contains(QStringLiteral("30日")));
        CHECK(letter.contains(QStringLiteral("3日内书面回复")));
    }
    desk.done("accept_reconsideration", kAccepted);
    desk.done("send_invitation", kInvited);
    desk.done("record_invitation_receipt", kReceived);
    desk.done("record_invitation_reply", R"({"invited": "procuratorate",
        "answeredOn": "2026-11-25", "answer": "takes_part", "person": "李检察官"})");
    const QString letter = printed(desk, "invitation");
    CHECK(letter.contains(QStringLiteral(
        "鲁山县人民政府办公室于2026年11月10日受理张三、石嘴山市星海物流有限公司不服")));
    CHECK(letter.contains(
        QStringLiteral("根据《关于共同推进行政争议实质性化解的实施办法（试行）》第四条的规定")));
    CHECK(letter.contains(QStringLiteral("案件受理之日起30日内书面通知")));
    CHECK(letter.contains(QStringLiteral("二〇二六年十一月二十一日")));
    CHECK(letter.contains(QStringLiteral("（2026）化解字第")));
    const QString reply = printed(desk, "invitation-reply");
    CHECK(reply.contains(QStringLiteral("提前介入回复函")));
    CHECK(reply.contains(QStringLiteral("鲁山县人民政府办公室：")));
    CHECK(reply.contains(QStringLiteral("我单位已于2026年11月23日收到")));
    CHECK(reply.contains(QStringLiteral("派李检察官参与化解")));
    CHECK(reply.contains(QStringLiteral("3日内书面回复")));
    CHECK(reply.contains(QStringLiteral("第四条")));
    CHECK(reply.contains(QStringLiteral("鲁山县人民检察院")));
}

TEST_CASE("The invitations are in the record: verify passes, and finds a hand edit",
          "[earlyinvolvement][audit]")
{
    Desk desk("reconsideration");
    desk.done("accept_reconsideration", kAccepted);
    desk.done("send_invitation", kInvited);
    desk.done("record_invitation_receipt", kReceived);
    desk.done("record_invitation_reply", R"({"invited": "procuratorate",
        "answeredOn": "2026-11-25", "answer": "declines"})");
    CHECK(desk.intact());
    SECTION("the reply changed behind the program's back")
    {
        desk.insider(
            QStringLiteral(
                "UPDATE cases SET progress = json_set(progress, '$.invitations[0].answer', "
                "'takes_part') WHERE id = %1")
                .arg(desk.caseId));
        CHECK_FALSE(desk.intact());
    }
    SECTION("the acceptance moved to meet the deadline")
    {
        desk.insider(
            QStringLiteral(
                "UPDATE cases SET progress = json_set(progress, '$.reconsiderationAcceptedOn', "
                "'2026-11-20') WHERE id = %1")
                .arg(desk.caseId));
        CHECK_FALSE(desk.intact());
    }
}
