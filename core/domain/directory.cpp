#include "directory.h"

#include <QCoreApplication>

namespace huajie {

QString DirectoryField::translatedLabel() const
{
    return QCoreApplication::translate("Field", label);
}

QString DirectorySpec::translatedTitle() const
{
    return QCoreApplication::translate("Directory", title);
}

const QList<DirectoryKind> &allDirectoryKinds()
{
    static const QList<DirectoryKind> kinds = {
        DirectoryKind::Agencies,    DirectoryKind::ReferringUnits, DirectoryKind::Judges,
        DirectoryKind::Procurators, DirectoryKind::Mediators,      DirectoryKind::Rooms};
    return kinds;
}

const DirectorySpec &directorySpec(DirectoryKind kind)
{
    // Field keys are the column names; labels are English source text.
    static const QList<DirectorySpec> specs = {
        {DirectoryKind::Agencies,
         "agencies",
         QT_TRANSLATE_NOOP("Directory", "Agencies"),
         {{"name", QT_TRANSLATE_NOOP("Field", "Name"), nullptr, true},
          {"head", QT_TRANSLATE_NOOP("Field", "Head"), nullptr, false},
          {"legal_officer", QT_TRANSLATE_NOOP("Field", "Legal officer"), nullptr, false},
          {"contact", QT_TRANSLATE_NOOP("Field", "Contact"), nullptr, false},
          {"address", QT_TRANSLATE_NOOP("Field", "Address"), nullptr, false}}},
        {DirectoryKind::ReferringUnits,
         "referring_units",
         QT_TRANSLATE_NOOP("Directory", "Referring units"),
         {{"name", QT_TRANSLATE_NOOP("Field", "Name"), nullptr, true},
          {"kind", QT_TRANSLATE_NOOP("Field", "Kind"), &vocab::referringUnitKinds(), false},
          {"contact", QT_TRANSLATE_NOOP("Field", "Contact"), nullptr, false},
          {"address", QT_TRANSLATE_NOOP("Field", "Address"), nullptr, false}}},
        {DirectoryKind::Judges,
         "judges",
         QT_TRANSLATE_NOOP("Directory", "Judges"),
         {{"name", QT_TRANSLATE_NOOP("Field", "Name"), nullptr, true},
          {"unit", QT_TRANSLATE_NOOP("Field", "Court"), nullptr, false},
          {"phone", QT_TRANSLATE_NOOP("Field", "Phone"), nullptr, false}}},
        {DirectoryKind::Procurators,
         "procurators",
         QT_TRANSLATE_NOOP("Directory", "Procurators"),
         {{"name", QT_TRANSLATE_NOOP("Field", "Name"), nullptr, true},
          {"unit", QT_TRANSLATE_NOOP("Field", "Procuratorate"), nullptr, false},
          {"phone", QT_TRANSLATE_NOOP("Field", "Phone"), nullptr, false}}},
        {DirectoryKind::Mediators,
         "mediators",
         QT_TRANSLATE_NOOP("Directory", "Mediators and talent pool"),
         {{"name", QT_TRANSLATE_NOOP("Field", "Name"), nullptr, true},
          {"kind", QT_TRANSLATE_NOOP("Field", "Kind"), &vocab::mediatorKinds(), false,
           &ProfileVocabularies::mediatorKinds},
          {"specialties", QT_TRANSLATE_NOOP("Field", "Specialties"), nullptr, false},
          {"organisation", QT_TRANSLATE_NOOP("Field", "Organisation"), nullptr, false},
          {"phone", QT_TRANSLATE_NOOP("Field", "Phone"), nullptr, false}}},
        {DirectoryKind::Rooms,
         "rooms",
         QT_TRANSLATE_NOOP("Directory", "Rooms"),
         {{"name", QT_TRANSLATE_NOOP("Field", "Name"), nullptr, true},
          {"kind", QT_TRANSLATE_NOOP("Field", "Kind"), &vocab::roomKinds(), false},
          {"capacity", QT_TRANSLATE_NOOP("Field", "Seats"), nullptr, false}}},
    };
    return specs.at(int(kind));
}

} // namespace huajie
