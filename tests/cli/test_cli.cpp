#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

namespace {
struct Run
{
    int code;
    QString out;
    QString err;
};

// Runs the real huajie-cli, as a user or a script would.
Run cli(const QStringList &arguments, const QByteArray &input = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HUAJIE_TODAY"), QStringLiteral("2026-11-25"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(HUAJIE_CLI), arguments);
    REQUIRE(process.waitForStarted());
    process.write(input);
    process.closeWriteChannel();
    REQUIRE(process.waitForFinished(60000));
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

// The README's example, so that the example users copy is known to work.
QByteArray readmeExample()
{
    QFile readme(QStringLiteral(HUAJIE_README));
    REQUIRE(readme.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(readme.readAll());
    static const QRegularExpression block(QStringLiteral("```json\\n(\\{.*?\\n\\})\\n```"),
                                          QRegularExpression::DotMatchesEverythingOption);
    const auto match = block.match(text);
    REQUIRE(match.hasMatch());
    return match.captured(1).toUtf8();
}

class Database
{
public:
    QString path() const { return m_dir.filePath(QStringLiteral("cli.sqlite")); }
    QStringList with(const QStringList &arguments) const
    {
        return QStringList{QStringLiteral("--db"), path()} + arguments;
    }

private:
    QTemporaryDir m_dir;
};
} // namespace

TEST_CASE("huajie-cli --version names the program and version", "[cli]")
{
    const Run run = cli({QStringLiteral("--version")});
    CHECK(run.code == 0);
    CHECK(run.out.startsWith(QStringLiteral("huajie")));
    CHECK(run.out.contains(QRegularExpression(QStringLiteral("\\d+\\.\\d+\\.\\d+"))));
}

TEST_CASE("Every command has --help", "[cli]")
{
    for (const QStringList &command :
         {QStringList{QStringLiteral("init")}, QStringList{QStringLiteral("demo")},
          QStringList{QStringLiteral("case"), QStringLiteral("add")},
          QStringList{QStringLiteral("case"), QStringLiteral("list")},
          QStringList{QStringLiteral("case"), QStringLiteral("show")},
          QStringList{QStringLiteral("case"), QStringLiteral("actions")},
          QStringList{QStringLiteral("case"), QStringLiteral("transition")},
          QStringList{QStringLiteral("case"), QStringLiteral("history")},
          QStringList{QStringLiteral("verify")}}) {
        INFO(command.join(QLatin1Char(' ')).toStdString());
        const Run run = cli(command + QStringList{QStringLiteral("--help")});
        CHECK(run.code == 0);
        CHECK(run.out.contains(QStringLiteral("Usage: huajie-cli ") +
                               command.join(QLatin1Char(' '))));
    }
}

TEST_CASE("Usage errors exit 2", "[cli]")
{
    CHECK(cli({}).code == 2);
    CHECK(cli({QStringLiteral("fly")}).code == 2);
    CHECK(cli({QStringLiteral("case"), QStringLiteral("add")}).code == 2);
    CHECK(cli({QStringLiteral("case"), QStringLiteral("show")}).code == 2);
    CHECK(cli({QStringLiteral("init"), QStringLiteral("--bogus")}).code == 2);
}

TEST_CASE("init creates the database", "[cli]")
{
    Database db;
    const Run run = cli(db.with({QStringLiteral("init")}));
    CHECK(run.code == 0);
    CHECK(QFile::exists(db.path()));
}

TEST_CASE("The README example registers and lists and shows", "[cli]")
{
    Database db;
    const Run add = cli(db.with({QStringLiteral("case"), QStringLiteral("add"),
                                 QStringLiteral("--json"), QStringLiteral("-")}),
                        readmeExample());
    INFO(add.err.toStdString());
    REQUIRE(add.code == 0);
    CHECK(add.out.trimmed() == QStringLiteral("（2026）化解字第1号"));

    const Run list =
        cli(db.with({QStringLiteral("case"), QStringLiteral("list"), QStringLiteral("--json")}));
    REQUIRE(list.code == 0);
    const QJsonArray rows = QJsonDocument::fromJson(list.out.toUtf8()).array();
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].toObject().value(QStringLiteral("applicants")).toString() ==
          QStringLiteral("张三、石嘴山市星海物流有限公司"));

