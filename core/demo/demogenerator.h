#pragma once

#include "domain/caserecord.h"
#include "domain/directory.h"
#include "profile/profilevocabularies.h"
#include "result.h"
#include "store/casestore.h"

#include <QDate>

#include <random>

namespace huajie {

class Store;

// Realistic, varied demo data for trying the program and for benchmarks:
// the directories of a city center and cases in every state over the two
// years before `today`. The same seed gives the same data.
class DemoGenerator
{
public:
    // Its cases take the codes the center's profile offers.
    DemoGenerator(quint32 seed, QDate today,
                  const ProfileVocabularies &vocabularies = ProfileVocabularies::defaults())
        : m_random(seed), m_today(today), m_vocabularies(vocabularies)
    {}

    // Cases registered as new, each with the steps that bring it to a state
    // that suits its age.
    QList<CaseImport> cases(int count);
    static QList<std::pair<DirectoryKind, DirectoryEntry>> directoryEntries();

private:
    CaseRecord makeCase();
    QString stateForAge(qint64 days);
    QList<CaseStep> story(const CaseRecord &record, const QString &target);
    Party makePerson(const QString &role);
    Party makeOrganisation(const QString &role);
    Agent makeAgent(bool special);
    QString personName();
    QString idNumber(QDate birth, bool male);
    QString creditCode();
    QString phone();
    int uniform(int low, int high); // inclusive
    bool chance(double probability);
    template <typename List> const auto &pick(const List &list)
    {
        return list[uniform(0, int(std::size(list)) - 1)];
    }

    std::mt19937 m_random;
    QDate m_today;
    ProfileVocabularies m_vocabularies;
};

// Fills the directories and adds `count` cases, with their sessions of the
// last three months, in one transaction.
Result<int> loadDemoData(Store &store, int count, quint32 seed, QDate today);
Result<void> addDemoSessions(Store &store, quint32 seed, QDate today);

} // namespace huajie
