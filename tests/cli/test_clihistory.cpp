// What case history shows of an edit, as a mediator reads it.
#include "store/store.h"

#include <QFile>
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
