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

// Runs the real huajie-cli, as a user or a script would; on the tests' day,
// unless the database has users, which refuse another day.
enum class Day
{
    TestDay,
    RealDay
};
Run cli(const QStringList &arguments, const QByteArray &input = {}, Day day = Day::TestDay)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (day == Day::TestDay)
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

// A database of its own, made with init as a user would first.
class Database
{
public:
    Database() { REQUIRE(cli(with({QStringLiteral("init")})).code == 0); }
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
         {QStringList{QStringLiteral("init")},
          QStringList{QStringLiteral("demo")},
          QStringList{QStringLiteral("case"), QStringLiteral("add")},
          QStringList{QStringLiteral("case"), QStringLiteral("list")},
          QStringList{QStringLiteral("case"), QStringLiteral("show")},
          QStringList{QStringLiteral("case"), QStringLiteral("actions")},
          QStringList{QStringLiteral("case"), QStringLiteral("transition")},
          QStringList{QStringLiteral("case"), QStringLiteral("history")},
          QStringList{QStringLiteral("case"), QStringLiteral("correct")},
          QStringList{QStringLiteral("case"), QStringLiteral("undo")},
          QStringList{QStringLiteral("case"), QStringLiteral("void")},
          QStringList{QStringLiteral("verify")},
          QStringList{QStringLiteral("calendar")},
          QStringList{QStringLiteral("calendar"), QStringLiteral("import")},
          QStringList{QStringLiteral("calendar"), QStringLiteral("set")},
          QStringList{QStringLiteral("deadline")},
          QStringList{QStringLiteral("case"), QStringLiteral("deadlines")},
          QStringList{QStringLiteral("profile"), QStringLiteral("list")},
          QStringList{QStringLiteral("session"), QStringLiteral("add")},
          QStringList{QStringLiteral("session"), QStringLiteral("record")},
          QStringList{QStringLiteral("session"), QStringLiteral("list")},
          QStringList{QStringLiteral("agenda")}}) {
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
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new/cli.sqlite"));
    const Run run = cli({QStringLiteral("--db"), path, QStringLiteral("init")});
    CHECK(run.code == 0);
    CHECK(QFile::exists(path));
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

TEST_CASE("case list --search finds a case by any field and says when none has it", "[cli][search]")
{
    Database db;
    REQUIRE(cli(db.with({QStringLiteral("demo"), QStringLiteral("--cases"), QStringLiteral("20")}))
                .code == 0);
    const Run add = cli(db.with({QStringLiteral("case"), QStringLiteral("add"),
                                 QStringLiteral("--json"), QStringLiteral("-")}),
                        readmeExample());
    REQUIRE(add.code == 0);
    const QString number = add.out.trimmed();
    const auto search = [&](const QString &text, bool json = false) {
        QStringList arguments{QStringLiteral("case"), QStringLiteral("list"),
                              QStringLiteral("--search"), text};
        if (json)
            arguments.append(QStringLiteral("--json"));
        return cli(db.with(arguments));
    };

    // Part of an ID number, a credit code, an agent, a legal representative, the lawsuit number.
    for (const char *text : {"0519491231", "M000100Y43", "李律师", "王五", "宁02行初7号", "2012345",
                             "张三 大武口区人民政府"}) {
        INFO(text);
        const Run found = search(QString::fromUtf8(text));
        INFO(found.err.toStdString());
        CHECK(found.code == 0);
        CHECK(found.out.trimmed().split(QLatin1Char('\n')).size() == 1);
        CHECK(found.out.startsWith(number + QLatin1Char('\t')));
    }
    const Run json = search(QStringLiteral("11010519491231002x"), true);
    REQUIRE(json.code == 0);
    const QJsonArray rows = QJsonDocument::fromJson(json.out.toUtf8()).array();
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].toObject().value(QStringLiteral("number")).toString() == number);

    // What every case shares lists them all, newest first.
    const Run all = search(QStringLiteral("化解字"));
    CHECK(all.out.trimmed().split(QLatin1Char('\n')).size() == 21);

    const Run none = search(QStringLiteral("没有这个人"));
    CHECK(none.code == 0);
    CHECK(none.out.isEmpty());
    CHECK(none.err.contains(QStringLiteral("No case holds 没有这个人")));
    const QJsonDocument noRows =
        QJsonDocument::fromJson(search(QStringLiteral("没有这个人"), true).out.toUtf8());
    CHECK(noRows.isArray());
    CHECK(noRows.array().isEmpty());

    const Run blank = search(QStringLiteral("  "));
    CHECK(blank.code == 1);
    CHECK(blank.err.contains(QStringLiteral("--search")));
    CHECK(blank.out.isEmpty());
    const Run missing =
        cli(db.with({QStringLiteral("case"), QStringLiteral("list"), QStringLiteral("--search")}));
    CHECK(missing.code == 2);
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
    CHECK(run.err.contains(QStringLiteral("starts as registered")));
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

