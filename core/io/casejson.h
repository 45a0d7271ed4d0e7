#pragma once

#include "domain/caserecord.h"
#include "result.h"

#include <QJsonObject>

namespace huajie {

// The case as JSON, for the command line and for exchange with other
// programs. Reading is strict: an unknown key, a wrong type or a bad date is
// refused with the key's path, so a typo never goes unnoticed.
namespace casejson {

QJsonObject toJson(const CaseRecord &record);
Result<CaseRecord> fromJson(const QJsonObject &object);
QJsonObject summaryToJson(const CaseSummary &summary);

} // namespace casejson
} // namespace huajie
