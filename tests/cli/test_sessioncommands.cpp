#include "store/store.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace huajie;

namespace {
struct Run
{
    int code;
    QString out;
    QString err;
};

// The real huajie-cli on a database of its own, on 2026-11-25 (a Wednesday).
class SessionCli
{
public:
    SessionCli()
    {
        REQUIRE(run({QStringLiteral("init")}).code == 0);
        REQUIRE(run({QStringLiteral("case"), QStringLiteral("add"), QStringLiteral("--json"),
                     QStringLiteral("-")},
                    kCase)
                    .code == 0);
        auto store = Store::open(path());
        REQUIRE(store.ok());
        for (const char *room : {"第一调解室", "第二调解室"})
            REQUIRE(store.value()
                        ->directories()
                        .save(DirectoryKind::Rooms, {0, {QString::fromUtf8(room)}})
                        .ok());
    }

    QString path() const { return m_dir.filePath(QStringLiteral("sessions.sqlite")); }

    Run run(const QStringList &arguments, const QByteArray &input = {}) const
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HUAJIE_TODAY"), QStringLiteral("2026-11-25"));
        env.insert(QStringLiteral("HUAJIE_USER"), QStringLiteral("赵志明"));
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(HUAJIE_CLI),
                      QStringList{QStringLiteral("--db"), path()} + arguments);
        REQUIRE(process.waitForStarted());
        process.write(input);
        process.closeWriteChannel();
        REQUIRE(process.waitForFinished(60000));
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    // Schedules a session of the case; its id.
    QString add(const char *start, const char *room) const
    {
        const Run added =
            run({QStringLiteral("session"), QStringLiteral("add"), kNumber,
                 QStringLiteral("--json"), QStringLiteral("-")},
                QStringLiteral(R"({"start": "%1", "room": "%2", "noticeOn": "2026-11-20"})")
                    .arg(QString::fromLatin1(start), QString::fromUtf8(room))
                    .toUtf8());
        INFO(added.err.toStdString());
        REQUIRE(added.code == 0);
        return added.out.trimmed();
    }

    QJsonArray listed() const
    {
        const Run list =
            run({QStringLiteral("session"), QStringLiteral("list"), QStringLiteral("--from"),
                 QStringLiteral("2026-11-01"), QStringLiteral("--to"), QStringLiteral("2026-12-31"),
                 QStringLiteral("--json")});
        REQUIRE(list.code == 0);
        return QJsonDocument::fromJson(list.out.toUtf8()).array();
    }

    const QString kNumber = QStringLiteral("（2026）化解字第1号");

private:
    static constexpr const char *kCase = R"({
      "registeredOn": "2026-11-20", "source": "court_pre_filing",
      "referringUnit": "石嘴山市中级人民法院", "judge": "马立新", "leadMediator": "赵志明",
      "dispute": {"act": "房屋征收补偿决定", "actKind": "expropriation", "persons": 2,
                  "suitabilityGround": "policy_history", "claims": "撤销"},
      "consent": {"date": "2026-11-18", "form": "written_application"},
      "parties": [
        {"role": "applicant", "kind": "person", "name": "张三",
         "agents": [{"name": "李律师", "authority": "special"}]},
        {"role": "applicant", "kind": "organisation", "name": "石嘴山市星海物流有限公司",
         "creditCode": "91350100M000100Y43", "legalRepresentative": "王五"},
        {"role": "agency", "name": "石嘴山市自然资源局", "lead": true}]})";
    QTemporaryDir m_dir;
};

QStringList session(const char *command, const QString &id = {})
{
    QStringList words{QStringLiteral("session"), QString::fromLatin1(command)};
    if (!id.isEmpty())
        words.append(id);
    return words;
}
} // namespace