TEST_CASE("case correct, case undo and case void put mistakes right and verify still passes",
          "[cli][correction]")
{
    Database db;
    const QStringList add{QStringLiteral("case"), QStringLiteral("add"), QStringLiteral("--json"),
                          QStringLiteral("-")};
    REQUIRE(cli(db.with(add), readmeExample()).code == 0);
    REQUIRE(cli(db.with(add), readmeExample()).code == 0);
    const QString number = QStringLiteral("（2026）化解字第1号");
    const QString twice = QStringLiteral("（2026）化解字第2号");
    const auto command = [&](const char *name, const QStringList &arguments,
                             const QByteArray &input = {}) {
        return cli(
            db.with(QStringList{QStringLiteral("case"), QString::fromLatin1(name)} + arguments),
            input);
    };
    const auto verified = [&] {
        return cli(db.with({QStringLiteral("verify")})).code == 0;
    };
    const QString why = QStringLiteral("--reason=日期录入错误");
    REQUIRE(command("transition",
                    {number, QStringLiteral("notify_agency"), QStringLiteral("--json"),
                     QStringLiteral("-")},
                    R"({"dispatchedOn": "2026-11-21", "receivedOn": "2026-11-23"})")
                .code == 0);

    // Usage errors exit 2: no number, no reason, no JSON.
    CHECK(command("correct", {}).code == 2);
    CHECK(command("correct", {number, QStringLiteral("--json"), QStringLiteral("-")}).code == 2);
    CHECK(command("correct", {number, why}).code == 2);
    Run run = command("undo", {number});
    CHECK(run.code == 2);
    CHECK(run.err.contains(QStringLiteral("--reason")));
    CHECK(command("void", {number}).code == 2);

    // Bad input exits 1 with the reason, and changes nothing.
    run = command("correct", {number, QStringLiteral("--json"), QStringLiteral("-"), why},
                  R"({"receivedOn": "2026-12-01"})");
    CHECK(run.code == 1);
    CHECK(run.err.contains(QStringLiteral("future")));
    run = command("undo", {number, QStringLiteral("--reason=  ")});
    CHECK(run.code == 1);
    CHECK(run.err.contains(QStringLiteral("is required")));
    CHECK(command("undo", {QStringLiteral("（2026）化解字第9号"), why}).code == 1);

    run = command("correct", {number, QStringLiteral("--json"), QStringLiteral("-"), why},
                  R"({"receivedOn": "2026-11-24"})");
    INFO(run.err.toStdString());
    REQUIRE(run.code == 0);
    CHECK(run.out.contains(QStringLiteral("Send the notice to the agency")));
    CHECK(verified());
    const Run deadlines = cli(db.with(
        {QStringLiteral("case"), QStringLiteral("deadlines"), number, QStringLiteral("--json")}));
    REQUIRE(deadlines.code == 0);
    CHECK(deadlines.out.contains(QStringLiteral("2026-11-27"))); // D2: three working days on

    run = command("undo", {number, why});
    REQUIRE(run.code == 0);
    CHECK(run.out.contains(QStringLiteral("Registered")));
    CHECK(verified());
    run = command("undo", {number, why});
    CHECK(run.code == 1);
    CHECK(run.err.contains(QStringLiteral("Nothing has been recorded")));

    // The duplicate is voided: off the list, shown with --voided, and closed to actions.
    run = command("void", {twice, QStringLiteral("--reason"), QStringLiteral("重复登记")});
    REQUIRE(run.code == 0);
    CHECK(run.out.contains(twice));
    CHECK(verified());
    run = command("list", {});
    CHECK_FALSE(run.out.contains(twice));
    CHECK(run.out.contains(number));
    run = command("list", {QStringLiteral("--voided"), QStringLiteral("--json")});
    const QJsonArray voided = QJsonDocument::fromJson(run.out.toUtf8()).array();
    REQUIRE(voided.size() == 1);
    CHECK(voided[0].toObject().value(QStringLiteral("number")).toString() == twice);
    CHECK(voided[0].toObject().value(QStringLiteral("voided")).toBool());
    run = command(
        "transition",
        {twice, QStringLiteral("notify_agency"), QStringLiteral("--json"), QStringLiteral("-")},
        R"({"dispatchedOn": "2026-11-21"})");
    CHECK(run.code == 1);
    CHECK(run.err.contains(QStringLiteral("was voided")));
    CHECK(command("void", {twice, why}).code == 1);
    run = command("actions", {twice, QStringLiteral("--json")});
    const QJsonArray actions = QJsonDocument::fromJson(run.out.toUtf8()).array();
    CHECK(actions.size() > 10);
    for (const QJsonValue &a : actions) {
        CHECK_FALSE(a.toObject().value(QStringLiteral("possible")).toBool());
        CHECK(a.toObject()
                  .value(QStringLiteral("reason"))
                  .toString()
                  .contains(QStringLiteral("was voided")));
    }

    // The history shows who, what and why.
    run = command("history", {number});
    CHECK(run.out.contains(QStringLiteral("Action corrected")));
    CHECK(run.out.contains(QStringLiteral("Action withdrawn")));
    CHECK(run.out.contains(QStringLiteral("日期录入错误")));
    run = command("history", {twice});
    CHECK(run.out.contains(QStringLiteral("Registration voided")));
    CHECK(run.out.contains(QStringLiteral("重复登记")));

    // The next registration takes the next number; the voided one is not given again.
    run = cli(db.with(add), readmeExample());
    CHECK(run.out.trimmed() == QStringLiteral("（2026）化解字第3号"));
}

TEST_CASE("calendar prints one line a date with the holiday's name", "[cli][deadline]")
{
    Database db;
    const Run run = cli(db.with({QStringLiteral("calendar"), QStringLiteral("2025-09-30"),
                                 QStringLiteral("--to"), QStringLiteral("2025-10-12")}));
    REQUIRE(run.code == 0);
    const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 13);
    CHECK(lines[0] == QStringLiteral("2025-09-30 working"));
    CHECK(lines[1] == QStringLiteral("2025-10-01 rest 国庆节、中秋节"));
    CHECK(lines[11] == QStringLiteral("2025-10-11 working 国庆节、中秋节"));
    CHECK(lines[12] == QStringLiteral("2025-10-12 rest"));
    CHECK(cli(db.with({QStringLiteral("calendar"), QStringLiteral("2025-02-30")})).code == 1);
    CHECK(cli(db.with({QStringLiteral("calendar")})).code == 2);
}

TEST_CASE("deadline answers the examples and explains itself", "[cli][deadline]")
{
    Database db;
    const auto due = [&](QStringList arguments) {
        const Run run = cli(db.with(QStringList{QStringLiteral("deadline")} + arguments));
        INFO(run.err.toStdString());
        REQUIRE(run.code == 0);
        return run.out.split(QLatin1Char('\n')).first();
    };
    CHECK(due({QStringLiteral("--from"), QStringLiteral("2025-09-30"),
               QStringLiteral("--working-days"), QStringLiteral("3")}) ==
          QStringLiteral("2025-10-11"));
    CHECK(due({QStringLiteral("--from"), QStringLiteral("2025-09-20"), QStringLiteral("--days"),
               QStringLiteral("15")}) == QStringLiteral("2025-10-09"));
    CHECK(due({QStringLiteral("--from"), QStringLiteral("2025-08-31"), QStringLiteral("--months"),
               QStringLiteral("6")}) == QStringLiteral("2026-02-28"));
    CHECK(due({QStringLiteral("--from"), QStringLiteral("2026-12-17"), QStringLiteral("--days"),
               QStringLiteral("15")}) == QStringLiteral("2027-01-04 provisional"));
    CHECK(due({QStringLiteral("--from"), QStringLiteral("2026-03-01"), QStringLiteral("--days"),
               QStringLiteral("30"), QStringLiteral("--suspend"),
               QStringLiteral("2026-03-05..2026-03-09"), QStringLiteral("--extend"),
               QStringLiteral("10")}) == QStringLiteral("2026-04-15"));

    const Run explained = cli(
        db.with({QStringLiteral("deadline"), QStringLiteral("--from"), QStringLiteral("2025-09-20"),
                 QStringLiteral("--days"), QStringLiteral("15"), QStringLiteral("--explain")}));
    CHECK(explained.out.contains(QStringLiteral("2025-10-05 is a rest day")));
    const Run json = cli(
        db.with({QStringLiteral("deadline"), QStringLiteral("--from"), QStringLiteral("2026-12-17"),
                 QStringLiteral("--days"), QStringLiteral("15"), QStringLiteral("--json")}));
    const QJsonObject object = QJsonDocument::fromJson(json.out.toUtf8()).object();
    CHECK(object.value(QStringLiteral("due")).toString() == QStringLiteral("2027-01-04"));
    CHECK(object.value(QStringLiteral("provisional")).toBool());

    CHECK(cli(db.with({QStringLiteral("deadline"), QStringLiteral("--from"),
                       QStringLiteral("2025-09-20")}))
              .code == 2);
    CHECK(cli(db.with({QStringLiteral("deadline"), QStringLiteral("--from"),
                       QStringLiteral("2025-09-20"), QStringLiteral("--days"), QStringLiteral("3"),
                       QStringLiteral("--months"), QStringLiteral("1")}))
              .code == 2);
    CHECK(
        cli(db.with({QStringLiteral("deadline"), QStringLiteral("--from"),
                     QStringLiteral("2025-09-20"), QStringLiteral("--days"), QStringLiteral("-3")}))
            .code == 1);
    CHECK(cli(db.with({QStringLiteral("deadline"), QStringLiteral("--from"),
                       QStringLiteral("2025-09-20"), QStringLiteral("--days"), QStringLiteral("3"),
                       QStringLiteral("--suspend"), QStringLiteral("2025-09-25")}))
              .code == 1);
}

