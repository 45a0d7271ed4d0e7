// What the command line does when it is killed, shares its database, or is
// given hostile input.
#include "store/backups.h"
#include "store/store.h"
#include "store/writerlock.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <memory>
#include <optional>
#include <random>
#include <vector>

using namespace huajie;

namespace {
struct Outcome
{
    int code;
    QString out;
    QString err;
};

QProcessEnvironment environment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HUAJIE_TODAY"), QStringLiteral("2026-11-25"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    return env;
}

Outcome runCli(const QString &db, const QStringList &arguments, const QByteArray &input = {})
{
    QProcess process;
    process.setProcessEnvironment(environment());
    process.start(QStringLiteral(HUAJIE_CLI), QStringList{QStringLiteral("--db"), db} + arguments);
    REQUIRE(process.waitForStarted());
    process.write(input);
    process.closeWriteChannel();
    REQUIRE(process.waitForFinished(60000));
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

QByteArray exampleCase()
{
    QFile readme(QStringLiteral(HUAJIE_README));
    REQUIRE(readme.open(QIODevice::ReadOnly));
    static const QRegularExpression block(QStringLiteral("```json\\n(\\{.*?\\n\\})\\n```"),
                                          QRegularExpression::DotMatchesEverythingOption);
    const auto match = block.match(QString::fromUtf8(readme.readAll()));
    REQUIRE(match.hasMatch());
    return match.captured(1).toUtf8();
}

const QStringList kAddFromStdin{QStringLiteral("case"), QStringLiteral("add"),
                                QStringLiteral("--json"), QStringLiteral("-")};

// Waits until the program holds the lock file (it is about to write) or
// has finished, however long a loaded machine takes to start it.
void waitUntilWriting(QProcess &process, const QString &lockPath)
{
    QElapsedTimer waited;
    waited.start();
    while (!QFileInfo::exists(lockPath) && process.state() != QProcess::NotRunning) {
        REQUIRE(waited.elapsed() < 120000);
        process.waitForFinished(1);
    }
}

// Opens the database as the desk would and checks it is whole.
QStringList soundCaseNumbers(const QString &path)
{
    auto store = Store::open(path);
    REQUIRE(store.ok());
    QSqlQuery check(store.value()->connection());
    REQUIRE(check.exec(QStringLiteral("PRAGMA integrity_check")));
    REQUIRE(check.next());
    CHECK(check.value(0).toString() == QStringLiteral("ok"));
    auto rows = store.value()->cases().summaries();
    REQUIRE(rows.ok());
    QStringList numbers;
    for (const CaseSummary &row : rows.value())
        numbers.append(row.number);
    return numbers;
}
} // namespace

TEST_CASE("huajie-cli killed in the middle of writing loses nothing it reported done",
          "[cli][crash]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("crash.sqlite"));
    const QString lock = path + QStringLiteral(".lock");
    REQUIRE(runCli(path, {QStringLiteral("init")}).code == 0);
    const QByteArray example = exampleCase();
    std::mt19937 random(20261125);
    QSet<QString> reported;
    int demoCasesReported = 0;
    int killed = 0;
    // Odd rounds add demo data, many cases in one transaction; even ones
    // register a case each. A round is killed after `killAfter` ms from when
    // the program holds the writer lock, about to write: on a loaded
    // machine starting up alone may outlast any fixed delay, and the kills
    // would all land before the database is touched. Returns how long its
    // writing took when it was not killed.
    const auto run = [&](int round, std::optional<int> killAfter) {
        const bool demo = round % 2 == 1;
        QProcess process;
        process.setProcessEnvironment(environment());
        process.start(QStringLiteral(HUAJIE_CLI),
                      demo ? QStringList{QStringLiteral("--db"), path, QStringLiteral("demo"),
                                         QStringLiteral("--cases"), QStringLiteral("150"),
                                         QStringLiteral("--seed"), QString::number(round)}
                           : QStringList{QStringLiteral("--db"), path} + kAddFromStdin);
        REQUIRE(process.waitForStarted());
        if (!demo) {
            process.write(example);
            process.closeWriteChannel();
        }
        waitUntilWriting(process, lock);
        QElapsedTimer writing;
        writing.start();
        // waitForFinished() is false for a process seen to finish already.
        const bool finished = process.state() == QProcess::NotRunning ||
                              process.waitForFinished(killAfter ? *killAfter : 120000);
        if (!finished) {
            REQUIRE(killAfter.has_value());
            process.kill(); // SIGKILL: no destructor, no rollback, no flush
            REQUIRE(process.waitForFinished(60000));
            ++killed;
        }
        const qint64 took = writing.elapsed();
        const QString out = QString::fromUtf8(process.readAllStandardOutput());
        if (demo) {
            if (out.contains(QStringLiteral("Added 150 demo cases")))
                demoCasesReported += 150;
        } else if (const QString number = out.trimmed(); !number.isEmpty()) {
            reported.insert(number);
        }
        const QStringList numbers = soundCaseNumbers(path);
        for (const QString &number : std::as_const(reported))
            CHECK(numbers.contains(number));
        CHECK(numbers.size() >= reported.size() + demoCasesReported);
        return took;
    };
    // The kills are drawn within how long each kind of round takes on this
    // machine now, so that some finish and most are cut short at any load.
    // Rounds take longer as the database grows and the load changes: a
    // round killed stretches its kind's span a little, one that finished
    // sets it to at least what it took.
    qint64 spans[2] = {run(0, std::nullopt), run(1, std::nullopt)};
    constexpr int rounds = 40;
    for (int round = 2; round < rounds + 2; ++round) {
        qint64 &span = spans[round % 2];
        const int killedBefore = killed;
        const qint64 took =
            run(round, std::uniform_int_distribution<int>(0, int(span + span / 2) + 1)(random));
        span = killed > killedBefore ? span + span / 5 + 1 : std::max(span, took);
    }
    INFO("killed " << killed << " of " << rounds);
    CHECK(killed > rounds / 4);
    CHECK(killed < rounds);
    const Outcome verified = runCli(path, {QStringLiteral("verify")});
    INFO(verified.err.toStdString());
    CHECK(verified.code == 0);
}