    const Run show =
        cli(db.with({QStringLiteral("case"), QStringLiteral("show"),
                     QStringLiteral("（2026）化解字第1号"), QStringLiteral("--json")}));
    REQUIRE(show.code == 0);
    const QJsonObject shown = QJsonDocument::fromJson(show.out.toUtf8()).object();
    const QJsonObject example = QJsonDocument::fromJson(readmeExample()).object();
    // What was given comes back; the store adds the number and the state.
    for (auto it = example.begin(); it != example.end(); ++it) {
        if (it.key() == QLatin1String("parties"))
            continue;
        INFO(it.key().toStdString());
        if (it.value().isObject()) {
            const QJsonObject given = it.value().toObject();
            for (auto field = given.begin(); field != given.end(); ++field)
                CHECK(shown.value(it.key()).toObject().value(field.key()) == field.value());
        } else {
            CHECK(shown.value(it.key()) == it.value());
        }
    }
    CHECK(shown.value(QStringLiteral("parties")).toArray().size() ==
          example.value(QStringLiteral("parties")).toArray().size());
    CHECK(shown.value(QStringLiteral("state")).toString() == QStringLiteral("registered"));

    const Run text = cli(db.with(
        {QStringLiteral("case"), QStringLiteral("show"), QStringLiteral("（2026）化解字第1号")}));
    CHECK(text.code == 0);
    CHECK(text.out.contains(QStringLiteral("张三")));
}

TEST_CASE("A bad ID number is refused with the field named and nothing saved", "[cli]")
{
    Database db;
    QByteArray json = readmeExample();
    json.replace("11010519491231002X", "110105194912310021");
    const Run run = cli(db.with({QStringLiteral("case"), QStringLiteral("add"),
                                 QStringLiteral("--json"), QStringLiteral("-")}),
                        json);
    CHECK(run.code == 1);
    CHECK(run.err.contains(QStringLiteral("Applicant 1 (张三) › Resident ID number")));
    const Run list =
        cli(db.with({QStringLiteral("case"), QStringLiteral("list"), QStringLiteral("--json")}));
    CHECK(QJsonDocument::fromJson(list.out.toUtf8()).array().isEmpty());
}

TEST_CASE("Bad input files exit 1 with the reason", "[cli]")
{
    Database db;
    const QStringList add{QStringLiteral("case"), QStringLiteral("add"), QStringLiteral("--json")};
    Run run = cli(db.with(add + QStringList{QStringLiteral("/nonexistent/case.json")}));
    CHECK(run.code == 1);
    CHECK(run.err.contains(QStringLiteral("Cannot read")));
    run = cli(db.with(add + QStringList{QStringLiteral("-")}), "{not json");
    CHECK(run.code == 1);
    CHECK(run.err.contains(QStringLiteral("not valid JSON")));
    run = cli(db.with(add + QStringList{QStringLiteral("-")}), "[1, 2]");
    CHECK(run.code == 1);
    run = cli(db.with(add + QStringList{QStringLiteral("-")}), R"({"state": "archived"})");
    CHECK(run.code == 1);
    CHECK(run.err.contains(QStringLiteral("state")));
    run = cli(db.with(
        {QStringLiteral("case"), QStringLiteral("show"), QStringLiteral("（2026）化解字第99号")}));
    CHECK(run.code == 1);
    CHECK(run.err.contains(QStringLiteral("no case numbered")));
}

TEST_CASE("demo fills the database and refuses bad counts", "[cli]")
{
    Database db;
    CHECK(cli(db.with({QStringLiteral("demo"), QStringLiteral("--cases"), QStringLiteral("0")}))
              .code == 1);
    CHECK(cli(db.with({QStringLiteral("demo"), QStringLiteral("--cases"), QStringLiteral("many")}))
              .code == 1);
    const Run run =
        cli(db.with({QStringLiteral("demo"), QStringLiteral("--cases"), QStringLiteral("150"),
                     QStringLiteral("--seed"), QStringLiteral("3")}));
    CHECK(run.code == 0);
    const Run list =
        cli(db.with({QStringLiteral("case"), QStringLiteral("list"), QStringLiteral("--json")}));
    CHECK(QJsonDocument::fromJson(list.out.toUtf8()).array().size() == 150);
}

