#include "schema.h"

#include "clock.h"
#include "store/eventlog.h"
#include "store/recorddigest.h"
#include "store/sqliteconnection.h"
#include "store/statement.h"

#include <QCoreApplication>
#include <QTimeZone>

#include <functional>

namespace huajie::schema {
namespace {

Result<void> runAll(const QSqlDatabase &db, std::initializer_list<const char *> statements)
{
    for (const char *sql : statements)
        if (auto done = execute(db, QString::fromUtf8(sql)); !done)
            return done;
    return {};
}

// Version 1: the case with its parties and agents, and the directories.
Result<void> upgradeToV1(const QSqlDatabase &db)
{
    return runAll(db, {
                          R"(CREATE TABLE settings (
               key TEXT PRIMARY KEY,
               value TEXT NOT NULL))",
                          R"(CREATE TABLE agencies (
               id INTEGER PRIMARY KEY,
               name TEXT NOT NULL UNIQUE,
               head TEXT NOT NULL DEFAULT '',
               legal_officer TEXT NOT NULL DEFAULT '',
               contact TEXT NOT NULL DEFAULT '',
               address TEXT NOT NULL DEFAULT ''))",
                          R"(CREATE TABLE referring_units (
               id INTEGER PRIMARY KEY,
               name TEXT NOT NULL UNIQUE,
               kind TEXT NOT NULL DEFAULT '',
               contact TEXT NOT NULL DEFAULT '',
               address TEXT NOT NULL DEFAULT ''))",
                          R"(CREATE TABLE judges (
               id INTEGER PRIMARY KEY,
               name TEXT NOT NULL UNIQUE,
               unit TEXT NOT NULL DEFAULT '',
               phone TEXT NOT NULL DEFAULT ''))",
                          R"(CREATE TABLE procurators (
               id INTEGER PRIMARY KEY,
               name TEXT NOT NULL UNIQUE,
               unit TEXT NOT NULL DEFAULT '',
               phone TEXT NOT NULL DEFAULT ''))",
                          R"(CREATE TABLE mediators (
               id INTEGER PRIMARY KEY,
               name TEXT NOT NULL UNIQUE,
               kind TEXT NOT NULL DEFAULT '',
               specialties TEXT NOT NULL DEFAULT '',
               organisation TEXT NOT NULL DEFAULT '',
               phone TEXT NOT NULL DEFAULT ''))",
                          R"(CREATE TABLE rooms (
               id INTEGER PRIMARY KEY,
               name TEXT NOT NULL UNIQUE,
               kind TEXT NOT NULL DEFAULT '',
               capacity TEXT NOT NULL DEFAULT ''))",
                          R"(CREATE TABLE cases (
               id INTEGER PRIMARY KEY,
               number TEXT NOT NULL UNIQUE,
               year INTEGER NOT NULL,
               sequence INTEGER NOT NULL,
               referral_number TEXT NOT NULL DEFAULT '',
               origin_case_number TEXT NOT NULL DEFAULT '',
               source TEXT NOT NULL,
               referring_unit_id INTEGER REFERENCES referring_units(id),
               judge_id INTEGER REFERENCES judges(id),
               procurator_id INTEGER REFERENCES procurators(id),
               lead_mediator_id INTEGER REFERENCES mediators(id),
               state TEXT NOT NULL,
               registered_on TEXT NOT NULL,
               disputed_act TEXT NOT NULL,
               act_kind TEXT NOT NULL DEFAULT '',
               domain TEXT NOT NULL DEFAULT '',
               claims TEXT NOT NULL DEFAULT '',
               amount_fen INTEGER,
               persons_involved INTEGER NOT NULL DEFAULT 1,
               summary TEXT NOT NULL DEFAULT '',
               suitability_ground TEXT NOT NULL DEFAULT '',
               consent_date TEXT NOT NULL,
               consent_form TEXT NOT NULL,
               collective INTEGER NOT NULL DEFAULT 0,
               sensitive INTEGER NOT NULL DEFAULT 0,
               petition_risk INTEGER NOT NULL DEFAULT 0,
               supervised INTEGER NOT NULL DEFAULT 0,
               legal_aid INTEGER NOT NULL DEFAULT 0,
               typical INTEGER NOT NULL DEFAULT 0,
               UNIQUE (year, sequence)))",
                          R"(CREATE TABLE parties (
               id INTEGER PRIMARY KEY,
               case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
               position INTEGER NOT NULL,
               role TEXT NOT NULL,
               kind TEXT NOT NULL,
               name TEXT NOT NULL,
               sex TEXT NOT NULL DEFAULT '',
               id_number TEXT NOT NULL DEFAULT '',
               birth_date TEXT,
               address TEXT NOT NULL DEFAULT '',
               phone TEXT NOT NULL DEFAULT '',
               credit_code TEXT NOT NULL DEFAULT '',
               legal_representative TEXT NOT NULL DEFAULT '',
               agency_id INTEGER REFERENCES agencies(id),
               lead INTEGER NOT NULL DEFAULT 0,
               attends_in_person INTEGER NOT NULL DEFAULT 1))",
                          R"(CREATE TABLE agents (
               id INTEGER PRIMARY KEY,
               party_id INTEGER NOT NULL REFERENCES parties(id) ON DELETE CASCADE,
               position INTEGER NOT NULL,
               name TEXT NOT NULL,
               id_number TEXT NOT NULL DEFAULT '',
               phone TEXT NOT NULL DEFAULT '',
               organisation TEXT NOT NULL DEFAULT '',
               authority TEXT NOT NULL))",
                          // With the name, the case list reads the parties from the index alone.
                          "CREATE INDEX parties_by_case ON parties (case_id, role, position, name)",
                          "CREATE INDEX parties_by_agency ON parties (agency_id)",
                          "CREATE INDEX agents_by_party ON agents (party_id, position)",
                          "CREATE INDEX cases_by_registration ON cases (registered_on)",
                      });
}