TEST_CASE("A lock file no live process holds never blocks a writer, whatever it holds",
          "[cli][lock]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("nameless.sqlite"));
    const QString lock = path + QStringLiteral(".lock");
    REQUIRE(runCli(path, {QStringLiteral("init")}).code == 0);
    const auto write = [](const QString &file, const QByteArray &content) {
        QFile f(file);
        REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(content);
    };
    const QByteArray here = QSysInfo::machineHostName().toUtf8();
    // A live process of another program, named in the file as itself.
    QProcess sleeper;
    sleeper.start(QStringLiteral("sleep"), {QStringLiteral("60")});
    REQUIRE(sleeper.waitForStarted());
    const QByteArray sleeping = QByteArray::number(sleeper.processId());
    const std::vector<std::pair<const char *, QByteArray>> leftovers{
        {"empty: its writer was killed before it wrote its name", {}},
        {"garbled", QByteArray("\x01\xff\n\n\n")},
        {"naming a process that is gone", "2147483\nhuajie\n" + here + '\n'},
        {"naming a live process of another program", sleeping + "\nsleep\n" + here + '\n'},
        {"naming a live process as this program", sleeping + "\nhuajie\n" + here + '\n'},
        {"naming another machine", "4242\nhuajie\nanother-machine\n"},
    };
    for (const auto &[what, content] : leftovers) {
        INFO(what);
        write(lock, content);
        const Outcome added = runCli(path, kAddFromStdin, exampleCase());
        INFO(added.err.toStdString());
        CHECK(added.code == 0);
        CHECK_FALSE(QFileInfo::exists(lock));
    }
    sleeper.kill();
    sleeper.waitForFinished();
    CHECK(soundCaseNumbers(path).size() == qsizetype(leftovers.size()));
}

TEST_CASE("A writer in another process excludes this one until it ends, however it ends",
          "[cli][lock]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("held.sqlite"));
    REQUIRE(runCli(path, {QStringLiteral("init")}).code == 0);
    // A writer kept busy: many demo cases, in one transaction.
    QProcess writer;
    writer.setProcessEnvironment(environment());
    writer.start(QStringLiteral(HUAJIE_CLI), {QStringLiteral("--db"), path, QStringLiteral("demo"),
                                              QStringLiteral("--cases"), QStringLiteral("100000")});
    REQUIRE(writer.waitForStarted());
    const QString pid = QString::number(writer.processId());
    QElapsedTimer waited;
    waited.start();
    while (!WriterLock::holder(path).value_or(QString()).contains(pid)) {
        REQUIRE(writer.state() == QProcess::Running);
        REQUIRE(waited.elapsed() < 120000);
        writer.waitForFinished(10);
    }
    auto refused = Store::open(path);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().describe().contains(pid));
    const Outcome added = runCli(path, kAddFromStdin, exampleCase());
    CHECK(added.code == 1);
    CHECK(added.err.contains(pid));
    // Killed, it leaves its lock file, which holds nothing any more.
    writer.kill();
    REQUIRE(writer.waitForFinished(60000));
    CHECK(QFileInfo::exists(path + QStringLiteral(".lock")));
    CHECK_FALSE(WriterLock::holder(path).has_value());
    const Outcome next = runCli(path, kAddFromStdin, exampleCase());
    INFO(next.err.toStdString());
    CHECK(next.code == 0);
    CHECK(soundCaseNumbers(path).size() == 1);
}

