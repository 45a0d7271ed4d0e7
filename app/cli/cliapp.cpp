#include "cliapp.h"

#include "i18n/contexts.h"
#include "io/boundedread.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonParseError>

#include <cstdio>

namespace huajie::cli {
namespace {
// The commands that never change the database: they may run beside the desk.
bool onlyReads(const QString &command)
{
    static const QStringList readers{QStringLiteral("case list"),
                                     QStringLiteral("case show"),
                                     QStringLiteral("case actions"),
                                     QStringLiteral("case history"),
                                     QStringLiteral("case deadlines"),
                                     QStringLiteral("verify"),
                                     QStringLiteral("calendar"),
                                     QStringLiteral("calendar changes"),
                                     QStringLiteral("deadline"),
                                     QStringLiteral("profile list"),
                                     QStringLiteral("profile vocabularies"),
                                     QStringLiteral("session list"),
                                     QStringLiteral("agenda"),
                                     QStringLiteral("document templates"),
                                     QStringLiteral("document render"),
                                     QStringLiteral("document list"),
                                     QStringLiteral("document show"),
                                     QStringLiteral("report"),
                                     QStringLiteral("report frozen"),
                                     QStringLiteral("ledger"),
                                     QStringLiteral("backup"),
                                     QStringLiteral("backup list")};
    return readers.contains(command);
}

// How a command opens the database: only init creates one; a command that
// only reads never takes the writer lock, so it never refuses a desk.
StoreAccess access(const QString &command)
{
    if (command == QLatin1String("init"))
        return StoreAccess::Create;
    return onlyReads(command) ? StoreAccess::ReadOnly : StoreAccess::Write;
}
} // namespace

Context::Context(QString databasePath, QStringList args, StoreAccess access)
    : arguments(std::move(args)), out(stdout), err(stderr), m_databasePath(std::move(databasePath)),
      m_access(access)
{}

Store *Context::store()
{
    if (!m_store) {
        auto opened = Store::open(m_databasePath, m_access);
        if (!opened) {
            err << opened.error().describe() << Qt::endl;
            if (!QFileInfo::exists(m_databasePath))
                err << CliText::tr("Only init creates a database. To put a backup in its place: "
                                   "huajie-cli restore BACKUP; to start a new, empty one: "
                                   "huajie-cli init.")
                    << Qt::endl;
            else if (m_access != StoreAccess::ReadOnly && WriterLock::holder(m_databasePath))
                err << CliText::tr("This command changes the database and is refused: close it "
                                   "there first. Commands that only read still work.")
                    << Qt::endl;
            return nullptr;
        }
        // A desk whose users sign in: the command line signs in too.
        if (opened.value()->accounts().loginRequired() && !signIn(*opened.value()))
            return nullptr;
        m_store = std::move(opened).value();
    }
    return m_store.get();
}

bool Context::signIn(Store &store)
{
    // No login given is no attempt: it is not counted toward a lockout.
    const QString login = qEnvironmentVariable("HUAJIE_LOGIN");
    auto user = login.isEmpty()
                    ? Result<User>(Error{AccountText::tr("Sign in first")})
                    : store.accounts().authenticate(login, qEnvironmentVariable("HUAJIE_PASSWORD"));
    if (!user) {
        err << user.error().describe() << Qt::endl
            << CliText::tr("This desk's users sign in: set HUAJIE_LOGIN and HUAJIE_PASSWORD.")
            << Qt::endl;
        return false;
    }
    store.signIn(user.value());
    return true;
}

std::optional<int> Context::parse(QCommandLineParser &parser, const QString &description,
                                  int positionalCount)
{
    parser.setApplicationDescription(description);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  CliText::tr("Show this help."));
    parser.addOption(help);
    if (!parser.parse(arguments)) {
        err << parser.errorText() << Qt::endl << helpText(parser);
        return UsageError;
    }
    if (parser.isSet(help)) {
        out << helpText(parser);
        return Success;
    }
    if (positionalCount >= 0 && parser.positionalArguments().size() != positionalCount) {
        err << CliText::tr("Wrong number of arguments.") << Qt::endl << helpText(parser);
        return UsageError;
    }
    return std::nullopt;
}

QString Context::helpText(const QCommandLineParser &parser) const
{
    // Qt names the program by its path; the usage line should name the command.
    QString text = parser.helpText();
    text.replace(QCoreApplication::arguments().constFirst(), arguments.constFirst());
    return text;
}

Result<CaseRecord> Context::openCase(const QCommandLineParser &parser)
{
    Store *opened = store();
    if (!opened)
        return Error{CliText::tr("The database cannot be opened.")};
    auto record = opened->cases().loadByNumber(parser.positionalArguments().first());
    if (!record)
        err << record.error().describe() << Qt::endl;
    return record;
}

