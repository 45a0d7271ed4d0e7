#include "casecommands.h"

#include "clock.h"
#include "demo/demogenerator.h"
#include "domain/vocabulary.h"
#include "i18n/contexts.h"
#include "io/casejson.h"
#include "io/changedescription.h"
#include "lifecycle/eventnames.h"
#include "lifecycle/lifecycle.h"
#include "store/recordaudit.h"
#include "store/schema.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace huajie::cli {
namespace {
int init(Context &context)
{
    QCommandLineParser parser;
    if (auto stop = context.parse(
            parser, CliText::tr("Create the database, or upgrade it to this version."), 0))
        return *stop;
    if (!context.store())
        return BadInput;
    context.out << CliText::tr("Database ready: %1 (schema %2)")
                       .arg(context.databasePath())
                       .arg(schema::kCurrentVersion)
                << Qt::endl;
    return Success;
}

int demo(Context &context)
{
    QCommandLineParser parser;
    const QCommandLineOption cases(QStringLiteral("cases"), CliText::tr("How many cases to add."),
                                   CliText::tr("N"), QStringLiteral("200"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  CliText::tr("Seed, for the same data again."), CliText::tr("S"),
                                  QStringLiteral("1"));
    parser.addOptions({cases, seed});
    if (auto stop = context.parse(parser,
                                  CliText::tr("Add realistic demo data: directories and cases in "
                                              "every state over the last two years."),
                                  0))
        return *stop;
    bool countOk = false;
    bool seedOk = false;
    const int count = parser.value(cases).toInt(&countOk);
    const uint seedValue = parser.value(seed).toUInt(&seedOk);
    if (!countOk || count < 1 || count > 1000000)
        return context.fail(Error{CliText::tr("must be a whole number from 1 to 1000000"),
                                  QStringLiteral("--cases")});
    if (!seedOk)
        return context.fail(Error{CliText::tr("must be a whole number"), QStringLiteral("--seed")});
    Store *store = context.store();
    if (!store)
        return BadInput;
    auto added = loadDemoData(*store, count, seedValue, Clock::today());
    if (!added)
        return context.fail(added.error());
    context.out
        << CliText::tr("Added %1 demo cases to %2").arg(added.value()).arg(context.databasePath())
        << Qt::endl;
    return Success;
}

int caseAdd(Context &context)
{
    QCommandLineParser parser;
    const QCommandLineOption json(
        QStringLiteral("json"),
        CliText::tr("The case as JSON, from a file or - for standard input."), CliText::tr("FILE"));
    parser.addOption(json);
    if (auto stop = context.parse(parser,
                                  CliText::tr("Register a case from JSON, with the same checks as "
                                              "the registration form. Prints its number. The "
                                              "sources and grounds it may take: profile "
                                              "vocabularies."),
                                  0))
        return *stop;
    QJsonObject object;
    if (auto stop = context.requiredJson(parser, json, &object))
        return *stop;
    auto record = casejson::fromJson(object);
    if (!record)
        return context.fail(record.error());
    Store *store = context.store();
    if (!store)
        return BadInput;
    auto stored = store->cases().registerCase(record.value(), Clock::today());
    if (!stored)
        return context.fail(stored.error());
    context.out << stored.value().number << Qt::endl;
    return Success;
}

int caseList(Context &context)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), CliText::tr("Print JSON."));
    const QCommandLineOption search(
        QStringLiteral("search"),
        CliText::tr("Only the cases holding every word of TEXT in any field: numbers, names, "
                    "ID numbers, credit codes, phones, agents, the act."),
        CliText::tr("TEXT"));
    const QCommandLineOption voided(QStringLiteral("voided"),
                                    CliText::tr("Only the registrations voided as made in error."));
    parser.addOptions({json, search, voided});
    if (auto stop = context.parse(parser, CliText::tr("List the cases, newest first."), 0))
        return *stop;
    if (parser.isSet(search) && CaseSearch::words(parser.value(search)).isEmpty())
        return context.fail(
            Error{CliText::tr("give a word to search for"), QStringLiteral("--search")});
    Store *store = context.store();
    if (!store)
        return BadInput;
    auto rows = store->cases().summaries();
    if (!rows)
        return context.fail(rows.error());
    if (parser.isSet(search)) {
        auto found = store->cases().search().matching(parser.value(search));
        if (!found)
            return context.fail(found.error());
        rows.value().removeIf([&](const CaseSummary &s) { return !found.value().contains(s.id); });
    }
    // A voided registration is listed only when asked for.
    QList<CaseSummary> shown;
    for (const CaseSummary &s : rows.value())
        if (s.voided == parser.isSet(voided))
            shown.append(s);
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const CaseSummary &s : shown)
            array.append(casejson::summaryToJson(s));
        context.writeJson(QJsonDocument(array));
        return Success;
    }
    for (const CaseSummary &s : shown)
        context.out << s.number << '\t' << s.registeredOn.toString(Qt::ISODate) << '\t'
                    << vocab::caseStates().label(s.state) << '\t' << s.applicants << '\t'
                    << s.agencies << Qt::endl;
    if (parser.isSet(search) && shown.isEmpty())
        context.err << CliText::tr("No case holds %1").arg(parser.value(search).simplified())
                    << Qt::endl;
    return Success;
}