TEST_CASE("Every command that only reads runs beside a writer: it only reads", "[cli][lock]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("readers.sqlite"));
    REQUIRE(runCli(path, {QStringLiteral("init")}).code == 0);
    const Outcome added = runCli(path, kAddFromStdin, exampleCase());
    REQUIRE(added.code == 0);
    const QString number = added.out.trimmed();
    const Outcome issued = runCli(path, {QStringLiteral("document"), QStringLiteral("issue"),
                                         number, QStringLiteral("notice"), QStringLiteral("--html"),
                                         dir.filePath(QStringLiteral("issued.html"))});
    REQUIRE(issued.code == 0);
    const QString document = issued.out.section(QLatin1Char(' '), 2, 2);
    REQUIRE(runCli(path, {QStringLiteral("backup")}).code == 0);
    // The desk holds the database for writing: a command that wrote would fail.
    auto desk = Store::open(path);
    REQUIRE(desk.ok());
    const auto out = [&](const char *name) {
        return dir.filePath(QString::fromLatin1(name));
    };
    const std::vector<QStringList> readers{
        {QStringLiteral("case"), QStringLiteral("list")},
        {QStringLiteral("case"), QStringLiteral("show"), number},
        {QStringLiteral("case"), QStringLiteral("actions"), number},
        {QStringLiteral("case"), QStringLiteral("history"), number},
        {QStringLiteral("case"), QStringLiteral("deadlines"), number},
        {QStringLiteral("verify")},
        {QStringLiteral("calendar"), QStringLiteral("2026-10-01")},
        {QStringLiteral("calendar"), QStringLiteral("changes")},
        {QStringLiteral("deadline"), QStringLiteral("--from"), QStringLiteral("2026-11-20"),
         QStringLiteral("--days"), QStringLiteral("10")},
        {QStringLiteral("profile"), QStringLiteral("list")},
        {QStringLiteral("session"), QStringLiteral("list")},
        {QStringLiteral("agenda"), QStringLiteral("--from"), QStringLiteral("2026-11-01"),
         QStringLiteral("--to"), QStringLiteral("2026-12-31")},
        {QStringLiteral("document"), QStringLiteral("templates")},
        {QStringLiteral("document"), QStringLiteral("render"), number, QStringLiteral("notice"),
         QStringLiteral("--html"), out("render.html")},
        {QStringLiteral("document"), QStringLiteral("list"), number},
        {QStringLiteral("document"), QStringLiteral("show"), document, QStringLiteral("--html"),
         out("shown.html")},
        {QStringLiteral("report"), QStringLiteral("--month"), QStringLiteral("2026-11"),
         QStringLiteral("-o"), out("report.json")},
        {QStringLiteral("report"), QStringLiteral("frozen")},
        {QStringLiteral("ledger"), QStringLiteral("--month"), QStringLiteral("2026-11"),
         QStringLiteral("-o"), out("ledger.xlsx")},
        {QStringLiteral("backup")},
        {QStringLiteral("backup"), QStringLiteral("-o"), out("copy.sqlite")},
        {QStringLiteral("backup"), QStringLiteral("list")},
    };
    for (const QStringList &reader : readers) {
        INFO(reader.join(QLatin1Char(' ')).toStdString());
        const Outcome read = runCli(path, reader);
        INFO(read.err.toStdString());
        CHECK(read.code == 0);
    }
    CHECK(Backups::check(out("copy.sqlite")).ok());
}

#ifdef Q_OS_LINUX
namespace {
// Whether the process has the file open, as /proc shows it.
bool hasOpen(qint64 pid, const QString &path)
{
    const QString wanted = QFileInfo(path).canonicalFilePath();
    const QDir fds(QStringLiteral("/proc/%1/fd").arg(pid));
    for (const QFileInfo &fd : fds.entryInfoList(QDir::AllEntries | QDir::System))
        if (fd.symLinkTarget() == wanted)
            return true;
    return false;
}
} // namespace

