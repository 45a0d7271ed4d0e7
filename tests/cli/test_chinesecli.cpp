// Under a Chinese locale huajie-cli says what went wrong in Chinese: the
// real binary, with the environment a Chinese desk has.
#include "support/englishwords.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

namespace {
struct Run
{
    int code;
    QString out;
    QString err;
};

// A database and settings of its own, under zh_CN.
class ChineseDesk
{
public:
    Run cli(const QStringList &arguments, const QByteArray &input = {}) const
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HUAJIE_TODAY"), QStringLiteral("2026-11-25"));
        // What a Chinese desktop sets; the program reads the locale from it
        // (QLocale::system()), whether or not the C library has it generated.
        env.insert(QStringLiteral("LANG"), QStringLiteral("zh_CN.UTF-8"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("zh_CN.UTF-8"));
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("zh_CN"));
        // No language chosen in the settings: the system's is used.
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        // Else Qt warns, in English, of a runtime folder it had to choose.
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_dir.path());
        process.setProcessEnvironment(env);
        process.start(
            QStringLiteral(HUAJIE_CLI),
            QStringList{QStringLiteral("--db"), m_dir.filePath(QStringLiteral("zh.sqlite"))} +
                arguments);
        REQUIRE(process.waitForStarted());
        process.write(input);
        process.closeWriteChannel();
        REQUIRE(process.waitForFinished(60000));
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

private:
    QTemporaryDir m_dir;
};

QStringList args(std::initializer_list<const char *> words)
{
    QStringList list;
    for (const char *w : words)
        list << QString::fromUtf8(w);
    return list;
}

const char *kCase = R"({"registeredOn": "2026-11-20", "source": "court_pre_filing",
  "referringUnit": "石嘴山市中级人民法院", "leadMediator": "赵志明",
  "dispute": {"act": "石嘴山市自然资源局房屋征收补偿决定", "actKind": "expropriation",
    "domain": "natural_resources", "claims": "撤销补偿决定", "summary": "对补偿标准有异议",
    "suitabilityGround": "policy_history"},
  "consent": {"date": "2026-11-18", "form": "written_application"},
  "parties": [{"role": "applicant", "kind": "person", "name": "张三", "idNumber": "11010519491231002X",
    "address": "大武口区朝阳西街1号", "phone": "13800000000"},
    {"role": "agency", "name": "石嘴山市自然资源局", "lead": true}]})";
const QString kNumber = QStringLiteral("（2026）化解字第1号");

// The error's own lines: what the program says before the help it appends
// to a usage error (the help's option and command names are the commands
// themselves).
QString errorLines(const QString &err)
{
    QStringList lines;
    for (const QString &line : err.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        static const QRegularExpression help(QStringLiteral("^(用法|Usage|命令：|Commands:)"));
        if (line.contains(help))
            break;
        lines << line;
    }
    return lines.join(QLatin1Char('\n'));
}
} // namespace