TEST_CASE("session reschedule moves a session with a reason, checked again, and names whom to tell",
          "[cli][sessions][correct]")
{
    SessionCli cli;
    const QString id = cli.add("2026-11-30T09:30", "第一调解室");
    const QStringList reschedule = session("reschedule", id);

    CHECK(cli.run(session("reschedule")).code == 2);
    CHECK(cli.run(reschedule + QStringList{QStringLiteral("--reason"), QStringLiteral("改期")})
              .code == 2); // no --start
    CHECK(cli.run(session("reschedule", id) + QStringList{QStringLiteral("--bogus")}).code == 2);
    Run run = cli.run(session("reschedule", QStringLiteral("x7")) +
                      QStringList{QStringLiteral("--start"), QStringLiteral("2026-12-01T09:30"),
                                  QStringLiteral("--reason"), QStringLiteral("改期")});
    CHECK(run.code == 1);
    CHECK(run.err.contains(QStringLiteral("session's id")));
    run = cli.run(session("reschedule", QStringLiteral("99")) +
                  QStringList{QStringLiteral("--start"), QStringLiteral("2026-12-01T09:30"),
                              QStringLiteral("--reason"), QStringLiteral("改期")});
    CHECK(run.code == 1);
    CHECK(run.err.contains(QStringLiteral("no session 99")));
    run = cli.run(reschedule +
                  QStringList{QStringLiteral("--start"), QStringLiteral("2026-12-01T09:30")});
    CHECK(run.code == 1); // no reason
    CHECK(run.err.contains(QStringLiteral("say why")));
    run = cli.run(reschedule + QStringList{QStringLiteral("--start"), QStringLiteral("next monday"),
                                           QStringLiteral("--reason"), QStringLiteral("改期")});
    CHECK(run.code == 1);
    CHECK(run.err.contains(QStringLiteral("--start")));
    // Notified again today, Friday is too soon without a reason for it.
    run = cli.run(reschedule + QStringList{QStringLiteral("--start"),
                                           QStringLiteral("2026-11-27T09:30"),
                                           QStringLiteral("--reason"), QStringLiteral("改期")});
    CHECK(run.code == 1);
    CHECK(run.err.contains(QStringLiteral("give a reason")));
    run = cli.run(reschedule + QStringList{QStringLiteral("--start"),
                                           QStringLiteral("2026-12-01T09:30"),
                                           QStringLiteral("--room"), QStringLiteral("大礼堂"),
                                           QStringLiteral("--reason"), QStringLiteral("改期")});
    CHECK(run.code == 1);
    CHECK(run.err.contains(QStringLiteral("no room named")));
    CHECK(cli.listed().first().toObject().value(QStringLiteral("start")).toString() ==
          QStringLiteral("2026-11-30T09:30"));

    // Onto a room booked at that time: refused, naming the other session.
    const QString other = cli.add("2026-12-01T14:00", "第二调解室");
    run = cli.run(reschedule + QStringList{QStringLiteral("--start"),
                                           QStringLiteral("2026-12-01T14:30"),
                                           QStringLiteral("--room"), QStringLiteral("第二调解室"),
                                           QStringLiteral("--reason"), QStringLiteral("改期")});
    CHECK(run.code == 1);
    CHECK(run.err.contains(QStringLiteral("第二调解室 is booked")));

    run = cli.run(reschedule +
                  QStringList{QStringLiteral("--start"), QStringLiteral("2026-12-02T14:30"),
                              QStringLiteral("--room"), QStringLiteral("第二调解室"),
                              QStringLiteral("--reason"), QStringLiteral("申请人请假")});
    INFO(run.err.toStdString());
    REQUIRE(run.code == 0);
    CHECK(run.out.contains(QStringLiteral("2026-12-02 14:30")));
    CHECK(run.out.contains(QStringLiteral("To be notified again")));
    for (const char *name : {"张三", "李律师", "王五", "石嘴山市自然资源局", "赵志明", "马立新"})
        CHECK(run.out.contains(QString::fromUtf8(name)));
    // The old room and time are free again.
    cli.add("2026-11-30T09:30", "第一调解室");

    const Run history = cli.run(
        {QStringLiteral("case"), QStringLiteral("history"), cli.kNumber, QStringLiteral("--json")});
    REQUIRE(history.code == 0);
    const QJsonArray events = QJsonDocument::fromJson(history.out.toUtf8()).array();
    bool recorded = false;
    for (const QJsonValue &v : events) {
        const QJsonObject e = v.toObject();
        if (e.value(QStringLiteral("action")).toString() == QStringLiteral("reschedule_session")) {
            recorded = true;
            CHECK(e.value(QStringLiteral("user")).toString() == QStringLiteral("赵志明"));
            CHECK(e.value(QStringLiteral("input")).toObject().value(QStringLiteral("reason")) ==
                  QStringLiteral("申请人请假"));
        }
    }
    CHECK(recorded);
    CHECK(cli.run({QStringLiteral("verify")}).code == 0);
    CHECK(!other.isEmpty());
}

