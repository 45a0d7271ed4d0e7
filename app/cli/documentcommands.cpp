#include "documentcommands.h"

#include "clock.h"
#include "documents/documentbatch.h"
#include "documents/documentcomposer.h"
#include "documents/documentlibrary.h"
#include "documents/officiallayout.h"
#include "domain/vocabulary.h"
#include "i18n/contexts.h"
#include "io/ownerfile.h"

#include <QDir>
#include <QJsonArray>

namespace huajie::cli {
namespace {
// --pdf FILE and --html FILE: where a filled document goes.
struct OutputOptions
{
    QCommandLineOption pdf{QStringLiteral("pdf"),
                           CliText::tr("Write a PDF in the official layout."), CliText::tr("FILE")};
    QCommandLineOption html{QStringLiteral("html"), CliText::tr("Write the filled HTML."),
                            CliText::tr("FILE")};

    void addTo(QCommandLineParser &parser) const { parser.addOptions({pdf, html}); }
    // The options with the arguments of a document of a case: NUMBER TEMPLATE.
    void addWithCaseAndTemplate(QCommandLineParser &parser) const
    {
        addTo(parser);
        parser.addPositionalArgument(CliText::tr("NUMBER"),
                                     CliText::tr("The registration number."));
        parser.addPositionalArgument(CliText::tr("TEMPLATE"),
                                     CliText::tr("The document's id; see document templates."));
    }