// Version 2: the case's life. Its progress (what each step recorded) beside
// the case, and the append-only, hash-chained event log. Cases that existed
// before get their registration as the first event.
Result<void> upgradeToV2(const QSqlDatabase &db)
{
    auto created =
        runAll(db, {
                       "ALTER TABLE cases ADD COLUMN progress TEXT NOT NULL DEFAULT '{}'",
                       R"(CREATE TABLE events (
               sequence INTEGER PRIMARY KEY,
               case_id INTEGER NOT NULL REFERENCES cases(id),
               at TEXT NOT NULL,
               user TEXT NOT NULL,
               action TEXT NOT NULL,
               from_state TEXT NOT NULL,
               to_state TEXT NOT NULL,
               input TEXT NOT NULL,
               changes TEXT NOT NULL,
               previous_hash TEXT NOT NULL,
               hash TEXT NOT NULL))",
                       "CREATE INDEX events_by_case ON events (case_id, sequence)",
                       // The program never changes an event; a hand edit has to remove
                       // these first, and then the hash chain shows it.
                       R"(CREATE TRIGGER events_are_append_only_update BEFORE UPDATE ON events
           BEGIN SELECT RAISE(ABORT, 'events are append-only'); END)",
                       R"(CREATE TRIGGER events_are_append_only_delete BEFORE DELETE ON events
           BEGIN SELECT RAISE(ABORT, 'events are append-only'); END)",
                   });
    if (!created)
        return created;
    Statement cases(
        db, QStringLiteral("SELECT id, number, state, registered_on FROM cases ORDER BY id"));
    if (auto done = cases.exec(); !done)
        return done;
    EventLog log(db, EventLog::Format::BeforeDigests);
    while (cases.next()) {
        CaseEvent event;
        event.caseId = cases.value(0).toLongLong();
        event.at = QDateTime(dateFrom(cases.value(3)), QTime(0, 0), QTimeZone::utc());
        event.user = QStringLiteral("upgrade");
        event.action = QStringLiteral("register");
        event.toState = cases.value(2).toString();
        event.changes = {{QStringLiteral("number"),
                          QJsonObject{{QStringLiteral("new"), cases.value(1).toString()}}}};
        if (auto appended = log.append(event); !appended)
            return appended.error();
    }
    return {};
}

// Version 3: the center's changes to the holiday calendar (imported years
// and single days), each with who, when and why. Append-only, like events.
Result<void> upgradeToV3(const QSqlDatabase &db)
{
    return runAll(
        db,
        {
            R"(CREATE TABLE calendar_changes (
               id INTEGER PRIMARY KEY,
               at TEXT NOT NULL,
               user TEXT NOT NULL,
               reason TEXT NOT NULL,
               kind TEXT NOT NULL CHECK (kind IN ('import', 'set', 'clear')),
               day TEXT,
               rest INTEGER,
               name TEXT NOT NULL DEFAULT '',
               data TEXT))",
            R"(CREATE TRIGGER calendar_changes_are_append_only_update BEFORE UPDATE ON calendar_changes
           BEGIN SELECT RAISE(ABORT, 'calendar changes are append-only'); END)",
            R"(CREATE TRIGGER calendar_changes_are_append_only_delete BEFORE DELETE ON calendar_changes
           BEGIN SELECT RAISE(ABORT, 'calendar changes are append-only'); END)",
        });
}

