#include "frozenreports.h"

#include "i18n/contexts.h"
#include "statistics/reportbuilder.h"
#include "statistics/reportexport.h"
#include "store/statement.h"
#include "store/store.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace huajie {

const QString FrozenReports::kFreezeAction = QStringLiteral("freeze_report");

namespace {
QString sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QJsonObject documentObject(const QByteArray &document)
{
    return QJsonDocument::fromJson(document).object();
}
} // namespace

bool FrozenReport::intact() const
{
    return huajie::sha256(document) == sha256 && sha256 == recordedSha256;
}

std::optional<RecordAnchor> FrozenReport::anchor() const
{
    return RecordAnchor::parse(report().value(QStringLiteral("anchor")).toString());
}

QJsonObject FrozenReport::report() const
{
    return documentObject(document).value(QStringLiteral("report")).toObject();
}

QList<qint64> FrozenReport::countedCases() const
{
    QList<qint64> ids;
    for (const QJsonValue &v :
         documentObject(document).value(QStringLiteral("countedCases")).toArray())
        ids.append(qint64(v.toDouble()));
    return ids;
}

Result<FrozenReport> FrozenReports::freeze(const ReportPeriod &month, const QDate &today,
                                           const QDateTime &now)
{
    if (month.kind != ReportPeriod::Kind::Month)
        return Error{StatisticsText::tr("Only a whole month's report can be frozen.")};
    if (month.to >= today)
        return Error{StatisticsText::tr("%1 is not over yet: it can be frozen from %2 on.")
                         .arg(month.key(), month.to.addDays(1).toString(Qt::ISODate))};
    auto existing = find(month.key());
    if (!existing)
        return existing.error();
    if (existing.value())
        return Error{StatisticsText::tr("%1 was frozen on %2 by %3.")
                         .arg(month.key(),
                              existing.value()->frozenAt.toLocalTime().toString(
                                  QStringLiteral("yyyy-MM-dd HH:mm")),
                              existing.value()->frozenBy)};
    auto report = ReportBuilder(m_store).build(month, today);
    if (!report)
        return report.error();
    if (auto balanced = ReportExport::checkBalance(report.value()); !balanced)
        return balanced.error();

    QJsonArray counted;
    for (qint64 id : report.value().countedCases)
        counted.append(id);
    FrozenReport frozen;
    frozen.period = month.key();
    frozen.from = month.from;
    frozen.to = month.to;
    frozen.document = QJsonDocument(QJsonObject{{QStringLiteral("report"), report.value().toJson()},
                                                {QStringLiteral("countedCases"), counted}})
                          .toJson(QJsonDocument::Compact);
    frozen.sha256 = sha256(frozen.document);
    frozen.frozenBy = m_store.cases().user();

    const QSqlDatabase &db = m_store.connection();
    TransactionGuard transaction(db);
    if (auto begun = transaction.begun(); !begun)
        return begun.error();
    CaseEvent event;
    event.at = now;
    event.user = frozen.frozenBy;
    event.action = kFreezeAction;
    event.input = {{QStringLiteral("period"), frozen.period}};
    event.changes = {
        {QStringLiteral("sha256"), QJsonObject{{QStringLiteral("new"), frozen.sha256}}}};
    auto appended = m_store.events().append(event);
    if (!appended)
        return appended.error();
    frozen.frozenAt = appended.value().at;
    frozen.eventSequence = appended.value().sequence;
    frozen.recordedSha256 = frozen.sha256;
    Statement insert(db, QStringLiteral("INSERT INTO frozen_reports (period, period_from, "
                                        "period_to, figures, sha256, frozen_by, frozen_at, "
                                        "event_sequence) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.bindAll({frozen.period, dateValue(frozen.from), dateValue(frozen.to),
                    QString::fromUtf8(frozen.document), frozen.sha256, frozen.frozenBy,
                    frozen.frozenAt.toString(Qt::ISODateWithMs), frozen.eventSequence});
    if (auto done = insert.exec(); !done)
        return done.error();
    frozen.id = insert.lastInsertId();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return frozen;
}

Result<QList<FrozenReport>> FrozenReports::query(const QString &where,
                                                 const QVariantList &values) const
{
    Statement q(m_store.connection(),
                // With the hash its freezing event recorded.
                QStringLiteral("SELECT id, period, period_from, period_to, figures, sha256, "
                               "frozen_by, frozen_at, event_sequence, "
                               "(SELECT json_extract(e.changes, '$.sha256.new') FROM events e "
                               "WHERE e.sequence = frozen_reports.event_sequence "
                               "AND e.action = 'freeze_report' "
                               "AND json_extract(e.input, '$.period') = frozen_reports.period) "
                               "FROM frozen_reports %1 ORDER BY period_from")
                    .arg(where));
    for (const QVariant &v : values)
        q.bind(v);
    if (auto done = q.exec(); !done)
        return done.error();
    QList<FrozenReport> reports;
    while (q.next()) {
        FrozenReport r;
        r.id = q.value(0).toLongLong();
        r.period = q.value(1).toString();
        r.from = dateFrom(q.value(2));
        r.to = dateFrom(q.value(3));
        r.document = q.value(4).toString().toUtf8();
        r.sha256 = q.value(5).toString();
        r.frozenBy = q.value(6).toString();
        r.frozenAt = QDateTime::fromString(q.value(7).toString(), Qt::ISODateWithMs);
        r.eventSequence = q.value(8).toLongLong();
        r.recordedSha256 = q.value(9).toString();
        reports.append(r);
    }
    return reports;
}

Result<QList<FrozenReport>> FrozenReports::list() const
{
    return query({}, {});
}

Result<std::optional<FrozenReport>> FrozenReports::find(const QString &period) const
{
    auto found = query(QStringLiteral("WHERE period = ?"), {period});
    if (!found)
        return found.error();
    if (found.value().isEmpty())
        return std::optional<FrozenReport>();
    return std::optional<FrozenReport>(found.value().first());
}

Result<QList<EditedCase>> FrozenReports::editedSince(const FrozenReport &frozen) const
{
    QJsonArray ids;
    for (qint64 id : frozen.countedCases())
        ids.append(id);
    Statement q(m_store.connection(),
                QStringLiteral("SELECT e.sequence, e.case_id, c.number, e.at, e.user, e.action, "
                               "e.from_state, e.to_state FROM events e "
                               "JOIN cases c ON c.id = e.case_id WHERE e.sequence > ? "
                               "AND e.case_id IN (SELECT value FROM json_each(?)) "
                               "ORDER BY c.year, c.sequence, e.sequence"));
    q.bindAll({frozen.eventSequence,
               QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact))});
    if (auto done = q.exec(); !done)
        return done.error();
    QList<EditedCase> cases;
    while (q.next()) {
        CaseEvent e;
        e.sequence = q.value(0).toLongLong();
        e.caseId = q.value(1).toLongLong();
        e.caseNumber = q.value(2).toString();
        e.at = QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs);
        e.user = q.value(4).toString();
        e.action = q.value(5).toString();
        e.fromState = q.value(6).toString();
        e.toState = q.value(7).toString();
        if (cases.isEmpty() || cases.last().caseId != e.caseId)
            cases.append({e.caseId, e.caseNumber, {}});
        cases.last().events.append(e);
    }
    return cases;
}

} // namespace huajie