TEST_CASE("session cancel takes a session off the schedule and the agenda, with a reason",
          "[cli][sessions][correct]")
{
    SessionCli cli;
    const QString id = cli.add("2026-11-30T09:30", "第一调解室");
    const QStringList cancel = session("cancel", id);
    const QStringList reason{QStringLiteral("--reason"), QStringLiteral("双方已自行和解")};

    CHECK(cli.run(session("cancel")).code == 2);
    CHECK(cli.run(cancel + QStringList{QStringLiteral("--bogus")}).code == 2);
    CHECK(cli.run(session("cancel", QStringLiteral("99")) + reason).code == 1);
    Run run = cli.run(cancel);
    CHECK(run.code == 1);
    CHECK(run.err.contains(QStringLiteral("say why")));
    run = cli.run(cancel + QStringList{QStringLiteral("--reason"), QStringLiteral("  ")});
    CHECK(run.code == 1);
    CHECK(cli.listed().size() == 1);

    run = cli.run(cancel + reason);
    INFO(run.err.toStdString());
    REQUIRE(run.code == 0);
    CHECK(run.out.contains(QStringLiteral("Cancelled")));
    CHECK(cli.listed().isEmpty());
    QTemporaryDir dir;
    const QString ics = dir.filePath(QStringLiteral("agenda.ics"));
    REQUIRE(cli.run({QStringLiteral("agenda"), QStringLiteral("--from"),
                     QStringLiteral("2026-11-30"), QStringLiteral("--to"),
                     QStringLiteral("2026-11-30"), QStringLiteral("--ics"), ics})
                .code == 0);
    QFile file(ics);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK_FALSE(file.readAll().contains("BEGIN:VEVENT"));
    // Its room is free for another session.
    cli.add("2026-11-30T09:30", "第一调解室");

    // Not again, not moved, not minuted.
    run = cli.run(cancel + reason);
    CHECK(run.code == 1);
    CHECK(run.err.contains(QStringLiteral("was cancelled")));
    CHECK(cli.run(session("reschedule", id) +
                  QStringList{QStringLiteral("--start"), QStringLiteral("2026-12-02T09:30")} +
                  reason)
              .code == 1);
    run =
        cli.run(session("record", id) + QStringList{QStringLiteral("--json"), QStringLiteral("-")},
                R"({"attendance": []})");
    CHECK(run.code == 1);
    CHECK(run.err.contains(QStringLiteral("was cancelled")));
    CHECK(cli.run({QStringLiteral("verify")}).code == 0);
}

TEST_CASE("session cancel refuses a session that has been held", "[cli][sessions][correct]")
{
    SessionCli cli;
    const QString id = cli.add("2026-11-24T09:30", "第一调解室");
    QJsonArray attendance;
    for (const QJsonValue &p :
         cli.listed().first().toObject().value(QStringLiteral("participants")).toArray())
        attendance.append(QJsonObject{{QStringLiteral("name"), p[QStringLiteral("name")]},
                                      {QStringLiteral("attended"), true}});
    REQUIRE(
        cli.run(session("record", id) + QStringList{QStringLiteral("--json"), QStringLiteral("-")},
                QJsonDocument(QJsonObject{{QStringLiteral("attendance"), attendance}}).toJson())
            .code == 0);
    const Run run = cli.run(session("cancel", id) +
                            QStringList{QStringLiteral("--reason"), QStringLiteral("误录")});
    CHECK(run.code == 1);
    CHECK(run.err.contains(QStringLiteral("has been held")));
    CHECK(cli.run(session("cancel", id) + QStringList{QStringLiteral("--help")})
              .out.contains(QStringLiteral("Usage: huajie-cli session cancel")));
    CHECK(cli.run(session("reschedule", id) + QStringList{QStringLiteral("--help")})
              .out.contains(QStringLiteral("Usage: huajie-cli session reschedule")));
}
