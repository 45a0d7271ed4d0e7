#include "recorddigest.h"

#include "store/statement.h"

#include <QCryptographicHash>

#include <memory>
#include <vector>

namespace huajie {
namespace {
// One table's rows of a case, each as one text: SQLite's quote() of every
// column, joined by commas. quote() escapes what it quotes, so that no two
// rows read alike.
struct CaseTable
{
    const char *name;
    const char *columns; // of the table aliased t
    const char *from;    // with the case's id as case_id
    // Columns added after the formula's version: they join the row's text
    // only when one of them is not NULL, so that a row from before them
    // keeps its digest, and a value written into them by hand changes it.
    const char *later = nullptr;
};

const CaseTable kCaseTables[] = {
    {"cases",
     "id, number, year, sequence, referral_number, origin_case_number, source, "
     "referring_unit_id, judge_id, procurator_id, lead_mediator_id, state, registered_on, "
     "disputed_act, act_kind, domain, claims, amount_fen, persons_involved, summary, "
     "suitability_ground, consent_date, consent_form, collective, sensitive, petition_risk, "
     "supervised, legal_aid, typical, progress, voided",
     "(SELECT *, id AS case_id FROM cases) t", "court_received_on, referred_on"},
    {"parties",
     "id, case_id, position, role, kind, name, sex, id_number, birth_date, address, phone, "
     "credit_code, legal_representative, agency_id, lead, attends_in_person",
     "parties t"},
    {"agents", "id, party_id, position, name, id_number, phone, organisation, authority",
     "(SELECT a.*, p.case_id FROM agents a JOIN parties p ON p.id = a.party_id) t"},
    {"sessions",
     "id, case_id, kind, starts_at, duration_minutes, room_id, place, mode, remote_consent, "
     "notice_on, short_notice_reason, status, agency_head_attended, minutes_text",
     "sessions t"},
    {"session_participants", "id, session_id, position, role, name, party, attended",
     "(SELECT sp.*, s.case_id FROM session_participants sp "
     "JOIN sessions s ON s.id = sp.session_id) t"},
    {"documents", "id, case_id, kind, year, sequence, number, sha256, issued_by, issued_at",
     "documents t"},
    {"services",
     "id, document_id, recipient, method, tracking_number, address, sent_on, received_on, "
     "received_by, note",
     "(SELECT sv.*, d.case_id FROM services sv JOIN documents d ON d.id = sv.document_id) t"},
};

const char *kUserColumns = "id, login, name, role, password_hash, active, created_at";

const QString kHeadKey = QStringLiteral("event_chain_head");

QString rowText(const char *columns, const char *later = nullptr)
{
    QStringList quoted;
    for (const QString &column : QString::fromLatin1(columns).split(QStringLiteral(", ")))
        quoted.append(QStringLiteral("quote(t.%1)").arg(column));
    QString text = quoted.join(QStringLiteral(" || ',' || "));
    if (!later)
        return text;
    QStringList laterQuoted, anySet;
    for (const QString &column : QString::fromLatin1(later).split(QStringLiteral(", "))) {
        laterQuoted.append(QStringLiteral("',' || quote(t.%1)").arg(column));
        anySet.append(QStringLiteral("t.%1 IS NOT NULL").arg(column));
    }
    return QStringLiteral("%1 || CASE WHEN %2 THEN %3 ELSE '' END")
        .arg(text, anySet.join(QStringLiteral(" OR ")), laterQuoted.join(QStringLiteral(" || ")));
}

QString named(const QString &scope, QCryptographicHash &hash)
{
    return scope + QLatin1Char(':') + QString::fromLatin1(hash.result().toHex());
}

const QString kCaseScope = QStringLiteral("case/1");
const QString kUserScope = QStringLiteral("user/1");
const QString kSettingsScope = QStringLiteral("settings/1");

// The digests of one case (caseId > 0) or of every case: each table is read
// in the order of its cases, all at once, so that each case's rows are
// hashed as they come, the same way for one case as for all.
Result<QHash<qint64, QString>> caseDigests(const QSqlDatabase &db, qint64 caseId)
{
    std::vector<std::unique_ptr<Statement>> tables;
    std::vector<bool> more;
    for (const CaseTable &table : kCaseTables) {
        // The upgrades before a table's later columns digest it without them.
        const char *later = table.later;
        if (later) {
            Statement has(db, QStringLiteral("SELECT count(*) FROM pragma_table_info('%1') "
                                             "WHERE name = '%2'")
                                  .arg(QString::fromLatin1(table.name),
                                       QString::fromLatin1(later).section(QLatin1Char(','), 0, 0)));
            if (auto done = has.exec(); !done)
                return done.error();
            if (!has.next() || has.value(0).toInt() == 0)
                later = nullptr;
        }
        auto q = std::make_unique<Statement>(
            db, QStringLiteral("SELECT t.case_id, %1 FROM %2 %3 ORDER BY t.case_id, t.id")
                    .arg(rowText(table.columns, later), QString::fromLatin1(table.from),
                         caseId > 0 ? QStringLiteral("WHERE t.case_id = ?") : QString()));
        if (caseId > 0)
            q->bind(caseId);
        if (auto done = q->exec(); !done)
            return done.error();
        more.push_back(q->next());
        tables.push_back(std::move(q));
    }
    QHash<qint64, QString> digests;
    // The cases table comes first: its rows name the cases there are.
    while (more[0]) {
        const qint64 id = tables[0]->value(0).toLongLong();
        QCryptographicHash hash(QCryptographicHash::Sha256);
        for (std::size_t i = 0; i < tables.size(); ++i) {
            Statement &q = *tables[i];
            // Rows of no case (left behind by a hand edit) are passed over.
            while (more[i] && i > 0 && q.value(0).toLongLong() < id)
                more[i] = q.next();
            hash.addData(QByteArray(kCaseTables[i].name) + '\n');
            while (more[i] && q.value(0).toLongLong() == id) {
                hash.addData(q.value(1).toString().toUtf8() + '\n');
                more[i] = q.next();
            }
        }
        digests.insert(id, named(kCaseScope, hash));
    }
    return digests;
}

Result<QHash<qint64, QString>> userDigests(const QSqlDatabase &db, qint64 userId)
{
    Statement q(db, QStringLiteral("SELECT t.id, %1 FROM users t %2 ORDER BY t.id")
                        .arg(rowText(kUserColumns),
                             userId > 0 ? QStringLiteral("WHERE t.id = ?") : QString()));
    if (userId > 0)
        q.bind(userId);
    if (auto done = q.exec(); !done)
        return done.error();
    QHash<qint64, QString> digests;
    while (q.next()) {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        hash.addData(q.value(1).toString().toUtf8());
        const qint64 id = q.value(0).toLongLong();
        digests.insert(id, named(kUserScope + QStringLiteral("/%1").arg(id), hash));
    }
    return digests;
}
} // namespace

Result<QString> RecordDigest::ofCase(const QSqlDatabase &db, qint64 caseId)
{
    auto digests = caseDigests(db, caseId);
    if (!digests)
        return digests.error();
    // A case that is gone has no rows: the digest of nothing.
    QCryptographicHash none(QCryptographicHash::Sha256);
    return digests.value().value(caseId, named(kCaseScope, none));
}

Result<QHash<qint64, QString>> RecordDigest::ofEveryCase(const QSqlDatabase &db)
{
    return caseDigests(db, 0);
}

Result<QString> RecordDigest::ofUser(const QSqlDatabase &db, qint64 userId)
{
    auto digests = userDigests(db, userId);
    if (!digests)
        return digests.error();
    QCryptographicHash none(QCryptographicHash::Sha256);
    return digests.value().value(userId,
                                 named(kUserScope + QStringLiteral("/%1").arg(userId), none));
}

Result<QHash<qint64, QString>> RecordDigest::ofEveryUser(const QSqlDatabase &db)
{
    return userDigests(db, 0);
}

Result<QString> RecordDigest::ofSettings(const QSqlDatabase &db)
{
    Statement q(db, QStringLiteral("SELECT key, quote(key) || ',' || quote(value) FROM settings "
                                   "ORDER BY key"));
    if (auto done = q.exec(); !done)
        return done.error();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    while (q.next())
        if (isRecordedSetting(q.value(0).toString()))
            hash.addData(q.value(1).toString().toUtf8() + '\n');
    return named(kSettingsScope, hash);
}

RecordDigest::Parsed RecordDigest::parse(const QString &digest)
{
    const QString scope = digest.section(QLatin1Char(':'), 0, 0);
    if (scope == kCaseScope)
        return {Scope::Case, 0};
    if (scope == kSettingsScope)
        return {Scope::Settings, 0};
    if (scope.startsWith(kUserScope + QLatin1Char('/')))
        return {Scope::User, scope.mid(kUserScope.size() + 1).toLongLong()};
    return {};
}

bool RecordDigest::isRecordedSetting(const QString &key)
{
    return key != kHeadKey;
}

} // namespace huajie