// Version 4: mediation sessions and who takes part in them.
Result<void> upgradeToV4(const QSqlDatabase &db)
{
    return runAll(
        db,
        {
            R"(CREATE TABLE sessions (
               id INTEGER PRIMARY KEY,
               case_id INTEGER NOT NULL REFERENCES cases(id),
               kind TEXT NOT NULL,
               starts_at TEXT NOT NULL,
               duration_minutes INTEGER NOT NULL,
               room_id INTEGER REFERENCES rooms(id),
               place TEXT NOT NULL DEFAULT '',
               mode TEXT NOT NULL,
               remote_consent INTEGER NOT NULL DEFAULT 0,
               notice_on TEXT NOT NULL,
               short_notice_reason TEXT NOT NULL DEFAULT '',
               status TEXT NOT NULL,
               agency_head_attended INTEGER,
               minutes_text TEXT NOT NULL DEFAULT ''))",
            "CREATE INDEX sessions_by_start ON sessions (starts_at)",
            "CREATE INDEX sessions_by_case ON sessions (case_id)",
            R"(CREATE TABLE session_participants (
               id INTEGER PRIMARY KEY,
               session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
               position INTEGER NOT NULL,
               role TEXT NOT NULL,
               name TEXT NOT NULL,
               party TEXT NOT NULL DEFAULT '',
               attended INTEGER))",
            "CREATE INDEX participants_by_session ON session_participants (session_id, position)",
        });
}

// Version 5: documents as issued, with their own numbers, and their service.
Result<void> upgradeToV5(const QSqlDatabase &db)
{
    return runAll(db, {
                          R"(CREATE TABLE documents (
               id INTEGER PRIMARY KEY,
               case_id INTEGER NOT NULL REFERENCES cases(id),
               kind TEXT NOT NULL,
               year INTEGER NOT NULL,
               sequence INTEGER,
               number TEXT NOT NULL DEFAULT '',
               html TEXT NOT NULL,
               sha256 TEXT NOT NULL,
               issued_by TEXT NOT NULL,
               issued_at TEXT NOT NULL,
               UNIQUE (kind, year, sequence)))",
                          "CREATE INDEX documents_by_case ON documents (case_id)",
                          // An issued document is what was sent: it never changes.
                          R"(CREATE TRIGGER documents_are_kept_update BEFORE UPDATE ON documents
           BEGIN SELECT RAISE(ABORT, 'issued documents do not change'); END)",
                          R"(CREATE TRIGGER documents_are_kept_delete BEFORE DELETE ON documents
           BEGIN SELECT RAISE(ABORT, 'issued documents do not change'); END)",
                          R"(CREATE TABLE services (
               id INTEGER PRIMARY KEY,
               document_id INTEGER NOT NULL REFERENCES documents(id),
               recipient TEXT NOT NULL,
               method TEXT NOT NULL,
               tracking_number TEXT NOT NULL DEFAULT '',
               address TEXT NOT NULL DEFAULT '',
               sent_on TEXT NOT NULL,
               received_on TEXT,
               received_by TEXT NOT NULL DEFAULT '',
               note TEXT NOT NULL DEFAULT ''))",
                          "CREATE INDEX services_by_document ON services (document_id)",
                          // The receipt is added once, later; nothing else changes.
                          R"(CREATE TRIGGER services_receipt_once BEFORE UPDATE ON services
           WHEN OLD.received_on IS NOT NULL OR NEW.document_id <> OLD.document_id
             OR NEW.recipient <> OLD.recipient OR NEW.method <> OLD.method
             OR NEW.sent_on <> OLD.sent_on
           BEGIN SELECT RAISE(ABORT, 'a service record is complete'); END)",
                          R"(CREATE TRIGGER services_are_kept_delete BEFORE DELETE ON services
           BEGIN SELECT RAISE(ABORT, 'service records are kept'); END)",
                      });
}

// What case_facts holds for each case, taken from its row and progress.
// concluded and agreement follow the final outcome: an agreement a party
// went back on before it took effect ended in a termination (S0 §23(四)).
// flags: collective 1, sensitive 2, supervised 4, typical 8 (SQLite gives
// | and << the same precedence: the shifts need their brackets).
// latest: the last day anything happened after registration.
// Versions add their columns after `latest`, between the head and the body.
const char *const kCaseFactsSourceHead =
    R"(CREATE VIEW case_facts_source AS
           SELECT *, max(coalesce(registered, 0), coalesce(concluded, 0),
                         coalesce(transferred, 0), coalesce(withdrawal_applied, 0),
                         coalesce(withdrawal_ruled, 0), coalesce(confirmation_applied, 0),
                         coalesce(confirmation_ruled, 0), coalesce(performance_recorded, 0),
                         coalesce(closed, 0), coalesce(followed_up, 0),
                         coalesce(extension_approved, 0)) AS latest)";
