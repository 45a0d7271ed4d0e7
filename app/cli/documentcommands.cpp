#include "documentcommands.h"

#include "clock.h"
#include "documents/documentdata.h"
#include "documents/documentlibrary.h"
#include "documents/officiallayout.h"
#include "i18n/contexts.h"

#include <QFile>

namespace huajie::cli {
namespace {
int documentTemplates(Context &context)
{
    QCommandLineParser parser;
    if (auto stop = context.parse(parser, CliText::tr("The documents there are, by id."), 0))
        return *stop;
    for (const DocumentKind &kind : DocumentLibrary::kinds())
        context.out << kind.id << '\t' << kind.translatedTitle() << '\n';
    context.out << CliText::tr("A center's own wording goes in %1, as ID.html.")
                       .arg(DocumentLibrary::userFolder())
                << Qt::endl;
    return Success;
}

int documentRender(Context &context)
{
    QCommandLineParser parser;
    const QCommandLineOption pdf(QStringLiteral("pdf"),
                                 CliText::tr("Write a PDF in the official layout."),
                                 CliText::tr("FILE"));
    const QCommandLineOption html(QStringLiteral("html"), CliText::tr("Write the filled HTML."),
                                  CliText::tr("FILE"));
    parser.addOptions({pdf, html});
    parser.addPositionalArgument(CliText::tr("NUMBER"), CliText::tr("The registration number."));
    parser.addPositionalArgument(CliText::tr("TEMPLATE"),
                                 CliText::tr("The document's id; see document templates."));
    if (auto stop = context.parse(parser, CliText::tr("Fill a document from a case."), 2))
        return *stop;
    if (parser.isSet(pdf) == parser.isSet(html)) {
        context.err << CliText::tr("Give exactly one of --pdf and --html.") << Qt::endl
                    << context.helpText(parser);
        return UsageError;
    }
    auto document = DocumentLibrary::load(parser.positionalArguments().at(1));
    if (!document)
        return context.fail(document.error());
    auto record = context.openCase(parser);
    if (!record)
        return BadInput;
    Store *store = context.store();
    const QString phone = store->directories().valueOf(DirectoryKind::Mediators,
                                                       record.value().leadMediator, "phone");
    auto filled = document.value().render(documentData(
        record.value(), DocumentContext{store->settings().value(CenterSetting::CenterName),
                                        phone,
                                        Clock::today(),
                                        QString(),
                                        {}}));
    if (!filled)
        return context.fail(filled.error());
    if (parser.isSet(pdf)) {
        if (auto written =
                OfficialLayout::writePdf(filled.value(), record.value().number, parser.value(pdf));
            !written)
            return context.fail(written.error());
        return Success;
    }
    QFile file(parser.value(html));
    if (!file.open(QIODevice::WriteOnly) || file.write(filled.value().toUtf8()) < 0)
        return context.fail(
            Error{CliText::tr("Cannot write %1: %2").arg(file.fileName(), file.errorString())});
    return Success;
}
} // namespace

QList<Command> documentCommands()
{
    return {
        {QStringLiteral("document templates"), CliText::tr("The documents there are."),
         documentTemplates},
        {QStringLiteral("document render"),
         CliText::tr("Fill a document from a case, as PDF or HTML."), documentRender},
    };
}

} // namespace huajie::cli
