#pragma once

#include "domain/caserecord.h"
#include "profile/profilevocabularies.h"

#include <QTemporaryDir>

namespace huajie::test {

// A valid case with two applicants (one with an agent holding special
// authority), two agencies and every field filled.
CaseRecord sampleCase();

// The case as a center with those lists may register it: a source channel or
// suitability ground the center does not offer becomes the first it does.
CaseRecord offeredBy(const ProfileVocabularies &offered, CaseRecord c);

// A fresh database path in its own temporary folder.
class TempDatabase
{
public:
    QString path() const { return m_dir.filePath(QStringLiteral("cases.sqlite")); }

private:
    QTemporaryDir m_dir;
};

inline const QDate kToday{2026, 11, 25};

} // namespace huajie::test