const char *const kCaseFactsSourceBody =
    R"(
           FROM (SELECT id AS case_id, state, source, act_kind, domain, amount_fen,
                   persons_involved AS persons,
                   collective | (sensitive << 1) | (supervised << 2) | (typical << 3) AS flags,
                   CAST(julianday(registered_on) + 0.5 AS INTEGER) AS registered,
                   CAST(julianday(coalesce(json_extract(progress, '$.agreementSignedOn'),
                                           json_extract(progress, '$.terminatedOn'))) + 0.5
                        AS INTEGER) AS concluded,
                   CAST(julianday(json_extract(progress, '$.agreementSignedOn')) + 0.5
                        AS INTEGER) AS agreement,
                   CAST(julianday(json_extract(progress, '$.terminatedOn')) + 0.5 AS INTEGER)
                        AS terminated,
                   json_extract(progress, '$.terminationReason') AS termination_reason,
                   CAST(julianday(json_extract(progress, '$.transferredOn')) + 0.5 AS INTEGER)
                        AS transferred,
                   CAST(julianday(json_extract(progress, '$.withdrawalAppliedOn')) + 0.5
                        AS INTEGER) AS withdrawal_applied,
                   CAST(julianday(json_extract(progress, '$.withdrawalRuledOn')) + 0.5
                        AS INTEGER) AS withdrawal_ruled,
                   coalesce(json_extract(progress, '$.withdrawalRuling') = 'granted', 0)
                        AS withdrawal_granted,
                   CAST(julianday(json_extract(progress, '$.confirmationAppliedOn')) + 0.5
                        AS INTEGER) AS confirmation_applied,
                   CAST(julianday(json_extract(progress, '$.confirmationRuledOn')) + 0.5
                        AS INTEGER) AS confirmation_ruled,
                   coalesce(json_extract(progress, '$.confirmationRuling') = 'granted', 0)
                        AS confirmation_granted,
                   json_extract(progress, '$.performance') AS performance,
                   CAST(julianday(json_extract(progress, '$.performanceRecordedOn')) + 0.5
                        AS INTEGER) AS performance_recorded,
                   CAST(julianday(json_extract(progress, '$.closedOn')) + 0.5 AS INTEGER)
                        AS closed,
                   CAST(julianday(json_extract(progress, '$.followedUpOn')) + 0.5 AS INTEGER)
                        AS followed_up,
                   CAST(julianday(json_extract(progress, '$.noticeReceivedOn')) + 0.5
                        AS INTEGER) AS notice_received,
                   CAST(julianday(json_extract(progress, '$.planReceivedOn')) + 0.5
                        AS INTEGER) AS plan_received,
                   json_extract(progress, '$.extension.days') AS extension_days,
                   CAST(julianday(json_extract(progress, '$.extension.approvedOn')) + 0.5
                        AS INTEGER) AS extension_approved,
                   nullif(json_extract(progress, '$.suspensions'), '[]') AS suspensions
                 FROM cases))";

// The view as versions 6 to 12 have it.
const QByteArray kCaseFactsSourceV6 = QByteArray(kCaseFactsSourceHead) + kCaseFactsSourceBody;

// Version 6: statistics.
// - Events of the whole center (a frozen report) have no case: case_id may
//   be NULL. SQLite cannot relax a column, so the table is copied whole into
//   one that allows it; every event keeps its sequence and hash, and the
//   chain verifies as before.
// - Frozen monthly reports: the figures as they were sent, with their hash.
// - case_facts: what statistics count, taken from each case's row and
//   progress by triggers, with days as Julian day numbers (QDate's), so that
//   a report over 100,000 cases reads plain columns instead of parsing every
//   progress document. The program never writes it; it is derived data.
Result<void> upgradeToV6(const QSqlDatabase &db)
{
    return runAll(
        db, {
                R"(CREATE TABLE events_v6 (
               sequence INTEGER PRIMARY KEY,
               case_id INTEGER REFERENCES cases(id),
               at TEXT NOT NULL,
               user TEXT NOT NULL,
               action TEXT NOT NULL,
               from_state TEXT NOT NULL,
               to_state TEXT NOT NULL,
               input TEXT NOT NULL,
               changes TEXT NOT NULL,
               previous_hash TEXT NOT NULL,
               hash TEXT NOT NULL))",
                R"(INSERT INTO events_v6 SELECT sequence, case_id, at, user, action, from_state,
               to_state, input, changes, previous_hash, hash FROM events ORDER BY sequence)",
                "DROP TABLE events",
                "ALTER TABLE events_v6 RENAME TO events",
                "CREATE INDEX events_by_case ON events (case_id, sequence)",
                R"(CREATE TRIGGER events_are_append_only_update BEFORE UPDATE ON events
           BEGIN SELECT RAISE(ABORT, 'events are append-only'); END)",
                R"(CREATE TRIGGER events_are_append_only_delete BEFORE DELETE ON events
           BEGIN SELECT RAISE(ABORT, 'events are append-only'); END)",

                R"(CREATE TABLE frozen_reports (
               id INTEGER PRIMARY KEY,
               period TEXT NOT NULL UNIQUE,
               period_from TEXT NOT NULL,
               period_to TEXT NOT NULL,
               figures TEXT NOT NULL,
               sha256 TEXT NOT NULL,
               frozen_by TEXT NOT NULL,
               frozen_at TEXT NOT NULL,
               event_sequence INTEGER NOT NULL REFERENCES events(sequence)))",
                R"(CREATE TRIGGER frozen_reports_are_kept_update BEFORE UPDATE ON frozen_reports
           BEGIN SELECT RAISE(ABORT, 'frozen reports do not change'); END)",
                R"(CREATE TRIGGER frozen_reports_are_kept_delete BEFORE DELETE ON frozen_reports
           BEGIN SELECT RAISE(ABORT, 'frozen reports do not change'); END)",

                R"(CREATE TABLE case_facts (
               case_id INTEGER PRIMARY KEY REFERENCES cases(id) ON DELETE CASCADE,
               state TEXT NOT NULL,
               source TEXT NOT NULL,
               act_kind TEXT NOT NULL,
               domain TEXT NOT NULL,
               amount_fen INTEGER,
               persons INTEGER NOT NULL,
               flags INTEGER NOT NULL,
               registered INTEGER,
               concluded INTEGER,
               agreement INTEGER,
               terminated INTEGER,
               termination_reason TEXT,
               transferred INTEGER,
               withdrawal_applied INTEGER,
               withdrawal_ruled INTEGER,
               withdrawal_granted INTEGER NOT NULL,
               confirmation_applied INTEGER,
               confirmation_ruled INTEGER,
               confirmation_granted INTEGER NOT NULL,
               performance TEXT,
               performance_recorded INTEGER,
               closed INTEGER,
               followed_up INTEGER,
               notice_received INTEGER,
               plan_received INTEGER,
               extension_days INTEGER,
               extension_approved INTEGER,
               suspensions TEXT,
               latest INTEGER NOT NULL))",
                kCaseFactsSourceV6.constData(),
                R"(CREATE TRIGGER case_facts_on_insert AFTER INSERT ON cases BEGIN
           INSERT OR REPLACE INTO case_facts SELECT * FROM case_facts_source
             WHERE case_id = NEW.id; END)",
                R"(CREATE TRIGGER case_facts_on_update AFTER UPDATE ON cases BEGIN
           INSERT OR REPLACE INTO case_facts SELECT * FROM case_facts_source
             WHERE case_id = NEW.id; END)",
                "INSERT INTO case_facts SELECT * FROM case_facts_source",
            });
}

