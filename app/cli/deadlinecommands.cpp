#include "deadlinecommands.h"

#include "calendar/holidaycalendar.h"
#include "clock.h"
#include "deadline/casedeadlines.h"
#include "i18n/contexts.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace huajie::cli {
namespace {
int calendarDays(Context &context)
{
    QCommandLineParser parser;
    const QCommandLineOption to(QStringLiteral("to"), CliText::tr("The last date of a range."),
                                CliText::tr("DATE"));
    parser.addOption(to);
    parser.addPositionalArgument(CliText::tr("DATE"), CliText::tr("The date, YYYY-MM-DD."));
    if (auto stop = context.parse(
            parser, CliText::tr("Whether days are working or rest days, one line a date."), 1))
        return *stop;
    const auto from = context.date(parser.positionalArguments().first(), CliText::tr("DATE"));
    if (!from)
        return BadInput;
    QDate last = *from;
    if (parser.isSet(to)) {
        const auto until = context.date(parser.value(to), QStringLiteral("--to"));
        if (!until)
            return BadInput;
        last = *until;
    }
    if (last < *from || from->daysTo(last) > 3660)
        return context.fail(
            Error{CliText::tr("must be on or after DATE and at most ten years later"),
                  QStringLiteral("--to")});
    Store *store = context.store();
    if (!store)
        return BadInput;
    const HolidayCalendar &calendar = store->deadlineSetup().calendar;
    for (QDate d = *from; d <= last; d = d.addDays(1)) {
        const HolidayCalendar::Day day = calendar.day(d);
        context.out << d.toString(Qt::ISODate) << (day.rest ? " rest" : " working");
        if (!day.name.isEmpty())
            context.out << ' ' << day.name;
        context.out << '\n';
    }
    context.out.flush();
    return Success;
}

int deadline(Context &context)
{
    QCommandLineParser parser;
    const QCommandLineOption from(QStringLiteral("from"),
                                  CliText::tr("The day the period starts from (not counted)."),
                                  CliText::tr("DATE"));
    const QCommandLineOption days(QStringLiteral("days"), CliText::tr("A period of N days."),
                                  CliText::tr("N"));
    const QCommandLineOption workingDays(QStringLiteral("working-days"),
                                         CliText::tr("A period of N working days."),
                                         CliText::tr("N"));
    const QCommandLineOption months(QStringLiteral("months"), CliText::tr("A period of N months."),
                                    CliText::tr("N"));
    const QCommandLineOption suspend(
        QStringLiteral("suspend"),
        CliText::tr("Days that do not count, FROM..TO inclusive; may be repeated."),
        CliText::tr("FROM..TO"));
    const QCommandLineOption extend(QStringLiteral("extend"),
                                    CliText::tr("An extension of N days."), CliText::tr("N"));
    const QCommandLineOption explain(QStringLiteral("explain"), CliText::tr("Explain each step."));
    const QCommandLineOption json(QStringLiteral("json"), CliText::tr("Print JSON."));
    parser.addOptions({from, days, workingDays, months, suspend, extend, explain, json});
    if (auto stop = context.parse(
            parser,
            CliText::tr("Compute a deadline with the counting rules and the calendar. "
                        "The first line starts with the date, then \"provisional\" "
                        "when it is."),
            0))
        return *stop;
    if (!parser.isSet(from)) {
        context.err << CliText::tr("--from DATE is required.") << Qt::endl
                    << context.helpText(parser);
        return UsageError;
    }
    const int units =
        int(parser.isSet(days)) + int(parser.isSet(workingDays)) + int(parser.isSet(months));
    if (units != 1) {
        context.err << CliText::tr("Give exactly one of --days, --working-days and --months.")
                    << Qt::endl
                    << context.helpText(parser);
        return UsageError;
    }
    DeadlineRequest request;
    const auto start = context.date(parser.value(from), QStringLiteral("--from"));
    if (!start)
        return BadInput;
    request.start = *start;
    const QCommandLineOption &unit = parser.isSet(days)          ? days
                                     : parser.isSet(workingDays) ? workingDays
                                                                 : months;
    request.period.unit = parser.isSet(days)          ? Period::Days
                          : parser.isSet(workingDays) ? Period::WorkingDays
                                                      : Period::Months;
    bool ok = false;
    request.period.length = parser.value(unit).toInt(&ok);
    if (!ok || request.period.length < 1 || request.period.length > 3650)
        return context.fail(Error{CliText::tr("must be a whole number from 1 to 3650"),
                                  QStringLiteral("--") + unit.names().first()});
    static const QRegularExpression range(
        QStringLiteral(R"(^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$)"));
    for (const QString &value : parser.values(suspend)) {
        const auto match = range.match(value);
        const QDate a = QDate::fromString(match.captured(1), Qt::ISODate);
        const QDate b = QDate::fromString(match.captured(2), Qt::ISODate);
        if (!match.hasMatch() || !a.isValid() || !b.isValid() || b < a)
            return context.fail(
                Error{CliText::tr("\"%1\" is not a range FROM..TO of dates, FROM not after TO")
                          .arg(value),
                      QStringLiteral("--suspend")});
        request.suspensions.append({a, b});
    }
    if (parser.isSet(extend)) {
        request.extensionDays = parser.value(extend).toInt(&ok);
        if (!ok || request.extensionDays < 1 || request.extensionDays > 3650)
            return context.fail(Error{CliText::tr("must be a whole number from 1 to 3650"),
                                      QStringLiteral("--extend")});
    }
    Store *store = context.store();
    if (!store)
        return BadInput;
    const Deadline result =
        DeadlineCalculator(store->deadlineSetup().calendar).compute(request, Clock::today(), true);
    const QStringList lines = result.explanation(request);
    if (parser.isSet(json)) {
        const QJsonObject object{
            {QStringLiteral("due"), result.due.toString(Qt::ISODate)},
            {QStringLiteral("nominal"), result.nominal.toString(Qt::ISODate)},
            {QStringLiteral("provisional"), result.provisional},
            {QStringLiteral("explanation"), QJsonArray::fromStringList(lines)}};
        context.writeJson(QJsonDocument(object));
        return Success;
    }
    context.out << result.due.toString(Qt::ISODate) << (result.provisional ? " provisional" : "")
                << '\n';
    if (parser.isSet(explain))
        for (const QString &line : lines)
            context.out << "  " << line << '\n';
    context.out.flush();
    return Success;
}

int calendarImport(Context &context)
{
    QCommandLineParser parser;
    const QCommandLineOption reason(QStringLiteral("reason"),
                                    CliText::tr("Why the calendar changes."), CliText::tr("TEXT"));
    parser.addOption(reason);
    parser.addPositionalArgument(CliText::tr("FILE"),
                                 CliText::tr("A holiday-cn year file, e.g. 2027.json."));
    if (auto stop =
            context.parse(parser,
                          CliText::tr("Import a year of the State Council's holiday notice; "
                                      "deadlines that waited for it become final."),
                          1))
        return *stop;
    const QString path = parser.positionalArguments().first();
    auto data = HolidayCalendar::readFile(path);
    if (!data)
        return context.fail(data.error());
    Store *store = context.store();
    if (!store)
        return BadInput;
    const QString why =
        parser.isSet(reason) ? parser.value(reason) : CliText::tr("imported from %1").arg(path);
    auto year = store->calendar().importYear(data.value(), store->cases().user(), why);
    if (!year)
        return context.fail(Error{year.error().describe(), path});
    if (auto reloaded = store->reloadDeadlineSetup(); !reloaded)
        return context.fail(reloaded.error());
    context.out << CliText::tr("Imported the holidays of %1%2.")
                       .arg(year.value())
                       .arg(store->deadlineSetup().calendar.isPublished(year.value())
                                ? QString()
                                : CliText::tr(" (the file says the year is not published yet)"))
                << Qt::endl;
    return Success;
}

int calendarSet(Context &context)
{
    QCommandLineParser parser;
    const QCommandLineOption rest(QStringLiteral("rest"), CliText::tr("The day is a rest day."));
    const QCommandLineOption working(QStringLiteral("working"),
                                     CliText::tr("The day is a working day."));
    const QCommandLineOption name(QStringLiteral("name"), CliText::tr("The holiday's name."),
                                  CliText::tr("NAME"));
    const QCommandLineOption reason(QStringLiteral("reason"),
                                    CliText::tr("Why the calendar changes."), CliText::tr("TEXT"));
    parser.addOptions({rest, working, name, reason});
    parser.addPositionalArgument(CliText::tr("DATE"), CliText::tr("The date, YYYY-MM-DD."));
    if (auto stop = context.parse(
            parser, CliText::tr("Make one day a rest or a working day, e.g. a local holiday."), 1))
        return *stop;
    if (parser.isSet(rest) == parser.isSet(working)) {
        context.err << CliText::tr("Give exactly one of --rest and --working.") << Qt::endl
                    << context.helpText(parser);
        return UsageError;
    }
    const auto day = context.date(parser.positionalArguments().first(), CliText::tr("DATE"));
    if (!day)
        return BadInput;
    Store *store = context.store();
    if (!store)
        return BadInput;
    if (auto set = store->calendar().setDay(*day, parser.isSet(rest), parser.value(name),
                                            store->cases().user(), parser.value(reason));
        !set)
        return context.fail(set.error());
    return Success;
}

int calendarClear(Context &context)
{
    QCommandLineParser parser;
    const QCommandLineOption reason(QStringLiteral("reason"),
                                    CliText::tr("Why the calendar changes."), CliText::tr("TEXT"));
    parser.addOption(reason);
    parser.addPositionalArgument(CliText::tr("DATE"), CliText::tr("The date, YYYY-MM-DD."));
    if (auto stop =
            context.parse(parser, CliText::tr("Remove the center's setting of one day."), 1))
        return *stop;
    const auto day = context.date(parser.positionalArguments().first(), CliText::tr("DATE"));
    if (!day)
        return BadInput;
    Store *store = context.store();
    if (!store)
        return BadInput;
    if (auto cleared =
            store->calendar().clearDay(*day, store->cases().user(), parser.value(reason));
        !cleared)
        return context.fail(cleared.error());
    return Success;
}

int calendarChanges(Context &context)
{
    QCommandLineParser parser;
    if (auto stop = context.parse(
            parser, CliText::tr("The center's changes to the calendar: who, when, why."), 0))
        return *stop;
    Store *store = context.store();
    if (!store)
        return BadInput;
    auto changes = store->calendar().changes();
    if (!changes)
        return context.fail(changes.error());
    for (const CalendarChange &c : changes.value()) {
        context.out << c.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) << '\t'
                    << c.user << '\t';
        switch (c.kind) {
        case CalendarChange::Kind::Import:
            context.out << CliText::tr("imported %1").arg(c.name);
            break;
        case CalendarChange::Kind::Set:
            context.out << CliText::tr("%1 set to %2 %3")
                               .arg(c.day.toString(Qt::ISODate),
                                    c.rest ? CliText::tr("rest") : CliText::tr("working"), c.name)
                               .trimmed();
            break;
        case CalendarChange::Kind::Clear:
            context.out << CliText::tr("%1 back to the notice").arg(c.day.toString(Qt::ISODate));
            break;
        }
        context.out << '\t' << c.reason << '\n';
    }
    context.out.flush();
    return Success;
}

