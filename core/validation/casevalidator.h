#pragma once

#include "domain/caserecord.h"
#include "profile/profilevocabularies.h"
#include "result.h"
#include "validation/textlimits.h"

namespace huajie {

// The rules a case must meet before it is stored (SPEC §2, S0 §2–3, §15).
// The form, the command line and imports all go through here.
class CaseValidator
{
public:
    // The codes a case may take are those the center's profile offers.
    CaseValidator(QDate today, const ProfileVocabularies &vocabularies)
        : m_today(today), m_vocabularies(vocabularies)
    {}

    // Fills what follows from other fields (birth date and sex from the ID
    // number, the lead agency when there is only one), then checks. The
    // first broken rule is returned, naming its field. An edited case passes
    // its stored self as recorded: a code it was recorded with, under
    // another profile, stays allowed while it is not changed.
    Result<CaseRecord> normaliseAndCheck(CaseRecord record,
                                         const CaseRecord *recorded = nullptr) const;

private:
    Result<void> checkCase(const CaseRecord &record, const CaseRecord *recorded) const;
    Result<void> checkReferralDates(const CaseRecord &record) const;
    Result<void> checkParty(Party &party, const QString &field) const;
    Result<void> checkAgent(const Agent &agent, const QString &field) const;
    Result<void> checkSides(const CaseRecord &record) const;

    QDate m_today;
    ProfileVocabularies m_vocabularies;
};

QString partyFieldName(const Party &party, int indexInRole);

} // namespace huajie