TEST_CASE("calendar import turns provisional deadlines final and the changes are listed",
          "[cli][deadline]")
{
    Database db;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("2027.json"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(R"({"year": 2027, "papers": ["https://www.gov.cn/2027"], "days": [
        {"name": "元旦", "date": "2027-01-01", "isOffDay": true}]})");
    file.close();
    const QStringList deadline{QStringLiteral("deadline"), QStringLiteral("--from"),
                               QStringLiteral("2026-12-17"), QStringLiteral("--days"),
                               QStringLiteral("15")};
    CHECK(cli(db.with(deadline)).out.startsWith(QStringLiteral("2027-01-04 provisional")));
    const Run imported = cli(db.with({QStringLiteral("calendar"), QStringLiteral("import"), path,
                                      QStringLiteral("--reason"), QStringLiteral("国务院通知")}));
    INFO(imported.err.toStdString());
    REQUIRE(imported.code == 0);
    CHECK(cli(db.with(deadline)).out.split(QLatin1Char('\n')).first() ==
          QStringLiteral("2027-01-04"));

    REQUIRE(cli(db.with({QStringLiteral("calendar"), QStringLiteral("set"),
                         QStringLiteral("2027-01-04"), QStringLiteral("--rest"),
                         QStringLiteral("--name"), QStringLiteral("本地假日"),
                         QStringLiteral("--reason"), QStringLiteral("自治区通知")}))
                .code == 0);
    CHECK(cli(db.with(deadline)).out.split(QLatin1Char('\n')).first() ==
          QStringLiteral("2027-01-05"));
    CHECK(cli(db.with({QStringLiteral("calendar"), QStringLiteral("set"),
                       QStringLiteral("2027-01-06"), QStringLiteral("--rest")}))
              .code == 1); // no reason
    CHECK(cli(db.with({QStringLiteral("calendar"), QStringLiteral("set"),
                       QStringLiteral("2027-01-06"), QStringLiteral("--reason"),
                       QStringLiteral("x")}))
              .code == 2); // neither --rest nor --working
    const Run changes = cli(db.with({QStringLiteral("calendar"), QStringLiteral("changes")}));
    CHECK(changes.out.contains(QStringLiteral("国务院通知")));
    CHECK(changes.out.contains(QStringLiteral("自治区通知")));

    QFile bad(dir.filePath(QStringLiteral("bad.json")));
    REQUIRE(bad.open(QIODevice::WriteOnly));
    bad.write("{\"year\": 2028");
    bad.close();
    const Run refused =
        cli(db.with({QStringLiteral("calendar"), QStringLiteral("import"), bad.fileName()}));
    CHECK(refused.code == 1);
    CHECK(refused.err.contains(QStringLiteral("bad.json")));
}

TEST_CASE("case deadlines lists a case's deadlines as JSON", "[cli][deadline]")
{
    Database db;
    REQUIRE(cli(db.with({QStringLiteral("case"), QStringLiteral("add"), QStringLiteral("--json"),
                         QStringLiteral("-")}),
                readmeExample())
                .code == 0);
    const Run run = cli(db.with({QStringLiteral("case"), QStringLiteral("deadlines"),
                                 QStringLiteral("（2026）化解字第1号"), QStringLiteral("--json")}));
    REQUIRE(run.code == 0);
    const QJsonArray deadlines = QJsonDocument::fromJson(run.out.toUtf8()).array();
    QJsonObject d1;
    for (const QJsonValue &v : deadlines)
        if (v.toObject().value(QStringLiteral("id")).toString() == QStringLiteral("D1"))
            d1 = v.toObject();
    CHECK(d1.value(QStringLiteral("due")).toString() == QStringLiteral("2026-11-23"));
    CHECK(d1.value(QStringLiteral("status")).toString() == QStringLiteral("overdue"));
    CHECK_FALSE(d1.value(QStringLiteral("explanation")).toArray().isEmpty());
    CHECK(cli(db.with({QStringLiteral("profile"), QStringLiteral("list")}))
              .out.contains(QStringLiteral("* shizuishan")));
    CHECK(
        cli(db.with({QStringLiteral("profile"), QStringLiteral("use"), QStringLiteral("nonesuch")}))
            .code == 1);
}