TEST_CASE("Under zh_CN huajie-cli's errors are in Chinese", "[cli][zh]")
{
    ChineseDesk desk;
    REQUIRE(desk.cli(args({"init"})).code == 0);
    const Run added = desk.cli(args({"case", "add", "--json", "-"}), kCase);
    INFO(added.err.toStdString());
    REQUIRE(added.code == 0);
    REQUIRE(added.out.contains(kNumber));

    // Each: what is run, its input, and the words the user typed (named back as codes).
    struct Mistake
    {
        QStringList arguments;
        QByteArray input;
        QStringList typed;
    };
    const QString n = kNumber;
    // The sample case with the referral's dates.
    const auto referral = [](const char *received, const char *referred) {
        QJsonObject c = QJsonDocument::fromJson(kCase).object();
        c.insert(QStringLiteral("courtReceivedOn"), QString::fromLatin1(received));
        c.insert(QStringLiteral("referredOn"), QString::fromLatin1(referred));
        return QJsonDocument(c).toJson();
    };
    const std::vector<Mistake> mistakes = {
        // The referral's dates after registration, out of order, or not dates.
        {args({"case", "add", "--json", "-"}), referral("2026-11-16", "2026-11-21"), {}},
        {args({"case", "add", "--json", "-"}), referral("2026-11-17", "2026-11-16"), {}},
        {args({"case", "add", "--json", "-"}),
         referral("2026-11-32", ""),
         {QStringLiteral("courtReceivedOn"), QStringLiteral("2026-11-32")}},
        // Usage errors.
        {args({"frobnicate"}), {}, {QStringLiteral("frobnicate")}},
        {args({"case", "show"}), {}, {}},
        {args({"case", "add"}), {}, {}},
        {args({"case", "list", "--colour"}), {}, {QStringLiteral("colour")}},
        {args({"demo", "--cases", "many"}), {}, {QStringLiteral("many")}},
        // An unknown case.
        {args({"case", "show", "（2026）化解字第99号"}), {}, {}},
        {args({"case", "transition", "（2026）化解字第99号", "close"}),
         {},
         {QStringLiteral("close")}},
        // Bad JSON.
        {args({"case", "add", "--json", "-"}), "{\"registeredOn\": ", {}},
        {args({"case", "add", "--json", "-"}), "[1, 2]", {}},
        {args({"case", "add", "--json", "/nonexistent/case.json"}), {}, {}},
        {args({"case", "add", "--json", "-"}),
         R"({"registeredOn": "2026-11-20"})",
         {QStringLiteral("registeredOn")}},
        // Refused actions.
        {QStringList{QStringLiteral("case"), QStringLiteral("transition"), n,
                     QStringLiteral("start_mediation"), QStringLiteral("--json"),
                     QStringLiteral("-")},
         R"({"startedOn": "2026-11-24"})",
         {QStringLiteral("startedOn")}},
        {QStringList{QStringLiteral("case"), QStringLiteral("transition"), n,
                     QStringLiteral("notify_agency"), QStringLiteral("--json"),
                     QStringLiteral("-")},
         R"({"dispatchedOn": "2026-12-01"})",
         {QStringLiteral("dispatchedOn")}},
        {QStringList{QStringLiteral("case"), QStringLiteral("transition"), n,
                     QStringLiteral("notify_agency"), QStringLiteral("--json"),
                     QStringLiteral("-")},
         R"({"receivedOn": "2026-11-21"})",
         {QStringLiteral("receivedOn")}},
        {QStringList{QStringLiteral("case"), QStringLiteral("transition"), n,
                     QStringLiteral("terminate"), QStringLiteral("--json"), QStringLiteral("-")},
         R"({"terminatedOn": "2026-11-22", "reason": "agency_absent"})",
         {QStringLiteral("terminatedOn"), QStringLiteral("reason"),
          QStringLiteral("agency_absent")}},
    };
    for (const Mistake &m : mistakes) {
        const Run run = desk.cli(m.arguments, m.input);
        const QString said = errorLines(run.err);
        QString shown = said;
        for (const QString &code : m.typed)
            shown.replace(code, QStringLiteral("·"));
        // Options are named as they are typed.
        shown.remove(QRegularExpression(QStringLiteral("--[a-z-]+")));
        const QStringList english = huajie::test::englishWords(shown);
        INFO("huajie-cli " << m.arguments.join(QLatin1Char(' ')).toStdString() << " <<< "
                           << m.input.toStdString() << "\n  says: " << said.toStdString()
                           << "\n  English: " << english.join(QStringLiteral(", ")).toStdString());
        CHECK(run.code != 0);
        CHECK_FALSE(said.isEmpty());
        CHECK(english.isEmpty());
    }
}

TEST_CASE("Under zh_CN huajie-cli names the referral's date it refuses", "[cli][zh]")
{
    ChineseDesk desk;
    REQUIRE(desk.cli(args({"init"})).code == 0);
    QJsonObject c = QJsonDocument::fromJson(kCase).object();
    c.insert(QStringLiteral("referredOn"), QStringLiteral("2026-11-21"));
    const Run refused = desk.cli(args({"case", "add", "--json", "-"}), QJsonDocument(c).toJson());
    CHECK(refused.code != 0);
    CHECK(refused.err.contains(QStringLiteral("委托日期")));
    CHECK(refused.err.contains(QStringLiteral("2026-11-20")));
    c.insert(QStringLiteral("courtReceivedOn"), QStringLiteral("2026-11-16"));
    c.insert(QStringLiteral("referredOn"), QStringLiteral("2026-11-19"));
    const Run added = desk.cli(args({"case", "add", "--json", "-"}), QJsonDocument(c).toJson());
    INFO(added.err.toStdString());
    REQUIRE(added.code == 0);
    const Run shown = desk.cli(QStringList{QStringLiteral("case"), QStringLiteral("show"), kNumber,
                                           QStringLiteral("--json")});
    REQUIRE(shown.code == 0);
    const QJsonObject back = QJsonDocument::fromJson(shown.out.toUtf8()).object();
    CHECK(back.value(QStringLiteral("referredOn")).toString() == QStringLiteral("2026-11-19"));
    CHECK(back.value(QStringLiteral("courtReceivedOn")).toString() == QStringLiteral("2026-11-16"));
    // The referral's month runs from 2026-11-19: 2026-12-19 is a Saturday.
    const Run deadlines =
        desk.cli(QStringList{QStringLiteral("case"), QStringLiteral("deadlines"), kNumber});
    REQUIRE(deadlines.code == 0);
    CHECK(deadlines.out.contains(QStringLiteral("D8\t2026-12-21")));
}

