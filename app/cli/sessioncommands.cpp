#include "sessioncommands.h"

#include "clock.h"
#include "domain/vocabulary.h"
#include "i18n/contexts.h"
#include "io/ownerfile.h"
#include "sessions/icalendarexport.h"

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

// The session named by the command's first argument; on failure the reason is printed.
std::optional<qint64> sessionId(Context &context, const QCommandLineParser &parser)
{
    bool ok = false;
    const qint64 id = parser.positionalArguments().first().toLongLong(&ok);
    if (!ok) {
        context.fail(Error{CliText::tr("must be a session's id (a number)"), CliText::tr("ID")});
        return std::nullopt;
    }
    return id;
}

QCommandLineOption reasonOption()
{
    return QCommandLineOption(QStringLiteral("reason"),
                              CliText::tr("Why the session changes (required)."),
                              CliText::tr("TEXT"));
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
    const auto id = sessionId(context, parser);
    if (!id)
        return BadInput;
    auto outcome = sessionjson::outcomeFromJson(object);
    if (!outcome)
        return context.fail(outcome.error());
    Store *store = context.store();
    if (!store)
        return BadInput;
    auto recorded = store->sessions().recordOutcome(*id, outcome.value(), Clock::today());
    if (!recorded)
        return context.fail(recorded.error());
    return Success;
}

int sessionReschedule(Context &context)
{
    QCommandLineParser parser;
    const QCommandLineOption start(QStringLiteral("start"),
                                   CliText::tr("The new start, YYYY-MM-DDTHH:MM."),
                                   CliText::tr("DATETIME"));
    const QCommandLineOption room(QStringLiteral("room"),
                                  CliText::tr("The new room (default: the same)."),
                                  CliText::tr("ROOM"));
    const QCommandLineOption noticeOn(QStringLiteral("notice-on"),
                                      CliText::tr("When the new notice goes out (default: today)."),
                                      CliText::tr("DATE"));
    const QCommandLineOption shortNotice(
        QStringLiteral("short-notice-reason"),
        CliText::tr("Why the new time is sooner than the notice days allow."), CliText::tr("TEXT"));
    const QCommandLineOption reason = reasonOption();
    parser.addOptions({start, room, noticeOn, shortNotice, reason});
    parser.addPositionalArgument(CliText::tr("ID"), CliText::tr("The session's id."));
    if (auto stop = context.parse(parser,
                                  CliText::tr("Move a session to another time or room, checked "
                                              "as a new one is. Prints the participants to "
                                              "notify again."),
                                  1))
        return *stop;
    if (!parser.isSet(start)) {
        context.err << CliText::tr("Give the new time with --start.") << Qt::endl
                    << context.helpText(parser);
        return UsageError;
    }
    const auto id = sessionId(context, parser);
    if (!id)
        return BadInput;
    Rescheduling change;
    change.start = QDateTime::fromString(parser.value(start), QStringLiteral("yyyy-MM-ddTHH:mm"));
    if (!change.start.isValid())
        return context.fail(Error{JsonText::tr("\"%1\" is not a time in the form YYYY-MM-DDTHH:MM")
                                      .arg(parser.value(start)),
                                  QStringLiteral("--start")});
    if (parser.isSet(noticeOn)) {
        const auto day = context.date(parser.value(noticeOn), QStringLiteral("--notice-on"));
        if (!day)
            return BadInput;
        change.noticeOn = *day;
    }
    change.room = parser.value(room);
    change.shortNoticeReason = parser.value(shortNotice);
    change.reason = parser.value(reason);
    Store *store = context.store();
    if (!store)
        return BadInput;
    auto moved = store->sessions().reschedule(*id, change, Clock::today());
    if (!moved)
        return context.fail(moved.error());
    context.out << line(moved.value()) << '\n'
                << CliText::tr("To be notified again of the new time:") << '\n';
    for (const Participant &p : moved.value().participants)
        context.out << '\t'
                    << store->deadlineSetup().profile.vocabularies.participantRoles.label(p.role)
                    << '\t' << p.name
                    << (p.party.isEmpty() ? QString() : QLatin1Char('\t') + p.party) << '\n';
    context.out.flush();
    return Success;
}

int sessionCancel(Context &context)
{
    QCommandLineParser parser;
    const QCommandLineOption reason = reasonOption();
    parser.addOption(reason);
    parser.addPositionalArgument(CliText::tr("ID"), CliText::tr("The session's id."));
    if (auto stop = context.parse(parser,
                                  CliText::tr("Cancel a session that will not take place: it "
                                              "leaves the schedule and frees its room."),
                                  1))
        return *stop;
    const auto id = sessionId(context, parser);
    if (!id)
        return BadInput;
    Store *store = context.store();
    if (!store)
        return BadInput;
    auto cancelled = store->sessions().cancel(*id, parser.value(reason));
    if (!cancelled)
        return context.fail(cancelled.error());
    context.out << line(cancelled.value()) << Qt::endl;
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
        if (auto written = OwnerOnlyFile::write(
                parser.value(ics),
                sessionsToICalendar(sessions.value(), Clock::now(),
                                    store->deadlineSetup().profile.vocabularies.participantRoles));
            !written)
            return context.fail(written.error());
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
        {QStringLiteral("session reschedule"),
         CliText::tr("Move a session to another time or room, with a reason."), sessionReschedule},
        {QStringLiteral("session cancel"), CliText::tr("Cancel a session, with a reason."),
         sessionCancel},
        {QStringLiteral("session list"), CliText::tr("The sessions between two days."),
         sessionList},
        {QStringLiteral("agenda"),
         CliText::tr("The sessions between two days, as --ics for calendars."), sessionList},
    };
}

} // namespace huajie::cli
