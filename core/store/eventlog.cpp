#include "eventlog.h"

#include "i18n/contexts.h"
#include "store/statement.h"

#include <QCryptographicHash>
#include <QJsonDocument>

namespace huajie {
namespace {
const QString kHeadKey = QStringLiteral("event_chain_head");

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject parse(const QVariant &text)
{
    return QJsonDocument::fromJson(text.toString().toUtf8()).object();
}

CaseEvent eventFrom(const Statement &q)
{
    CaseEvent e;
    e.sequence = q.value(0).toLongLong();
    e.caseId = q.value(1).toLongLong();
    e.caseNumber = q.value(2).toString();
    e.at = QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs);
    e.user = q.value(4).toString();
    e.action = q.value(5).toString();
    e.fromState = q.value(6).toString();
    e.toState = q.value(7).toString();
    e.input = parse(q.value(8));
    e.changes = parse(q.value(9));
    e.previousHash = q.value(10).toString();
    e.hash = q.value(11).toString();
    return e;
}

const char *kSelect =
    "SELECT e.sequence, e.case_id, coalesce(c.number, ''), e.at, e.user, e.action, "
    "e.from_state, e.to_state, e.input, e.changes, e.previous_hash, e.hash "
    "FROM events e LEFT JOIN cases c ON c.id = e.case_id ";
} // namespace

const QString EventLog::kGenesisHash = QString(64, QLatin1Char('0'));

QString EventLog::computeHash(const CaseEvent &e)
{
    // Unit separators between the fields, so that no two contents join alike.
    const QChar separator(0x1f);
    const QStringList parts = {QString::number(e.sequence),
                               QString::number(e.caseId),
                               e.at.toUTC().toString(Qt::ISODateWithMs),
                               e.user,
                               e.action,
                               e.fromState,
                               e.toState,
                               compact(e.input),
                               compact(e.changes),
                               e.previousHash};
    return QString::fromLatin1(
        QCryptographicHash::hash(parts.join(separator).toUtf8(), QCryptographicHash::Sha256)
            .toHex());
}

Result<std::pair<qint64, QString>> EventLog::head() const
{
    Statement q(m_db, QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.bind(kHeadKey);
    if (auto done = q.exec(); !done)
        return done.error();
    if (!q.next())
        return std::pair<qint64, QString>{0, kGenesisHash};
    const QString value = q.value(0).toString();
    const qsizetype colon = value.indexOf(QLatin1Char(':'));
    return std::pair<qint64, QString>{value.left(colon).toLongLong(), value.mid(colon + 1)};
}

Result<RecordAnchor> EventLog::anchor() const
{
    auto last = head();
    if (!last)
        return last.error();
    return RecordAnchor::of(last.value().first, last.value().second);
}

Result<CaseEvent> EventLog::append(CaseEvent event)
{
    auto last = head();
    if (!last)
        return last.error();
    event.sequence = last.value().first + 1;
    event.previousHash = last.value().second;
    event.at = event.at.toUTC();
    // Stored to the millisecond, so the hash must be taken over the same.
    event.at = QDateTime::fromString(event.at.toString(Qt::ISODateWithMs), Qt::ISODateWithMs);
    event.hash = computeHash(event);
    Statement insert(m_db,
                     QStringLiteral("INSERT INTO events (sequence, case_id, at, user, action, "
                                    "from_state, to_state, input, changes, previous_hash, "
                                    "hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    // An event of the whole center (a frozen report) has no case.
    const QVariant caseId = event.caseId > 0 ? QVariant(event.caseId) : QVariant();
    insert.bindAll({event.sequence, caseId, event.at.toString(Qt::ISODateWithMs), event.user,
                    event.action, event.fromState, event.toState, compact(event.input),
                    compact(event.changes), event.previousHash, event.hash});
    if (auto done = insert.exec(); !done)
        return done.error();
    Statement setHead(m_db,
                      QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                                     "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    setHead.bindAll({kHeadKey, QStringLiteral("%1:%2").arg(event.sequence).arg(event.hash)});
    if (auto done = setHead.exec(); !done)
        return done.error();
    return event;
}

Result<QList<CaseEvent>> EventLog::history(qint64 caseId) const
{
    Statement q(m_db, QString::fromLatin1(kSelect) +
                          QStringLiteral("WHERE e.case_id = ? ORDER BY e.sequence"));
    q.bind(caseId);
    if (auto done = q.exec(); !done)
        return done.error();
    QList<CaseEvent> events;
    while (q.next())
        events.append(eventFrom(q));
    return events;
}

Result<ChainVerification> EventLog::verify() const
{
    Statement q(m_db, QString::fromLatin1(kSelect) + QStringLiteral("ORDER BY e.sequence"));
    if (auto done = q.exec(); !done)
        return done.error();
    ChainVerification result;
    QString previous = kGenesisHash;
    qint64 expected = 1;
    const auto broken = [&](const CaseEvent &e, const QString &problem) {
        result.intact = false;
        result.firstBroken = e.sequence;
        result.caseNumber = e.caseNumber;
        result.problem = problem;
    };
    while (q.next()) {
        const CaseEvent e = eventFrom(q);
        ++result.eventCount;
        if (e.sequence != expected) {
            broken(
                e,
                StoreText::tr("event %1 is missing before event %2").arg(expected).arg(e.sequence));
            return result;
        }
        if (e.previousHash != previous) {
            broken(e, StoreText::tr("event %1 does not follow the event before it: an event was "
                                    "removed, inserted or reordered")
                          .arg(e.sequence));
            return result;
        }
        if (computeHash(e) != e.hash) {
            broken(e, StoreText::tr("event %1 was changed after it was written").arg(e.sequence));
            return result;
        }
        previous = e.hash;
        ++expected;
    }
    auto last = head();
    if (!last)
        return last.error();
    if (last.value().first != expected - 1 || last.value().second != previous) {
        result.intact = false;
        result.firstBroken = expected;
        result.problem = StoreText::tr("the log ends at event %1 but its recorded end is event %2: "
                                       "events were removed from or added to its end")
                             .arg(expected - 1)
                             .arg(last.value().first);
    }
    return result;
}

} // namespace huajie