TEST_CASE("Sessions are scheduled, listed, minuted and exported from the command line",
          "[cli][sessions]")
{
    Database db;
    REQUIRE(cli(db.with({QStringLiteral("case"), QStringLiteral("add"), QStringLiteral("--json"),
                         QStringLiteral("-")}),
                readmeExample())
                .code == 0);
    const QString number = QStringLiteral("（2026）化解字第1号");
    const QStringList add{QStringLiteral("session"), QStringLiteral("add"), number,
                          QStringLiteral("--json"), QStringLiteral("-")};
    // Outside the center, so no room needs to be in the directory.
    Run run = cli(db.with(add), R"({"kind": "hearing", "start": "2026-11-30T09:30", "duration": 90,
        "place": "石嘴山市中级人民法院第三法庭", "noticeOn": "2026-11-25"})");
    INFO(run.err.toStdString());
    REQUIRE(run.code == 0);
    const QString id = run.out.trimmed();
    run = cli(
        db.with(add),
        R"({"kind": "hearing", "start": "2026-11-26T09:30", "place": "x", "noticeOn": "2026-11-25"})");
    CHECK(run.code == 1);
    CHECK(run.err.contains(QStringLiteral("give a reason")));
    run = cli(db.with(add), R"({"kind": "party", "start": "2026-11-30T09:30", "place": "x"})");
    CHECK(run.code == 1);
    run = cli(db.with(add), R"({"start": "tomorrow"})");
    CHECK(run.code == 1);
    CHECK(run.err.contains(QStringLiteral("start")));

    const Run list =
        cli(db.with({QStringLiteral("session"), QStringLiteral("list"), QStringLiteral("--from"),
                     QStringLiteral("2026-11-01"), QStringLiteral("--to"),
                     QStringLiteral("2026-12-31"), QStringLiteral("--json")}));
    REQUIRE(list.code == 0);
    const QJsonArray sessions = QJsonDocument::fromJson(list.out.toUtf8()).array();
    REQUIRE(sessions.size() == 1);
    const QJsonArray participants =
        sessions[0].toObject().value(QStringLiteral("participants")).toArray();
    CHECK(participants.size() >= 4);

    // Minutes before the session took place are refused; afterwards they are kept.
    QJsonArray attendance;
    for (const QJsonValue &p : participants)
        attendance.append(
            QJsonObject{{QStringLiteral("name"), p.toObject().value(QStringLiteral("name"))},
                        {QStringLiteral("attended"), true}});
    const QByteArray outcome =
        QJsonDocument(
            QJsonObject{{QStringLiteral("attendance"), attendance},
                        {QStringLiteral("agencyHeadAttended"), true},
                        {QStringLiteral("minutes"), QStringLiteral("双方同意继续协商。")}})
            .toJson();
    const QStringList record{QStringLiteral("session"), QStringLiteral("record"), id,
                             QStringLiteral("--json"), QStringLiteral("-")};
    CHECK(cli(db.with(record), outcome).code == 1);

    QTemporaryDir dir;
    const QString ics = dir.filePath(QStringLiteral("agenda.ics"));
    run = cli(db.with({QStringLiteral("agenda"), QStringLiteral("--from"),
                       QStringLiteral("2026-11-30"), QStringLiteral("--to"),
                       QStringLiteral("2026-11-30"), QStringLiteral("--ics"), ics}));
    REQUIRE(run.code == 0);
    CHECK(run.out.contains(QStringLiteral("2026-11-30 09:30–11:00")));
    QFile file(ics);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    CHECK(text.contains(QStringLiteral("BEGIN:VEVENT")));
    CHECK(text.contains(QStringLiteral("DTSTART;TZID=Asia/Shanghai:20261130T093000")));
    CHECK(text.contains(QStringLiteral("TZOFFSETTO:+0800")));
}

TEST_CASE("document render fills a template from a case", "[cli][documents]")
{
    Database db;
    REQUIRE(cli(db.with({QStringLiteral("case"), QStringLiteral("add"), QStringLiteral("--json"),
                         QStringLiteral("-")}),
                readmeExample())
                .code == 0);
    const Run templates = cli(db.with({QStringLiteral("document"), QStringLiteral("templates")}));
    CHECK(templates.out.contains(QStringLiteral("notice")));
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("notice.html"));
    const Run run = cli(db.with({QStringLiteral("document"), QStringLiteral("render"),
                                 QStringLiteral("（2026）化解字第1号"), QStringLiteral("notice"),
                                 QStringLiteral("--html"), out}));
    INFO(run.err.toStdString());
    REQUIRE(run.code == 0);
    QFile file(out);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(QString::fromUtf8(file.readAll()).contains(QStringLiteral("石嘴山市自然资源局：")));
    CHECK(cli(db.with({QStringLiteral("document"), QStringLiteral("render"),
                       QStringLiteral("（2026）化解字第1号"), QStringLiteral("letter"),
                       QStringLiteral("--html"), out}))
              .code == 1);
    CHECK(cli(db.with({QStringLiteral("document"), QStringLiteral("render"),
                       QStringLiteral("（2026）化解字第1号"), QStringLiteral("notice")}))
              .code == 2);
}

TEST_CASE("A notice printed to PDF reads back as the right characters", "[cli][documents][pdf]")
{
    Database db;
    REQUIRE(cli(db.with({QStringLiteral("case"), QStringLiteral("add"), QStringLiteral("--json"),
                         QStringLiteral("-")}),
                readmeExample())
                .code == 0);
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("notice.pdf"));
    const Run run = cli(db.with({QStringLiteral("document"), QStringLiteral("render"),
                                 QStringLiteral("（2026）化解字第1号"), QStringLiteral("notice"),
                                 QStringLiteral("--pdf"), pdf}));
    INFO(run.err.toStdString());
    REQUIRE(run.code == 0);
    // Read back by poppler, as any PDF reader would.
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"),
                    {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    REQUIRE(pdftotext.waitForFinished(30000));
    REQUIRE(pdftotext.exitCode() == 0);
    const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput());
    CHECK(text.contains(QStringLiteral("行政争议协调化解通知书")));
    CHECK(text.contains(QStringLiteral("（2026）化解字第1号")));
    CHECK(text.contains(QStringLiteral("石嘴山市自然资源局")));
    CHECK(text.contains(QStringLiteral("3个工作日内")));
    CHECK(text.contains(QRegularExpression(QStringLiteral("—\\s*1\\s*—"))));
    // No character came out as a Kangxi radical or radical supplement (⾏ for 行).
    for (const QChar c : text)
        CHECK_FALSE((c.unicode() >= 0x2E80 && c.unicode() <= 0x2FDF));
}

TEST_CASE("A notice is issued and served and received from the command line", "[cli][documents]")
{
    Database db;
    REQUIRE(cli(db.with({QStringLiteral("case"), QStringLiteral("add"), QStringLiteral("--json"),
                         QStringLiteral("-")}),
                readmeExample())
                .code == 0);
    const QString number = QStringLiteral("（2026）化解字第1号");
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("notice.pdf"));
    const Run issued = cli(db.with({QStringLiteral("document"), QStringLiteral("issue"), number,
                                    QStringLiteral("notice"), QStringLiteral("--pdf"), pdf}));
    INFO(issued.err.toStdString());
    REQUIRE(issued.code == 0);
    CHECK(issued.out.contains(QStringLiteral("（2026）化解通字第1号")));
    CHECK(QFile::exists(pdf));

    // Refused: no tracking number for a letter; nothing recorded, the case stays.
    const Run refused = cli(db.with(
        {QStringLiteral("document"), QStringLiteral("serve"), QStringLiteral("1"),
         QStringLiteral("--to"), QStringLiteral("石嘴山市自然资源局"), QStringLiteral("--method"),
         QStringLiteral("post"), QStringLiteral("--sent"), QStringLiteral("2026-11-25")}));
    CHECK(refused.code == 1);
    CHECK(refused.err.contains(QStringLiteral("Tracking number")));
    CHECK(cli(db.with({QStringLiteral("document"), QStringLiteral("serve"), QStringLiteral("1")}))
              .code == 2);

    REQUIRE(cli(db.with({QStringLiteral("document"), QStringLiteral("serve"), QStringLiteral("1"),
                         QStringLiteral("--to"), QStringLiteral("石嘴山市自然资源局"),
                         QStringLiteral("--method"), QStringLiteral("post"),
                         QStringLiteral("--tracking"), QStringLiteral("EMS1234567890"),
                         QStringLiteral("--sent"), QStringLiteral("2026-11-25")}))
                .code == 0);
    REQUIRE(cli(db.with({QStringLiteral("document"), QStringLiteral("receipt"), QStringLiteral("1"),
                         QStringLiteral("--on"), QStringLiteral("2026-11-25")}))
                .code == 0);
    const Run deadlines =
        cli(db.with({QStringLiteral("case"), QStringLiteral("deadlines"), number}));
    // Received on Wednesday 25 November: three working days end on Monday 30 November.
    CHECK(deadlines.out.contains(QStringLiteral("D2\t2026-11-30")));

    const Run listed = cli(db.with(
        {QStringLiteral("document"), QStringLiteral("list"), number, QStringLiteral("--json")}));
    REQUIRE(listed.code == 0);
    const QJsonArray documents = QJsonDocument::fromJson(listed.out.toUtf8()).array();
    REQUIRE(documents.size() == 1);
    const QJsonObject notice = documents.first().toObject();
    CHECK(notice.value(QStringLiteral("number")).toString() ==
          QStringLiteral("（2026）化解通字第1号"));
    CHECK(notice.value(QStringLiteral("intact")).toBool());
    const QJsonObject service =
        notice.value(QStringLiteral("services")).toArray().first().toObject();
    CHECK(service.value(QStringLiteral("receivedOn")).toString() == QStringLiteral("2026-11-25"));

    // Shown again exactly as issued.
    const QString again = dir.filePath(QStringLiteral("again.html"));
    REQUIRE(cli(db.with({QStringLiteral("document"), QStringLiteral("show"), QStringLiteral("1"),
                         QStringLiteral("--html"), again}))
                .code == 0);
    QFile file(again);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(QString::fromUtf8(file.readAll()).contains(QStringLiteral("（2026）化解通字第1号")));
    CHECK(cli(db.with({QStringLiteral("document"), QStringLiteral("show"), QStringLiteral("9"),
                       QStringLiteral("--html"), again}))
              .code == 1);
}