int caseDeadlines(Context &context)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), CliText::tr("Print JSON."));
    parser.addOption(json);
    parser.addPositionalArgument(CliText::tr("NUMBER"), CliText::tr("The registration number."));
    if (auto stop = context.parse(
            parser, CliText::tr("A case's deadlines under the center's rule profile."), 1))
        return *stop;
    auto record = context.openCase(parser);
    if (!record)
        return BadInput;
    Store *store = context.store();
    const DeadlineSetup &setup = store->deadlineSetup();
    const auto deadlines =
        evaluateDeadlines(record.value(), setup.profile, setup.calendar, Clock::today(), true);
    QJsonArray array;
    for (const CaseDeadline &d : deadlines) {
        static const char *statuses[] = {"done",    "done_late", "open",    "due_today",
                                         "overdue", "lapsed",    "tracked", "start_unknown"};
        array.append(QJsonObject{
            {QStringLiteral("id"), d.rule.id},
            {QStringLiteral("label"), d.rule.label()},
            {QStringLiteral("start"), d.request.start.toString(Qt::ISODate)},
            {QStringLiteral("due"), d.deadline.due.toString(Qt::ISODate)},
            {QStringLiteral("provisional"), d.deadline.provisional},
            {QStringLiteral("status"), QString::fromLatin1(statuses[int(d.status)])},
            {QStringLiteral("daysLeft"), d.daysLeft},
            {QStringLiteral("daysElapsed"), d.daysElapsed},
            {QStringLiteral("tracked"), d.rule.tracked},
            {QStringLiteral("doneOn"), d.doneOn.toString(Qt::ISODate)},
            {QStringLiteral("explanation"), QJsonArray::fromStringList(d.explanation())}});
        if (!parser.isSet(json))
            context.out << d.rule.id << '\t' << d.deadline.due.toString(Qt::ISODate) << '\t'
                        << d.statusText() << '\t' << d.rule.label() << '\n';
    }
    if (parser.isSet(json))
        context.writeJson(QJsonDocument(array));
    context.out.flush();
    return Success;
}