// Version 7: case_facts.flags as documented. Version 6 shifted them without
// brackets, so that only "typical" came out right; the view is made again
// and the flags of every case counted anew.
Result<void> upgradeToV7(const QSqlDatabase &db)
{
    return runAll(db, {"DROP VIEW case_facts_source", kCaseFactsSourceV6.constData(),
                       R"(UPDATE case_facts SET flags = (SELECT collective | (sensitive << 1)
                          | (supervised << 2) | (typical << 3) FROM cases
                          WHERE cases.id = case_facts.case_id))"});
}

// Version 8: the desk's users, with their roles and password hashes.
Result<void> upgradeToV8(const QSqlDatabase &db)
{
    return runAll(db, {R"(CREATE TABLE users (
               id INTEGER PRIMARY KEY,
               login TEXT NOT NULL UNIQUE,
               name TEXT NOT NULL,
               role TEXT NOT NULL,
               password_hash TEXT NOT NULL,
               active INTEGER NOT NULL DEFAULT 1,
               created_at TEXT NOT NULL))"});
}

// Version 9: one search over everything a caller may give (SPEC: find a case
// from whatever the caller gives). case_search holds, per case (rowid = case
// id), its numbers, act and directory names and every party's name, ID
// number, phone, credit code and legal representative, and every agent's
// name, ID number, phone and firm, one per line; the trigram tokenizer finds
// any part of three characters or more. Triggers keep it in step with every
// write of a case, its parties and agents, and of the directory names it
// shows, inside the writer's own transaction. It is derived data: the program
// never writes it. And the indexes to find a repeat applicant by ID number,
// credit code or name.
Result<void> upgradeToV9(const QSqlDatabase &db)
{
    // Derives one case's row again, from an expression for its id.
    const auto reindex = [](const QString &caseId) {
        return QStringLiteral("DELETE FROM case_search WHERE rowid = %1; "
                              "INSERT INTO case_search (rowid, text) SELECT case_id, text "
                              "FROM case_search_source WHERE case_id = %1;")
            .arg(caseId);
    };
    QStringList statements = {
        QStringLiteral("CREATE VIRTUAL TABLE case_search USING fts5(text, tokenize = 'trigram')"),
        QStringLiteral(R"(CREATE VIEW case_search_source AS
           SELECT c.id AS case_id,
             c.number || char(10) || c.referral_number || char(10) || c.origin_case_number
             || char(10) || c.disputed_act
             || char(10) || coalesce((SELECT name FROM referring_units WHERE id = c.referring_unit_id), '')
             || char(10) || coalesce((SELECT name FROM judges WHERE id = c.judge_id), '')
             || char(10) || coalesce((SELECT name FROM procurators WHERE id = c.procurator_id), '')
             || char(10) || coalesce((SELECT name FROM mediators WHERE id = c.lead_mediator_id), '')
             || char(10) || coalesce((SELECT group_concat(p.name || char(10) || p.id_number
                  || char(10) || p.phone || char(10) || p.credit_code || char(10)
                  || p.legal_representative, char(10))
                FROM parties p WHERE p.case_id = c.id), '')
             || char(10) || coalesce((SELECT group_concat(a.name || char(10) || a.id_number
                  || char(10) || a.phone || char(10) || a.organisation, char(10))
                FROM parties p JOIN agents a ON a.party_id = p.id WHERE p.case_id = c.id), '')
             AS text
           FROM cases c)"),
        QStringLiteral("CREATE TRIGGER case_search_case_insert AFTER INSERT ON cases BEGIN %1 END")
            .arg(reindex(QStringLiteral("NEW.id"))),
        QStringLiteral("CREATE TRIGGER case_search_case_update AFTER UPDATE OF number, "
                       "referral_number, origin_case_number, disputed_act, referring_unit_id, "
                       "judge_id, procurator_id, lead_mediator_id ON cases BEGIN %1 END")
            .arg(reindex(QStringLiteral("NEW.id"))),
        QStringLiteral("CREATE TRIGGER case_search_case_delete AFTER DELETE ON cases BEGIN "
                       "DELETE FROM case_search WHERE rowid = OLD.id; END"),
        QStringLiteral(
            "CREATE TRIGGER case_search_party_insert AFTER INSERT ON parties BEGIN %1 END")
            .arg(reindex(QStringLiteral("NEW.case_id"))),
        QStringLiteral(
            "CREATE TRIGGER case_search_party_update AFTER UPDATE ON parties BEGIN %1 %2 END")
            .arg(reindex(QStringLiteral("OLD.case_id")), reindex(QStringLiteral("NEW.case_id"))),
        QStringLiteral(
            "CREATE TRIGGER case_search_party_delete AFTER DELETE ON parties BEGIN %1 END")
            .arg(reindex(QStringLiteral("OLD.case_id"))),
    };
    const QString newAgent =
        QStringLiteral("(SELECT case_id FROM parties WHERE id = NEW.party_id)");
    const QString oldAgent =
        QStringLiteral("(SELECT case_id FROM parties WHERE id = OLD.party_id)");
    statements += {
        QStringLiteral(
            "CREATE TRIGGER case_search_agent_insert AFTER INSERT ON agents BEGIN %1 END")
            .arg(reindex(newAgent)),
        QStringLiteral(
            "CREATE TRIGGER case_search_agent_update AFTER UPDATE ON agents BEGIN %1 %2 END")
            .arg(reindex(oldAgent), reindex(newAgent)),
        QStringLiteral(
            "CREATE TRIGGER case_search_agent_delete AFTER DELETE ON agents BEGIN %1 END")
            .arg(reindex(oldAgent)),
    };
    // A directory entry renamed: the cases that name it.
    const std::pair<const char *, const char *> directories[] = {
        {"referring_units", "referring_unit_id"},
        {"judges", "judge_id"},
        {"procurators", "procurator_id"},
        {"mediators", "lead_mediator_id"}};
    for (const auto &[table, column] : directories)
        statements.append(
            QStringLiteral("CREATE TRIGGER case_search_%1_rename AFTER UPDATE OF name ON %1 BEGIN "
                           "DELETE FROM case_search WHERE rowid IN "
                           "(SELECT id FROM cases WHERE %2 = NEW.id); "
                           "INSERT INTO case_search (rowid, text) SELECT case_id, text "
                           "FROM case_search_source WHERE case_id IN "
                           "(SELECT id FROM cases WHERE %2 = NEW.id); END")
                .arg(QString::fromLatin1(table), QString::fromLatin1(column)));
    statements += {
        QStringLiteral("INSERT INTO case_search (rowid, text) SELECT case_id, text "
                       "FROM case_search_source"),
        QStringLiteral("CREATE INDEX parties_by_id_number ON parties (id_number) "
                       "WHERE id_number <> ''"),
        QStringLiteral("CREATE INDEX parties_by_credit_code ON parties (credit_code) "
                       "WHERE credit_code <> ''"),
        QStringLiteral("CREATE INDEX parties_by_name ON parties (name)"),
    };
    for (const QString &sql : std::as_const(statements))
        if (auto done = execute(db, sql); !done)
            return done;
    return {};
}