TEST_CASE("document batch issues a document for every case in a state", "[cli][documents]")
{
    Database db;
    REQUIRE(cli(db.with({QStringLiteral("demo"), QStringLiteral("--cases"), QStringLiteral("40"),
                         QStringLiteral("--seed"), QStringLiteral("3")}))
                .code == 0);
    QTemporaryDir dir;
    const Run run =
        cli(db.with({QStringLiteral("document"), QStringLiteral("batch"), QStringLiteral("notice"),
                     dir.path(), QStringLiteral("--state"), QStringLiteral("terminated")}));
    INFO(run.err.toStdString());
    REQUIRE(run.code == 0);
    const int pdfs = int(QDir(dir.path()).entryList({QStringLiteral("*.pdf")}).size());
    CHECK(pdfs > 0);
    CHECK(run.out.contains(QStringLiteral("Issued %1 of %1").arg(pdfs)));
    CHECK(cli(db.with({QStringLiteral("document"), QStringLiteral("batch"),
                       QStringLiteral("notice"), QStringLiteral("/nonexistent")}))
              .code == 1);
}

namespace {
QStringList args(std::initializer_list<const char *> words)
{
    QStringList list;
    for (const char *w : words)
        list.append(QString::fromUtf8(w));
    return list;
}
} // namespace

TEST_CASE("The report and ledger commands have --help and refuse bad use", "[cli][statistics]")
{
    for (const char *command : {"report", "report freeze", "report frozen", "ledger"}) {
        INFO(command);
        const Run run = cli(QString::fromLatin1(command).split(QLatin1Char(' ')) +
                            QStringList{QStringLiteral("--help")});
        CHECK(run.code == 0);
        CHECK(
            run.out.contains(QStringLiteral("Usage: huajie-cli ") + QString::fromLatin1(command)));
    }
    Database db;
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("r.json"));
    CHECK(cli(db.with(args({"report", "--month", "2026-10"}))).code == 2);    // no -o
    CHECK(cli(db.with(args({"report", "-o"}) + QStringList{out})).code == 2); // no period
    CHECK(cli(db.with(args({"report", "--month", "2026-10", "--from", "2026-10-01", "--to",
                            "2026-10-31", "-o"}) +
                      QStringList{out}))
              .code == 2);
    CHECK(cli(db.with(args({"report", "--month", "2026-13", "-o"}) + QStringList{out})).code == 1);
    CHECK(cli(db.with(args({"report", "--month", "2026-10", "--format", "doc", "-o"}) +
                      QStringList{out}))
              .code == 1);
    CHECK(cli(db.with(args({"report", "--from", "2026-10-31", "--to", "2026-10-01", "-o"}) +
                      QStringList{out}))
              .code == 1);
    CHECK_FALSE(QFile::exists(out));
    CHECK(cli(db.with(args({"report", "freeze"}))).code == 2);
    CHECK(cli(db.with(args({"ledger", "--month", "2026-10"}))).code == 2);
    const QString ledger = dir.filePath(QStringLiteral("ledger.json"));
    const Run json = cli(db.with(args({"ledger", "--month", "2026-10", "--format", "json", "-o"}) +
                                 QStringList{ledger}));
    CHECK(json.code == 1);
    CHECK(json.err.contains(QStringLiteral("xlsx, csv, pdf")));
    CHECK_FALSE(QFile::exists(ledger));
}