int profileList(Context &context)
{
    QCommandLineParser parser;
    if (auto stop = context.parse(
            parser, CliText::tr("The rule profiles there are; * marks the one in use."), 0))
        return *stop;
    Store *store = context.store();
    if (!store)
        return BadInput;
    for (const RuleProfile &p : RuleProfile::available())
        context.out << (p.id == store->deadlineSetup().profile.id ? "* " : "  ") << p.id << '\t'
                    << p.name() << '\t' << p.texts.name << '\n';
    context.out << CliText::tr("A center's own profiles go in %1").arg(RuleProfile::userFolder())
                << Qt::endl;
    if (!store->deadlineSetup().profileProblem.isEmpty())
        context.err << store->deadlineSetup().profileProblem << Qt::endl;
    return Success;
}

int profileUse(Context &context)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(CliText::tr("ID"), CliText::tr("The profile's id."));
    if (auto stop =
            context.parse(parser, CliText::tr("Count deadlines with another rule profile."), 1))
        return *stop;
    Store *store = context.store();
    if (!store)
        return BadInput;
    if (auto chosen = store->chooseProfile(parser.positionalArguments().first()); !chosen)
        return context.fail(chosen.error());
    const RuleProfile &profile = store->deadlineSetup().profile;
    context.out << CliText::tr("Rule profile in use: %1 (%2), %3; every case's deadlines are "
                               "counted by it.")
                       .arg(profile.name(), profile.id, profile.texts.name)
                << Qt::endl;
    return Success;
}
} // namespace

QList<Command> deadlineCommands()
{
    return {
        {QStringLiteral("calendar"), CliText::tr("Working and rest days."), calendarDays},
        {QStringLiteral("calendar import"), CliText::tr("Import a year's holidays."),
         calendarImport},
        {QStringLiteral("calendar set"), CliText::tr("Set one day."), calendarSet},
        {QStringLiteral("calendar clear"), CliText::tr("Undo the setting of one day."),
         calendarClear},
        {QStringLiteral("calendar changes"), CliText::tr("The calendar's changes."),
         calendarChanges},
        {QStringLiteral("deadline"), CliText::tr("Compute a deadline."), deadline},
        {QStringLiteral("case deadlines"), CliText::tr("A case's deadlines."), caseDeadlines},
        {QStringLiteral("profile list"), CliText::tr("The rule profiles."), profileList},
        {QStringLiteral("profile use"), CliText::tr("Choose a rule profile."), profileUse},
    };
}

} // namespace huajie::cli
