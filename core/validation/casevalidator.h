#pragma once

#include "domain/caserecord.h"
#include "result.h"
#include "validation/textlimits.h"

namespace huajie {

// The rules a case must meet before it is stored (SPEC §2, S0 §2–3, §15).
// The form, the command line and imports all go through here.
class CaseValidator
{
public:
    explicit CaseValidator(QDate today) : m_today(today) {}

    // Fills what follows from other fields (birth date and sex from the ID
    // number, the lead agency when there is only one), then checks. The
    // first broken rule is returned, naming its field.
    Result<CaseRecord> normaliseAndCheck(CaseRecord record) const;

private:
    Result<void> checkCase(const CaseRecord &record) const;
    Result<void> checkReferralDates(const CaseRecord &record) const;
    Result<void> checkParty(Party &party, const QString &field) const;
    Result<void> checkAgent(const Agent &agent, const QString &field) const;
    Result<void> checkSides(const CaseRecord &record) const;

    QDate m_today;
};

QString partyFieldName(const Party &party, int indexInRole);

} // namespace huajie