TEST_CASE("report writes every format, refuses what does not balance, and months freeze",
          "[cli][statistics]")
{
    Database db;
    REQUIRE(cli(db.with(args({"demo", "--cases", "150", "--seed", "7"}))).code == 0);
    QTemporaryDir dir;
    for (const char *format : {"json", "csv", "xlsx", "pdf"}) {
        INFO(format);
        const QString path = dir.filePath(QStringLiteral("report.") + QString::fromLatin1(format));
        const Run run = cli(db.with(
            args({"report", "--month", "2026-10", "--format", format, "-o"}) + QStringList{path}));
        INFO(run.err.toStdString());
        REQUIRE(run.code == 0);
        CHECK(run.out.startsWith(QStringLiteral("2026-10: ")));
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        if (qstrcmp(format, "json") == 0) {
            const QJsonObject report = QJsonDocument::fromJson(bytes).object();
            CHECK(report[QStringLiteral("balances")].toBool());
            CHECK(report[QStringLiteral("period")][QStringLiteral("key")].toString() ==
                  QStringLiteral("2026-10"));
        } else if (qstrcmp(format, "csv") == 0) {
            CHECK(bytes.startsWith("\xEF\xBB\xBF"));
            CHECK(QString::fromUtf8(bytes).contains(QStringLiteral("新收案件,件,")));
        } else if (qstrcmp(format, "xlsx") == 0) {
            CHECK(bytes.startsWith("PK"));
        } else {
            CHECK(bytes.startsWith("%PDF"));
        }
    }
    const QString ledger = dir.filePath(QStringLiteral("ledger.xlsx"));
    const Run listed =
        cli(db.with(args({"ledger", "--from", "2026-10-01", "--to", "2026-10-31", "-o"}) +
                    QStringList{ledger}));
    INFO(listed.err.toStdString());
    CHECK(listed.code == 0);
    CHECK(QFile::exists(ledger));
    // In the columns of the center's profile, as CSV and PDF too.
    REQUIRE(cli(db.with(args({"profile", "use", "wenxian"}))).code == 0);
    const QString csv = dir.filePath(QStringLiteral("ledger.csv"));
    const Run asCsv = cli(db.with(args({"ledger", "--month", "2026-10", "--format", "csv", "-o"}) +
                                  QStringList{csv}));
    INFO(asCsv.err.toStdString());
    REQUIRE(asCsv.code == 0);
    QFile csvFile(csv);
    REQUIRE(csvFile.open(QIODevice::ReadOnly));
    const QString csvText = QString::fromUtf8(csvFile.readAll());
    CHECK(csvText.contains(QStringLiteral("序号,诉前调解案号,原案号,")));
    CHECK(csvText.contains(QStringLiteral("涉诉信访隐患")));
    const QString pdf = dir.filePath(QStringLiteral("ledger.pdf"));
    CHECK(cli(db.with(args({"ledger", "--month", "2026-10", "--format", "pdf", "-o"}) +
                      QStringList{pdf}))
              .code == 0);
    QFile pdfFile(pdf);
    REQUIRE(pdfFile.open(QIODevice::ReadOnly));
    CHECK(pdfFile.read(4) == "%PDF");
    REQUIRE(cli(db.with(args({"profile", "use", "shizuishan"}))).code == 0);

    // A month frozen once, its event in the verified log; a month not over is refused.
    CHECK(cli(db.with(args({"report", "freeze", "--month", "2026-11"}))).code == 1);
    const Run frozen = cli(db.with(args({"report", "freeze", "--month", "2026-09"})));
    INFO(frozen.err.toStdString());
    REQUIRE(frozen.code == 0);
    CHECK(frozen.out.contains(QStringLiteral("SHA-256")));
    CHECK(cli(db.with(args({"report", "freeze", "--month", "2026-09"}))).code == 1);
    const Run list = cli(db.with(args({"report", "frozen", "--json"})));
    REQUIRE(list.code == 0);
    const QJsonArray months = QJsonDocument::fromJson(list.out.toUtf8()).array();
    REQUIRE(months.size() == 1);
    CHECK(months[0][QStringLiteral("period")].toString() == QStringLiteral("2026-09"));
    CHECK(months[0][QStringLiteral("intact")].toBool());
    CHECK(cli(db.with(args({"verify"}))).code == 0);

    // A case concluded in October registered in November by hand: nothing is
    // written and the case is named.
    QString number;
    {
        QSqlDatabase raw =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("unbalance"));
        raw.setDatabaseName(db.path());
        REQUIRE(raw.open());
        QSqlQuery q(raw);
        REQUIRE(q.exec(
            QStringLiteral("SELECT id, number FROM cases WHERE coalesce(json_extract(progress, "
                           "'$.agreementSignedOn'), json_extract(progress, '$.terminatedOn')) "
                           "LIKE '2026-10-%' LIMIT 1")));
        REQUIRE(q.next());
        number = q.value(1).toString();
        const qint64 id = q.value(0).toLongLong();
        q.finish();
        REQUIRE(q.exec(
            QStringLiteral("UPDATE cases SET registered_on = '2026-11-20' WHERE id = %1").arg(id)));
        q.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("unbalance"));
    const QString refused = dir.filePath(QStringLiteral("refused.xlsx"));
    const Run run = cli(db.with(args({"report", "--month", "2026-10", "--format", "xlsx", "-o"}) +
                                QStringList{refused}));
    CHECK(run.code == 1);
    CHECK(run.err.contains(number));
    CHECK(run.err.contains(QStringLiteral("does not balance")));
    CHECK_FALSE(QFile::exists(refused));
    CHECK(cli(db.with(args({"report", "freeze", "--month", "2026-10"}))).code == 1);
}

TEST_CASE("backup and restore bring yesterday's database back and keep today's", "[cli][backup]")
{
    Database db;
    REQUIRE(cli(db.with({QStringLiteral("demo"), QStringLiteral("--cases"), QStringLiteral("20"),
                         QStringLiteral("--seed"), QStringLiteral("5")}))
                .code == 0);
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("yesterday.sqlite"));
    REQUIRE(cli(db.with({QStringLiteral("backup"), QStringLiteral("-o"), copy})).code == 0);
    CHECK(cli(db.with({QStringLiteral("backup"), QStringLiteral("-o"), copy})).code == 1);
    REQUIRE(cli(db.with({QStringLiteral("demo"), QStringLiteral("--cases"), QStringLiteral("5"),
                         QStringLiteral("--seed"), QStringLiteral("6")}))
                .code == 0);
    const auto count = [&] {
        return cli(db.with({QStringLiteral("case"), QStringLiteral("list")}))
            .out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)
            .size();
    };
    CHECK(count() == 25);

    const QString garbage = dir.filePath(QStringLiteral("garbage.sqlite"));
    QFile bad(garbage);
    REQUIRE(bad.open(QIODevice::WriteOnly));
    bad.write("not a database");
    bad.close();
    const Run refused = cli(db.with({QStringLiteral("restore"), garbage}));
    CHECK(refused.code == 1);
    CHECK(count() == 25);

    const Run restored = cli(db.with({QStringLiteral("restore"), copy}));
    INFO(restored.err.toStdString());
    REQUIRE(restored.code == 0);
    CHECK(count() == 20);
    const Run listed = cli(db.with({QStringLiteral("backup"), QStringLiteral("list")}));
    CHECK(listed.out.contains(QStringLiteral("before-restore")));
    CHECK(cli(db.with({QStringLiteral("verify")})).code == 0);
}

TEST_CASE("A copy made by hand with backup stays until backup remove takes it away",
          "[cli][backup]")
{
    Database db;
    const Run made = cli(db.with({QStringLiteral("backup")}));
    REQUIRE(made.code == 0);
    const auto listed = [&] {
        return cli(db.with({QStringLiteral("backup"), QStringLiteral("list")})).out;
    };
    const QStringList line = listed().trimmed().split(QLatin1Char('\t'));
    REQUIRE(line.size() == 3);
    CHECK(line.at(1) == QStringLiteral("by hand"));
    const QString name = QFileInfo(line.at(2)).fileName();

    const Run foreign =
        cli(db.with({QStringLiteral("backup"), QStringLiteral("remove"), db.path()}));
    CHECK(foreign.code == 1);
    CHECK(foreign.err.contains(QStringLiteral("is not a backup")));
    CHECK(QFileInfo::exists(db.path()));
    const Run removed = cli(db.with({QStringLiteral("backup"), QStringLiteral("remove"), name}));
    INFO(removed.err.toStdString());
    CHECK(removed.code == 0);
    CHECK(listed().isEmpty());
    CHECK_FALSE(QFileInfo::exists(line.at(2)));
}

