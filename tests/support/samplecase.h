#pragma once

#include "domain/caserecord.h"

#include <QTemporaryDir>

namespace huajie::test {

// A valid case with two applicants (one with an agent holding special
// authority), two agencies and every field filled.
CaseRecord sampleCase();

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
