#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;

namespace huajie {

// Installs the program's catalogue and Qt's own for the given locale (the
// system's, or the one chosen in settings). English needs no catalogue.
void installTranslations(QCoreApplication &app, const QLocale &locale);

// The language the user chose in settings: "" for the system's, or a locale name.
QString chosenLanguage();
void setChosenLanguage(const QString &localeName);
QLocale effectiveLocale();

} // namespace huajie