TEST_CASE("With users the command line signs in and only the head approves an extension",
          "[cli][accounts]")
{
    Database db;
    REQUIRE(cli(db.with({QStringLiteral("case"), QStringLiteral("add"), QStringLiteral("--json"),
                         QStringLiteral("-")}),
                readmeExample())
                .code == 0);
    const QByteArray password = "correct horse 马\n";
    CHECK(cli(db.with({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("zhao"),
                       QStringLiteral("--name"), QStringLiteral("赵志明"), QStringLiteral("--role"),
                       QStringLiteral("mediator")}),
              password)
              .code == 1);
    REQUIRE(cli(db.with({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("admin"),
                         QStringLiteral("--name"), QStringLiteral("马管理"),
                         QStringLiteral("--role"), QStringLiteral("administrator")}),
                password)
                .code == 0);
    // From now on another day is refused, and nobody gets in without signing in.
    const Run backdated = cli(db.with({QStringLiteral("case"), QStringLiteral("list")}));
    CHECK(backdated.code == 1);
    CHECK(backdated.err.contains(QStringLiteral("HUAJIE_TODAY")));
    const Run refused =
        cli(db.with({QStringLiteral("case"), QStringLiteral("list")}), {}, Day::RealDay);
    CHECK(refused.code == 1);
    CHECK(refused.err.contains(QStringLiteral("HUAJIE_LOGIN")));

    qputenv("HUAJIE_LOGIN", "admin");
    qputenv("HUAJIE_PASSWORD", "correct horse 马");
    CHECK(cli(db.with({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("zhao"),
                       QStringLiteral("--name"), QStringLiteral("赵志明"), QStringLiteral("--role"),
                       QStringLiteral("mediator")}),
              password, Day::RealDay)
              .code == 0);
    CHECK(cli(db.with({QStringLiteral("case"), QStringLiteral("list")}), {}, Day::RealDay).code ==
          0);
    qputenv("HUAJIE_LOGIN", "zhao");
    const Run extension =
        cli(db.with({QStringLiteral("case"), QStringLiteral("transition"),
                     QStringLiteral("（2026）化解字第1号"), QStringLiteral("extend"),
                     QStringLiteral("--json"), QStringLiteral("-")}),
            R"({"days": 30})", Day::RealDay);
    CHECK(extension.code == 1);
    CHECK(extension.err.contains(QStringLiteral("center head")));
    const Run users =
        cli(db.with({QStringLiteral("user"), QStringLiteral("list")}), {}, Day::RealDay);
    // Every user added is an event, and the record holds.
    CHECK(cli(db.with({QStringLiteral("verify")}), {}, Day::RealDay).code == 0);
    CHECK(users.out.contains(QStringLiteral("zhao\t赵志明\tmediator")));
    qunsetenv("HUAJIE_LOGIN");
    qunsetenv("HUAJIE_PASSWORD");
}

TEST_CASE("A reconsideration case is withdrawn and a refused agreement ends from the command line",
          "[cli][lifecycle]")
{
    const QString number = QStringLiteral("（2026）化解字第1号");
    const auto transition = [&](const Database &db, const char *action, const char *json) {
        const Run run = cli(
            db.with({QStringLiteral("case"), QStringLiteral("transition"), number,
                     QString::fromLatin1(action), QStringLiteral("--json"), QStringLiteral("-")}),
            QByteArray(json));
        INFO(action << ": " << run.err.toStdString());
        return run;
    };
    const char *signedAll = R"("terms": "重新核定补偿", "signatures": [{"party": "张三",
        "signedBy": "李律师"}, {"party": "石嘴山市星海物流有限公司"}, {"party": "石嘴山市自然资源局"},
        {"party": "大武口区人民政府"}]})";
    const auto actions = [&](const Database &db) {
        const Run run = cli(db.with(
            {QStringLiteral("case"), QStringLiteral("actions"), number, QStringLiteral("--json")}));
        REQUIRE(run.code == 0);
        QStringList codes;
        for (const QJsonValue &a : QJsonDocument::fromJson(run.out.toUtf8()).array())
            codes.append(a.toObject().value(QStringLiteral("action")).toString());
        return codes;
    };

    // Ruzhou: a case from a reconsideration, mediated without a plan first, withdrawn.
    Database ruzhou;
    REQUIRE(cli(ruzhou.with(
                    {QStringLiteral("profile"), QStringLiteral("use"), QStringLiteral("ruzhou")}))
                .code == 0);
    QByteArray example = readmeExample();
    example.replace("\"court_pre_filing\"", "\"reconsideration_during\"");
    example.replace("石嘴山市中级人民法院", "汝州市人民政府");
    REQUIRE(cli(ruzhou.with({QStringLiteral("case"), QStringLiteral("add"),
                             QStringLiteral("--json"), QStringLiteral("-")}),
                example)
                .code == 0);
    REQUIRE(transition(ruzhou, "notify_agency", R"({"dispatchedOn": "2026-11-21"})").code == 0);
    REQUIRE(transition(ruzhou, "start_mediation", R"({"startedOn": "2026-11-23"})").code == 0);
    const QByteArray agreement =
        QByteArray(R"({"signedOn": "2026-11-24", "effect": "on_signature", )") + signedAll;
    REQUIRE(transition(ruzhou, "reach_agreement", agreement.constData()).code == 0);
    const QStringList offered = actions(ruzhou);
    CHECK(offered.contains(QStringLiteral("apply_reconsideration_withdrawal")));
    CHECK(offered.contains(QStringLiteral("record_reconsideration_statement")));
    CHECK_FALSE(offered.contains(QStringLiteral("apply_withdrawal")));
    Run run = transition(ruzhou, "apply_withdrawal",
                         R"({"appliedOn": "2026-11-24", "appliedBy": "李律师"})");
    CHECK(run.code == 1);
    CHECK(run.err.contains(QStringLiteral("not a lawsuit")));
    CHECK(transition(ruzhou, "apply_reconsideration_withdrawal",
                     R"({"appliedOn": "2026-11-24", "appliedBy": "李律师"})")
              .code == 0);
    CHECK(transition(ruzhou, "decide_reconsideration_withdrawal",
                     R"({"decidedOn": "2026-11-25", "decision": "granted"})")
              .code == 0);
    CHECK(transition(ruzhou, "close", R"({"closedOn": "2026-11-25"})").code == 0);
    CHECK(cli(ruzhou.with({QStringLiteral("verify")})).code == 0);

    // Shizuishan: the agency does not confirm a conditional agreement; reason 4 ends it.
    Database shizuishan;
    REQUIRE(cli(shizuishan.with({QStringLiteral("case"), QStringLiteral("add"),
                                 QStringLiteral("--json"), QStringLiteral("-")}),
                readmeExample())
                .code == 0);
    REQUIRE(transition(shizuishan, "notify_agency",
                       R"({"dispatchedOn": "2026-11-21", "receivedOn": "2026-11-21"})")
                .code == 0);
    run = transition(shizuishan, "start_mediation", R"({"startedOn": "2026-11-23"})");
    CHECK(run.code == 1);
    CHECK(run.err.contains(QStringLiteral("工作规则第七条")));
    REQUIRE(transition(shizuishan, "receive_plan",
                       R"({"receivedOn": "2026-11-22", "summary": "重新评估补偿",
                           "mediators": [{"name": "王科长"}]})")
                .code == 0);
    REQUIRE(transition(shizuishan, "start_mediation", R"({"startedOn": "2026-11-23"})").code == 0);
    const QByteArray conditional =
        QByteArray(R"({"signedOn": "2026-11-24", "effect": "on_condition",
            "condition": "经石嘴山市自然资源局审查确认", )") +
        signedAll;
    REQUIRE(transition(shizuishan, "reach_agreement", conditional.constData()).code == 0);
    run = transition(shizuishan, "terminate",
                     R"({"terminatedOn": "2026-11-25", "reason": "time_expired"})");
    CHECK(run.code == 1);
    CHECK(run.err.contains(QStringLiteral("after the agreement is signed")));
    CHECK(transition(shizuishan, "terminate", R"({"terminatedOn": "2026-11-25",
        "reason": "party_retracted", "text": "行政机关经审查不予确认"})")
              .code == 0);
    CHECK(transition(shizuishan, "file_report",
                     R"({"reportOn": "2026-11-25", "summary": "协议未获确认"})")
              .code == 0);
    CHECK(transition(shizuishan, "transfer_back",
                     R"({"transferredOn": "2026-11-25", "to": "石嘴山市中级人民法院"})")
              .code == 0);
    // The written opinion of the mediator is a document like the others.
    QTemporaryDir dir;
    const Run opinion =
        cli(shizuishan.with({QStringLiteral("document"), QStringLiteral("render"), number,
                             QStringLiteral("mediator-opinion"), QStringLiteral("--html"),
                             dir.filePath(QStringLiteral("opinion.html"))}));
    INFO(opinion.err.toStdString());
    CHECK(opinion.code == 0);
}

