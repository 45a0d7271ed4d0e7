#include "documentstore.h"

#include "clock.h"
#include "domain/vocabulary.h"
#include "i18n/contexts.h"
#include "lifecycle/lifecycle.h"
#include "store/casestore.h"
#include "store/eventlog.h"
#include "store/statement.h"
#include "validation/textlimits.h"

#include <QJsonObject>

namespace huajie {
namespace {
QJsonObject serviceJson(const IssuedDocument &document, const ServiceRecord &s)
{
    QJsonObject json{{QStringLiteral("document"), document.id},
                     {QStringLiteral("kind"), document.kind},
                     {QStringLiteral("recipient"), s.recipient},
                     {QStringLiteral("method"), s.method},
                     {QStringLiteral("sentOn"), s.sentOn.toString(Qt::ISODate)}};
    if (!document.number.isEmpty())
        json.insert(QStringLiteral("number"), document.number);
    if (!s.trackingNumber.isEmpty())
        json.insert(QStringLiteral("trackingNumber"), s.trackingNumber);
    if (!s.address.isEmpty())
        json.insert(QStringLiteral("address"), s.address);
    if (s.receivedOn.isValid())
        json.insert(QStringLiteral("receivedOn"), s.receivedOn.toString(Qt::ISODate));
    if (!s.receivedBy.isEmpty())
        json.insert(QStringLiteral("receivedBy"), s.receivedBy);
    if (!s.note.isEmpty())
        json.insert(QStringLiteral("note"), s.note);
    return json;
}

Result<void> checkReceipt(const ServiceRecord &s, const QDate &today)
{
    if (!s.receivedOn.isValid())
        return {};
    if (s.receivedOn < s.sentOn)
        return Error{
            StoreText::tr("cannot be before it was sent (%1)").arg(s.sentOn.toString(Qt::ISODate)),
            FieldText::tr("Received on")};
    if (s.receivedOn > today)
        return Error{StoreText::tr("cannot be in the future"), FieldText::tr("Received on")};
    return {};
}
} // namespace

Result<int> DocumentStore::nextSequence(const QString &kind, int year) const
{
    Statement q(m_db, QStringLiteral("SELECT coalesce(max(sequence), 0) + 1 FROM documents "
                                     "WHERE kind = ? AND year = ?"));
    q.bindAll({kind, year});
    if (auto done = q.exec(); !done)
        return done.error();
    q.next();
    return q.value(0).toInt();
}

Result<QString> DocumentStore::nextNumber(const QString &kind, int year) const
{
    if (!m_deadlines.profile.numbers(kind))
        return QString();
    auto n = nextSequence(kind, year);
    if (!n)
        return n.error();
    return m_deadlines.profile.documentNumber(kind, year, n.value());
}

Result<IssuedDocument> DocumentStore::issue(const CaseRecord &record, const QString &kind,
                                            const Fill &fill, const QDateTime &at,
                                            const Deliver &deliver)
{
    if (auto open = CaseStore::refuseIfVoided(record); !open)
        return open.error();
    const qint64 caseId = record.id;
    TransactionGuard transaction(m_db);
    if (auto begun = transaction.begun(); !begun)
        return begun.error();
    IssuedDocument d;
    d.caseId = caseId;
    d.kind = kind;
    // The year of the center's calendar, as on the document itself.
    d.year = at.toLocalTime().date().year();
    if (m_deadlines.profile.numbers(kind)) {
        auto n = nextSequence(kind, d.year);
        if (!n)
            return n.error();
        d.sequence = n.value();
        d.number = m_deadlines.profile.documentNumber(kind, d.year, d.sequence);
    }
    auto anchor = m_events.anchor();
    if (!anchor)
        return anchor.error();
    d.anchor = anchor.value();
    auto filled = fill(d.number);
    if (!filled)
        return filled.error();
    d.html = filled.value();
    d.sha256 = IssuedDocument::hashOf(d.html);
    d.issuedBy = m_cases.user();
    d.issuedAt = at.toUTC();
    Statement insert(m_db, QStringLiteral("INSERT INTO documents (case_id, kind, year, sequence, "
                                          "number, html, sha256, issued_by, issued_at, anchor) "
                                          "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.bindAll({caseId, kind, d.year, d.sequence ? QVariant(d.sequence) : QVariant(), d.number,
                    d.html, d.sha256, d.issuedBy, d.issuedAt.toString(Qt::ISODateWithMs),
                    d.anchor->toText()});
    if (auto done = insert.exec(); !done)
        return done.error();
    d.id = insert.lastInsertId();
    QJsonObject input{{QStringLiteral("document"), d.id},
                      {QStringLiteral("kind"), kind},
                      {QStringLiteral("sha256"), d.sha256}};
    if (!d.number.isEmpty())
        input.insert(QStringLiteral("number"), d.number);
    if (auto logged = log(record, QStringLiteral("issue_document"), input); !logged)
        return logged.error();
    // Inside the transaction, so that the number is taken only once the
    // document is out; the writer lock keeps anyone else from taking it meanwhile.
    if (deliver)
        if (auto delivered = deliver(d); !delivered)
            return delivered.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    d.issuedSha256 = d.sha256;
    return d;
}

Result<QList<IssuedDocument>> DocumentStore::query(const QString &where,
                                                   const QVariant &value) const
{
    // With the hash its issuing event recorded, to show a text replaced
    // together with its hash.
    Statement q(m_db, QStringLiteral("SELECT id, case_id, kind, year, coalesce(sequence, 0), "
                                     "number, html, sha256, issued_by, issued_at, anchor, "
                                     "(SELECT json_extract(e.input, '$.sha256') FROM events e "
                                     "WHERE e.case_id = documents.case_id "
                                     "AND e.action = 'issue_document' "
                                     "AND json_extract(e.input, '$.document') = documents.id "
                                     "ORDER BY e.sequence LIMIT 1) FROM documents "
                                     "WHERE %1 ORDER BY id")
                          .arg(where));
    q.bind(value);
    if (auto done = q.exec(); !done)
        return done.error();
    QList<IssuedDocument> documents;
    while (q.next()) {
        IssuedDocument d;
        d.id = q.value(0).toLongLong();
        d.caseId = q.value(1).toLongLong();
        d.kind = q.value(2).toString();
        d.year = q.value(3).toInt();
        d.sequence = q.value(4).toInt();
        d.number = q.value(5).toString();
        d.html = q.value(6).toString();
        d.sha256 = q.value(7).toString();
        d.issuedBy = q.value(8).toString();
        d.issuedAt = QDateTime::fromString(q.value(9).toString(), Qt::ISODateWithMs);
        d.anchor = RecordAnchor::parse(q.value(10).toString());
        d.issuedSha256 = q.value(11).toString();
        documents.append(d);
    }
    return documents;
}

Result<IssuedDocument> DocumentStore::load(qint64 id) const
{
    auto found = query(QStringLiteral("id = ?"), id);
    if (!found)
        return found.error();
    if (found.value().isEmpty())
        return Error{StoreText::tr("There is no issued document %1").arg(id)};
    return found.value().first();
}

Result<QList<IssuedDocument>> DocumentStore::forCase(qint64 caseId) const
{
    return query(QStringLiteral("case_id = ?"), caseId);
}

namespace {
Result<void> checkServiceTexts(const ServiceRecord &s)
{
    const struct
    {
        const QString &text;
        QString field;
        TextKind kind;
    } fields[] = {
        {s.recipient, FieldText::tr("Recipient"), TextKind::Line},
        {s.method, FieldText::tr("Method"), TextKind::Line},
        {s.trackingNumber, FieldText::tr("Tracking number"), TextKind::Line},
        {s.address, FieldText::tr("Address"), TextKind::Line},
        {s.receivedBy, FieldText::tr("Received by"), TextKind::Line},
        {s.note, FieldText::tr("Note"), TextKind::Sentence},
    };
    for (const auto &f : fields)
        if (auto checked = checkField(f.text, f.field, f.kind); !checked)
            return checked;
    return {};
}
} // namespace

Result<ServiceRecord> DocumentStore::recordService(ServiceRecord s, const QDate &today)
{
    auto document = load(s.documentId);
    if (!document)
        return document.error();
    const IssuedDocument &d = document.value();
    if (auto texts = checkServiceTexts(s); !texts)
        return texts.error();
    s.recipient = s.recipient.trimmed();
    s.trackingNumber = s.trackingNumber.trimmed();
    if (s.recipient.isEmpty())
        return Error{ValidationText::tr("is required"), FieldText::tr("Recipient")};
    if (!vocab::serviceMethods().contains(s.method))
        return Error{
            ValidationText::tr("must be one of %1").arg(vocab::serviceMethods().describeCodes()),
            FieldText::tr("Method")};
    if (s.method == QLatin1String("post") && s.trackingNumber.isEmpty())
        return Error{StoreText::tr("is required for service by post"),
                     FieldText::tr("Tracking number")};
    if (!s.sentOn.isValid())
        return Error{ValidationText::tr("is required"), FieldText::tr("Sent on")};
    const QDate issuedOn = d.issuedAt.toLocalTime().date();
    if (s.sentOn < issuedOn)
        return Error{StoreText::tr("cannot be before the document was issued (%1)")
                         .arg(issuedOn.toString(Qt::ISODate)),
                     FieldText::tr("Sent on")};
    if (s.sentOn > today)
        return Error{StoreText::tr("cannot be in the future"), FieldText::tr("Sent on")};
    if (auto receipt = checkReceipt(s, today); !receipt)
        return receipt.error();
    auto record = m_cases.load(d.caseId);
    if (!record)
        return record.error();

    TransactionGuard transaction(m_db);
    if (auto begun = transaction.begun(); !begun)
        return begun.error();
    Statement insert(m_db, QStringLiteral("INSERT INTO services (document_id, recipient, method, "
                                          "tracking_number, address, sent_on, received_on, "
                                          "received_by, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.bindAll({s.documentId, s.recipient, s.method, s.trackingNumber, s.address.trimmed(),
                    dateValue(s.sentOn), dateValue(s.receivedOn), s.receivedBy.trimmed(),
                    s.note.trimmed()});
    if (auto done = insert.exec(); !done)
        return done.error();
    s.id = insert.lastInsertId();
    if (auto logged = log(record.value(), QStringLiteral("serve_document"), serviceJson(d, s));
        !logged)
        return logged.error();
    if (auto moved = moveCaseOn(record.value(), d, s, today); !moved)
        return moved.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return loadService(s.id);
}

Result<ServiceRecord> DocumentStore::recordReceipt(qint64 serviceId, const QDate &receivedOn,
                                                   const QString &receivedBy, const QDate &today)
{
    auto loaded = loadService(serviceId);
    if (!loaded)
        return loaded.error();
    ServiceRecord s = loaded.value();
    if (s.receivedOn.isValid())
        return Error{StoreText::tr("The receipt was recorded already (%1)")
                         .arg(s.receivedOn.toString(Qt::ISODate))};
    if (!receivedOn.isValid())
        return Error{ValidationText::tr("is required"), FieldText::tr("Received on")};
    if (auto signer = checkField(receivedBy, FieldText::tr("Received by"), TextKind::Line); !signer)
        return signer.error();
    s.receivedOn = receivedOn;
    s.receivedBy = receivedBy.trimmed();
    if (auto receipt = checkReceipt(s, today); !receipt)
        return receipt.error();
    auto document = load(s.documentId);
    if (!document)
        return document.error();
    auto record = m_cases.load(document.value().caseId);
    if (!record)
        return record.error();

    TransactionGuard transaction(m_db);
    if (auto begun = transaction.begun(); !begun)
        return begun.error();
    Statement update(
        m_db, QStringLiteral("UPDATE services SET received_on = ?, received_by = ? WHERE id = ?"));
    update.bindAll({dateValue(s.receivedOn), s.receivedBy, s.id});
    if (auto done = update.exec(); !done)
        return done.error();
    if (auto logged =
            log(record.value(), QStringLiteral("record_receipt"), serviceJson(document.value(), s));
        !logged)
        return logged.error();
    if (auto moved = moveCaseOn(record.value(), document.value(), s, today); !moved)
        return moved.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return loadService(s.id);
}

// The notice served on one of the case's agencies is the notice of the
// lifecycle: sending it dispatches it (D1), its receipt starts the plan
// deadline (D2). Other documents start nothing the rules count from.
Result<void> DocumentStore::moveCaseOn(const CaseRecord &c, const IssuedDocument &d,
                                       const ServiceRecord &s, const QDate &today)
{
    if (d.kind != QLatin1String("notice"))
        return {};
    const bool toAgency = std::any_of(c.parties.cbegin(), c.parties.cend(), [&](const Party &p) {
        return p.role == QLatin1String("agency") && p.name == s.recipient;
    });
    if (!toAgency)
        return {};
    QString action;
    QJsonObject input;
    if (c.state == QLatin1String("registered")) {
        action = QStringLiteral("notify_agency");
        input.insert(QStringLiteral("dispatchedOn"), s.sentOn.toString(Qt::ISODate));
        if (s.receivedOn.isValid())
            input.insert(QStringLiteral("receivedOn"), s.receivedOn.toString(Qt::ISODate));
    } else if (c.state == QLatin1String("agency_notified") &&
               !c.progress.noticeReceivedOn.isValid() && s.receivedOn.isValid()) {
        action = QStringLiteral("record_notice_receipt");
        input.insert(QStringLiteral("receivedOn"), s.receivedOn.toString(Qt::ISODate));
    } else {
        return {};
    }
    auto moved = m_cases.transition(c.id, action, input, today);
    if (!moved)
        return moved.error();
    return {};
}

Result<QList<ServiceRecord>> DocumentStore::queryServices(const QString &where,
                                                          const QVariant &value) const
{
    Statement q(m_db, QStringLiteral("SELECT id, document_id, recipient, method, tracking_number, "
                                     "address, sent_on, received_on, received_by, note "
                                     "FROM services WHERE %1 ORDER BY id")
                          .arg(where));
    q.bind(value);
    if (auto done = q.exec(); !done)
        return done.error();
    QList<ServiceRecord> services;
    while (q.next()) {
        ServiceRecord s;
        s.id = q.value(0).toLongLong();
        s.documentId = q.value(1).toLongLong();
        s.recipient = q.value(2).toString();
        s.method = q.value(3).toString();
        s.trackingNumber = q.value(4).toString();
        s.address = q.value(5).toString();
        s.sentOn = dateFrom(q.value(6));
        s.receivedOn = dateFrom(q.value(7));
        s.receivedBy = q.value(8).toString();
        s.note = q.value(9).toString();
        services.append(s);
    }
    return services;
}

Result<QList<ServiceRecord>> DocumentStore::services(qint64 documentId) const
{
    return queryServices(QStringLiteral("document_id = ?"), documentId);
}

Result<ServiceRecord> DocumentStore::loadService(qint64 id) const
{
    auto found = queryServices(QStringLiteral("id = ?"), id);
    if (!found)
        return found.error();
    if (found.value().isEmpty())
        return Error{StoreText::tr("There is no service record %1").arg(id)};
    return found.value().first();
}

Result<void> DocumentStore::log(const CaseRecord &record, const QString &action,
                                const QJsonObject &input)
{
    CaseEvent event;
    event.caseId = record.id;
    event.at = Clock::now();
    event.user = m_cases.user();
    event.action = action;
    event.fromState = event.toState = record.state;
    event.input = input;
    auto appended = m_events.append(event);
    if (!appended)
        return appended.error();
    return {};
}

} // namespace huajie
