#pragma once

#include "domain/vocabulary.h"
#include "profile/profilevocabularies.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace huajie {

// The center's directories (SPEC §7). Every directory is a list of named
// entries with a few text fields, so one model and one editor serve them all.
enum class DirectoryKind
{
    Agencies,
    ReferringUnits,
    Judges,
    Procurators,
    Mediators,
    Rooms
};

struct DirectoryField
{
    const char *key;   // column in the store, key in JSON
    const char *label; // English, translated in the "Field" context
    const Vocabulary *vocabulary = nullptr;
    bool required = false;
    // A kind among a list the center's profile decides, of `vocabulary`'s codes.
    OfferedTerms ProfileVocabularies::*profileList = nullptr;

    QString translatedLabel() const;
};

struct DirectorySpec
{
    DirectoryKind kind;
    const char *key;              // table in the store, name on the command line
    const char *title;            // English, translated in the "Directory" context
    QList<DirectoryField> fields; // the first is always the unique name

    QString translatedTitle() const;
};

const DirectorySpec &directorySpec(DirectoryKind kind);
const QList<DirectoryKind> &allDirectoryKinds();

struct DirectoryEntry
{
    qint64 id = 0;
    QStringList values; // in the order of DirectorySpec::fields

    QString name() const { return values.value(0); }
};

} // namespace huajie