TEST_CASE("A file that is not a database is refused", "[cli]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.txt"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(200, 'x'));
    file.close();
    const Run run =
        cli({QStringLiteral("--db"), path, QStringLiteral("case"), QStringLiteral("list")});
    CHECK(run.code == 1);
    CHECK(run.err.contains(QStringLiteral("not a Huajie database")));
}

TEST_CASE("A case moves through its life from the command line and verify finds a hand edit",
          "[cli][lifecycle]")
{
    Database db;
    const QStringList add{QStringLiteral("case"), QStringLiteral("add"), QStringLiteral("--json"),
                          QStringLiteral("-")};
    REQUIRE(cli(db.with(add), readmeExample()).code == 0);
    const QString number = QStringLiteral("（2026）化解字第1号");
    const auto transition = [&](const char *action, const char *json) {
        return cli(
            db.with({QStringLiteral("case"), QStringLiteral("transition"), number,
                     QString::fromLatin1(action), QStringLiteral("--json"), QStringLiteral("-")}),
            QByteArray(json));
    };
    Run run = transition("notify_agency",
                         R"({"dispatchedOn": "2026-11-21", "receivedOn": "2026-11-23"})");
    INFO(run.err.toStdString());
    REQUIRE(run.code == 0);
    CHECK(run.out.contains(QStringLiteral("Agency notified")));

    // A refused action exits 1 with the rule that refused it.
    run = transition("reach_agreement", "{}");
    CHECK(run.code == 1);
    CHECK(run.err.contains(QStringLiteral("In mediation")));
    run = cli(db.with({QStringLiteral("case"), QStringLiteral("transition"), number}));
    CHECK(run.code == 2);

    const Run actions = cli(db.with(
        {QStringLiteral("case"), QStringLiteral("actions"), number, QStringLiteral("--json")}));
    REQUIRE(actions.code == 0);
    QStringList possible;
    for (const QJsonValue &a : QJsonDocument::fromJson(actions.out.toUtf8()).array())
        if (a.toObject().value(QStringLiteral("possible")).toBool())
            possible.append(a.toObject().value(QStringLiteral("action")).toString());
    CHECK(possible.contains(QStringLiteral("receive_plan")));
    CHECK(possible.contains(QStringLiteral("suspend")));

    const Run history = cli(db.with(
        {QStringLiteral("case"), QStringLiteral("history"), number, QStringLiteral("--json")}));
    REQUIRE(history.code == 0);
    const QJsonArray events = QJsonDocument::fromJson(history.out.toUtf8()).array();
    REQUIRE(events.size() == 2);
    CHECK(events[1].toObject().value(QStringLiteral("action")).toString() ==
          QStringLiteral("notify_agency"));
    CHECK(events[1].toObject().value(QStringLiteral("to")).toString() ==
          QStringLiteral("agency_notified"));

    Run verified = cli(db.with({QStringLiteral("verify")}));
    CHECK(verified.code == 0);
    CHECK(verified.out.contains(QStringLiteral("intact")));

    // A hand edit with sqlite3, as anyone with the file could make it.
    {
        QSqlDatabase raw =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("hand"));
        raw.setDatabaseName(db.path());
        REQUIRE(raw.open());
        QSqlQuery q(raw);
        REQUIRE(q.exec(QStringLiteral("DROP TRIGGER events_are_append_only_update")));
        REQUIRE(q.exec(QStringLiteral(
            "UPDATE events SET input = '{\"dispatchedOn\":\"2026-11-22\"}' WHERE sequence = 2")));
        q.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("hand"));
    verified = cli(db.with({QStringLiteral("verify")}));
    CHECK(verified.code == 1);
    CHECK(verified.err.contains(QStringLiteral("event 2")));
    CHECK(verified.err.contains(number));
}