int caseShow(Context &context)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"),
                                  CliText::tr("Print JSON (the same shape as case add takes)."));
    parser.addOption(json);
    parser.addPositionalArgument(CliText::tr("NUMBER"), CliText::tr("The registration number."));
    if (auto stop = context.parse(parser, CliText::tr("Show one case."), 1))
        return *stop;
    auto record = context.openCase(parser);
    if (!record)
        return BadInput;
    const QJsonObject object = casejson::toJson(record.value());
    if (parser.isSet(json)) {
        // What its life has recorded beside it: dates, the agreement, invitations.
        QJsonObject shown = object;
        shown.insert(QStringLiteral("progress"), record.value().progress.toJson());
        context.writeJson(QJsonDocument(shown));
        return Success;
    }
    const CaseRecord &c = record.value();
    context.out << c.number << "  " << vocab::caseStates().label(c.state) << Qt::endl
                << CliText::tr("Registered") << ": " << c.registeredOn.toString(Qt::ISODate)
                << Qt::endl
                << CliText::tr("Source") << ": "
                << context.store()->deadlineSetup().profile.vocabularies.sourceChannels.label(
                       c.source)
                << Qt::endl
                << CliText::tr("Disputed act") << ": " << c.disputedAct << Qt::endl;
    for (const auto &[label, value] :
         {std::pair{FieldText::tr("Referring unit"), c.referringUnit},
          std::pair{FieldText::tr("Referral number"), c.referralNumber},
          std::pair{FieldText::tr("Lead mediator"), c.leadMediator}})
        if (!value.isEmpty())
            context.out << label << ": " << value << Qt::endl;
    if (c.courtReceivedOn.isValid())
        context.out << CliText::tr("Received by the referring body on") << ": "
                    << c.courtReceivedOn.toString(Qt::ISODate) << Qt::endl;
    if (c.referredOn.isValid())
        context.out << CliText::tr("Referral dated") << ": " << c.referredOn.toString(Qt::ISODate)
                    << Qt::endl;
    for (const Party &p : c.parties)
        context.out << vocab::partyRoles().label(p.role) << ": " << p.name << Qt::endl;
    return Success;
}
int caseTransition(Context &context)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"),
                                  CliText::tr("The action's details as JSON, from a file or - for "
                                              "standard input."),
                                  CliText::tr("FILE"));
    parser.addOption(json);
    parser.addPositionalArgument(CliText::tr("NUMBER"), CliText::tr("The registration number."));
    parser.addPositionalArgument(CliText::tr("ACTION"),
                                 CliText::tr("What to do; `case actions NUMBER` lists them."));
    if (auto stop =
            context.parse(parser,
                          CliText::tr("Apply a lifecycle action to a case. A refused action "
                                      "exits 1 with the rule that refused it."),
                          2))
        return *stop;
    QJsonObject input;
    if (parser.isSet(json)) {
        auto read = context.readJsonObject(parser.value(json));
        if (!read)
            return context.fail(read.error());
        input = read.value();
    }
    auto record = context.openCase(parser);
    if (!record)
        return BadInput;
    Store *store = context.store();
    auto moved = store->cases().transition(record.value().id, parser.positionalArguments().at(1),
                                           input, Clock::today());
    if (!moved)
        return context.fail(moved.error());
    context.out << moved.value().number << ' ' << vocab::caseStates().label(moved.value().state)
                << Qt::endl;
    return Success;
}

// The --reason every correction, withdrawal and voiding needs; an exit code
// when it is missing.
std::optional<int> requiredReason(Context &context, const QCommandLineParser &parser,
                                  const QCommandLineOption &reason)
{
    if (parser.isSet(reason))
        return std::nullopt;
    context.err << CliText::tr("--reason TEXT is required: say why the record is put right.")
                << Qt::endl
                << context.helpText(parser);
    return UsageError;
}

