#include "backupcommands.h"
#include "casecommands.h"
#include "cliapp.h"
#include "deadlinecommands.h"
#include "documentcommands.h"
#include "i18n/translations.h"
#include "reportcommands.h"
#include "sessioncommands.h"
#include "usercommands.h"
#include "vocabularycommands.h"

#include <QGuiApplication>

int main(int argc, char *argv[])
{
    // Documents are laid out with fonts, which take a GUI application; the
    // command line needs no screen for that.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Huajie"));
    QCoreApplication::setApplicationName(QStringLiteral("huajie"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HUAJIE_VERSION));
    huajie::installTranslations(app, huajie::effectiveLocale());
    return huajie::cli::run(QCoreApplication::arguments(),
                            huajie::cli::caseCommands() + huajie::cli::deadlineCommands() +
                                huajie::cli::sessionCommands() + huajie::cli::documentCommands() +
                                huajie::cli::reportCommands() + huajie::cli::backupCommands() +
                                huajie::cli::userCommands() + huajie::cli::vocabularyCommands());
}