// Version 10: a registration made in error is voided, not deleted: the case
// keeps its number (never given again) and its history, and leaves the
// lists and the statistics, so case_facts holds no row for it.
Result<void> upgradeToV10(const QSqlDatabase &db)
{
    return runAll(db, {"ALTER TABLE cases ADD COLUMN voided INTEGER NOT NULL DEFAULT 0",
                       "DROP TRIGGER case_facts_on_update",
                       R"(CREATE TRIGGER case_facts_on_update AFTER UPDATE ON cases BEGIN
           DELETE FROM case_facts WHERE case_id = NEW.id AND NEW.voided;
           INSERT OR REPLACE INTO case_facts SELECT * FROM case_facts_source
             WHERE case_id = NEW.id AND NOT NEW.voided; END)"});
}

// Version 11: an issued document keeps where the event log stood when it
// was issued (its record anchor, "SEQ:HEX"), as printed at its foot.
Result<void> upgradeToV11(const QSqlDatabase &db)
{
    return runAll(db, {"ALTER TABLE documents ADD COLUMN anchor TEXT NOT NULL DEFAULT ''"});
}

// Version 12: each event fixes the rows it wrote. Events keep the digest of
// those rows (RecordDigest), covered by their hash; the events before keep
// theirs as they were. Then every case, every user and the settings get an
// event fixing their rows as this upgrade found them, so that verify()
// finds any of them changed by hand from here on.
Result<void> upgradeToV12(const QSqlDatabase &db)
{
    if (auto added = execute(
            db, QStringLiteral("ALTER TABLE events ADD COLUMN digest TEXT NOT NULL DEFAULT ''"));
        !added)
        return added;
    EventLog log(db);
    const QDateTime now = Clock::now();
    const auto fix = [&](CaseEvent event) -> Result<void> {
        event.at = now;
        event.user = QStringLiteral("upgrade");
        event.action = QStringLiteral("fix_record");
        if (auto appended = log.append(event); !appended)
            return appended.error();
        return {};
    };
    auto digests = RecordDigest::ofEveryCase(db);
    if (!digests)
        return digests.error();
    Statement cases(db, QStringLiteral("SELECT id, state FROM cases ORDER BY id"));
    if (auto done = cases.exec(); !done)
        return done;
    while (cases.next()) {
        CaseEvent event;
        event.caseId = cases.value(0).toLongLong();
        event.fromState = event.toState = cases.value(1).toString();
        event.digest = digests.value().value(event.caseId);
        if (auto fixed = fix(event); !fixed)
            return fixed;
    }
    Statement users(db, QStringLiteral("SELECT id, login FROM users ORDER BY id"));
    if (auto done = users.exec(); !done)
        return done;
    while (users.next()) {
        CaseEvent event;
        event.rows = CaseEvent::Rows::OfUser;
        event.userId = users.value(0).toLongLong();
        event.input = {{QStringLiteral("login"), users.value(1).toString()}};
        if (auto fixed = fix(event); !fixed)
            return fixed;
    }
    Statement settings(db, QStringLiteral("SELECT key FROM settings"));
    if (auto done = settings.exec(); !done)
        return done;
    bool any = false;
    while (settings.next())
        any = any || RecordDigest::isRecordedSetting(settings.value(0).toString());
    if (any) {
        CaseEvent event;
        event.rows = CaseEvent::Rows::OfSettings;
        return fix(event);
    }
    return {};
}

// case_facts_source from version 13: concluded and agreement follow the
// final outcome, for an agreement a party went back on before it took
// effect ended in a termination (S0 §23(四)). The rest as in version 6.
const char *const kCaseFactsSourceBodyV13 =
    R"(
           FROM (SELECT id AS case_id, state, source, act_kind, domain, amount_fen,
                   persons_involved AS persons,
                   collective | (sensitive << 1) | (supervised << 2) | (typical << 3) AS flags,
                   CAST(julianday(registered_on) + 0.5 AS INTEGER) AS registered,
                   CAST(julianday(coalesce(json_extract(progress, '$.terminatedOn'),
                                           json_extract(progress, '$.agreementSignedOn'))) + 0.5
                        AS INTEGER) AS concluded,
                   CAST(julianday(CASE WHEN json_extract(progress, '$.terminatedOn') IS NULL
                                  THEN json_extract(progress, '$.agreementSignedOn') END) + 0.5
                        AS INTEGER) AS agreement,
                   CAST(julianday(json_extract(progress, '$.terminatedOn')) + 0.5 AS INTEGER)
                        AS terminated,
                   json_extract(progress, '$.terminationReason') AS termination_reason,
                   CAST(julianday(json_extract(progress, '$.transferredOn')) + 0.5 AS INTEGER)
                        AS transferred,
                   CAST(julianday(json_extract(progress, '$.withdrawalAppliedOn')) + 0.5
                        AS INTEGER) AS withdrawal_applied,
                   CAST(julianday(json_extract(progress, '$.withdrawalRuledOn')) + 0.5
                        AS INTEGER) AS withdrawal_ruled,
                   coalesce(json_extract(progress, '$.withdrawalRuling') = 'granted', 0)
                        AS withdrawal_granted,
                   CAST(julianday(json_extract(progress, '$.confirmationAppliedOn')) + 0.5
                        AS INTEGER) AS confirmation_applied,
                   CAST(julianday(json_extract(progress, '$.confirmationRuledOn')) + 0.5
                        AS INTEGER) AS confirmation_ruled,
                   coalesce(json_extract(progress, '$.confirmationRuling') = 'granted', 0)
                        AS confirmation_granted,
                   json_extract(progress, '$.performance') AS performance,
                   CAST(julianday(json_extract(progress, '$.performanceRecordedOn')) + 0.5
                        AS INTEGER) AS performance_recorded,
                   CAST(julianday(json_extract(progress, '$.closedOn')) + 0.5 AS INTEGER)
                        AS closed,
                   CAST(julianday(json_extract(progress, '$.followedUpOn')) + 0.5 AS INTEGER)
                        AS followed_up,
                   CAST(julianday(json_extract(progress, '$.noticeReceivedOn')) + 0.5
                        AS INTEGER) AS notice_received,
                   CAST(julianday(json_extract(progress, '$.planReceivedOn')) + 0.5
                        AS INTEGER) AS plan_received,
                   json_extract(progress, '$.extension.days') AS extension_days,
                   CAST(julianday(json_extract(progress, '$.extension.approvedOn')) + 0.5
                        AS INTEGER) AS extension_approved,
                   nullif(json_extract(progress, '$.suspensions'), '[]') AS suspensions
                 FROM cases))";
