#include "eventlog.h"

#include "i18n/contexts.h"
#include "store/recorddigest.h"
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
    e.digest = q.value(12).toString();
    return e;
}

const char *kSelect =
    "SELECT e.sequence, e.case_id, coalesce(c.number, ''), e.at, e.user, e.action, "
    "e.from_state, e.to_state, e.input, e.changes, e.previous_hash, e.hash, e.digest "
    "FROM events e LEFT JOIN cases c ON c.id = e.case_id ";
} // namespace

const QString EventLog::kGenesisHash = QString(64, QLatin1Char('0'));

QString EventLog::computeHash(const CaseEvent &e)
{
    // Unit separators between the fields, so that no two contents join alike.
    const QChar separator(0x1f);
    QStringList parts = {QString::number(e.sequence),
                         QString::number(e.caseId),
                         e.at.toUTC().toString(Qt::ISODateWithMs),
                         e.user,
                         e.action,
                         e.fromState,
                         e.toState,
                         compact(e.input),
                         compact(e.changes),
                         e.previousHash};
    // Events written before digests were kept are hashed as they were then.
    if (!e.digest.isEmpty())
        parts.append(e.digest);
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
    // The upgrade that first fixes every case's rows brings their digests, taken at once.
    if (m_format == Format::BeforeDigests)
        event.digest.clear();
    else if (event.digest.isEmpty()) {
        Result<QString> digest = QString();
        if (event.rows == CaseEvent::Rows::OfUser)
            digest = RecordDigest::ofUser(m_db, event.userId);
        else if (event.rows == CaseEvent::Rows::OfSettings)
            digest = RecordDigest::ofSettings(m_db);
        else if (event.caseId > 0)
            digest = RecordDigest::ofCase(m_db, event.caseId);
        if (!digest)
            return digest.error();
        event.digest = digest.value();
    }
    event.hash = computeHash(event);
    Statement insert(
        m_db, QStringLiteral("INSERT INTO events (sequence, case_id, at, user, "
                             "action, from_state, to_state, input, changes, "
                             "previous_hash, hash%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
                             "?, ?, ?%2)")
                  .arg(m_format == Format::WithDigests ? QStringLiteral(", digest") : QString(),
                       m_format == Format::WithDigests ? QStringLiteral(", ?") : QString()));
    // An event of the whole center (a frozen report) has no case.
    const QVariant caseId = event.caseId > 0 ? QVariant(event.caseId) : QVariant();
    insert.bindAll({event.sequence, caseId, event.at.toString(Qt::ISODateWithMs), event.user,
                    event.action, event.fromState, event.toState, compact(event.input),
                    compact(event.changes), event.previousHash, event.hash});
    if (m_format == Format::WithDigests)
        insert.bind(event.digest);
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

Result<QDateTime> EventLog::lastAt() const
{
    Statement q(m_db, QStringLiteral("SELECT at FROM events ORDER BY sequence DESC LIMIT 1"));
    if (auto done = q.exec(); !done)
        return done.error();
    if (!q.next())
        return QDateTime();
    return QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs);
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

qint64 ChainVerification::firstBroken() const
{
    for (const VerificationFinding &f : findings)
        if (f.kind == VerificationFinding::Kind::Chain)
            return f.sequence;
    return 0;
}

// The last event of each case, of each user and of the settings: the digest
// it fixed, with its sequence.
struct EventLog::LastDigests
{
    QHash<qint64, std::pair<qint64, QString>> cases;
    QHash<qint64, std::pair<qint64, QString>> users;
    QHash<qint64, QString> userLogins; // as the events name them
    std::pair<qint64, QString> settings;
};

Result<ChainVerification> EventLog::verify() const
{
    // A read transaction: the events, the head and the rows of one moment.
    TransactionGuard snapshot(m_db);
    if (auto begun = snapshot.begun(); !begun)
        return begun.error();
    Statement q(m_db, QString::fromLatin1(kSelect) + QStringLiteral("ORDER BY e.sequence"));
    if (auto done = q.exec(); !done)
        return done.error();
    ChainVerification result;
    QString previous = kGenesisHash;
    qint64 expected = 1;
    bool chainHolds = true;
    QDateTime previousAt;
    bool timesChecked = false;
    LastDigests last;
    const auto broken = [&](const CaseEvent &e, const QString &problem) {
        result.findings.append(
            {VerificationFinding::Kind::Chain, e.sequence, e.caseNumber, problem});
        chainHolds = false;
    };
    while (q.next()) {
        const CaseEvent e = eventFrom(q);
        ++result.eventCount;
        // After the first break nothing is known to follow: only the first is named.
        if (chainHolds) {
            if (e.sequence != expected)
                broken(e, StoreText::tr("event %1 is missing before event %2")
                              .arg(expected)
                              .arg(e.sequence));
            else if (e.previousHash != previous)
                broken(e, StoreText::tr("event %1 does not follow the event before it: an event "
                                        "was removed, inserted or reordered")
                              .arg(e.sequence));
            else if (computeHash(e) != e.hash)
                broken(e,
                       StoreText::tr("event %1 was changed after it was written").arg(e.sequence));
        }
        previous = e.hash;
        ++expected;
        // Times are checked from the first event of this version on: bulk
        // imports before it wrote their past in the order of their cases.
        timesChecked = timesChecked || !e.digest.isEmpty();
        if (timesChecked && previousAt.isValid() &&
            e.at < previousAt.addSecs(-kClockToleranceSeconds))
            result.findings.append(
                {VerificationFinding::Kind::Time, e.sequence, e.caseNumber,
                 StoreText::tr("event %1 is dated %2, earlier than the event before it (%3): "
                               "the clock was set back, or the event was written with another "
                               "day")
                     .arg(e.sequence)
                     .arg(e.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                          previousAt.toLocalTime().toString(
                              QStringLiteral("yyyy-MM-dd HH:mm:ss")))});
        previousAt = e.at;
        const RecordDigest::Parsed fixed = RecordDigest::parse(e.digest);
        if (e.caseId > 0)
            last.cases.insert(e.caseId, {e.sequence, e.digest});
        if (fixed.scope == RecordDigest::Scope::User) {
            last.users.insert(fixed.userId, {e.sequence, e.digest});
            last.userLogins.insert(fixed.userId, e.input.value(QStringLiteral("login")).toString());
        } else if (fixed.scope == RecordDigest::Scope::Settings) {
            last.settings = {e.sequence, e.digest};
        }
    }
    if (chainHolds) {
        auto recorded = head();
        if (!recorded)
            return recorded.error();
        if (recorded.value().first != expected - 1 || recorded.value().second != previous)
            result.findings.append(
                {VerificationFinding::Kind::Chain, expected, QString(),
                 StoreText::tr("the log ends at event %1 but its recorded end is event %2: "
                               "events were removed from or added to its end")
                     .arg(expected - 1)
                     .arg(recorded.value().first)});
    }
    if (auto rows = verifyRows(last, result); !rows)
        return rows.error();
    return result;
}

// The rows as they are now against the digest of the last event that wrote
// them. A case whose last event is older than digests is not checked.
Result<void> EventLog::verifyRows(const LastDigests &last, ChainVerification &result) const
{
    const auto finding = [&](qint64 sequence, const QString &subject, const QString &problem) {
        result.findings.append({VerificationFinding::Kind::Rows, sequence, subject, problem});
    };
    auto cases = RecordDigest::ofEveryCase(m_db);
    if (!cases)
        return cases.error();
    Statement numbers(m_db, QStringLiteral("SELECT id, number FROM cases ORDER BY id"));
    if (auto done = numbers.exec(); !done)
        return done;
    while (numbers.next()) {
        const qint64 id = numbers.value(0).toLongLong();
        const QString number = numbers.value(1).toString();
        const auto fixed = last.cases.find(id);
        if (fixed == last.cases.end())
            finding(0, number,
                    StoreText::tr("case %1 has no event: it was added to the database directly")
                        .arg(number));
        else if (!fixed->second.isEmpty() && fixed->second != cases.value().value(id))
            finding(fixed->first, number,
                    StoreText::tr("the data of case %1 was changed directly after event %2")
                        .arg(number)
                        .arg(fixed->first));
    }
    for (auto it = last.cases.cbegin(); it != last.cases.cend(); ++it)
        if (!it.value().second.isEmpty() && !cases.value().contains(it.key()))
            finding(it.value().first, QString(),
                    StoreText::tr("a case (id %1) was removed from the database directly after "
                                  "event %2")
                        .arg(it.key())
                        .arg(it.value().first));

    auto users = RecordDigest::ofEveryUser(m_db);
    if (!users)
        return users.error();
    Statement logins(m_db, QStringLiteral("SELECT id, login FROM users ORDER BY id"));
    if (auto done = logins.exec(); !done)
        return done;
    while (logins.next()) {
        const qint64 id = logins.value(0).toLongLong();
        const QString login = logins.value(1).toString();
        const auto fixed = last.users.find(id);
        if (fixed == last.users.end())
            finding(0, login,
                    StoreText::tr("user %1 has no event: the account was added to the database "
                                  "directly")
                        .arg(login));
        else if (fixed->second != users.value().value(id))
            finding(fixed->first, login,
                    StoreText::tr("the account of user %1 was changed directly after event %2")
                        .arg(login)
                        .arg(fixed->first));
    }
    for (auto it = last.users.cbegin(); it != last.users.cend(); ++it)
        if (!users.value().contains(it.key())) {
            const QString login = last.userLogins.value(it.key());
            finding(it.value().first, login,
                    StoreText::tr("the account of user %1 was removed from the database directly "
                                  "after event %2")
                        .arg(login)
                        .arg(it.value().first));
        }

    auto settings = RecordDigest::ofSettings(m_db);
    if (!settings)
        return settings.error();
    // With no event of the settings, there are none but the chain's head.
    if (last.settings.first == 0) {
        Statement any(m_db, QStringLiteral("SELECT key FROM settings"));
        if (auto done = any.exec(); !done)
            return done;
        while (any.next())
            if (RecordDigest::isRecordedSetting(any.value(0).toString())) {
                finding(0, QString(),
                        StoreText::tr("the settings were changed in the database directly, with "
                                      "no event"));
                break;
            }
    } else if (last.settings.second != settings.value()) {
        finding(last.settings.first, QString(),
                StoreText::tr("the settings were changed directly after event %1")
                    .arg(last.settings.first));
    }
    return {};
}

} // namespace huajie