QCommandLineOption reasonOption()
{
    return QCommandLineOption(QStringLiteral("reason"),
                              CliText::tr("Why it is put right (kept in the history)."),
                              CliText::tr("TEXT"));
}

int caseCorrect(Context &context)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"),
                                  CliText::tr("The corrected fields of the last action as JSON "
                                              "(the fields it takes; null removes an optional "
                                              "one), from a file or - for standard input."),
                                  CliText::tr("FILE"));
    const QCommandLineOption reason = reasonOption();
    parser.addOptions({json, reason});
    parser.addPositionalArgument(CliText::tr("NUMBER"), CliText::tr("The registration number."));
    if (auto stop = context.parse(
            parser,
            CliText::tr("Correct the dates or details of the case's last recorded action. The "
                        "corrected values are checked by the action's own rules; the fields not "
                        "given keep their recorded values."),
            1))
        return *stop;
    if (auto stop = requiredReason(context, parser, reason))
        return *stop;
    QJsonObject input;
    if (auto stop = context.requiredJson(parser, json, &input))
        return *stop;
    auto record = context.openCase(parser);
    if (!record)
        return BadInput;
    CaseStore &cases = context.store()->cases();
    auto last = cases.lastAction(record.value().id);
    auto corrected =
        cases.correctLastAction(record.value().id, input, parser.value(reason), Clock::today());
    if (!corrected)
        return context.fail(corrected.error());
    context.out << CliText::tr("%1: corrected \"%2\"")
                       .arg(corrected.value().number, eventName(last.value().event.action))
                << Qt::endl;
    return Success;
}

int caseUndo(Context &context)
{
    QCommandLineParser parser;
    const QCommandLineOption reason = reasonOption();
    parser.addOption(reason);
    parser.addPositionalArgument(CliText::tr("NUMBER"), CliText::tr("The registration number."));
    if (auto stop = context.parse(
            parser,
            CliText::tr("Withdraw the case's last recorded action: the case returns to its state "
                        "before it. Refused while something recorded later rests on it."),
            1))
        return *stop;
    if (auto stop = requiredReason(context, parser, reason))
        return *stop;
    auto record = context.openCase(parser);
    if (!record)
        return BadInput;
    CaseStore &cases = context.store()->cases();
    auto last = cases.lastAction(record.value().id);
    auto withdrawn = cases.withdrawLastAction(record.value().id, parser.value(reason));
    if (!withdrawn)
        return context.fail(withdrawn.error());
    context.out << CliText::tr("%1: withdrew \"%2\"; the case is %3 again")
                       .arg(withdrawn.value().number, eventName(last.value().event.action),
                            vocab::caseStates().label(withdrawn.value().state))
                << Qt::endl;
    return Success;
}

int caseVoid(Context &context)
{
    QCommandLineParser parser;
    const QCommandLineOption reason = reasonOption();
    parser.addOption(reason);
    parser.addPositionalArgument(CliText::tr("NUMBER"), CliText::tr("The registration number."));
    if (auto stop = context.parse(
            parser,
            CliText::tr("Void a registration made in error: the case leaves the lists and the "
                        "statistics and takes no more actions; it keeps its number, which is not "
                        "given again, and its history. Voiding cannot be undone."),
            1))
        return *stop;
    if (auto stop = requiredReason(context, parser, reason))
        return *stop;
    auto record = context.openCase(parser);
    if (!record)
        return BadInput;
    auto voided = context.store()->cases().voidCase(record.value().id, parser.value(reason));
    if (!voided)
        return context.fail(voided.error());
    context.out
        << CliText::tr("%1 voided; `case list --voided` lists it.").arg(voided.value().number)
        << Qt::endl;
    return Success;
}