Result<QJsonObject> Context::readJsonObject(const QString &source)
{
    QFile file;
    if (source == QLatin1String("-")) {
        if (!file.open(stdin, QIODevice::ReadOnly))
            return Error{CliText::tr("Cannot read standard input")};
    } else {
        file.setFileName(source);
        if (!file.open(QIODevice::ReadOnly))
            return Error{CliText::tr("Cannot read %1: %2").arg(source, file.errorString())};
    }
    // A case, an action or a session is a few KB; 4 MB is already more than any holds.
    constexpr qint64 kMaxJsonBytes = 4 * 1024 * 1024;
    auto bytes = readBounded(file, kMaxJsonBytes,
                             source == QLatin1String("-") ? CliText::tr("standard input") : source);
    if (!bytes)
        return bytes.error();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes.value(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error{CliText::tr("%1 is not valid JSON (at character %2): %3")
                         .arg(source)
                         .arg(parseError.offset)
                         .arg(parseError.errorString())};
    if (!document.isObject())
        return Error{CliText::tr("%1 must hold one JSON object").arg(source)};
    return document.object();
}

std::optional<int> Context::requiredJson(const QCommandLineParser &parser,
                                         const QCommandLineOption &option, QJsonObject *object)
{
    if (!parser.isSet(option)) {
        err << CliText::tr("--json FILE is required.") << Qt::endl << helpText(parser);
        return UsageError;
    }
    auto read = readJsonObject(parser.value(option));
    if (!read)
        return fail(read.error());
    *object = read.value();
    return std::nullopt;
}

std::optional<QDate> Context::date(const QString &text, const QString &what)
{
    const QDate parsed = QDate::fromString(text, Qt::ISODate);
    if (!parsed.isValid() || text.size() != 10) {
        fail(Error{CliText::tr("\"%1\" is not a date in the form YYYY-MM-DD").arg(text), what});
        return std::nullopt;
    }
    return parsed;
}

void Context::writeJson(const QJsonDocument &document)
{
    out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    out.flush();
}

int Context::fail(const Error &error)
{
    err << error.describe() << Qt::endl;
    return BadInput;
}

QString Context::lineFromInput()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(in.readLine()).remove(QLatin1Char('\n')).remove(QLatin1Char('\r'));
}

int run(const QStringList &arguments, const QList<Command> &commands)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr(
        "Huajie: the desk of an administrative dispute coordination and resolution center."));
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption db(
        QStringLiteral("db"),
        CliText::tr("The case database (default: %1).").arg(Store::defaultPath()),
        CliText::tr("FILE"));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  CliText::tr("Show this help."));
    const QCommandLineOption version({QStringLiteral("v"), QStringLiteral("version")},
                                     CliText::tr("Show the version."));
    parser.addOptions({db, help, version});
    parser.addPositionalArgument(CliText::tr("command"),
                                 CliText::tr("What to do; see the list below."));
    QString commandList = QStringLiteral("\n") + CliText::tr("Commands:") + QLatin1Char('\n');
    for (const Command &c : commands)
        commandList += QStringLiteral("  %1  %2\n").arg(c.name, -16).arg(c.summary);
    commandList += CliText::tr("Every command takes --help.") + QLatin1Char('\n');

    QTextStream out(stdout);
    QTextStream err(stderr);
    if (!parser.parse(arguments)) {
        err << parser.errorText() << Qt::endl;
        return UsageError;
    }
    const auto helpText = [&parser] {
        return parser.helpText().replace(QCoreApplication::arguments().constFirst(),
                                         QStringLiteral("huajie-cli"));
    };
    if (parser.isSet(version)) {
        out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion()
            << Qt::endl;
        return Success;
    }
    const QStringList words = parser.positionalArguments();
    if (parser.isSet(help) || words.isEmpty()) {
        (words.isEmpty() && !parser.isSet(help) ? err : out) << helpText() << commandList;
        return words.isEmpty() && !parser.isSet(help) ? UsageError : Success;
    }
    // The longest command name that the words start with: "case add" before "case".
    const Command *chosen = nullptr;
    int chosenWords = 0;
    for (const Command &c : commands) {
        const QStringList name = c.name.split(QLatin1Char(' '));
        if (name.size() > chosenWords && words.mid(0, name.size()) == name) {
            chosen = &c;
            chosenWords = int(name.size());
        }
    }
    if (!chosen) {
        err << CliText::tr("Unknown command: %1").arg(words.join(QLatin1Char(' '))) << Qt::endl
            << commandList;
        return UsageError;
    }
    QStringList commandArguments{QStringLiteral("huajie-cli ") + chosen->name};
    commandArguments += words.mid(chosenWords);
    Context context(parser.isSet(db) ? parser.value(db) : Store::defaultPath(), commandArguments,
                    access(chosen->name));
    return chosen->run(context);
}

} // namespace huajie::cli
