#pragma once

#include "deadline/deadlinesetup.h"
#include "domain/caserecord.h"
#include "sessions/session.h"

#include <QVariantMap>

namespace huajie {

// What a document is filled with besides the case itself.
struct DocumentContext
{
    QString center;            // the center's name setting; empty for the profile's name
    QString leadMediatorPhone; // from the mediators directory
    QDate today;
    QString documentNumber;  // this document's own number, e.g. （2026）化解通字第5号
    QList<Session> sessions; // the case's sessions, earliest first
    // The calendar and profile the desk counts with, for the end of the
    // time limit (without them it is left blank) and for what the documents
    // say of the center (without them Shizuishan's).
    const DeadlineSetup *deadlines = nullptr;
};

// What a template can say of a case, by name, all in Chinese: case.*,
// center, today, documentNumber, leadMediatorPhone; the parties as
// applicants, agencies, thirdParties, representatives, parties (all of them,
// in that order), addressees (the parties, then the judge and procurator),
// principals (the parties with agents), each with "first" set on the first
// one; the names joined as the forms write them (applicantNames,
// agencyNames, thirdPartyNames, agency: the lead one); court (the referring
// court), reconsideration (the referring reconsideration body, when the
// center offers reconsideration outcomes); mediators; session (the next one
// scheduled, else the latest), sessions, heldSessions, evidenceSessions;
// agreement, termination, extension, report and followUp; profile (the
// center's rules, articles and periods: CenterTexts) and case.channel with
// case.via.<channel>. Every key is there whatever the case holds: what is
// unknown is empty, for the form to leave a blank.
QVariantMap documentData(const CaseRecord &record, const DocumentContext &context);

} // namespace huajie