    // Both made before either is written, so that a document that cannot
    // be laid out leaves no file; each written whole or not at all.
    // `footnote`: an issued document's record anchor, at the foot of its pages.
    Result<void> write(const QCommandLineParser &parser, const QString &filled,
                       const QString &title, const QString &footnote = {}) const
    {
        QList<std::pair<QString, QByteArray>> files;
        if (parser.isSet(pdf)) {
            auto bytes = OfficialLayout::pdf(filled, title, footnote);
            if (!bytes)
                return bytes.error();
            files.append({parser.value(pdf), bytes.value()});
        }
        if (parser.isSet(html))
            files.append({parser.value(html), filled.toUtf8()});
        for (const auto &[path, bytes] : files)
            if (auto written = OwnerOnlyFile::write(path, bytes); !written)
                return written;
        return {};
    }
};

QString titleOf(const IssuedDocument &d, const QString &caseNumber)
{
    return d.number.isEmpty() ? caseNumber : d.number;
}

int documentTemplates(Context &context)
{
    QCommandLineParser parser;
    if (auto stop =
            context.parse(parser, CliText::tr("The documents the center's profile has, by id."), 0))
        return *stop;
    Store *store = context.store();
    if (!store)
        return BadInput;
    for (const DocumentKind &kind : DocumentLibrary::kindsOf(store->deadlineSetup().profile))
        context.out << kind.id << '\t' << kind.translatedTitle() << '\n';
    context.out << CliText::tr("A center's own wording goes in %1, as ID.html.")
                       .arg(DocumentLibrary::userFolder())
                << Qt::endl;
    return Success;
}

int documentRender(Context &context)
{
    QCommandLineParser parser;
    const OutputOptions output;
    output.addWithCaseAndTemplate(parser);
    if (auto stop = context.parse(
            parser,
            CliText::tr("Fill a document from a case to look at, without issuing it. It "
                        "shows the number it would be issued with."),
            2))
        return *stop;
    if (parser.isSet(output.pdf) == parser.isSet(output.html)) {
        context.err << CliText::tr("Give exactly one of --pdf and --html.") << Qt::endl
                    << context.helpText(parser);
        return UsageError;
    }
    auto record = context.openCase(parser);
    if (!record)
        return BadInput;
    auto filled = DocumentComposer(*context.store())
                      .preview(record.value(), parser.positionalArguments().at(1), Clock::today());
    if (!filled)
        return context.fail(filled.error());
    if (auto written = output.write(parser, filled.value(), record.value().number); !written)
        return context.fail(written.error());
    return Success;
}

int documentIssue(Context &context)
{
    QCommandLineParser parser;
    const OutputOptions output;
    output.addWithCaseAndTemplate(parser);
    if (auto stop = context.parse(
            parser,
            CliText::tr("Issue a document of a case: it gets the next number of its kind and "
                        "is kept with the case exactly as issued."),
            2))
        return *stop;
    auto record = context.openCase(parser);
    if (!record)
        return BadInput;
    // The files are written before the document is kept: one that cannot be
    // written uses no number.
    auto issued =
        DocumentComposer(*context.store())
            .issue(record.value(), parser.positionalArguments().at(1), Clock::now(),
                   [&](const IssuedDocument &d) {
                       return output.write(parser, d.html, titleOf(d, record.value().number),
                                           d.footnote());
                   });
    if (!issued)
        return context.fail(issued.error());
    const IssuedDocument &d = issued.value();
    context.out << CliText::tr("Issued document %1 %2").arg(d.id).arg(d.number) << Qt::endl;
    return Success;
}

QJsonObject serviceJson(const ServiceRecord &s)
{
    return {{QStringLiteral("id"), s.id},
            {QStringLiteral("recipient"), s.recipient},
            {QStringLiteral("method"), s.method},
            {QStringLiteral("trackingNumber"), s.trackingNumber},
            {QStringLiteral("address"), s.address},
            {QStringLiteral("sentOn"), s.sentOn.toString(Qt::ISODate)},
            {QStringLiteral("receivedOn"), s.receivedOn.isValid()
                                               ? QJsonValue(s.receivedOn.toString(Qt::ISODate))
                                               : QJsonValue()},
            {QStringLiteral("receivedBy"), s.receivedBy},
            {QStringLiteral("note"), s.note}};
}

int documentList(Context &context)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), CliText::tr("Write JSON."));
    parser.addOption(json);
    parser.addPositionalArgument(CliText::tr("NUMBER"), CliText::tr("The registration number."));
    if (auto stop = context.parse(
            parser, CliText::tr("The documents issued for a case, with their service."), 1))
        return *stop;
    auto record = context.openCase(parser);
    if (!record)
        return BadInput;
    DocumentStore &documents = context.store()->documents();
    auto issued = documents.forCase(record.value().id);
    if (!issued)
        return context.fail(issued.error());
    QJsonArray list;
    for (const IssuedDocument &d : issued.value()) {
        auto services = documents.services(d.id);
        if (!services)
            return context.fail(services.error());
        if (!parser.isSet(json)) {
            context.out << d.id << '\t' << d.kind << '\t' << d.number << '\t'
                        << d.issuedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                        << '\t' << d.issuedBy
                        << (d.intact() ? QString() : QLatin1Char('\t') + CliText::tr("CHANGED"))
                        << '\n';
            for (const ServiceRecord &s : services.value())
                context.out << "\t#" << s.id << '\t' << s.recipient << '\t'
                            << vocab::serviceMethods().label(s.method) << ' ' << s.trackingNumber
                            << '\t' << s.sentOn.toString(Qt::ISODate) << '\t'
                            << (s.receivedOn.isValid() ? s.receivedOn.toString(Qt::ISODate)
                                                       : CliText::tr("not yet received"))
                            << '\n';
            continue;
        }
        QJsonArray served;
        for (const ServiceRecord &s : services.value())
            served.append(serviceJson(s));
        list.append(QJsonObject{
            {QStringLiteral("id"), d.id},
            {QStringLiteral("kind"), d.kind},
            {QStringLiteral("number"), d.number},
            {QStringLiteral("issuedAt"), d.issuedAt.toString(Qt::ISODate)},
            {QStringLiteral("issuedBy"), d.issuedBy},
            {QStringLiteral("sha256"), d.sha256},
            {QStringLiteral("intact"), d.intact()},
            {QStringLiteral("anchor"), d.anchor ? QJsonValue(d.anchor->toText()) : QJsonValue()},
            {QStringLiteral("services"), served}});
    }
    if (parser.isSet(json))
        context.writeJson(QJsonDocument(list));
    context.out.flush();
    return Success;
}

// An issued document named by its id on the command line.
std::optional<IssuedDocument> openDocument(Context &context, const QString &text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    Store *store = context.store();
    if (!store)
        return std::nullopt;
    if (!ok) {
        context.err << CliText::tr("\"%1\" is not a document id; see document list").arg(text)
                    << Qt::endl;
        return std::nullopt;
    }
    auto document = store->documents().load(id);
    if (!document) {
        context.err << document.error().describe() << Qt::endl;
        return std::nullopt;
    }
    return document.value();
}

