#include "reportcommands.h"

#include "clock.h"
#include "i18n/contexts.h"
#include "statistics/frozenreports.h"
#include "statistics/ledger.h"
#include "statistics/reportbuilder.h"
#include "statistics/reportexport.h"

#include <QJsonArray>

namespace huajie::cli {
namespace {
// --month, --quarter, --year or --from and --to: the period a command covers.
struct PeriodOptions
{
    QCommandLineOption month{QStringLiteral("month"), CliText::tr("A month."),
                             CliText::tr("YYYY-MM")};
    QCommandLineOption quarter{QStringLiteral("quarter"), CliText::tr("A quarter."),
                               CliText::tr("YYYY-Qn")};
    QCommandLineOption year{QStringLiteral("year"), CliText::tr("A year."), CliText::tr("YYYY")};
    QCommandLineOption from{QStringLiteral("from"), CliText::tr("The first day (YYYY-MM-DD)."),
                            CliText::tr("DATE")};
    QCommandLineOption to{QStringLiteral("to"), CliText::tr("The last day (YYYY-MM-DD)."),
                          CliText::tr("DATE")};

    void addTo(QCommandLineParser &parser) const
    {
        parser.addOptions({month, quarter, year, from, to});
    }

    // The period asked for; an exit code when it is missing, given twice
    // (usage) or not a period (bad input).
    std::variant<ReportPeriod, int> read(Context &context, const QCommandLineParser &parser) const
    {
        const int keys = int(parser.isSet(month)) + int(parser.isSet(quarter)) +
                         int(parser.isSet(year)) + int(parser.isSet(from) || parser.isSet(to));
        if (keys != 1 || parser.isSet(from) != parser.isSet(to)) {
            context.err << CliText::tr(
                               "Give one of --month, --quarter, --year, or --from with --to.")
                        << Qt::endl
                        << context.helpText(parser);
            return UsageError;
        }
        for (const QCommandLineOption *option : {&month, &quarter, &year}) {
            if (!parser.isSet(*option))
                continue;
            const auto period = ReportPeriod::fromKey(parser.value(*option));
            if (!period || period->key() != parser.value(*option))
                return context.fail(Error{
                    CliText::tr("\"%1\" is not a %2 in the form %3")
                        .arg(parser.value(*option), option->names().first(), option->valueName())});
            return *period;
        }
        const auto first = context.date(parser.value(from), QStringLiteral("--from"));
        if (!first)
            return BadInput;
        const auto last = context.date(parser.value(to), QStringLiteral("--to"));
        if (!last)
            return BadInput;
        if (*first > *last)
            return context.fail(Error{CliText::tr("--from is after --to")});
        return ReportPeriod::between(*first, *last);
    }
};

// -o FILE: where the export goes; required.
std::optional<int> requireOutput(Context &context, const QCommandLineParser &parser,
                                 const QCommandLineOption &output)
{
    if (parser.isSet(output) && !parser.value(output).isEmpty())
        return std::nullopt;
    context.err << CliText::tr("-o FILE is required.") << Qt::endl << context.helpText(parser);
    return UsageError;
}

int report(Context &context)
{
    QCommandLineParser parser;
    const PeriodOptions periods;
    periods.addTo(parser);
    const QCommandLineOption format(QStringLiteral("format"),
                                    CliText::tr("json, csv, xlsx or pdf (default: json)."),
                                    CliText::tr("FORMAT"), QStringLiteral("json"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    CliText::tr("The file to write."), CliText::tr("FILE"));
    parser.addOptions({format, output});
    if (auto stop = context.parse(
            parser,
            CliText::tr("The statistics of a period, with the period before it and the year to "
                        "date beside every figure, by source, agency, domain and act kind. A "
                        "report that does not balance is not written: the cases that break it "
                        "are named."),
            0))
        return *stop;
    if (auto stop = requireOutput(context, parser, output))
        return *stop;
    const auto chosen = ReportExport::formatNamed(parser.value(format));
    if (!chosen)
        return context.fail(Error{CliText::tr("\"%1\" is not a format; the formats are: json, "
                                              "csv, xlsx, pdf")
                                      .arg(parser.value(format))});
    const auto period = periods.read(context, parser);
    if (const int *code = std::get_if<int>(&period))
        return *code;
    Store *store = context.store();
    if (!store)
        return BadInput;
    auto built = ReportBuilder(*store).build(std::get<ReportPeriod>(period), Clock::today());
    if (!built)
        return context.fail(built.error());
    const PeriodReport &r = built.value();
    if (auto written = ReportExport::write(r, *chosen, parser.value(output)); !written)
        return context.fail(written.error());
    context.out << CliText::tr("%1: %2 new, %3 concluded (%4 agreements), %5 open at the end; "
                               "written to %6")
                       .arg(r.period.key())
                       .arg(r.current.newCases)
                       .arg(r.current.concluded)
                       .arg(r.current.agreements)
                       .arg(r.current.openAtEnd)
                       .arg(parser.value(output))
                << Qt::endl;
    return Success;
}

std::optional<ReportPeriod> readMonth(Context &context, const QCommandLineParser &parser,
                                      const QCommandLineOption &month)
{
    const auto period = ReportPeriod::fromKey(parser.value(month));
    if (!period || period->kind != ReportPeriod::Kind::Month) {
        context.fail(Error{
            CliText::tr("\"%1\" is not a month in the form YYYY-MM").arg(parser.value(month))});
        return std::nullopt;
    }
    return period;
}

int reportFreeze(Context &context)
{
    QCommandLineParser parser;
    const QCommandLineOption month(QStringLiteral("month"), CliText::tr("The month."),
                                   CliText::tr("YYYY-MM"));
    parser.addOption(month);
    if (auto stop = context.parse(
            parser,
            CliText::tr("Freeze a month's report once it is over: its figures are kept with "
                        "their SHA-256 and an event, and later changes to its cases are found "
                        "against them (report frozen). A month that does not balance is refused."),
            0))
        return *stop;
    if (!parser.isSet(month)) {
        context.err << CliText::tr("--month is required.") << Qt::endl << context.helpText(parser);
        return UsageError;
    }
    const auto period = readMonth(context, parser, month);
    if (!period)
        return BadInput;
    Store *store = context.store();
    if (!store)
        return BadInput;
    auto frozen = FrozenReports(*store).freeze(*period, Clock::today(), Clock::now());
    if (!frozen)
        return context.fail(frozen.error());
    context.out
        << CliText::tr("Frozen %1: SHA-256 %2").arg(frozen.value().period, frozen.value().sha256)
        << Qt::endl;
    return Success;
}

QJsonObject frozenJson(const FrozenReport &f, const QList<EditedCase> &edited)
{
    QJsonArray cases;
    for (const EditedCase &c : edited) {
        QJsonArray events;
        for (const CaseEvent &e : c.events)
            events.append(QJsonObject{{QStringLiteral("sequence"), e.sequence},
                                      {QStringLiteral("at"), e.at.toString(Qt::ISODateWithMs)},
                                      {QStringLiteral("user"), e.user},
                                      {QStringLiteral("action"), e.action}});
        cases.append(QJsonObject{{QStringLiteral("number"), c.caseNumber},
                                 {QStringLiteral("events"), events}});
    }
    return {
        {QStringLiteral("period"), f.period},
        {QStringLiteral("from"), f.from.toString(Qt::ISODate)},
        {QStringLiteral("to"), f.to.toString(Qt::ISODate)},
        {QStringLiteral("frozenAt"), f.frozenAt.toString(Qt::ISODateWithMs)},
        {QStringLiteral("frozenBy"), f.frozenBy},
        {QStringLiteral("sha256"), f.sha256},
        {QStringLiteral("intact"), f.intact()},
        {QStringLiteral("anchor"), f.anchor() ? QJsonValue(f.anchor()->toText()) : QJsonValue()},
        {QStringLiteral("editedCases"), cases}};
}

int reportFrozen(Context &context)
{
    QCommandLineParser parser;
    const QCommandLineOption month(QStringLiteral("month"),
                                   CliText::tr("Only this month, with its changed cases' events."),
                                   CliText::tr("YYYY-MM"));
    const QCommandLineOption json(QStringLiteral("json"), CliText::tr("Write JSON."));
    parser.addOptions({month, json});
    if (auto stop = context.parse(
            parser,
            CliText::tr("The frozen months: when and by whom, their SHA-256, whether the stored "
                        "figures still match it, and the cases they counted that changed since."),
            0))
        return *stop;
    std::optional<ReportPeriod> only;
    if (parser.isSet(month)) {
        only = readMonth(context, parser, month);
        if (!only)
            return BadInput;
    }
    Store *store = context.store();
    if (!store)
        return BadInput;
    FrozenReports frozenReports(*store);
    auto listed = frozenReports.list();
    if (!listed)
        return context.fail(listed.error());
    QJsonArray all;
    bool found = false;
    for (const FrozenReport &f : listed.value()) {
        if (only && f.period != only->key())
            continue;
        found = true;
        auto edited = frozenReports.editedSince(f);
        if (!edited)
            return context.fail(edited.error());
        if (parser.isSet(json)) {
            all.append(frozenJson(f, edited.value()));
            continue;
        }
        context.out << f.period << '\t'
                    << f.frozenAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) << '\t'
                    << f.frozenBy << '\t' << f.sha256.left(16) << '\t'
                    << (f.intact() ? CliText::tr("intact") : CliText::tr("CHANGED")) << '\t'
                    << CliText::tr("%1 cases changed since").arg(edited.value().size()) << '\n';
        if (!only)
            continue;
        for (const EditedCase &c : edited.value())
            for (const CaseEvent &e : c.events)
                context.out << '\t' << c.caseNumber << '\t'
                            << e.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                            << '\t' << e.user << '\t' << e.action << '\n';
    }
    if (parser.isSet(json))
        context.writeJson(QJsonDocument(all));
    context.out.flush();
    if (only && !found)
        return context.fail(Error{CliText::tr("%1 has not been frozen").arg(only->key())});
    return Success;
}

int ledger(Context &context)
{
    QCommandLineParser parser;
    const PeriodOptions periods;
    periods.addTo(parser);
    const QCommandLineOption format(QStringLiteral("format"),
                                    CliText::tr("xlsx, csv or pdf (default: xlsx)."),
                                    CliText::tr("FORMAT"), QStringLiteral("xlsx"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    CliText::tr("The file to write."), CliText::tr("FILE"));
    parser.addOptions({format, output});
    if (auto stop = context.parse(
            parser,
            CliText::tr("The ledger of a period: every case handled in it, one row each, with "
                        "the columns the center's profile lists."),
            0))
        return *stop;
    if (auto stop = requireOutput(context, parser, output))
        return *stop;
    const auto chosen = ReportExport::formatNamed(parser.value(format));
    if (!chosen || *chosen == ReportExport::Format::Json)
        return context.fail(
            Error{CliText::tr("\"%1\" is not a format of the ledger; the formats are: xlsx, "
                              "csv, pdf")
                      .arg(parser.value(format))});
    const auto period = periods.read(context, parser);
    if (const int *code = std::get_if<int>(&period))
        return *code;
    Store *store = context.store();
    if (!store)
        return BadInput;
    auto written = Ledger::write(*store, std::get<ReportPeriod>(period), Clock::today(), *chosen,
                                 parser.value(output));
    if (!written)
        return context.fail(written.error());
    context.out
        << CliText::tr("%1 cases written to %2").arg(written.value()).arg(parser.value(output))
        << Qt::endl;
    return Success;
}
} // namespace

QList<Command> reportCommands()
{
    return {
        {QStringLiteral("report"), CliText::tr("A period's statistics as JSON, CSV, XLSX or PDF."),
         report},
        {QStringLiteral("report freeze"), CliText::tr("Freeze a month's report."), reportFreeze},
        {QStringLiteral("report frozen"), CliText::tr("The frozen months and what changed since."),
         reportFrozen},
        {QStringLiteral("ledger"), CliText::tr("A period's ledger of cases as XLSX, CSV or PDF."),
         ledger},
    };
}

} // namespace huajie::cli
