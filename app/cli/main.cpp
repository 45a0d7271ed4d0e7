#include "casecommands.h"
#include "cliapp.h"
#include "deadlinecommands.h"
#include "documentcommands.h"
#include "i18n/translations.h"
#include "sessioncommands.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Huajie"));
    QCoreApplication::setApplicationName(QStringLiteral("huajie"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HUAJIE_VERSION));
    huajie::installTranslations(app, huajie::effectiveLocale());
    return huajie::cli::run(QCoreApplication::arguments(),
                            huajie::cli::caseCommands() + huajie::cli::deadlineCommands() +
                                huajie::cli::sessionCommands() + huajie::cli::documentCommands());
}
