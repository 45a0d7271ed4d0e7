#pragma once

#include "domain/caserecord.h"
#include "sessions/session.h"

#include <QVariantMap>

namespace huajie {

// What a document is filled with besides the case itself.
struct DocumentContext
{
    QString center;            // the center's name, for the signature block
    QString leadMediatorPhone; // from the mediators directory
    QDate today;
    QString documentNumber;  // this document's own number, e.g. （2026）化解通字第5号
    QList<Session> sessions; // the case's sessions, earliest first
};

// What a template can say of a case, by name: case.*, center, today,
// documentNumber, applicants, agencies, principals (the parties with
// agents), and the names joined as the forms write them.
QVariantMap documentData(const CaseRecord &record, const DocumentContext &context);

} // namespace huajie
