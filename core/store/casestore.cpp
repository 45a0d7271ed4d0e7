#include "casestore.h"

#include "accounts/accounts.h"
#include "clock.h"
#include "deadline/casedeadlines.h"
#include "i18n/contexts.h"
#include "io/casejson.h"
#include "io/jsondiff.h"
#include "store/statement.h"
#include "validation/casevalidator.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QTimeZone>

namespace huajie {
namespace {
constexpr const char *kCaseColumns =
    "number, year, sequence, referral_number, origin_case_number, source, referring_unit_id, "
    "judge_id, procurator_id, lead_mediator_id, state, registered_on, disputed_act, act_kind, "
    "domain, claims, amount_fen, persons_involved, summary, suitability_ground, consent_date, "
    "consent_form, collective, sensitive, petition_risk, supervised, legal_aid, typical, "
    "court_received_on, referred_on";
constexpr int kCaseColumnCount = 30;

// A case is registered before anything happens to it; its life comes after.
Result<void> checkNew(const CaseRecord &record)
{
    if (record.state != QLatin1String("registered") || record.progress != CaseProgress{})
        return Error{StoreText::tr("a new case starts as registered, with nothing done yet"),
                     FieldText::tr("State")};
    return {};
}

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// What an edit may change: the case as registered, not its number, state or progress.
QJsonObject editableJson(const CaseRecord &record)
{
    QJsonObject json = casejson::toJson(record);
    for (const char *key : {"number", "state", "progress"})
        json.remove(QString::fromLatin1(key));
    return json;
}

} // namespace

Result<int> CaseStore::nextSequence(int year) const
{
    Statement query(
        m_db, QStringLiteral("SELECT coalesce(max(sequence), 0) + 1 FROM cases WHERE year = ?"));
    query.bind(year);
    if (auto done = query.exec(); !done)
        return done.error();
    query.next();
    return query.value(0).toInt();
}

Result<QString> CaseStore::nextNumber(int year) const
{
    auto sequence = nextSequence(year);
    if (!sequence)
        return sequence.error();
    return CenterSettings::formatRegistrationNumber(
        m_settings.value(CenterSetting::RegistrationPattern), year, sequence.value());
}

Result<CaseRecord> CaseStore::registerCase(const CaseRecord &record, const QDate &today)
{
    if (auto fresh = checkNew(record); !fresh)
        return fresh.error();
    auto valid = CaseValidator(today, m_deadlines.profile.vocabularies).normaliseAndCheck(record);
    if (!valid)
        return valid.error();
    TransactionGuard transaction(m_db);
    if (auto begun = transaction.begun(); !begun)
        return begun.error();
    auto id = insertValidated(std::move(valid).value(), Clock::now(), m_events.user());
    if (!id)
        return id.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return load(id.value());
}

Result<int> CaseStore::registerCases(const QList<CaseImport> &cases, const QDate &today)
{
    const CaseValidator validator(today, m_deadlines.profile.vocabularies);
    const auto failed = [](qsizetype i, const Error &error) {
        return Error{error.describe(), StoreText::tr("case %1").arg(i + 1)};
    };
    QList<CaseRecord> records;
    for (qsizetype i = 0; i < cases.size(); ++i) {
        if (auto fresh = checkNew(cases[i].record); !fresh)
            return failed(i, fresh.error());
        auto valid = validator.normaliseAndCheck(cases[i].record);
        if (!valid)
            return failed(i, valid.error());
        records.append(std::move(valid).value());
    }
    // Cases registered in bulk come with their past: registered on their day
    // and each step at its time, all of them written in the order they
    // happened, as the log's events follow one another (verify flags an event
    // dated before the one it follows): none earlier than the log's last
    // event, none later than now.
    struct Happening
    {
        QDateTime at;
        qsizetype record;
        qsizetype step; // -1: the registration
    };
    QList<Happening> happenings;
    const QDateTime now = Clock::now();
    auto last = m_events.lastAt();
    if (!last)
        return last.error();
    const QDateTime floor = last.value().isValid() ? std::min(last.value(), now) : QDateTime();
    const auto within = [&](const QDateTime &at) {
        return std::min(floor.isValid() ? std::max(at, floor) : at, now);
    };
    for (qsizetype i = 0; i < cases.size(); ++i) {
        QDateTime at = within(QDateTime(records[i].registeredOn, QTime(9, 0), QTimeZone::utc()));
        happenings.append({at, i, -1});
        for (qsizetype j = 0; j < cases[i].steps.size(); ++j) {
            at = within(std::max(cases[i].steps[j].at, at));
            happenings.append({at, i, j});
        }
    }
    std::stable_sort(happenings.begin(), happenings.end(),
                     [](const Happening &a, const Happening &b) { return a.at < b.at; });

    TransactionGuard transaction(m_db);
    if (auto begun = transaction.begun(); !begun)
        return begun.error();
    for (const Happening &h : std::as_const(happenings)) {
        CaseRecord &record = records[h.record];
        if (h.step < 0) {
            auto id = insertValidated(record, h.at, m_events.user());
            if (!id)
                return failed(h.record, id.error());
            record.id = id.value();
            continue;
        }
        const CaseStep &step = cases[h.record].steps[h.step];
        if (auto applied = applyAction(record, step.action, step.input, today, h.at, step.user);
            !applied)
            return failed(h.record, applied.error());
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return int(cases.size());
}

Result<qint64> CaseStore::insertValidated(CaseRecord record, const QDateTime &at,
                                          const QString &user)
{
    record.year = record.registeredOn.year();
    auto sequence = nextSequence(record.year);
    if (!sequence)
        return sequence.error();
    record.sequence = sequence.value();
    record.number = CenterSettings::formatRegistrationNumber(
        m_settings.value(CenterSetting::RegistrationPattern), record.year, record.sequence);
    if (auto written = writeCaseRow(record, true, &record.id); !written)
        return written.error();
    if (auto written = writeParties(record.id, record.parties); !written)
        return written.error();
    CaseEvent event;
    event.caseId = record.id;
    event.at = at;
    event.user = user;
    event.action = QStringLiteral("register");
    event.toState = record.state;
    event.changes = {
        {QStringLiteral("number"), QJsonObject{{QStringLiteral("new"), record.number}}}};
    if (auto appended = m_events.append(event); !appended)
        return appended.error();
    return record.id;
}

Result<CaseRecord> CaseStore::updateCase(const CaseRecord &record, const QDate &today)
{
    auto existing = load(record.id);
    if (!existing)
        return existing.error();
    auto valid = CaseValidator(today, m_deadlines.profile.vocabularies)
                     .normaliseAndCheck(record, &existing.value());
    if (!valid)
        return valid.error();
    if (auto open = refuseIfVoided(existing.value()); !open)
        return open.error();
    if (existing.value().state == QLatin1String("archived"))
        return Error{LifecycleText::tr("The case is archived: reopen it first, with a reason.")};
    CaseRecord updated = std::move(valid).value();
    // The registration number is the case's identity: an edit never changes
    // it. State and progress change through lifecycle actions only.
    updated.number = existing.value().number;
    updated.year = existing.value().year;
    updated.sequence = existing.value().sequence;
    updated.state = existing.value().state;
    updated.progress = existing.value().progress;
    const QJsonObject changes = jsonDiff(editableJson(existing.value()), editableJson(updated));
    // Saved unchanged, the case is left as it is: rewriting its parties would
    // change their rows with no event to fix them.
    if (changes.isEmpty())
        return existing;

    TransactionGuard transaction(m_db);
    if (auto begun = transaction.begun(); !begun)
        return begun.error();
    qint64 id = updated.id;
    if (auto written = writeCaseRow(updated, false, &id); !written)
        return written.error();
    Statement clear(m_db, QStringLiteral("DELETE FROM parties WHERE case_id = ?"));
    clear.bind(id);
    if (auto done = clear.exec(); !done)
        return done.error();
    if (auto written = writeParties(id, updated.parties); !written)
        return written.error();
    CaseEvent event;
    event.caseId = id;
    event.at = Clock::now();
    event.user = m_events.user();
    event.action = QStringLiteral("edit");
    event.fromState = updated.state;
    event.toState = updated.state;
    event.changes = changes;
    if (auto appended = m_events.append(event); !appended)
        return appended.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return load(id);
}

LifecycleContext CaseStore::lifecycleContext(const CaseRecord &record, const QDate &today) const
{
    LifecycleContext context;
    context.today = today;
    context.extensionCapDays = m_deadlines.profile.extensionCapDays;
    context.channel = m_deadlines.profile.channelOf(record.source);
    context.steps = m_deadlines.profile.steps;
    // The first written opinion of the mediator issued, on the center's day.
    Statement opinion(m_db, QStringLiteral("SELECT issued_at FROM documents WHERE case_id = ? AND "
                                           "kind = 'mediator-opinion' ORDER BY issued_at LIMIT 1"));
    opinion.bindAll({record.id});
    if (opinion.exec().ok() && opinion.next())
        context.mediatorOpinionOn =
            QDateTime::fromString(opinion.value(0).toString(), Qt::ISODateWithMs)
                .toLocalTime()
                .date();
    if (const InvitationRoute *route = m_deadlines.profile.earlyInvolvement.routeFor(
            m_deadlines.profile.channelOf(record.source)))
        context.invitationRoute = *route;
    context.vocabularies = m_deadlines.profile.vocabularies;
    // When the agency's plan is due: the profile's rule met by receiving it.
    if (const DeadlineRule *plan = m_deadlines.profile.ruleDoneBy(QStringLiteral("planReceivedOn"));
        plan && !plan->tracked) {
        const QDate start = caseFact(record, plan->start);
        if (start.isValid())
            context.planDue =
                DeadlineCalculator(m_deadlines.calendar)
                    .compute(DeadlineRequest{start, plan->period, {}, 0, false}, today)
                    .due;
    }
    // The time limit is the deadline an extension extends, counted as the desk counts it.
    for (const CaseDeadline &d :
         evaluateDeadlines(record, m_deadlines.profile, m_deadlines.calendar, today))
        if (d.rule.extension && d.deadline.due.isValid())
            context.timeLimitEnds = d.deadline.due;
    return context;
}

Result<void> CaseStore::applyAction(CaseRecord &record, const QString &action,
                                    const QJsonObject &input, const QDate &today,
                                    const QDateTime &at, const QString &user)
{
    auto outcome =
        Lifecycle::apply(record, record.progress, action, input, lifecycleContext(record, today));
    if (!outcome)
        return outcome.error();
    const QJsonObject before{{QStringLiteral("state"), record.state},
                             {QStringLiteral("progress"), record.progress.toJson()}};
    const QJsonObject after{{QStringLiteral("state"), outcome.value().state},
                            {QStringLiteral("progress"), outcome.value().progress.toJson()}};
    CaseEvent event;
    event.caseId = record.id;
    event.at = at;
    event.user = user;
    event.action = action;
    event.fromState = record.state;
    event.toState = outcome.value().state;
    event.input = input;
    event.changes = jsonDiff(before, after);
    record.state = outcome.value().state;
    record.progress = outcome.value().progress;
    if (auto written = writeLifecycle(record); !written)
        return written;
    if (auto appended = m_events.append(event); !appended)
        return appended.error();
    return {};
}

Result<void> CaseStore::writeLifecycle(const CaseRecord &record)
{
    Statement update(m_db, QStringLiteral("UPDATE cases SET state = ?, progress = ? WHERE id = ?"));
    update.bindAll({record.state, compact(record.progress.toJson()), record.id});
    return update.exec();
}

Result<CaseRecord> CaseStore::transition(qint64 caseId, const QString &action,
                                         const QJsonObject &input, const QDate &today)
{
    auto record = load(caseId);
    if (!record)
        return record.error();
    if (auto open = refuseIfVoided(record.value()); !open)
        return open.error();
    // The extension is the center head's to approve (S0 §22).
    if (action == QLatin1String("extend"))
        if (auto allowed = m_accounts.require(Permission::ApproveExtension); !allowed)
            return allowed.error();
    TransactionGuard transaction(m_db);
    if (auto begun = transaction.begun(); !begun)
        return begun.error();
    if (auto applied =
            applyAction(record.value(), action, input, today, Clock::now(), m_events.user());
        !applied)
        return applied.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return load(caseId);
}

Result<void> CaseStore::writeCaseRow(const CaseRecord &r, bool insert, qint64 *id)
{
    struct Reference
    {
        DirectoryKind kind;
        const QString &name;
        qint64 id = 0;
    };
    Reference references[] = {{DirectoryKind::ReferringUnits, r.referringUnit},
                              {DirectoryKind::Judges, r.judge},
                              {DirectoryKind::Procurators, r.procurator},
                              {DirectoryKind::Mediators, r.leadMediator}};
    for (Reference &ref : references) {
        if (ref.name.trimmed().isEmpty())
            continue;
        auto found = m_directories.idForName(ref.kind, ref.name);
        if (!found)
            return found.error();
        ref.id = found.value();
    }

    QString sql;
    if (insert) {
        QStringList marks;
        for (int i = 0; i < kCaseColumnCount; ++i)
            marks.append(QStringLiteral("?"));
        sql = QStringLiteral("INSERT INTO cases (%1) VALUES (%2)")
                  .arg(QString::fromLatin1(kCaseColumns), marks.join(QStringLiteral(", ")));
    } else {
        QStringList assignments = QString::fromLatin1(kCaseColumns).split(QStringLiteral(", "));
        for (QString &a : assignments)
            a += QStringLiteral(" = ?");
        sql = QStringLiteral("UPDATE cases SET %1 WHERE id = ?")
                  .arg(assignments.join(QStringLiteral(", ")));
    }
    Statement query(m_db, sql);
    query.bindAll({r.number,
                   r.year,
                   r.sequence,
                   r.referralNumber,
                   r.originCaseNumber,
                   r.source,
                   idOrNull(references[0].id),
                   idOrNull(references[1].id),
                   idOrNull(references[2].id),
                   idOrNull(references[3].id),
                   r.state,
                   dateValue(r.registeredOn),
                   r.disputedAct,
                   r.actKind,
                   r.domain,
                   r.claims,
                   r.amountFen >= 0 ? QVariant(r.amountFen) : QVariant(),
                   r.personsInvolved,
                   r.summary,
                   r.suitabilityGround,
                   dateValue(r.consentDate),
                   r.consentForm,
                   r.flags.collective,
                   r.flags.sensitive,
                   r.flags.petitionRisk,
                   r.flags.supervised,
                   r.flags.legalAid,
                   r.flags.typical,
                   dateValue(r.courtReceivedOn),
                   dateValue(r.referredOn)});
    if (!insert)
        query.bind(*id);
    if (auto done = query.exec(); !done)
        return done;
    if (insert)
        *id = query.lastInsertId();
    return {};
}

Result<void> CaseStore::writeParties(qint64 caseId, const QList<Party> &parties)
{
    Statement insertParty(
        m_db, QStringLiteral(
                  "INSERT INTO parties (case_id, position, role, kind, name, sex, id_number, "
                  "birth_date, address, phone, credit_code, legal_representative, agency_id, lead, "
                  "attends_in_person) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    Statement insertAgent(m_db, QStringLiteral("INSERT INTO agents (party_id, position, name, "
                                               "id_number, phone, organisation, authority) "
                                               "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    for (int position = 0; position < parties.size(); ++position) {
        const Party &p = parties[position];
        qint64 agencyId = 0;
        if (p.role == QLatin1String("agency")) {
            auto found = m_directories.idForName(DirectoryKind::Agencies, p.name);
            if (!found)
                return found.error();
            agencyId = found.value();
        }
        insertParty.bindAll({caseId, position, p.role, p.kind, p.name, p.sex, p.idNumber,
                             dateValue(p.birthDate), p.address, p.phone, p.creditCode,
                             p.legalRepresentative, idOrNull(agencyId), p.lead, p.attendsInPerson});
        if (auto done = insertParty.exec(); !done)
            return done;
        const qint64 partyId = insertParty.lastInsertId();
        for (int a = 0; a < p.agents.size(); ++a) {
            const Agent &agent = p.agents[a];
            insertAgent.bindAll({partyId, a, agent.name, agent.idNumber, agent.phone,
                                 agent.organisation, agent.authority});
            if (auto done = insertAgent.exec(); !done)
                return done;
        }
    }
    return {};
}

Result<CaseRecord> CaseStore::load(qint64 id) const
{
    Statement query(
        m_db, QStringLiteral(
                  "SELECT c.id, c.number, c.year, c.sequence, c.referral_number, "
                  "c.origin_case_number, c.source, coalesce(u.name, ''), "
                  "coalesce(j.name, ''), coalesce(p.name, ''), coalesce(m.name, ''), "
                  "c.state, c.registered_on, c.disputed_act, c.act_kind, c.domain, "
                  "c.claims, c.amount_fen, c.persons_involved, c.summary, "
                  "c.suitability_ground, c.consent_date, c.consent_form, c.collective, "
                  "c.sensitive, c.petition_risk, c.supervised, c.legal_aid, c.typical, c.progress, "
                  "c.voided, c.court_received_on, c.referred_on FROM cases c "
                  "LEFT JOIN referring_units u ON u.id = c.referring_unit_id "
                  "LEFT JOIN judges j ON j.id = c.judge_id "
                  "LEFT JOIN procurators p ON p.id = c.procurator_id "
                  "LEFT JOIN mediators m ON m.id = c.lead_mediator_id "
                  "WHERE c.id = ?"));
    query.bind(id);
    if (auto done = query.exec(); !done)
        return done.error();
    if (!query.next())
        return Error{QCoreApplication::translate("Store", "There is no case with id %1").arg(id)};
    CaseRecord r;
    int c = 0;
    auto next = [&] {
        return query.value(c++);
    };
    r.id = next().toLongLong();
    r.number = next().toString();
    r.year = next().toInt();
    r.sequence = next().toInt();
    r.referralNumber = next().toString();
    r.originCaseNumber = next().toString();
    r.source = next().toString();
    r.referringUnit = next().toString();
    r.judge = next().toString();
    r.procurator = next().toString();
    r.leadMediator = next().toString();
    r.state = next().toString();
    r.registeredOn = dateFrom(next());
    r.disputedAct = next().toString();
    r.actKind = next().toString();
    r.domain = next().toString();
    r.claims = next().toString();
    const QVariant amount = next();
    r.amountFen = amount.isNull() ? -1 : amount.toLongLong();
    r.personsInvolved = next().toInt();
    r.summary = next().toString();
    r.suitabilityGround = next().toString();
    r.consentDate = dateFrom(next());
    r.consentForm = next().toString();
    r.flags.collective = next().toBool();
    r.flags.sensitive = next().toBool();
    r.flags.petitionRisk = next().toBool();
    r.flags.supervised = next().toBool();
    r.flags.legalAid = next().toBool();
    r.flags.typical = next().toBool();
    r.progress =
        CaseProgress::fromJson(QJsonDocument::fromJson(next().toString().toUtf8()).object());
    r.voided = next().toBool();
    r.courtReceivedOn = dateFrom(next());
    r.referredOn = dateFrom(next());
    if (auto loaded = loadParties(r); !loaded)
        return loaded.error();
    return r;
}

Result<void> CaseStore::loadParties(CaseRecord &record) const
{
    Statement parties(m_db,
                      QStringLiteral("SELECT id, role, kind, name, sex, id_number, birth_date, "
                                     "address, phone, credit_code, legal_representative, "
                                     "lead, attends_in_person FROM parties WHERE case_id = ? "
                                     "ORDER BY position"));
    parties.bind(record.id);
    if (auto done = parties.exec(); !done)
        return done;
    Statement agents(m_db,
                     QStringLiteral("SELECT id, name, id_number, phone, organisation, "
                                    "authority FROM agents WHERE party_id = ? ORDER BY position"));
    while (parties.next()) {
        Party p;
        p.id = parties.value(0).toLongLong();
        p.role = parties.value(1).toString();
        p.kind = parties.value(2).toString();
        p.name = parties.value(3).toString();
        p.sex = parties.value(4).toString();
        p.idNumber = parties.value(5).toString();
        p.birthDate = dateFrom(parties.value(6));
        p.address = parties.value(7).toString();
        p.phone = parties.value(8).toString();
        p.creditCode = parties.value(9).toString();
        p.legalRepresentative = parties.value(10).toString();
        p.lead = parties.value(11).toBool();
        p.attendsInPerson = parties.value(12).toBool();
        agents.bind(p.id);
        if (auto done = agents.exec(); !done)
            return done;
        while (agents.next()) {
            Agent a;
            a.id = agents.value(0).toLongLong();
            a.name = agents.value(1).toString();
            a.idNumber = agents.value(2).toString();
            a.phone = agents.value(3).toString();
            a.organisation = agents.value(4).toString();
            a.authority = agents.value(5).toString();
            p.agents.append(a);
        }
        record.parties.append(p);
    }
    return {};
}

Result<CaseRecord> CaseStore::loadByNumber(const QString &number) const
{
    Statement query(m_db, QStringLiteral("SELECT id FROM cases WHERE number = ?"));
    query.bind(number.trimmed());
    if (auto done = query.exec(); !done)
        return done.error();
    if (!query.next())
        return Error{
            QCoreApplication::translate("Store", "There is no case numbered %1").arg(number)};
    return load(query.value(0).toLongLong());
}

Result<QList<CaseSummary>> CaseStore::summaries() const
{
    // One pass with the names gathered per case, so that 100,000 cases load
    // in a fraction of a second.
    Statement query(
        m_db,
        QStringLiteral("SELECT c.id, c.number, c.registered_on, c.state, c.source, "
                       "(SELECT group_concat(name, '、') FROM parties p "
                       " WHERE p.case_id = c.id AND p.role = 'applicant'), "
                       "(SELECT group_concat(name, '、') FROM parties p "
                       " WHERE p.case_id = c.id AND p.role = 'agency'), "
                       "c.disputed_act, coalesce(m.name, ''), c.referral_number, "
                       "c.voided FROM cases c LEFT JOIN mediators m ON m.id = c.lead_mediator_id "
                       "ORDER BY c.year DESC, c.sequence DESC"));
    if (auto done = query.exec(); !done)
        return done.error();
    QList<CaseSummary> rows;
    while (query.next()) {
        CaseSummary s;
        s.id = query.value(0).toLongLong();
        s.number = query.value(1).toString();
        s.registeredOn = dateFrom(query.value(2));
        s.state = query.value(3).toString();
        s.source = query.value(4).toString();
        s.applicants = query.value(5).toString();
        s.agencies = query.value(6).toString();
        s.disputedAct = query.value(7).toString();
        s.leadMediator = query.value(8).toString();
        s.referralNumber = query.value(9).toString();
        s.voided = query.value(10).toBool();
        rows.append(std::move(s));
    }
    return rows;
}

Result<QList<CaseRecord>> CaseStore::casesInStates(const QStringList &states) const
{
    QStringList marks;
    for (qsizetype i = 0; i < states.size(); ++i)
        marks.append(QStringLiteral("?"));
    // SQLite picks the dates out of the progress document itself: parsing
    // whole documents here would take most of the time.
    const QStringList dateKeys = CaseProgress::dateKeys();
    QStringList extracts;
    for (const QString &key : dateKeys)
        extracts.append(QStringLiteral("json_extract(c.progress, '$.%1')").arg(key));
    Statement query(
        m_db,
        QStringLiteral("SELECT c.id, c.number, c.registered_on, c.source, c.state, c.disputed_act, "
                       "coalesce(m.name, ''), json_extract(c.progress, '$.suspensions'), "
                       "json_extract(c.progress, '$.extension'), %1 "
                       "FROM cases c LEFT JOIN mediators m ON m.id = c.lead_mediator_id "
                       "WHERE c.state IN (%2) AND NOT c.voided")
            .arg(extracts.join(QStringLiteral(", ")), marks.join(QStringLiteral(", "))));
    for (const QString &state : states)
        query.bind(state);
    if (auto done = query.exec(); !done)
        return done.error();
    QList<CaseRecord> cases;
    while (query.next()) {
        CaseRecord r;
        r.id = query.value(0).toLongLong();
        r.number = query.value(1).toString();
        r.registeredOn = dateFrom(query.value(2));
        r.source = query.value(3).toString();
        r.state = query.value(4).toString();
        r.disputedAct = query.value(5).toString();
        r.leadMediator = query.value(6).toString();
        const QString suspensions = query.value(7).toString();
        const QString extension = query.value(8).toString();
        if (!suspensions.isEmpty() || !extension.isEmpty()) {
            const QString json =
                QStringLiteral("{\"suspensions\": %1, \"extension\": %2}")
                    .arg(suspensions.isEmpty() ? QStringLiteral("[]") : suspensions,
                         extension.isEmpty() ? QStringLiteral("null") : extension);
            const CaseProgress partial =
                CaseProgress::fromJson(QJsonDocument::fromJson(json.toUtf8()).object());
            r.progress.suspensions = partial.suspensions;
            r.progress.extension = partial.extension;
        }
        for (int k = 0; k < dateKeys.size(); ++k)
            r.progress.setDate(dateKeys[k], dateFrom(query.value(9 + k)));
        cases.append(std::move(r));
    }
    return cases;
}

Result<int> CaseStore::count() const
{
    Statement query(m_db, QStringLiteral("SELECT count(*) FROM cases"));
    if (auto done = query.exec(); !done)
        return done.error();
    query.next();
    return query.value(0).toInt();
}

} // namespace huajie
