#pragma once

#include "domain/caserecord.h"

#include <QVariantMap>

namespace huajie {

// What a template can say of a case, by name: case.*, center, today,
// applicants, agencies, principals (the parties with agents), and the
// names joined as the forms write them.
QVariantMap documentData(const CaseRecord &record, const QString &centerName,
                         const QString &leadMediatorPhone, const QDate &today);

} // namespace huajie