TEST_CASE("A command that only reads never takes the writer lock, even when it is free",
          "[cli][lock]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("free.sqlite"));
    REQUIRE(runCli(path, {QStringLiteral("init")}).code == 0);
    const Outcome added = runCli(path, kAddFromStdin, exampleCase());
    REQUIRE(added.code == 0);
    const QString number = added.out.trimmed();
    for (const QStringList &reader :
         {QStringList{QStringLiteral("verify")},
          QStringList{QStringLiteral("case"), QStringLiteral("list")},
          QStringList{QStringLiteral("case"), QStringLiteral("show"), number},
          QStringList{QStringLiteral("report"), QStringLiteral("--month"),
                      QStringLiteral("2026-11"), QStringLiteral("-o"),
                      dir.filePath(QStringLiteral("report.json"))},
          QStringList{QStringLiteral("backup")}}) {
        INFO(reader.join(QLatin1Char(' ')).toStdString());
        // Held up at its first read by another connection's exclusive lock
        // on the file, the reader waits with the database open: that is
        // when a desk starting must not find the writer lock taken.
        QSqlDatabase raw =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("exclusive"));
        raw.setDatabaseName(path);
        REQUIRE(raw.open());
        QSqlQuery hold(raw);
        REQUIRE(hold.exec(QStringLiteral("PRAGMA locking_mode=EXCLUSIVE")));
        REQUIRE(hold.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        QProcess process;
        process.setProcessEnvironment(environment());
        process.start(QStringLiteral(HUAJIE_CLI),
                      QStringList{QStringLiteral("--db"), path} + reader);
        REQUIRE(process.waitForStarted());
        QElapsedTimer waited;
        waited.start();
        while (!hasOpen(process.processId(), path)) {
            REQUIRE(process.state() == QProcess::Running);
            REQUIRE(waited.elapsed() < 60000);
            process.waitForFinished(5);
        }
        CHECK_FALSE(WriterLock::holder(path).has_value());
        CHECK(WriterLock::take(path).ok());
        REQUIRE(hold.exec(QStringLiteral("COMMIT")));
        hold = QSqlQuery();
        raw.close();
        raw = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("exclusive"));
        REQUIRE(process.waitForFinished(60000));
        INFO(process.readAllStandardError().toStdString());
        CHECK(process.exitCode() == 0);
    }
}
#endif

TEST_CASE("A missing database is refused by every command but init, naming its newest backups",
          "[cli][missing]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("lost.sqlite"));
    REQUIRE(runCli(path, {QStringLiteral("init")}).code == 0);
    REQUIRE(runCli(path, kAddFromStdin, exampleCase()).code == 0);
    const Outcome made = runCli(path, {QStringLiteral("backup")});
    REQUIRE(made.code == 0);
    const QString backup = made.out.trimmed().section(QLatin1Char(' '), -1);
    REQUIRE(QFileInfo::exists(backup));
    // Lost: a restore cut short, a file deleted.
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
    for (const QStringList &command :
         {QStringList{QStringLiteral("case"), QStringLiteral("list")}, kAddFromStdin,
          QStringList{QStringLiteral("report"), QStringLiteral("--month"),
                      QStringLiteral("2026-11"), QStringLiteral("-o"),
                      dir.filePath(QStringLiteral("r.json"))},
          QStringList{QStringLiteral("demo"), QStringLiteral("--cases"), QStringLiteral("2")},
          QStringList{QStringLiteral("verify")}}) {
        INFO(command.join(QLatin1Char(' ')).toStdString());
        const Outcome refused = runCli(path, command, exampleCase());
        CHECK(refused.code == 1);
        CHECK(refused.err.contains(QStringLiteral("There is no database ") + path));
        CHECK(refused.err.contains(backup));
        CHECK(refused.err.contains(QStringLiteral("huajie-cli restore")));
        CHECK_FALSE(QFileInfo::exists(path));
    }
    // Restoring is the way back.
    const Outcome restored = runCli(path, {QStringLiteral("restore"), backup});
    INFO(restored.err.toStdString());
    REQUIRE(restored.code == 0);
    CHECK(soundCaseNumbers(path).size() == 1);
    // And only init makes a new, empty one.
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
    REQUIRE(runCli(path, {QStringLiteral("init")}).code == 0);
    CHECK(soundCaseNumbers(path).isEmpty());
}

