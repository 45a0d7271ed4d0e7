#include "repeatapplicants.h"

#include <algorithm>

namespace huajie {
namespace {
bool same(const QString &a, const QString &b)
{
    return !a.isEmpty() && a.compare(b, Qt::CaseInsensitive) == 0;
}

bool differ(const QString &a, const QString &b)
{
    return !a.isEmpty() && !b.isEmpty() && a.compare(b, Qt::CaseInsensitive) != 0;
}
} // namespace

Result<QList<RepeatApplicant>> RepeatApplicants::find(const CaseSearch &search,
                                                      const CaseRecord &record)
{
    QList<RepeatApplicant> repeats;
    for (const Party &party : record.parties) {
        if (party.role == QLatin1String("agency"))
            continue;
        const QString idNumber = party.idNumber.trimmed();
        const QString creditCode = party.creditCode.trimmed();
        auto found = search.partiesLike(idNumber, creditCode, party.name, record.id);
        if (!found)
            return found.error();
        QList<RepeatApplicant> forParty;
        for (const PartyOnCase &earlier : found.value()) {
            RepeatApplicant repeat{party.name.trimmed(), RepeatApplicant::Basis::Name, earlier};
            if (same(idNumber, earlier.idNumber))
                repeat.basis = RepeatApplicant::Basis::IdNumber;
            else if (same(creditCode, earlier.creditCode))
                repeat.basis = RepeatApplicant::Basis::CreditCode;
            else if (differ(idNumber, earlier.idNumber) || differ(creditCode, earlier.creditCode))
                continue;
            // The same case twice (two parties of it match): the stronger basis.
            auto kept = std::find_if(forParty.begin(), forParty.end(), [&](const auto &r) {
                return r.earlier.caseId == earlier.caseId;
            });
            if (kept == forParty.end())
                forParty.append(repeat);
            else if (repeat.basis < kept->basis)
                *kept = repeat;
        }
        repeats += forParty;
    }
    return repeats;
}

} // namespace huajie
