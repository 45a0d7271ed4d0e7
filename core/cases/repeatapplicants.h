#pragma once

#include "domain/caserecord.h"
#include "result.h"
#include "store/casesearch.h"

namespace huajie {

// One party of a case being registered who is already on another case.
struct RepeatApplicant
{
    enum class Basis
    {
        IdNumber,   // the same resident ID number
        CreditCode, // the same unified social credit code
        Name        // the same name, and no ID number or credit code that differs
    };
    QString party; // the name on the case being registered
    Basis basis = Basis::Name;
    PartyOnCase earlier;
};

// Applicants who come again: before a case is registered, the cases its
// parties (but the respondent agencies) are already on, found by ID
// number, credit code or exact name. A namesake whose ID number or credit
// code differs is another person and is left out.
class RepeatApplicants
{
public:
    // One entry per party and earlier case, the strongest basis kept; the
    // newest case first. `record` is as the validator normalised it.
    static Result<QList<RepeatApplicant>> find(const CaseSearch &search, const CaseRecord &record);
};

} // namespace huajie