TEST_CASE("A writing command is refused while another program holds the database", "[cli][lock]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shared.sqlite"));
    REQUIRE(runCli(path, {QStringLiteral("init")}).code == 0);
    REQUIRE(runCli(path, kAddFromStdin, exampleCase()).code == 0);
    {
        auto desk = Store::open(path);
        REQUIRE(desk.ok());
        const Outcome refused = runCli(path, kAddFromStdin, exampleCase());
        CHECK(refused.code == 1);
        CHECK(refused.err.contains(QStringLiteral("open for writing")));
        CHECK(refused.err.contains(QStringLiteral("refused")));
        const Outcome listed = runCli(path, {QStringLiteral("case"), QStringLiteral("list")});
        CHECK(listed.code == 0);
        CHECK(listed.out.count(QLatin1Char('\n')) == 1);
        CHECK(runCli(path, {QStringLiteral("verify")}).code == 0);
    }
    const Outcome added = runCli(path, kAddFromStdin, exampleCase());
    CHECK(added.code == 0);
    CHECK(added.out.trimmed() == QStringLiteral("（2026）化解字第2号"));
}

namespace {
struct Hostile
{
    const char *what;
    QStringList path; // where in the example's JSON the value goes
    QJsonValue value;
    const char *expected; // in the message; nullptr: stored as given
};

QJsonObject withValue(QJsonObject object, QStringList path, const QJsonValue &value)
{
    const QString key = path.takeFirst();
    if (path.isEmpty()) {
        object.insert(key, value);
        return object;
    }
    if (object.value(key).isArray()) {
        QJsonArray array = object.value(key).toArray();
        const int index = path.takeFirst().toInt();
        array[index] = path.isEmpty() ? value : withValue(array[index].toObject(), path, value);
        object.insert(key, array);
        return object;
    }
    object.insert(key, withValue(object.value(key).toObject(), path, value));
    return object;
}

QJsonValue valueAt(QJsonValue value, const QStringList &path)
{
    for (const QString &key : path)
        value = value.isArray() ? value.toArray().at(key.toInt()) : value.toObject().value(key);
    return value;
}
} // namespace

