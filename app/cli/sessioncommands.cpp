#include "sessioncommands.h"

#include "clock.h"
#include "domain/vocabulary.h"
#include "i18n/contexts.h"
#include "sessions/icalendarexport.h"

#include <QFile>
#include <QJsonArray>

namespace huajie::cli {
namespace {
std::optional<QDate> dateOption(Context &context, const QCommandLineParser &parser,
                                const QCommandLineOption &option, const QDate &fallback)
{
    if (!parser.isSet(option))
        return fallback;
    return context.date(parser.value(option), QStringLiteral("--") + option.names().first());
}

QString line(const Session &s)
{
    return QStringLiteral("%1\t%2–%3\t%4\t%5\t%6\t%7")
        .arg(s.id)
        .arg(s.start.toString(QStringLiteral("yyyy-MM-dd HH:mm")),
             s.end().toString(QStringLiteral("HH:mm")), s.caseNumber,
             vocab::sessionKinds().label(s.kind), s.room.isEmpty() ? s.place : s.room,
             vocab::sessionStatuses().label(s.status));
}

int sessionAdd(Context &context)
{
    QCommandLineParser parser;
    const QCommandLineOption json(
        QStringLiteral("json"),
        CliText::tr("The session as JSON, from a file or - for standard input."),
        CliText::tr("FILE"));
    parser.addOption(json);
    parser.addPositionalArgument(CliText::tr("NUMBER"), CliText::tr("The registration number."));
    if (auto stop =
            context.parse(parser,
                          CliText::tr("Schedule a session of a case. Prints its id. Without "
                                      "participants, the case's usual ones are called."),
                          1))
        return *stop;
    QJsonObject object;
    if (auto stop = context.requiredJson(parser, json, &object))
        return *stop;
    auto session = sessionjson::fromJson(object);
    if (!session)
        return context.fail(session.error());
    auto record = context.openCase(parser);
    if (!record)
        return BadInput;
    auto scheduled =
        context.store()->sessions().schedule(record.value().id, session.value(), Clock::today());
    if (!scheduled)
        return context.fail(scheduled.error());
    context.out << scheduled.value().id << Qt::endl;
    return Success;
}

int sessionRecord(Context &context)
{
    QCommandLineParser parser;
    const QCommandLineOption json(
        QStringLiteral("json"),
        CliText::tr("Attendance, agency head and minutes as JSON, from a file or - "
                    "for standard input."),
        CliText::tr("FILE"));
    parser.addOption(json);
    parser.addPositionalArgument(CliText::tr("ID"), CliText::tr("The session's id."));
    if (auto stop = context.parse(parser, CliText::tr("Record what happened at a session."), 1))
        return *stop;
    QJsonObject object;
    if (auto stop = context.requiredJson(parser, json, &object))
        return *stop;
    bool ok = false;
    const qint64 id = parser.positionalArguments().first().toLongLong(&ok);
    if (!ok)
        return context.fail(
            Error{CliText::tr("must be a session's id (a number)"), CliText::tr("ID")});
    auto outcome = sessionjson::outcomeFromJson(object);
    if (!outcome)
        return context.fail(outcome.error());
    Store *store = context.store();
    if (!store)
        return BadInput;
    auto recorded = store->sessions().recordOutcome(id, outcome.value(), Clock::today());
    if (!recorded)
        return context.fail(recorded.error());
    return Success;
}

int sessionList(Context &context)
{
    QCommandLineParser parser;
    const QCommandLineOption from(QStringLiteral("from"),
                                  CliText::tr("First day (default: today)."), CliText::tr("DATE"));
    const QCommandLineOption to(
        QStringLiteral("to"), CliText::tr("Last day (default: 30 days on)."), CliText::tr("DATE"));
    const QCommandLineOption json(QStringLiteral("json"), CliText::tr("Print JSON."));
    const QCommandLineOption ics(QStringLiteral("ics"),
                                 CliText::tr("Also write the sessions as an iCalendar file."),
                                 CliText::tr("FILE"));
    parser.addOptions({from, to, json, ics});
    if (auto stop =
            context.parse(parser, CliText::tr("The sessions of all cases between two days."), 0))
        return *stop;
    const auto first = dateOption(context, parser, from, Clock::today());
    if (!first)
        return BadInput;
    const auto last = dateOption(context, parser, to, first->addDays(30));
    if (!last)
        return BadInput;
    if (*last < *first)
        return context.fail(
            Error{CliText::tr("must not be before --from"), QStringLiteral("--to")});
    Store *store = context.store();
    if (!store)
        return BadInput;
    auto sessions = store->sessions().between(*first, *last);
    if (!sessions)
        return context.fail(sessions.error());
    if (parser.isSet(ics)) {
        QFile file(parser.value(ics));
        if (!file.open(QIODevice::WriteOnly) ||
            file.write(sessionsToICalendar(sessions.value(), Clock::now())) < 0)
            return context.fail(
                Error{CliText::tr("Cannot write %1: %2").arg(file.fileName(), file.errorString())});
    }
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const Session &s : sessions.value())
            array.append(sessionjson::toJson(s));
        context.writeJson(QJsonDocument(array));
        return Success;
    }
    for (const Session &s : sessions.value())
        context.out << line(s) << '\n';
    context.out.flush();
    return Success;
}
} // namespace

QList<Command> sessionCommands()
{
    return {
        {QStringLiteral("session add"), CliText::tr("Schedule a session."), sessionAdd},
        {QStringLiteral("session record"),
         CliText::tr("Record a session's attendance and minutes."), sessionRecord},
        {QStringLiteral("session list"), CliText::tr("The sessions between two days."),
         sessionList},
        {QStringLiteral("agenda"),
         CliText::tr("The sessions between two days, as --ics for calendars."), sessionList},
    };
}

} // namespace huajie::cli
