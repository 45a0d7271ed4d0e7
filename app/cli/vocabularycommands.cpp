#include "vocabularycommands.h"

#include "i18n/contexts.h"
#include "store/store.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace huajie::cli {
namespace {
struct NamedList
{
    const char *key;
    const char *title; // translated in the "Cli" context
    OfferedTerms ProfileVocabularies::*list;
};

constexpr NamedList kLists[] = {
    {"sourceChannels", QT_TRANSLATE_NOOP("Cli", "Sources (case field source)"),
     &ProfileVocabularies::sourceChannels},
    {"suitabilityGrounds",
     QT_TRANSLATE_NOOP("Cli", "Suitability grounds (case field dispute.suitabilityGround)"),
     &ProfileVocabularies::suitabilityGrounds},
    {"mediatorKinds", QT_TRANSLATE_NOOP("Cli", "Mediator kinds"),
     &ProfileVocabularies::mediatorKinds},
    {"participantRoles", QT_TRANSLATE_NOOP("Cli", "Session participant roles"),
     &ProfileVocabularies::participantRoles},
    {"terminationReasons", QT_TRANSLATE_NOOP("Cli", "Termination reasons (terminate's reason)"),
     &ProfileVocabularies::terminationReasons},
};

int profileVocabularies(Context &context)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), CliText::tr("Print JSON."));
    parser.addOption(json);
    if (auto stop = context.parse(parser,
                                  CliText::tr("The codes the center's profile offers: sources, "
                                              "suitability grounds, mediator kinds, participant "
                                              "roles and termination reasons."),
                                  0))
        return *stop;
    Store *store = context.store();
    if (!store)
        return BadInput;
    const RuleProfile &profile = store->deadlineSetup().profile;
    QJsonObject object;
    for (const NamedList &named : kLists) {
        const OfferedTerms &terms = profile.vocabularies.*named.list;
        QJsonArray array;
        if (!parser.isSet(json))
            context.out << CliText::tr(named.title) << Qt::endl;
        for (const OfferedTerm &term : terms.terms()) {
            QJsonObject entry{{QStringLiteral("code"), term.code},
                              {QStringLiteral("label"), terms.label(term.code)}};
            if (named.list == &ProfileVocabularies::sourceChannels)
                entry.insert(QStringLiteral("channel"), profile.channelOf(term.code));
            if (!term.source.isEmpty())
                entry.insert(QStringLiteral("source"), term.source);
            array.append(entry);
            if (!parser.isSet(json))
                context.out << "  " << term.code << '\t' << terms.label(term.code)
                            << (term.source.isEmpty() ? QString()
                                                      : QStringLiteral("\t") + term.source)
                            << Qt::endl;
        }
        object.insert(QString::fromLatin1(named.key), array);
    }
    if (parser.isSet(json))
        context.writeJson(QJsonDocument(object));
    return Success;
}
} // namespace

QList<Command> vocabularyCommands()
{
    return {
        {QStringLiteral("profile vocabularies"), CliText::tr("The codes the profile offers."),
         profileVocabularies},
    };
}

} // namespace huajie::cli