TEST_CASE("Hostile input to case add is refused naming the field or stored as given",
          "[cli][hostile]")
{
    const QString big(100 * 1024, QChar(u'长'));
    const QString sql = QStringLiteral("'; DROP TABLE cases; --");
    const QStringList name{QStringLiteral("parties"), QStringLiteral("0"), QStringLiteral("name")};
    const QStringList summary{QStringLiteral("dispute"), QStringLiteral("summary")};
    const QStringList act{QStringLiteral("dispute"), QStringLiteral("act")};
    const QStringList agent{QStringLiteral("parties"), QStringLiteral("0"),
                            QStringLiteral("agents"), QStringLiteral("0"), QStringLiteral("name")};
    const QStringList registered{QStringLiteral("registeredOn")};
    const QStringList consent{QStringLiteral("consent"), QStringLiteral("date")};
    const std::vector<Hostile> table{
        {"empty name", name, QString(), "Name"},
        {"blank disputed act", act, QStringLiteral("   "), "Disputed act"},
        {"100 KB summary", summary, big, "Summary"},
        {"100 KB name", name, big, "Name"},
        {"100 KB agent", agent, big, "Agent 1"},
        {"100 KB source code", {QStringLiteral("source")}, big, "Source channel"},
        {"overlong referral number",
         {QStringLiteral("referralNumber")},
         QString(201, QLatin1Char('9')),
         "Referral number"},
        {"NUL in a name", name, QStringLiteral("张\u0000三"), "U+0000"},
        {"escape in the act", act, QStringLiteral("决定\u001b[2J"), "Disputed act"},
        {"right-to-left override in a name", name, QStringLiteral("张\u202e三"), "U+202E"},
        {"line break in a name", name, QStringLiteral("张\n三"), "U+000A"},
        {"SQL as a code", {QStringLiteral("source")}, sql, "Source channel"},
        {"SQL as the lead mediator with a quote",
         {QStringLiteral("leadMediator")},
         QStringLiteral("赵'\u0007"),
         "Lead mediator"},
        {"date 0000-00-00", registered, QStringLiteral("0000-00-00"), "registeredOn"},
        {"date 2026-02-30", registered, QStringLiteral("2026-02-30"), "registeredOn"},
        {"date 9999-12-31", registered, QStringLiteral("9999-12-31"), "Registration date"},
        {"date in 1066", consent, QStringLiteral("1066-10-14"), "Consent date"},
        {"a number for a date", registered, 20261120, "registeredOn"},
        {"SQL in the summary", summary, sql, nullptr},
        {"SQL in a name", name, QStringLiteral("Robert'); DROP TABLE parties;--"), nullptr},
        {"lines and tabs in the summary", summary, QStringLiteral("一\n\t二\r\n三"), nullptr},
    };
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("hostile.sqlite"));
    REQUIRE(runCli(path, {QStringLiteral("init")}).code == 0);
    const QJsonObject example = QJsonDocument::fromJson(exampleCase()).object();
    REQUIRE(runCli(path, kAddFromStdin, exampleCase()).code == 0);
    const QStringList listCases{QStringLiteral("case"), QStringLiteral("list"),
                                QStringLiteral("--json")};
    for (const Hostile &row : table) {
        INFO(row.what);
        const QString before = runCli(path, listCases).out;
        const QJsonObject input = withValue(example, row.path, row.value);
        const Outcome added = runCli(path, kAddFromStdin, QJsonDocument(input).toJson());
        if (row.expected) {
            INFO(added.err.toStdString());
            CHECK(added.code == 1);
            CHECK(added.err.contains(QString::fromUtf8(row.expected)));
            CHECK(added.err.size() < 2000); // the hostile value is not echoed back whole
            CHECK(runCli(path, listCases).out == before);
        } else {
            REQUIRE(added.code == 0);
            const Outcome shown = runCli(path, {QStringLiteral("case"), QStringLiteral("show"),
                                                added.out.trimmed(), QStringLiteral("--json")});
            REQUIRE(shown.code == 0);
            CHECK(valueAt(QJsonDocument::fromJson(shown.out.toUtf8()).object(), row.path) ==
                  row.value);
        }
    }
    SECTION("bytes that are not UTF-8, and a broken surrogate")
    {
        const QString before = runCli(path, listCases).out;
        for (const QByteArray &bad : {QByteArray("\xff\xfe"), QByteArray("\xe5\xbc"),
                                      QByteArray("\xc0\xaf"), QByteArray("\\ud800")}) {
            QByteArray text = exampleCase();
            text.replace(QByteArray("张三"), QByteArray("张") + bad);
            const Outcome added = runCli(path, kAddFromStdin, text);
            INFO(added.err.toStdString());
            CHECK(added.code == 1);
            CHECK_FALSE(added.err.isEmpty());
            CHECK(runCli(path, listCases).out == before);
        }
    }
    CHECK(runCli(path, {QStringLiteral("verify")}).code == 0);
    CHECK(soundCaseNumbers(path).size() == 4);
}

TEST_CASE("Command lines writing at once are refused or done and never corrupt the database",
          "[cli][lock]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("together.sqlite"));
    REQUIRE(runCli(path, {QStringLiteral("init")}).code == 0);
    const QByteArray example = exampleCase();
    QStringList numbers;
    int refused = 0;
    for (int round = 0; round < 5; ++round) {
        std::vector<std::unique_ptr<QProcess>> processes;
        for (int i = 0; i < 6; ++i) {
            auto process = std::make_unique<QProcess>();
            process->setProcessEnvironment(environment());
            process->start(QStringLiteral(HUAJIE_CLI),
                           QStringList{QStringLiteral("--db"), path} + kAddFromStdin);
            REQUIRE(process->waitForStarted());
            process->write(example);
            process->closeWriteChannel();
            processes.push_back(std::move(process));
        }
        for (const auto &process : processes) {
            REQUIRE(process->waitForFinished(60000));
            const QString err = QString::fromUtf8(process->readAllStandardError());
            INFO(err.toStdString());
            if (process->exitCode() == 0) {
                numbers.append(QString::fromUtf8(process->readAllStandardOutput()).trimmed());
            } else {
                CHECK(process->exitCode() == 1);
                CHECK(err.contains(QStringLiteral("open for writing")));
                ++refused;
            }
        }
    }
    INFO(refused << " refused");
    const QStringList stored = soundCaseNumbers(path);
    CHECK(stored.size() == numbers.size());
    for (const QString &number : std::as_const(numbers))
        CHECK(stored.contains(number));
    CHECK(runCli(path, {QStringLiteral("verify")}).code == 0);
}