const QByteArray kCaseFactsSourceV13 = QByteArray(kCaseFactsSourceHead) + kCaseFactsSourceBodyV13;

// Version 13: case_facts follows a case's final outcome, so that an
// agreement ended by a termination no longer counts as an agreement. The
// view is made again and the facts of every case (not voided) counted anew.
Result<void> upgradeToV13(const QSqlDatabase &db)
{
    return runAll(db, {"DROP VIEW case_facts_source", kCaseFactsSourceV13.constData(),
                       R"(INSERT OR REPLACE INTO case_facts SELECT * FROM case_facts_source
           WHERE case_id IN (SELECT case_id FROM case_facts))"});
}

// Version 14: the referral's own dates (C1, C10), the day the referring
// body received the case and the referral letter's date. NULL when unknown,
// so that a case's digest stays as it was until one is set (RecordDigest).
// And case_facts gains the end of the mediation (the agreement's effect or
// the termination), from which a follow-up runs (S3 二（五）4).
Result<void> upgradeToV14(const QSqlDatabase &db)
{
    static const QByteArray view = QByteArray(kCaseFactsSourceHead) +
                                   R"(,
                  (SELECT CAST(julianday(coalesce(json_extract(c.progress, '$.agreementEffectiveOn'),
                                                  json_extract(c.progress, '$.terminatedOn')))
                               + 0.5 AS INTEGER)
                     FROM cases c WHERE c.id = case_id) AS mediation_ended)" +
                                   kCaseFactsSourceBodyV13;
    return runAll(db, {"ALTER TABLE cases ADD COLUMN court_received_on TEXT",
                       "ALTER TABLE cases ADD COLUMN referred_on TEXT",
                       "ALTER TABLE case_facts ADD COLUMN mediation_ended INTEGER",
                       "DROP VIEW case_facts_source", view.constData(),
                       R"(UPDATE case_facts SET mediation_ended = (SELECT s.mediation_ended
                          FROM case_facts_source s WHERE s.case_id = case_facts.case_id))"});
}