TEST_CASE("Under zh_CN huajie-cli case actions gives each refusal's reason in Chinese", "[cli][zh]")
{
    ChineseDesk desk;
    REQUIRE(desk.cli(args({"init"})).code == 0);
    REQUIRE(desk.cli(args({"case", "add", "--json", "-"}), kCase).code == 0);
    const Run actions =
        desk.cli(QStringList{QStringLiteral("case"), QStringLiteral("actions"), kNumber});
    REQUIRE(actions.code == 0);
    REQUIRE(actions.out.contains(QStringLiteral("仅在案件处于以下状态时可用")));
    // Each line: "- code  label  {keys}  (reason)": the code and keys are
    // what is typed; the label and reason are in Chinese.
    for (const QString &line : actions.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        QString shown = line;
        shown.remove(QRegularExpression(QStringLiteral("^[+-] [a-z_]+")));
        shown.remove(QRegularExpression(QStringLiteral("\\{[^}]*\\}")));
        const QStringList english = huajie::test::englishWords(shown);
        INFO(line.toStdString() << "\n  English: "
                                << english.join(QStringLiteral(", ")).toStdString());
        CHECK(english.isEmpty());
    }
}

TEST_CASE("Under zh_CN huajie-cli backup list says why each copy was made in Chinese",
          "[cli][zh][backup]")
{
    ChineseDesk desk;
    REQUIRE(desk.cli(args({"init"})).code == 0);
    REQUIRE(desk.cli(args({"backup"})).code == 0);
    const Run list = desk.cli(args({"backup", "list"}));
    REQUIRE(list.code == 0);
    const QStringList lines = list.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE_FALSE(lines.isEmpty());
    // Each line: the time, why, the file (a name the program gives, in codes).
    for (const QString &line : lines) {
        const QStringList fields = line.split(QLatin1Char('\t'));
        REQUIRE(fields.size() == 3);
        const QStringList english = huajie::test::englishWords(fields[1]);
        INFO(line.toStdString());
        CHECK(english.isEmpty());
    }
}

TEST_CASE("Under zh_CN huajie-cli case add refuses a code the center's profile does not offer",
          "[cli][zh][vocabularies]")
{
    ChineseDesk desk;
    REQUIRE(desk.cli(args({"init"})).code == 0);
    REQUIRE(desk.cli(args({"profile", "use", "lushan"})).code == 0);

    // A Shizuishan case: Lushan takes no case before filing, nor S0's grounds.
    const Run refused = desk.cli(args({"case", "add", "--json", "-"}), kCase);
    CHECK(refused.code != 0);
    CHECK(refused.out.isEmpty());
    CHECK(refused.err.contains(QStringLiteral("案件来源")));
    CHECK(refused.err.contains(QStringLiteral("“法院诉前委派”不在本中心规则方案提供的范围内")));
    CHECK(refused.err.contains(QStringLiteral("行政复议、法院诉中委派、检察院")));

    const Run offered = desk.cli(args({"profile", "vocabularies"}));
    REQUIRE(offered.code == 0);
    CHECK(offered.out.contains(QStringLiteral("judgment_no_remedy")));
    CHECK(offered.out.contains(QStringLiteral("鲁山实施办法第三条（二）")));
    CHECK_FALSE(offered.out.contains(QStringLiteral("court_pre_filing")));
    const Run json = desk.cli(args({"profile", "vocabularies", "--json"}));
    REQUIRE(json.code == 0);
    const QJsonObject lists = QJsonDocument::fromJson(json.out.toUtf8()).object();
    CHECK(lists.value(QStringLiteral("suitabilityGrounds")).toArray().size() == 6);

    QByteArray lushanCase(kCase);
    lushanCase.replace("court_pre_filing", "court_in_trial");
    lushanCase.replace("policy_history", "judgment_no_remedy");
    const Run added = desk.cli(args({"case", "add", "--json", "-"}), lushanCase);
    INFO(added.err.toStdString());
    CHECK(added.code == 0);
    CHECK(added.out.contains(kNumber));
}