int documentShow(Context &context)
{
    QCommandLineParser parser;
    const OutputOptions output;
    output.addTo(parser);
    parser.addPositionalArgument(CliText::tr("ID"), CliText::tr("The document's id."));
    if (auto stop = context.parse(
            parser, CliText::tr("An issued document again, exactly as it was issued."), 1))
        return *stop;
    if (!parser.isSet(output.pdf) && !parser.isSet(output.html)) {
        context.err << CliText::tr("Give --pdf or --html.") << Qt::endl << context.helpText(parser);
        return UsageError;
    }
    auto document = openDocument(context, parser.positionalArguments().first());
    if (!document)
        return BadInput;
    if (!document->intact())
        return context.fail(Error{CliText::tr("Document %1 was changed after it was issued: "
                                              "its text no longer matches its hash")
                                      .arg(document->id)});
    auto record = context.store()->cases().load(document->caseId);
    if (!record)
        return context.fail(record.error());
    if (auto written =
            output.write(parser, document->html, titleOf(*document, record.value().number),
                         document->footnote());
        !written)
        return context.fail(written.error());
    return Success;
}

int documentServe(Context &context)
{
    QCommandLineParser parser;
    const QCommandLineOption to(QStringLiteral("to"), CliText::tr("Whom it was served on."),
                                CliText::tr("NAME"));
    const QCommandLineOption method(
        QStringLiteral("method"),
        CliText::tr("How: %1.").arg(vocab::serviceMethods().describeCodes()),
        CliText::tr("METHOD"));
    const QCommandLineOption tracking(QStringLiteral("tracking"),
                                      CliText::tr("The tracking number of a letter by post."),
                                      CliText::tr("NUMBER"));
    const QCommandLineOption address(QStringLiteral("address"), CliText::tr("Where it was served."),
                                     CliText::tr("ADDRESS"));
    const QCommandLineOption sent(QStringLiteral("sent"), CliText::tr("Sent on (YYYY-MM-DD)."),
                                  CliText::tr("DATE"));
    const QCommandLineOption received(QStringLiteral("received"),
                                      CliText::tr("Received on (YYYY-MM-DD), when known."),
                                      CliText::tr("DATE"));
    const QCommandLineOption by(QStringLiteral("by"),
                                CliText::tr("Who signed for it, when not the addressee."),
                                CliText::tr("NAME"));
    const QCommandLineOption note(QStringLiteral("note"), CliText::tr("A note."),
                                  CliText::tr("TEXT"));
    parser.addOptions({to, method, tracking, address, sent, received, by, note});
    parser.addPositionalArgument(CliText::tr("ID"), CliText::tr("The document's id."));
    if (auto stop = context.parse(
            parser,
            CliText::tr("Record the service of an issued document. The notice served on the "
                        "agency is its dispatch, and its receipt starts the plan deadline."),
            1))
        return *stop;
    for (const QCommandLineOption *required : {&to, &method, &sent})
        if (!parser.isSet(*required)) {
            context.err << CliText::tr("--%1 is required.").arg(required->names().first())
                        << Qt::endl
                        << context.helpText(parser);
            return UsageError;
        }
    ServiceRecord s;
    const auto sentOn = context.date(parser.value(sent), QStringLiteral("--sent"));
    if (!sentOn)
        return BadInput;
    s.sentOn = *sentOn;
    if (parser.isSet(received)) {
        const auto receivedOn = context.date(parser.value(received), QStringLiteral("--received"));
        if (!receivedOn)
            return BadInput;
        s.receivedOn = *receivedOn;
    }
    auto document = openDocument(context, parser.positionalArguments().first());
    if (!document)
        return BadInput;
    s.documentId = document->id;
    s.recipient = parser.value(to);
    s.method = parser.value(method);
    s.trackingNumber = parser.value(tracking);
    s.address = parser.value(address);
    s.receivedBy = parser.value(by);
    s.note = parser.value(note);
    auto recorded = context.store()->documents().recordService(s, Clock::today());
    if (!recorded)
        return context.fail(recorded.error());
    context.out << CliText::tr("Recorded service %1").arg(recorded.value().id) << Qt::endl;
    return Success;
}