TEST_CASE("Early involvement under the lushan profile, from the command line to the PDF",
          "[cli][earlyinvolvement]")
{
    Database db;
    REQUIRE(
        cli(db.with({QStringLiteral("profile"), QStringLiteral("use"), QStringLiteral("lushan")}))
            .code == 0);
    QJsonObject example = QJsonDocument::fromJson(readmeExample()).object();
    example.insert(QStringLiteral("source"), QStringLiteral("reconsideration"));
    QJsonObject dispute = example.value(QStringLiteral("dispute")).toObject();
    dispute.insert(QStringLiteral("suitabilityGround"), QStringLiteral("compensation_discretion"));
    example.insert(QStringLiteral("dispute"), dispute);
    const Run added = cli(db.with({QStringLiteral("case"), QStringLiteral("add"),
                                   QStringLiteral("--json"), QStringLiteral("-")}),
                          QJsonDocument(example).toJson());
    INFO(added.err.toStdString());
    REQUIRE(added.code == 0);
    const QString number = QStringLiteral("（2026）化解字第1号");
    const auto transition = [&](const char *action, const char *json) {
        return cli(
            db.with({QStringLiteral("case"), QStringLiteral("transition"), number,
                     QString::fromLatin1(action), QStringLiteral("--json"), QStringLiteral("-")}),
            QByteArray(json));
    };
    Run run =
        transition("send_invitation", R"({"sentOn": "2026-11-20", "invited": "procuratorate"})");
    CHECK(run.code == 1);
    CHECK(run.err.contains(QStringLiteral("Record first when the reconsideration")));
    for (const auto &[action, json] : std::initializer_list<std::pair<const char *, const char *>>{
             {"accept_reconsideration", R"({"acceptedOn": "2026-11-10"})"},
             {"send_invitation", R"({"sentOn": "2026-11-20", "invited": "procuratorate"})"},
             {"record_invitation_receipt",
              R"({"invited": "procuratorate", "receivedOn": "2026-11-21"})"}}) {
        run = transition(action, json);
        INFO(action << ": " << run.err.toStdString());
        REQUIRE(run.code == 0);
    }
    const auto deadlines = [&] {
        const Run listed = cli(db.with({QStringLiteral("case"), QStringLiteral("deadlines"), number,
                                        QStringLiteral("--json")}));
        REQUIRE(listed.code == 0);
        QHash<QString, QString> status;
        for (const QJsonValue &v : QJsonDocument::fromJson(listed.out.toUtf8()).array())
            status.insert(v.toObject().value(QStringLiteral("id")).toString(),
                          v.toObject().value(QStringLiteral("status")).toString());
        return status;
    };
    CHECK(deadlines().value(QStringLiteral("D9")) == QStringLiteral("done"));
    CHECK(deadlines().value(QStringLiteral("D10")) == QStringLiteral("overdue"));
    run = transition("record_invitation_reply", R"({"invited": "procuratorate",
        "answeredOn": "2026-11-25", "answer": "takes_part", "person": "李检察官"})");
    INFO(run.err.toStdString());
    REQUIRE(run.code == 0);
    CHECK(deadlines().value(QStringLiteral("D10")) == QStringLiteral("done_late"));

    QTemporaryDir dir;
    for (const char *kind : {"invitation", "invitation-reply"}) {
        const QString pdf = dir.filePath(QString::fromLatin1(kind) + QStringLiteral(".pdf"));
        run = cli(db.with({QStringLiteral("document"), QStringLiteral("render"), number,
                           QString::fromLatin1(kind), QStringLiteral("--pdf"), pdf}));
        INFO(kind << ": " << run.err.toStdString());
        REQUIRE(run.code == 0);
        QProcess pdftotext;
        pdftotext.start(
            QStringLiteral("pdftotext"),
            {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
        REQUIRE(pdftotext.waitForFinished(30000));
        const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput())
                                 .remove(QRegularExpression(QStringLiteral("\\s+")));
        CHECK(text.contains(QStringLiteral("第四条")));
        CHECK(text.contains(QStringLiteral("3日内")));
        CHECK(text.contains(QStringLiteral("鲁山县人民检察院")));
        if (QByteArray(kind) == "invitation")
            CHECK(text.contains(QStringLiteral("30日内")));
    }

    CHECK(cli(db.with({QStringLiteral("verify")})).code == 0);
    {
        QSqlDatabase raw =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("hand"));
        raw.setDatabaseName(db.path());
        REQUIRE(raw.open());
        QSqlQuery q(raw);
        REQUIRE(q.exec(QStringLiteral(
            "UPDATE cases SET progress = json_set(progress, '$.invitations[0].receivedOn', "
            "'2026-11-23')")));
        q.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("hand"));
    const Run verified = cli(db.with({QStringLiteral("verify")}));
    CHECK(verified.code == 1);
    CHECK(verified.err.contains(number));
}
