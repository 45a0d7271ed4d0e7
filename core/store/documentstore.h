#pragma once

#include "deadline/deadlinesetup.h"
#include "documents/issueddocument.h"
#include "result.h"

#include <QList>
#include <QSqlDatabase>

#include <functional>

namespace huajie {

class CaseStore;
struct CaseRecord;
class EventLog;

// The documents issued for cases, each numbered from its kind's sequence in
// the rule profile and kept exactly as issued, and their service. A notice
// served on the agency moves the case on: its sending is the notice's
// dispatch, its receipt starts the plan deadline.
class DocumentStore
{
public:
    DocumentStore(const QSqlDatabase &db, CaseStore &cases, EventLog &events,
                  const DeadlineSetup &deadlines)
        : m_db(db), m_cases(cases), m_events(events), m_deadlines(deadlines)
    {}

    // Fills a document given the number it is issued with.
    using Fill = std::function<Result<QString>(const QString &number)>;

    // The number the next document of that kind would get this year; empty
    // for a kind the profile does not number.
    Result<QString> nextNumber(const QString &kind, int year) const;
    // Puts the issued document on paper or into its file. It runs before the
    // document is kept: when it fails, nothing is kept and the number goes
    // to the next document.
    using Deliver = std::function<Result<void>(const IssuedDocument &document)>;

    // Numbers, fills, delivers and stores the document, and logs it: all or nothing.
    Result<IssuedDocument> issue(const CaseRecord &record, const QString &kind, const Fill &fill,
                                 const QDateTime &at, const Deliver &deliver = {});
    Result<IssuedDocument> load(qint64 id) const;
    Result<QList<IssuedDocument>> forCase(qint64 caseId) const;

    Result<ServiceRecord> recordService(ServiceRecord service, const QDate &today);
    // The receipt of a service recorded before it was known.
    Result<ServiceRecord> recordReceipt(qint64 serviceId, const QDate &receivedOn,
                                        const QString &receivedBy, const QDate &today);
    Result<QList<ServiceRecord>> services(qint64 documentId) const;
    Result<ServiceRecord> loadService(qint64 id) const;

private:
    Result<int> nextSequence(const QString &kind, int year) const;
    Result<QList<IssuedDocument>> query(const QString &where, const QVariant &value) const;
    Result<QList<ServiceRecord>> queryServices(const QString &where, const QVariant &value) const;
    Result<void> log(const CaseRecord &record, const QString &action, const QJsonObject &input);
    Result<void> moveCaseOn(const CaseRecord &record, const IssuedDocument &document,
                            const ServiceRecord &service, const QDate &today);

    const QSqlDatabase &m_db; // owned by Store
    CaseStore &m_cases;
    EventLog &m_events;
    const DeadlineSetup &m_deadlines;
};

} // namespace huajie