int caseActions(Context &context)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), CliText::tr("Print JSON."));
    parser.addOption(json);
    parser.addPositionalArgument(CliText::tr("NUMBER"), CliText::tr("The registration number."));
    if (auto stop = context.parse(parser,
                                  CliText::tr("List the lifecycle actions, which are possible now, "
                                              "why the others are not, and what each asks for."),
                                  1))
        return *stop;
    auto record = context.openCase(parser);
    if (!record)
        return BadInput;
    Store *store = context.store();
    const auto actions = store->cases().availableActions(record.value(), Clock::today());
    QJsonArray array;
    for (const ActionAvailability &a : actions) {
        QJsonArray fields;
        QStringList keys;
        for (const ActionField &f : a.action->fields) {
            QJsonObject field{{QStringLiteral("key"), QString::fromLatin1(f.key)},
                              {QStringLiteral("label"), f.translatedLabel()},
                              {QStringLiteral("required"), f.required}};
            if (f.type == ActionField::Choice) {
                // The codes the center's profile offers, with their labels.
                const OfferedTerms choices = f.choices(store->deadlineSetup().profile.vocabularies);
                QJsonArray offered;
                for (const QString &code : choices.codes())
                    offered.append(QJsonObject{{QStringLiteral("code"), code},
                                               {QStringLiteral("label"), choices.label(code)}});
                field.insert(QStringLiteral("choices"), offered);
            }
            fields.append(field);
            keys.append(QString::fromLatin1(f.key) +
                        (f.required ? QString() : QStringLiteral("?")));
        }
        array.append(QJsonObject{{QStringLiteral("action"), QString::fromLatin1(a.action->code)},
                                 {QStringLiteral("label"), a.action->translatedLabel()},
                                 {QStringLiteral("possible"), a.enabled},
                                 {QStringLiteral("reason"), a.reason},
                                 {QStringLiteral("fields"), fields}});
        if (!parser.isSet(json))
            context.out << (a.enabled ? "+ " : "- ") << a.action->code << "  "
                        << a.action->translatedLabel() << "  {" << keys.join(QStringLiteral(", "))
                        << '}'
                        << (a.enabled ? QString()
                                      : QStringLiteral("  (") + a.reason + QLatin1Char(')'))
                        << Qt::endl;
    }
    if (parser.isSet(json))
        context.writeJson(QJsonDocument(array));
    return Success;
}

int caseHistory(Context &context)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), CliText::tr("Print JSON."));
    parser.addOption(json);
    parser.addPositionalArgument(CliText::tr("NUMBER"), CliText::tr("The registration number."));
    if (auto stop = context.parse(parser, CliText::tr("Show a case's history, oldest first."), 1))
        return *stop;
    auto record = context.openCase(parser);
    if (!record)
        return BadInput;
    Store *store = context.store();
    auto events = store->cases().history(record.value().id);
    if (!events)
        return context.fail(events.error());
    QJsonArray array;
    for (const CaseEvent &e : events.value()) {
        array.append(QJsonObject{{QStringLiteral("sequence"), e.sequence},
                                 {QStringLiteral("at"), e.at.toString(Qt::ISODateWithMs)},
                                 {QStringLiteral("user"), e.user},
                                 {QStringLiteral("action"), e.action},
                                 {QStringLiteral("from"), e.fromState},
                                 {QStringLiteral("to"), e.toState},
                                 {QStringLiteral("input"), e.input},
                                 {QStringLiteral("changes"), e.changes},
                                 {QStringLiteral("hash"), e.hash}});
        if (parser.isSet(json))
            continue;
        // The state it left and the one it reached, or the one it stayed in.
        const QString state =
            e.fromState.isEmpty() || e.fromState == e.toState
                ? vocab::caseStates().label(e.toState)
                : QStringLiteral("%1 → %2").arg(vocab::caseStates().label(e.fromState),
                                                vocab::caseStates().label(e.toState));
        context.out << e.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) << "  "
                    << e.user << "  " << eventName(e.action) << "  " << state
                    << (e.input.contains(QStringLiteral("reason"))
                            ? QStringLiteral("  ") +
                                  e.input.value(QStringLiteral("reason")).toString()
                            : QString())
                    << Qt::endl;
        for (const FieldChange &change : describeEventChanges(e.action, e.changes))
            context.out << "    " << change.text() << Qt::endl;
    }
    if (parser.isSet(json))
        context.writeJson(QJsonDocument(array));
    return Success;
}

// What lies outside the file: the backups, a printed anchor, and the
// documents and frozen reports against their events. False when the
// record was changed.
bool auditRecord(Context &context, Store &store, const std::optional<RecordAnchor> &anchor)
{
    const RecordAudit audit(store.connection(), store.path());
    auto audited = audit.run();
    if (!audited) {
        context.err << audited.error().describe() << Qt::endl;
        return false;
    }
    QList<AuditFinding> findings = audited.value().findings;
    if (anchor) {
        auto checked = audit.checkAnchor(*anchor);
        if (!checked) {
            context.err << checked.error().describe() << Qt::endl;
            return false;
        }
        findings.append(checked.value());
    }
    bool whole = true;
    for (const AuditFinding &f : findings) {
        if (f.severity == AuditFinding::Severity::Note) {
            context.out << f.text << Qt::endl;
            continue;
        }
        whole = whole && f.severity != AuditFinding::Severity::Breach;
        context.err << f.text << Qt::endl;
    }
    context.out << CliText::tr("Compared with %1 backups; %2 issued documents and %3 frozen "
                               "reports checked against their events.")
                       .arg(audited.value().backupsCompared)
                       .arg(audited.value().documentsChecked)
                       .arg(audited.value().reportsChecked)
                << Qt::endl;
    return whole;
}