using Migration = std::function<Result<void>(const QSqlDatabase &)>;

// migrations[i] brings a database from version i to version i + 1.
const Migration kMigrations[] = {
    upgradeToV1, upgradeToV2, upgradeToV3,  upgradeToV4,  upgradeToV5,  upgradeToV6,  upgradeToV7,
    upgradeToV8, upgradeToV9, upgradeToV10, upgradeToV11, upgradeToV12, upgradeToV13, upgradeToV14};
static_assert(std::size(kMigrations) == kCurrentVersion);

} // namespace

Result<void> upgrade(const QSqlDatabase &db, int target)
{
    auto version = sqlite::schemaVersion(db);
    if (!version)
        return version.error();
    if (version.value() > kCurrentVersion)
        return Error{QCoreApplication::translate(
                         "Store", "This database was written by a newer Huajie (schema %1; this "
                                  "program knows up to %2). Update the program to open it.")
                         .arg(version.value())
                         .arg(kCurrentVersion)};
    for (int v = version.value(); v < target; ++v) {
        TransactionGuard transaction(db);
        if (auto begun = transaction.begun(); !begun)
            return begun;
        if (auto migrated = kMigrations[v](db); !migrated)
            return migrated;
        if (auto stamped = sqlite::setSchemaVersion(db, v + 1); !stamped)
            return stamped;
        if (auto committed = transaction.commit(); !committed)
            return committed;
    }
    return {};
}

} // namespace huajie::schema
