#include "translations.h"

#include "installeddata.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace huajie {

void installTranslations(QCoreApplication &app, const QLocale &locale)
{
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    // An installed catalogue (share/huajie/translations) first, so that a language
    // can be added without a new build; the built-in one otherwise.
    auto *own = new QTranslator(&app);
    for (const QString &folder :
         shippedDataFolders(QStringLiteral("translations"), QStringLiteral("i18n"))) {
        if (own->load(locale, QStringLiteral("huajie"), QStringLiteral("_"), folder)) {
            QCoreApplication::installTranslator(own);
            break;
        }
    }
}

QString chosenLanguage()
{
    return QSettings().value(QStringLiteral("ui/language")).toString();
}

void setChosenLanguage(const QString &localeName)
{
    QSettings().setValue(QStringLiteral("ui/language"), localeName);
}

QLocale effectiveLocale()
{
    const QString chosen = chosenLanguage();
    return chosen.isEmpty() ? QLocale::system() : QLocale(chosen);
}

} // namespace huajie