int documentReceipt(Context &context)
{
    QCommandLineParser parser;
    const QCommandLineOption on(QStringLiteral("on"), CliText::tr("Received on (YYYY-MM-DD)."),
                                CliText::tr("DATE"));
    const QCommandLineOption by(QStringLiteral("by"),
                                CliText::tr("Who signed for it, when not the addressee."),
                                CliText::tr("NAME"));
    parser.addOptions({on, by});
    parser.addPositionalArgument(CliText::tr("SERVICE"),
                                 CliText::tr("The service record's id; see document list."));
    if (auto stop =
            context.parse(parser, CliText::tr("Record when a served document was received."), 1))
        return *stop;
    if (!parser.isSet(on)) {
        context.err << CliText::tr("--%1 is required.").arg(QStringLiteral("on")) << Qt::endl
                    << context.helpText(parser);
        return UsageError;
    }
    const auto receivedOn = context.date(parser.value(on), QStringLiteral("--on"));
    if (!receivedOn)
        return BadInput;
    bool ok = false;
    const qint64 id = parser.positionalArguments().first().toLongLong(&ok);
    if (!ok)
        return context.fail(Error{CliText::tr("\"%1\" is not a service record id")
                                      .arg(parser.positionalArguments().first())});
    Store *store = context.store();
    if (!store)
        return BadInput;
    auto recorded =
        store->documents().recordReceipt(id, *receivedOn, parser.value(by), Clock::today());
    if (!recorded)
        return context.fail(recorded.error());
    return Success;
}

int documentBatch(Context &context)
{
    QCommandLineParser parser;
    const QCommandLineOption state(QStringLiteral("state"),
                                   CliText::tr("Every case in this state, besides those named."),
                                   CliText::tr("STATE"));
    parser.addOption(state);
    parser.addPositionalArgument(CliText::tr("TEMPLATE"),
                                 CliText::tr("The document's id; see document templates."));
    parser.addPositionalArgument(CliText::tr("FOLDER"), CliText::tr("Where the PDFs go."));
    parser.addPositionalArgument(CliText::tr("NUMBER..."), CliText::tr("Registration numbers."));
    if (auto stop = context.parse(
            parser, CliText::tr("Issue the same document for many cases, a PDF each."), -1))
        return *stop;
    const QStringList args = parser.positionalArguments();
    if (args.size() < 2) {
        context.err << CliText::tr("Wrong number of arguments.") << Qt::endl
                    << context.helpText(parser);
        return UsageError;
    }
    const QString kind = args.at(0);
    if (auto known = DocumentLibrary::load(kind); !known)
        return context.fail(known.error());
    if (!QDir(args.at(1)).exists())
        return context.fail(Error{CliText::tr("There is no folder %1").arg(args.at(1))});
    Store *store = context.store();
    if (!store)
        return BadInput;
    QList<qint64> ids;
    for (const QString &number : args.mid(2)) {
        auto record = store->cases().loadByNumber(number);
        if (!record)
            return context.fail(record.error());
        ids.append(record.value().id);
    }
    if (parser.isSet(state)) {
        if (!vocab::caseStates().contains(parser.value(state)))
            return context.fail(
                Error{CliText::tr("\"%1\" is not a state; the states are: %2")
                          .arg(parser.value(state), vocab::caseStates().describeCodes())});
        auto inState = store->cases().casesInStates({parser.value(state)});
        if (!inState)
            return context.fail(inState.error());
        for (const CaseRecord &c : inState.value())
            if (!ids.contains(c.id))
                ids.append(c.id);
    }
    if (ids.isEmpty())
        return context.fail(Error{CliText::tr("No case named: give numbers or --state.")});
    const auto outcome = DocumentBatch::run(*store, ids, kind, args.at(1), Clock::now(), {});
    for (const QString &failure : outcome.failures)
        context.err << failure << '\n';
    context.out << CliText::tr("Issued %1 of %2 documents into %3")
                       .arg(outcome.issued)
                       .arg(ids.size())
                       .arg(args.at(1))
                << Qt::endl;
    return outcome.failures.isEmpty() ? Success : BadInput;
}
} // namespace

QList<Command> documentCommands()
{
    return {
        {QStringLiteral("document templates"), CliText::tr("The documents there are."),
         documentTemplates},
        {QStringLiteral("document render"),
         CliText::tr("Fill a document from a case to look at, as PDF or HTML."), documentRender},
        {QStringLiteral("document issue"),
         CliText::tr("Issue a document of a case, numbered and kept."), documentIssue},
        {QStringLiteral("document list"), CliText::tr("The documents issued for a case."),
         documentList},
        {QStringLiteral("document show"), CliText::tr("An issued document, exactly as issued."),
         documentShow},
        {QStringLiteral("document serve"), CliText::tr("Record the service of a document."),
         documentServe},
        {QStringLiteral("document receipt"), CliText::tr("Record when a document was received."),
         documentReceipt},
        {QStringLiteral("document batch"), CliText::tr("Issue the same document for many cases."),
         documentBatch},
    };
}

} // namespace huajie::cli
