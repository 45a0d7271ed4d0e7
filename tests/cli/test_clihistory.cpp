// What case history shows of an edit, as a mediator reads it.
#include "store/store.h"
#include "support/englishwords.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace huajie;

namespace {
// The real huajie-cli, in the language of `locale`.
QString runIn(const char *locale, const QStringList &arguments, const QByteArray &input = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HUAJIE_TODAY"), QStringLiteral("2026-11-25"));
    env.insert(QStringLiteral("LANG"), QString::fromLatin1(locale));
    env.insert(QStringLiteral("LC_ALL"), QString::fromLatin1(locale));
    env.insert(QStringLiteral("HUAJIE_USER"), QStringLiteral("赵志明"));
    env.remove(QStringLiteral("LANGUAGE"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(HUAJIE_CLI), arguments);
    REQUIRE(process.waitForStarted());
    process.write(input);
    process.closeWriteChannel();
    REQUIRE(process.waitForFinished(60000));
    INFO(process.readAllStandardError().toStdString());
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

QByteArray readmeExample()
{
    QFile readme(QStringLiteral(HUAJIE_README));
    REQUIRE(readme.open(QIODevice::ReadOnly));
    static const QRegularExpression block(QStringLiteral("```json\\n(\\{.*?\\n\\})\\n```"),
                                          QRegularExpression::DotMatchesEverythingOption);
    const auto match = block.match(QString::fromUtf8(readme.readAll()));
    REQUIRE(match.hasMatch());
    return match.captured(1).toUtf8();
}
} // namespace

TEST_CASE("case history shows each field an edit changed, with its party, old and new value",
          "[cli][history]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("history.sqlite"));
    const QStringList withDb{QStringLiteral("--db"), db};
    runIn("C.UTF-8", withDb + QStringList{QStringLiteral("init")});
    const QString number =
        runIn("C.UTF-8",
              withDb + QStringList{QStringLiteral("case"), QStringLiteral("add"),
                                   QStringLiteral("--json"), QStringLiteral("-")},
              readmeExample())
            .trimmed();
    REQUIRE_FALSE(number.isEmpty());
    {
        // Edited as the desk's form saves it.
        auto store = Store::open(db).value();
        CaseRecord c = store->cases().loadByNumber(number).value();
        c.parties[0].phone = QStringLiteral("13900000000");
        c.parties[0].agents[0].organisation = QStringLiteral("宁夏石嘴山律师事务所");
        c.parties[1].address = QStringLiteral("惠农区北大街9号");
        REQUIRE(store->cases().updateCase(c, QDate(2026, 11, 25)).ok());
    }
    const QStringList history =
        withDb + QStringList{QStringLiteral("case"), QStringLiteral("history"), number};

    const QString english = runIn("C.UTF-8", history);
    CHECK(english.contains(QStringLiteral("Applicant 张三, Phone: 13800000000 → 13900000000")));

    const QString chinese = runIn("zh_CN.UTF-8", history);
    INFO(chinese.toStdString());
    CHECK(chinese.contains(QStringLiteral("申请人张三的联系电话：13800000000 → 13900000000")));
    CHECK(chinese.contains(QStringLiteral(
        "申请人张三的委托代理人李律师的所在单位：宁夏贺兰律师事务所 → 宁夏石嘴山律师事务所")));
    CHECK(chinese.contains(
        QStringLiteral("申请人石嘴山市星海物流有限公司的地址：惠农区南大街8号 → 惠农区北大街9号")));
}

TEST_CASE("case history speaks Chinese: each event, state and reason by its name",
          "[cli][history][i18n]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("history.sqlite"));
    const QStringList withDb{QStringLiteral("--db"), db};
    runIn("C.UTF-8", withDb + QStringList{QStringLiteral("init")});
    const auto run = [&](const QStringList &arguments, const QByteArray &input = {}) {
        return runIn("zh_CN.UTF-8", withDb + arguments, input).trimmed();
    };
    const QString number = run({QStringLiteral("case"), QStringLiteral("add"),
                                QStringLiteral("--json"), QStringLiteral("-")},
                               readmeExample());
    REQUIRE_FALSE(number.isEmpty());
    const auto transition = [&](const char *action, const QByteArray &input) {
        run({QStringLiteral("case"), QStringLiteral("transition"), number,
             QString::fromLatin1(action), QStringLiteral("--json"), QStringLiteral("-")},
            input);
    };
    transition("notify_agency", R"({"dispatchedOn": "2026-11-21"})");
    run({QStringLiteral("case"), QStringLiteral("correct"), number, QStringLiteral("--json"),
         QStringLiteral("-"), QStringLiteral("--reason=发送日期录入错误")},
        R"({"dispatchedOn": "2026-11-22"})");
    transition("record_notice_receipt", R"({"receivedOn": "2026-11-23"})");
    const QString session = run({QStringLiteral("session"), QStringLiteral("add"), number,
                                 QStringLiteral("--json"), QStringLiteral("-")},
                                R"({"kind": "hearing", "start": "2026-11-30T09:30", "duration": 90,
                "place": "石嘴山市中级人民法院第三法庭", "noticeOn": "2026-11-25"})");
    run({QStringLiteral("session"), QStringLiteral("cancel"), session,
         QStringLiteral("--reason=申请人住院")});
    {
        // Edited as the desk's form saves it.
        qputenv("HUAJIE_USER", QByteArrayLiteral("赵志明"));
        auto store = Store::open(db).value();
        CaseRecord c = store->cases().loadByNumber(number).value();
        c.parties[0].phone = QStringLiteral("13900000000");
        REQUIRE(store->cases().updateCase(c, QDate(2026, 11, 25)).ok());
    }

    const QString shown = run({QStringLiteral("case"), QStringLiteral("history"), number});
    INFO(shown.toStdString());
    CHECK(shown.count(QLatin1Char('\n')) >= 6);
    CHECK(shown.contains(QStringLiteral("发送日期录入错误")));
    CHECK(shown.contains(QStringLiteral("申请人住院")));
    const QStringList english = huajie::test::englishWords(shown);
    INFO("English: " << english.join(QStringLiteral(", ")).toStdString());
    CHECK(english.isEmpty());

    // The JSON keeps the codes.
    const QString json =
        run({QStringLiteral("case"), QStringLiteral("history"), number, QStringLiteral("--json")});
    const QJsonArray events = QJsonDocument::fromJson(json.toUtf8()).array();
    REQUIRE(events.size() >= 2);
    CHECK(events[1].toObject().value(QStringLiteral("action")).toString() ==
          QStringLiteral("notify_agency"));
}