int verify(Context &context)
{
    QCommandLineParser parser;
    const QCommandLineOption anchorOption(
        QStringLiteral("anchor"),
        CliText::tr("Also check a record anchor printed on a document or report: event SEQ "
                    "must be in the log with a hash that begins with HASH."),
        CliText::tr("SEQ:HASH"));
    parser.addOption(anchorOption);
    if (auto stop = context.parse(
            parser,
            CliText::tr("Check the record: that no event of the log was edited, inserted, "
                        "reordered or deleted, that no event is dated before the one it follows, "
                        "that the rows of every case, every user and the settings are as their "
                        "last event left them, that each backup's events are the beginning of "
                        "today's, and that issued documents and frozen reports are what their "
                        "events recorded. Names what it finds and exits 1."),
            0))
        return *stop;
    std::optional<RecordAnchor> anchor;
    if (parser.isSet(anchorOption)) {
        anchor = RecordAnchor::parse(parser.value(anchorOption));
        if (!anchor)
            return context.fail(
                Error{CliText::tr("\"%1\" is not a record anchor: give it as printed, the "
                                  "event's number, a colon and 16 hex digits, e.g. "
                                  "1234:0123456789abcdef")
                          .arg(parser.value(anchorOption))});
    }
    Store *store = context.store();
    if (!store)
        return BadInput;
    auto checked = store->events().verify();
    if (!checked)
        return context.fail(checked.error());
    const ChainVerification &v = checked.value();
    if (v.intact()) {
        context.out << CliText::tr("The record is intact: %1 events, and the rows as they left "
                                   "them.")
                           .arg(v.eventCount)
                    << Qt::endl;
    } else {
        // The first few: a record changed wholesale would otherwise fill the screen.
        constexpr qsizetype kShown = 20;
        for (qsizetype i = 0; i < std::min(kShown, v.findings.size()); ++i) {
            const VerificationFinding &f = v.findings[i];
            // The case of a broken event, which the problem itself does not name.
            context.err << (f.subject.isEmpty() || f.problem.contains(f.subject)
                                ? f.problem
                                : CliText::tr("%1 (%2)").arg(f.problem, f.subject))
                        << Qt::endl;
        }
        if (v.findings.size() > kShown)
            context.err << CliText::tr("… and %1 more.").arg(v.findings.size() - kShown)
                        << Qt::endl;
        context.err << CliText::tr("The record does not hold: %1 problems found in %2 events.")
                           .arg(v.findings.size())
                           .arg(v.eventCount)
                    << Qt::endl;
    }
    const bool whole = auditRecord(context, *store, anchor);
    return v.intact() && whole ? Success : BadInput;
}
} // namespace

QList<Command> caseCommands()
{
    return {
        {QStringLiteral("init"), CliText::tr("Create or upgrade the database."), init},
        {QStringLiteral("demo"), CliText::tr("Add demo data."), demo},
        {QStringLiteral("case add"), CliText::tr("Register a case from JSON."), caseAdd},
        {QStringLiteral("case list"), CliText::tr("List the cases."), caseList},
        {QStringLiteral("case show"), CliText::tr("Show one case."), caseShow},
        {QStringLiteral("case actions"), CliText::tr("What can be done with a case now."),
         caseActions},
        {QStringLiteral("case transition"), CliText::tr("Apply a lifecycle action."),
         caseTransition},
        {QStringLiteral("case correct"), CliText::tr("Correct the last recorded action."),
         caseCorrect},
        {QStringLiteral("case undo"), CliText::tr("Withdraw the last recorded action."), caseUndo},
        {QStringLiteral("case void"), CliText::tr("Void a registration made in error."), caseVoid},
        {QStringLiteral("case history"), CliText::tr("A case's history."), caseHistory},
        {QStringLiteral("verify"), CliText::tr("Check the event log."), verify},
    };
}

} // namespace huajie::cli
