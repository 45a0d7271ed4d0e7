#include "reportbuilder.h"

#include "deadline/deadlinecalculator.h"
#include "domain/vocabulary.h"
#include "i18n/chinesecatalogue.h"
#include "i18n/contexts.h"
#include "store/statement.h"
#include "store/store.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>

#include <algorithm>
#include <array>

Q_LOGGING_CATEGORY(lcStatistics, "huajie.core.statistics", QtInfoMsg)

namespace huajie {
namespace {
// case_facts.flags
constexpr int kCollective = 1;
constexpr int kSensitive = 2;
constexpr int kSupervised = 4;
constexpr int kTypical = 8;

enum Performance
{
    NoPerformance,
    Performed,
    PartlyPerformed,
    PerformanceRefused
};

const QStringList kOpenStates = {QStringLiteral("registered"), QStringLiteral("agency_notified"),
                                 QStringLiteral("plan_received"), QStringLiteral("in_mediation")};

QString iso(int julianDay)
{
    return QDate::fromJulianDay(julianDay).toString(Qt::ISODate);
}

// The codes of one list, in its order, then the built-in codes it does not
// offer (a case recorded under another profile), then any other code the data
// holds.
class Codes
{
public:
    explicit Codes(const OfferedTerms &terms)
        : m_terms(terms), m_codes(terms.codes()), m_offered(int(m_codes.size()))
    {
        for (const QString &code : terms.builtIn().codes())
            if (!m_codes.contains(code))
                m_codes.append(code);
        m_known = int(m_codes.size());
    }

    int indexOf(QStringView code)
    {
        // A handful of codes: looked through, with nothing allocated.
        for (int i = 0; i < m_codes.size(); ++i)
            if (m_codes[i] == code)
                return i;
        m_codes.append(code.toString());
        return int(m_codes.size()) - 1;
    }
    bool known(int index) const { return index >= 0 && index < m_known; }
    bool offered(int index) const { return index >= 0 && index < m_offered; }
    int size() const { return int(m_codes.size()); }
    int knownSize() const { return m_known; }
    QString code(int index) const { return m_codes[index]; }
    QStringList knownCodes() const { return m_codes.first(m_known); }
    QString label(int index) const
    {
        if (known(index))
            return m_terms.chineseLabel(m_codes[index]);
        return m_codes[index].isEmpty() ? QStringLiteral("未填写") : m_codes[index];
    }

private:
    OfferedTerms m_terms;
    QStringList m_codes;
    int m_offered;
    int m_known;
};

// One case as statistics see it: its codes and its days as Julian day
// numbers, 0 where nothing is recorded.
struct CaseRow
{
    qint64 id = 0;
    int state = 0;
    int source = 0;
    int actKind = 0;
    int domain = 0;
    int reason = -1;
    Performance performance = NoPerformance;
    int flags = 0;
    qint64 amountFen = 0;
    int persons = 0;
    int registered = 0;
    int concluded = 0;
    int agreement = 0;
    int transferred = 0;
    int withdrawalApplied = 0;
    int withdrawalGranted = 0; // the day the court granted it
    int confirmationApplied = 0;
    int confirmationGranted = 0;
    int performanceRecorded = 0;
    int closed = 0;
    int followedUp = 0;
    int mediationEnded = 0; // the agreement's effect or the termination
    int noticeReceived = 0;
    int planReceived = 0;
    bool extended = false;
    int extensionDays = 0;
    int extensionApproved = 0;
    QList<DateRange> suspensions;
    QList<int> headPresentOn; // days of held sessions the agency head attended
    std::optional<int> planDue;
    std::optional<int> followUpDue;
};

// The cases of the report's three periods with their agencies; sources and
// termination reasons in the order of the center's profile.
struct Data
{
    explicit Data(const ProfileVocabularies &vocabularies)
        : sources(vocabularies.sourceChannels), reasons(vocabularies.terminationReasons)
    {}

    Codes states{vocab::caseStates()};
    Codes sources;
    Codes actKinds{vocab::actKinds()};
    Codes domains{vocab::enforcementDomains()};
    Codes reasons;
    QList<CaseRow> rows;
    QHash<qint64, int> rowOfCase;
    QStringList agencies; // by agency index
    struct AgencyLink
    {
        int row;
        int agency;
        bool lead;
    };
    QList<AgencyLink> agencyLinks;
};

QList<DateRange> suspensionsFrom(const QString &json)
{
    QList<DateRange> ranges;
    if (json.isEmpty())
        return ranges;
    for (const QJsonValue &v : QJsonDocument::fromJson(json.toUtf8()).array()) {
        const QJsonObject s = v.toObject();
        const QDate from =
            QDate::fromString(s.value(QStringLiteral("from")).toString(), Qt::ISODate);
        if (from.isValid())
            ranges.append(
                {from, QDate::fromString(s.value(QStringLiteral("to")).toString(), Qt::ISODate)});
    }
    return ranges;
}

// Which cases a report over [from, to] reads: registered by its end and
// still open or with something happening since its start; concluded in it;
// or with a session in it (bound: to, from, from, to, and the sessions' range).
const char *kRelevant = "((f.registered <= ? AND (f.concluded IS NULL OR f.latest >= ?)) "
                        "OR f.concluded BETWEEN ? AND ? "
                        "OR f.case_id IN (SELECT case_id FROM sessions WHERE status = 'held' "
                        "AND agency_head_attended = 1 AND starts_at >= ? AND starts_at < ?))";

void bindRelevant(Statement &query, const QDate &from, const QDate &to)
{
    query.bindAll({to.toJulianDay(), from.toJulianDay(), from.toJulianDay(), to.toJulianDay(),
                   from.toString(Qt::ISODate), to.addDays(1).toString(Qt::ISODate)});
}

// Qt hands over a query's values one by one, at some 80 ns each: over the
// 50,000 cases of a year to date that was most of the report's time. So the
// cases are read in few columns: two days in one integer, the codes in one
// text, taken apart again here.
constexpr int kDayBits = 22; // Julian day numbers up to 4,194,303: the year 6770
constexpr qint64 kDayMask = (qint64(1) << kDayBits) - 1;

QString dayPair(const char *first, const char *second)
{
    return QStringLiteral("((coalesce(%1, 0) & %3) << %4 | (coalesce(%2, 0) & %3))")
        .arg(QString::fromLatin1(first), QString::fromLatin1(second))
        .arg(kDayMask)
        .arg(kDayBits);
}

std::pair<int, int> days(const QVariant &pair)
{
    const qint64 value = pair.toLongLong();
    return {int(value >> kDayBits), int(value & kDayMask)};
}

Result<void> loadCases(const QSqlDatabase &db, const QDate &from, const QDate &to, Data &data)
{
    const QStringList columns = {
        QStringLiteral("f.case_id"),
        QStringLiteral("f.source || char(31) || f.act_kind || char(31) || f.domain || char(31) || "
                       "coalesce(f.termination_reason, '') || char(31) || "
                       "coalesce(f.performance, '') || char(31) || f.state"),
        QStringLiteral("f.amount_fen"),
        QStringLiteral("f.persons << 4 | f.flags"),
        dayPair("f.registered", "f.concluded"),
        dayPair("f.agreement", "f.transferred"),
        // A ruling counts only when granted.
        dayPair("f.withdrawal_applied",
                "CASE WHEN f.withdrawal_granted THEN f.withdrawal_ruled END"),
        dayPair("f.confirmation_applied",
                "CASE WHEN f.confirmation_granted THEN f.confirmation_ruled END"),
        dayPair("f.performance_recorded", "f.closed"),
        dayPair("f.followed_up", "f.notice_received"),
        dayPair("f.plan_received", "f.extension_approved"),
        QStringLiteral("f.extension_days"),
        QStringLiteral("f.suspensions"),
        QStringLiteral("f.mediation_ended"),
    };
    Statement query(db,
                    QStringLiteral("SELECT %1 FROM case_facts f WHERE %2")
                        .arg(columns.join(QStringLiteral(", ")), QString::fromLatin1(kRelevant)));
    bindRelevant(query, from, to);
    if (auto done = query.exec(); !done)
        return done;
    const QChar separator(0x1f);
    std::array<QStringView, 6> code;
    while (query.next()) {
        CaseRow r;
        r.id = query.value(0).toLongLong();
        const QString codes = query.value(1).toString();
        qsizetype start = 0;
        for (QStringView &c : code) {
            qsizetype end = codes.indexOf(separator, start);
            if (end < 0)
                end = codes.size();
            c = QStringView(codes).mid(start, end - start);
            start = end + 1;
        }
        {
            r.source = data.sources.indexOf(code[0]);
            r.actKind = data.actKinds.indexOf(code[1]);
            r.domain = data.domains.indexOf(code[2]);
            r.reason = code[3].isEmpty() ? -1 : data.reasons.indexOf(code[3]);
            r.performance = code[4] == QLatin1String("performed") ? Performed
                            : code[4] == QLatin1String("partly")  ? PartlyPerformed
                            : code[4] == QLatin1String("refused") ? PerformanceRefused
                                                                  : NoPerformance;
            r.state = data.states.indexOf(code[5]);
        }
        r.amountFen = std::max<qint64>(0, query.value(2).toLongLong());
        const qint64 personsAndFlags = query.value(3).toLongLong();
        r.persons = int(personsAndFlags >> 4);
        r.flags = int(personsAndFlags & 15);
        std::tie(r.registered, r.concluded) = days(query.value(4));
        std::tie(r.agreement, r.transferred) = days(query.value(5));
        std::tie(r.withdrawalApplied, r.withdrawalGranted) = days(query.value(6));
        std::tie(r.confirmationApplied, r.confirmationGranted) = days(query.value(7));
        std::tie(r.performanceRecorded, r.closed) = days(query.value(8));
        std::tie(r.followedUp, r.noticeReceived) = days(query.value(9));
        std::tie(r.planReceived, r.extensionApproved) = days(query.value(10));
        const QVariant extension = query.value(11);
        r.extended = !extension.isNull();
        r.extensionDays = extension.toInt();
        const QVariant suspensions = query.value(12);
        if (!suspensions.isNull())
            r.suspensions = suspensionsFrom(suspensions.toString());
        r.mediationEnded = query.value(13).toInt();
        data.rowOfCase.insert(r.id, int(data.rows.size()));
        data.rows.append(std::move(r));
    }
    return {};
}

Result<void> loadAgencies(const QSqlDatabase &db, const QDate &from, const QDate &to, Data &data)
{
    Statement directory(db, QStringLiteral("SELECT id, name FROM agencies"));
    if (auto done = directory.exec(); !done)
        return done;
    QHash<qint64, QString> names;
    while (directory.next())
        names.insert(directory.value(0).toLongLong(), directory.value(1).toString());
    // The case, the agency and whether it leads in one integer; the name
    // only where the party has no entry in the directory.
    Statement query(db,
                    QStringLiteral("SELECT (p.case_id << 23) | (coalesce(p.agency_id, 0) << 1) "
                                   "| (p.lead <> 0), CASE WHEN p.agency_id IS NULL THEN p.name END "
                                   "FROM case_facts f JOIN parties p ON p.case_id = f.case_id "
                                   "WHERE p.role = 'agency' AND %1")
                        .arg(QString::fromLatin1(kRelevant)));
    bindRelevant(query, from, to);
    if (auto done = query.exec(); !done)
        return done;
    QHash<qint64, int> byId;
    QHash<QString, int> byName;
    const auto indexOfName = [&](const QString &name) {
        if (const auto found = byName.constFind(name); found != byName.cend())
            return *found;
        byName.insert(name, int(data.agencies.size()));
        data.agencies.append(name);
        return int(data.agencies.size()) - 1;
    };
    while (query.next()) {
        const qint64 packed = query.value(0).toLongLong();
        const int row = data.rowOfCase.value(packed >> 23, -1);
        if (row < 0)
            continue;
        const qint64 agencyId = (packed >> 1) & ((qint64(1) << 22) - 1);
        int agency = 0;
        if (agencyId == 0) {
            agency = indexOfName(query.value(1).toString());
        } else if (const auto found = byId.constFind(agencyId); found != byId.cend()) {
            agency = *found;
        } else {
            agency = indexOfName(names.value(agencyId));
            byId.insert(agencyId, agency);
        }
        data.agencyLinks.append({row, agency, bool(packed & 1)});
    }
    return {};
}

Result<void> loadHeadSessions(const QSqlDatabase &db, const QDate &from, const QDate &to,
                              Data &data)
{
    Statement query(db, QStringLiteral("SELECT case_id, substr(starts_at, 1, 10) FROM sessions "
                                       "WHERE status = 'held' AND agency_head_attended = 1 "
                                       "AND starts_at >= ? AND starts_at < ?"));
    query.bindAll({from.toString(Qt::ISODate), to.addDays(1).toString(Qt::ISODate)});
    if (auto done = query.exec(); !done)
        return done;
    while (query.next()) {
        const int row = data.rowOfCase.value(query.value(0).toLongLong(), -1);
        const QDate held = QDate::fromString(query.value(1).toString(), Qt::ISODate);
        if (row >= 0 && held.isValid())
            data.rows[row].headPresentOn.append(int(held.toJulianDay()));
    }
    return {};
}

// The deadlines statistics need: the time limit (D5), the agency's plan
// (D2) and the follow-up visit (D7), as the profile defines them.
class Deadlines
{
public:
    explicit Deadlines(const DeadlineSetup &setup)
        : m_profile(setup.profile), m_calculator(setup.calendar)
    {
        m_timeLimit = m_profile.rule(QStringLiteral("D5"));
        if (!m_timeLimit)
            for (const DeadlineRule &rule : m_profile.rules)
                if (rule.done == QLatin1String("concludedOn") && rule.sources.isEmpty()) {
                    m_timeLimit = &rule;
                    break;
                }
        m_plan = m_profile.ruleDoneBy(QStringLiteral("planReceivedOn"));
        m_followUp = m_profile.ruleDoneBy(QStringLiteral("followedUpOn"));
    }

    // Open on asOf and past its time limit as it stood then.
    bool overdue(const CaseRow &row, const QString &source, int asOf) const
    {
        const int due = dueDay(m_timeLimit, row, source, asOf);
        return due && asOf > due;
    }
    int planDue(CaseRow &row, const QString &source, int today) const
    {
        if (!row.planDue)
            row.planDue = dueDay(m_plan, row, source, today, row.planReceived);
        return *row.planDue;
    }
    int followUpDue(CaseRow &row, const QString &source, int today) const
    {
        if (!row.followUpDue)
            row.followUpDue = dueDay(m_followUp, row, source, today, row.followedUp);
        return *row.followUpDue;
    }

private:
    static int fact(const CaseRow &row, const QString &name)
    {
        if (name == QLatin1String("registeredOn"))
            return row.registered;
        if (name == QLatin1String("noticeReceivedOn"))
            return row.noticeReceived;
        if (name == QLatin1String("planReceivedOn"))
            return row.planReceived;
        if (name == QLatin1String("concludedOn"))
            return row.concluded;
        if (name == QLatin1String("closedOn"))
            return row.closed;
        if (name == QLatin1String("followedUpOn"))
            return row.followedUp;
        if (name == QLatin1String("mediationEndedOn"))
            return row.mediationEnded;
        return 0;
    }

    // The rule's due day for the case, with what was known on asOf; 0 when
    // it does not apply. Where `doneOn` is before the earliest the rule can
    // fall due, the exact day does not matter and is not counted: it is
    // returned as that earliest day.
    int dueDay(const DeadlineRule *rule, const CaseRow &row, const QString &source, int asOf,
               int doneOn = 0) const
    {
        // A tracked rule has no due day.
        if (!rule || rule->tracked || (!rule->sources.isEmpty() && !rule->sources.contains(source)))
            return 0;
        if (!rule->channels.isEmpty() && !rule->channels.contains(m_profile.channelOf(source)))
            return 0;
        const int start = fact(row, rule->start);
        if (!start)
            return 0;
        // Suspensions, an extension and rest days only ever move a deadline later.
        const QDate startDay = QDate::fromJulianDay(start);
        const int earliest =
            int((rule->period.unit == Period::Months ? startDay.addMonths(rule->period.length)
                                                     : startDay.addDays(rule->period.length))
                    .toJulianDay());
        if (asOf <= earliest || (doneOn && doneOn <= earliest))
            return earliest;
        DeadlineRequest request;
        request.start = startDay;
        request.period = rule->period;
        if (rule->suspensions)
            for (const DateRange &s : row.suspensions)
                if (s.from.toJulianDay() <= asOf)
                    request.suspensions.append(
                        {s.from, s.to.isValid() && s.to.toJulianDay() <= asOf ? s.to : QDate()});
        if (rule->extension && row.extended &&
            (!row.extensionApproved || row.extensionApproved <= asOf))
            request.extensionDays = row.extensionDays;
        request.extensionAfterRoll = m_profile.extensionAfterRoll;
        return int(m_calculator.compute(request, QDate::fromJulianDay(asOf)).due.toJulianDay());
    }

    const RuleProfile &m_profile;
    DeadlineCalculator m_calculator;
    const DeadlineRule *m_timeLimit = nullptr;
    const DeadlineRule *m_plan = nullptr;
    const DeadlineRule *m_followUp = nullptr;
};

// Days of the case's suspensions from `from` to `to`, after registration
// and not after conclusion; one still running lasts to `running`.
int suspendedDays(const CaseRow &row, int from, int to, int running)
{
    if (row.concluded)
        to = std::min(to, row.concluded);
    from = std::max(from, row.registered + 1);
    int days = 0;
    for (const DateRange &s : row.suspensions) {
        const int first = std::max(from, int(s.from.toJulianDay()));
        const int last = std::min(to, s.to.isValid() ? int(s.to.toJulianDay()) : running);
        days += std::max(0, last - first + 1);
    }
    return days;
}

// What one case counts for in one period, for the breakdowns.
struct RowCount
{
    bool isNew = false;
    bool concluded = false;
    bool agreement = false;
    bool headPresent = false;
    bool planLate = false;
    Performance performance = NoPerformance; // recorded in the period
    bool followedUp = false;
};

void add(BreakdownCounts &counts, const RowCount &c, bool lead)
{
    counts.newCases += c.isNew;
    counts.concluded += c.concluded;
    counts.agreements += c.agreement;
    counts.terminations += c.concluded && !c.agreement;
    counts.performed += c.performance == Performed;
    counts.partlyPerformed += c.performance == PartlyPerformed;
    counts.performanceRefused += c.performance == PerformanceRefused;
    counts.followUps += c.followedUp;
    if (lead) {
        counts.agencyHeadPresent += c.headPresent;
        counts.planLate += c.planLate;
    }
}

struct PeriodResult
{
    PeriodFigures figures;
    QList<BreakdownCounts> bySource;
    QList<BreakdownCounts> byActKind;
    QList<BreakdownCounts> byDomain;
    QList<BreakdownCounts> byAgency;
    QList<std::pair<int, QString>> problems; // row, why
    QList<int> handled;
    QList<int> counted;
};

// The lines new cases by source or terminations by reason are shown in: the
// profile's codes, then a built-in code it does not offer only where a case
// recorded under another profile has it; the counts follow.
OfferedTerms shownLines(const OfferedTerms &offered, const Codes &codes,
                        std::array<PeriodResult, 3> &results, QList<int> PeriodFigures::*counts)
{
    QList<OfferedTerm> terms = offered.terms();
    const int offeredCount = int(terms.size());
    QList<int> kept;
    for (int i = 0; i < codes.knownSize(); ++i) {
        bool shown = i < offeredCount;
        for (const PeriodResult &r : results)
            shown = shown || (r.figures.*counts).value(i) > 0;
        if (!shown)
            continue;
        kept.append(i);
        if (i >= offeredCount)
            terms.append(OfferedTerm{codes.code(i), {}, {}, {}, {}});
    }
    for (PeriodResult &r : results) {
        QList<int> shownCounts;
        for (int i : kept)
            shownCounts.append((r.figures.*counts).value(i));
        r.figures.*counts = shownCounts;
    }
    return OfferedTerms(offered.builtIn(), terms);
}

PeriodResult countPeriod(Data &data, const Deadlines &deadlines, const ReportPeriod &period,
                         const QDate &today)
{
    const int from = int(period.from.toJulianDay());
    const int to = int(period.to.toJulianDay());
    const int todayDay = int(today.toJulianDay());
    const int asOf = std::min(to, todayDay);
    const auto in = [&](int day) {
        return day && day >= from && day <= to;
    };

    PeriodResult result;
    PeriodFigures &f = result.figures;
    f.newBySource.fill(0, data.sources.knownSize());
    f.terminationsByReason.fill(0, data.reasons.knownSize());
    result.bySource.resize(data.sources.size());
    result.byActKind.resize(data.actKinds.size());
    result.byDomain.resize(data.domains.size());
    result.byAgency.resize(data.agencies.size());
    QList<RowCount> counts(data.rows.size());
    QList<int> durations;

    for (int i = 0; i < data.rows.size(); ++i) {
        CaseRow &r = data.rows[i];
        const int reg = r.registered;
        const int conc = r.concluded;
        if (!reg)
            continue;
        RowCount &c = counts[i];
        const bool openAtStart = reg < from && (!conc || conc >= from);
        c.isNew = reg >= from && reg <= to;
        c.concluded = in(conc);
        c.agreement = c.concluded && r.agreement;
        const bool openAtEnd = reg <= to && (!conc || conc > to);
        const bool handled = reg <= to && (!conc || conc >= from);
        if (int(openAtStart) + int(c.isNew) != int(c.concluded) + int(openAtEnd))
            result.problems.append(
                {i, StatisticsText::tr("concluded on %1, before it was registered on %2")
                        .arg(iso(conc), iso(reg))});
        const QString source = data.sources.code(r.source);

        f.openAtStart += openAtStart;
        f.openAtEnd += openAtEnd;
        if (c.isNew) {
            ++f.newCases;
            if (data.sources.known(r.source))
                ++f.newBySource[r.source];
            else
                result.problems.append(
                    {i, StatisticsText::tr("its source \"%1\" is not one of: %2")
                            .arg(source, data.sources.knownCodes().join(QStringLiteral(", ")))});
            f.amountFenNew += r.amountFen;
            f.personsNew += r.persons;
        }
        if (c.concluded) {
            ++f.concluded;
            if (c.agreement) {
                ++f.agreements;
                f.amountFenAgreements += r.amountFen;
                f.personsAgreements += r.persons;
            } else {
                ++f.terminations;
                if (data.reasons.known(r.reason))
                    ++f.terminationsByReason[r.reason];
                else
                    result.problems.append(
                        {i, StatisticsText::tr("terminated on %1 without a known reason")
                                .arg(iso(conc))});
            }
            durations.append(
                durationDays(QDate::fromJulianDay(reg), QDate::fromJulianDay(conc), r.suspensions));
        }
        f.transfersBack += in(r.transferred);
        f.withdrawalsApplied += in(r.withdrawalApplied);
        f.withdrawalsGranted += in(r.withdrawalGranted);
        f.confirmationsApplied += in(r.confirmationApplied);
        f.confirmationsGranted += in(r.confirmationGranted);
        f.extended += in(r.extensionApproved);
        const bool performanceIn = in(r.performanceRecorded);
        if (performanceIn) {
            c.performance = r.performance;
            f.performed += r.performance == Performed;
            f.partlyPerformed += r.performance == PartlyPerformed;
            f.performanceRefused += r.performance == PerformanceRefused;
        }
        const bool followedUpIn = in(r.followedUp);
        if (followedUpIn) {
            c.followedUp = true;
            ++f.followUpsDone;
            const int due = deadlines.followUpDue(r, source, todayDay);
            f.followUpsOnTime += !due || r.followedUp <= due;
        }
        int suspended = 0;
        if (!r.suspensions.isEmpty()) {
            suspended = suspendedDays(r, from, asOf, asOf);
            f.suspendedDays += suspended;
        }
        if (reg <= asOf && (!conc || conc > asOf) && deadlines.overdue(r, source, asOf))
            ++f.overdueAtEnd;
        if (handled) {
            f.collective += bool(r.flags & kCollective);
            f.sensitive += bool(r.flags & kSensitive);
            f.supervised += bool(r.flags & kSupervised);
            f.typical += bool(r.flags & kTypical);
            result.handled.append(i);
        }
        c.headPresent = std::any_of(r.headPresentOn.cbegin(), r.headPresentOn.cend(), in);
        if (r.noticeReceived) {
            // Late when due in the period and not in by then, unless the case
            // had ended; counted once the day after it falls due has come.
            const int due = deadlines.planDue(r, source, todayDay);
            c.planLate = in(due) && due < todayDay && !(r.planReceived && r.planReceived <= due) &&
                         !(conc && conc <= due);
        }
        f.agencyHeadPresent += c.headPresent;
        f.planLate += c.planLate;

        add(result.bySource[r.source], c, false);
        add(result.byActKind[r.actKind], c, false);
        add(result.byDomain[r.domain], c, false);
        if (handled || c.concluded || in(r.transferred) || in(r.withdrawalApplied) ||
            in(r.withdrawalGranted) || in(r.confirmationApplied) || in(r.confirmationGranted) ||
            in(r.extensionApproved) || performanceIn || followedUpIn || suspended ||
            c.headPresent || c.planLate)
            result.counted.append(i);
    }
    for (const Data::AgencyLink &link : data.agencyLinks)
        add(result.byAgency[link.agency], counts[link.row], link.lead);

    if (!durations.isEmpty()) {
        std::sort(durations.begin(), durations.end());
        const qsizetype n = durations.size();
        double sum = 0;
        for (int d : durations)
            sum += d;
        f.averageDays = sum / double(n);
        f.medianDays =
            n % 2 ? double(durations[n / 2]) : (durations[n / 2 - 1] + durations[n / 2]) / 2.0;
    }
    return result;
}

// The case's state against its dates: a concluded state needs the day of the
// agreement or termination, and an open state cannot have one.
std::optional<QString> stateProblem(const Data &data, const CaseRow &r, int today)
{
    const QString state = data.states.code(r.state);
    const bool openState = kOpenStates.contains(state);
    if (!openState && !r.concluded)
        return StatisticsText::tr("its state is \"%1\" but no agreement or termination is recorded")
            .arg(vocab::caseStates().label(state));
    if (openState && r.concluded && r.concluded <= today)
        return StatisticsText::tr("its state is \"%1\" but it concluded on %2")
            .arg(vocab::caseStates().label(state), iso(r.concluded));
    return std::nullopt;
}

Breakdown breakdown(const char *key, const QString &title, const QString &rowHeader,
                    const Codes &codes, const std::array<const PeriodResult *, 3> &results,
                    QList<BreakdownCounts> PeriodResult::*member)
{
    Breakdown b{QString::fromLatin1(key), title, rowHeader, Breakdown::Columns::Outcomes, {}};
    for (int i = 0; i < codes.size(); ++i) {
        BreakdownRow row{codes.code(i), codes.label(i), (results[0]->*member).value(i),
                         (results[1]->*member).value(i), (results[2]->*member).value(i)};
        // Every code the center offers has its row; others only when they count.
        if (codes.offered(i) || !row.current.isEmpty() || !row.previous.isEmpty() ||
            !row.yearToDate.isEmpty())
            b.rows.append(row);
    }
    return b;
}

// By agency: their cases' outcomes, or their agreements' performance.
Breakdown agencyBreakdown(const Data &data, const std::array<const PeriodResult *, 3> &results,
                          Breakdown::Columns columns)
{
    const bool performance = columns == Breakdown::Columns::AgencyPerformance;
    Breakdown b{performance ? QStringLiteral("agencyPerformance") : QStringLiteral("agency"),
                performance ? QStringLiteral("行政机关协议履行情况")
                            : QStringLiteral("按涉争议行政机关统计"),
                QStringLiteral("行政机关"),
                columns,
                {}};
    for (int i = 0; i < data.agencies.size(); ++i) {
        BreakdownRow row{data.agencies[i], data.agencies[i], results[0]->byAgency.value(i),
                         results[1]->byAgency.value(i), results[2]->byAgency.value(i)};
        const auto counts = [performance](const BreakdownCounts &c) {
            return performance ? c.agreements || c.performed || c.partlyPerformed ||
                                     c.performanceRefused || c.followUps
                               : !c.isEmpty();
        };
        if (counts(row.current) || counts(row.previous) || counts(row.yearToDate))
            b.rows.append(row);
    }
    // Most cases first; the same number by name.
    std::stable_sort(b.rows.begin(), b.rows.end(),
                     [](const BreakdownRow &a, const BreakdownRow &z) {
                         if (a.current.newCases != z.current.newCases)
                             return a.current.newCases > z.current.newCases;
                         if (a.yearToDate.newCases != z.yearToDate.newCases)
                             return a.yearToDate.newCases > z.yearToDate.newCases;
                         return a.code < z.code;
                     });
    return b;
}

QString idList(const QList<qint64> &ids)
{
    QJsonArray array;
    for (qint64 id : ids)
        array.append(id);
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

Result<QHash<qint64, ListedCase>> loadListed(const QSqlDatabase &db, const QList<qint64> &ids,
                                             const OfferedTerms &reasons)
{
    Statement query(
        db,
        QStringLiteral("SELECT c.id, c.number, c.registered_on, c.disputed_act, c.state, "
                       "(SELECT group_concat(name, '、') FROM (SELECT name FROM parties "
                       " WHERE case_id = c.id AND role = 'applicant' ORDER BY position)), "
                       "(SELECT group_concat(name, '、') FROM (SELECT name FROM parties "
                       " WHERE case_id = c.id AND role = 'agency' ORDER BY lead DESC, position)), "
                       "json_extract(c.progress, '$.agreementSignedOn'), "
                       "json_extract(c.progress, '$.terminatedOn'), "
                       "json_extract(c.progress, '$.terminationReason') "
                       "FROM cases c WHERE c.id IN (SELECT value FROM json_each(?))"));
    query.bind(idList(ids));
    if (auto done = query.exec(); !done)
        return done.error();
    QHash<qint64, ListedCase> cases;
    while (query.next()) {
        ListedCase c;
        c.id = query.value(0).toLongLong();
        c.number = query.value(1).toString();
        c.registeredOn = dateFrom(query.value(2));
        c.disputedAct = query.value(3).toString();
        c.state = chineseLabel(vocab::caseStates(), query.value(4).toString());
        c.applicants = query.value(5).toString();
        c.agencies = query.value(6).toString();
        const QDate agreement = dateFrom(query.value(7));
        const QDate terminated = dateFrom(query.value(8));
        // The final outcome: an agreement gone back on ended in a termination.
        if (agreement.isValid() && !terminated.isValid()) {
            c.outcome = QStringLiteral("达成协议");
            c.concludedOn = agreement;
        } else if (terminated.isValid()) {
            c.outcome =
                QStringLiteral("终止（%1）").arg(reasons.chineseLabel(query.value(9).toString()));
            c.concludedOn = terminated;
        }
        cases.insert(c.id, c);
    }
    return cases;
}
} // namespace

int durationDays(const QDate &registeredOn, const QDate &concludedOn,
                 const QList<DateRange> &suspensions)
{
    const qint64 registered = registeredOn.toJulianDay();
    const qint64 concluded = concludedOn.toJulianDay();
    qint64 suspended = 0;
    for (const DateRange &s : suspensions) {
        const qint64 first = std::max(s.from.toJulianDay(), registered + 1);
        const qint64 last = std::min(s.to.isValid() ? s.to.toJulianDay() : concluded, concluded);
        suspended += std::max<qint64>(0, last - first + 1);
    }
    return int(std::max<qint64>(0, concluded - registered - suspended));
}

Result<PeriodReport> ReportBuilder::build(const ReportPeriod &period, const QDate &today) const
{
    if (!period.isValid())
        return Error{StatisticsText::tr("A report needs a period whose first day is not after its "
                                        "last.")};
    QElapsedTimer timer;
    timer.start();
    PeriodReport report;
    report.centerName = m_store.centerName();
    report.period = period;
    report.previousPeriod = period.previous();
    report.yearToDatePeriod = period.yearToDate();
    report.asOf = today;
    auto anchor = m_store.events().anchor();
    if (!anchor)
        return anchor.error();
    report.anchor = anchor.value();
    const std::array<ReportPeriod, 3> periods = {report.period, report.previousPeriod,
                                                 report.yearToDatePeriod};
    QDate from = period.from;
    QDate to = period.to;
    for (const ReportPeriod &p : periods) {
        from = std::min(from, p.from);
        to = std::max(to, p.to);
    }

    const QSqlDatabase &db = m_store.connection();
    const ProfileVocabularies &vocabularies = m_store.deadlineSetup().profile.vocabularies;
    Data data(vocabularies);
    if (auto loaded = loadCases(db, from, to, data); !loaded)
        return loaded.error();
    const qint64 casesNs = timer.nsecsElapsed();
    if (auto loaded = loadAgencies(db, from, to, data); !loaded)
        return loaded.error();
    if (auto loaded = loadHeadSessions(db, from, to, data); !loaded)
        return loaded.error();
    const qint64 loadedNs = timer.nsecsElapsed();

    const Deadlines deadlines(m_store.deadlineSetup());
    std::array<PeriodResult, 3> results;
    for (int p = 0; p < 3; ++p)
        results[p] = countPeriod(data, deadlines, periods[p], today);
    report.vocabularies = vocabularies;
    report.vocabularies.sourceChannels =
        shownLines(vocabularies.sourceChannels, data.sources, results, &PeriodFigures::newBySource);
    report.vocabularies.terminationReasons =
        shownLines(vocabularies.terminationReasons, data.reasons, results,
                   &PeriodFigures::terminationsByReason);
    report.current = results[0].figures;
    report.previous = results[1].figures;
    report.yearToDate = results[2].figures;

    const std::array<const PeriodResult *, 3> all = {&results[0], &results[1], &results[2]};
    report.contents = m_store.deadlineSetup().profile.report.report;
    for (const QString &key : std::as_const(report.contents.breakdowns)) {
        if (key == QLatin1String("source"))
            report.breakdowns.append(breakdown("source", QStringLiteral("按案件来源统计"),
                                               QStringLiteral("案件来源"), data.sources, all,
                                               &PeriodResult::bySource));
        else if (key == QLatin1String("agency"))
            report.breakdowns.append(
                agencyBreakdown(data, all, Breakdown::Columns::AgencyOutcomes));
        else if (key == QLatin1String("agencyPerformance"))
            report.breakdowns.append(
                agencyBreakdown(data, all, Breakdown::Columns::AgencyPerformance));
        else if (key == QLatin1String("domain"))
            report.breakdowns.append(breakdown("domain", QStringLiteral("按执法领域统计"),
                                               QStringLiteral("执法领域"), data.domains, all,
                                               &PeriodResult::byDomain));
        else if (key == QLatin1String("actKind"))
            report.breakdowns.append(breakdown("actKind", QStringLiteral("按行为类别统计"),
                                               QStringLiteral("行为类别"), data.actKinds, all,
                                               &PeriodResult::byActKind));
    }

    // Each case that breaks the balance is named once, with its first reason.
    QList<std::pair<int, QString>> problems;
    QSet<int> named;
    const int todayDay = int(today.toJulianDay());
    for (int i = 0; i < data.rows.size(); ++i)
        if (auto problem = stateProblem(data, data.rows[i], todayDay)) {
            problems.append({i, *problem});
            named.insert(i);
        }
    for (const PeriodResult &result : results)
        for (const auto &problem : result.problems)
            if (!named.contains(problem.first)) {
                problems.append(problem);
                named.insert(problem.first);
            }

    // The lists, and the numbers of the cases named.
    struct Listing
    {
        const char *key;
        QString title;
        int flag;
    };
    const Listing listings[] = {
        {"typical", QStringLiteral("典型案例"), kTypical},
        {"supervised", QStringLiteral("督办案件"), kSupervised},
        {"collective", QStringLiteral("群体性案件"), kCollective},
    };
    QList<qint64> wanted;
    for (const auto &problem : problems)
        wanted.append(data.rows[problem.first].id);
    for (int row : results[0].handled)
        if (data.rows[row].flags & (kTypical | kSupervised | kCollective))
            wanted.append(data.rows[row].id);
    auto listed = loadListed(db, wanted, vocabularies.terminationReasons);
    if (!listed)
        return listed.error();
    for (const QString &key : std::as_const(report.contents.lists)) {
        const Listing *found =
            std::find_if(std::begin(listings), std::end(listings),
                         [&](const Listing &l) { return key == QLatin1String(l.key); });
        if (found == std::end(listings))
            continue;
        const Listing &listing = *found;
        CaseListing l{QString::fromLatin1(listing.key), listing.title, {}};
        for (int row : results[0].handled)
            if (data.rows[row].flags & listing.flag)
                l.cases.append(listed.value().value(data.rows[row].id));
        std::sort(l.cases.begin(), l.cases.end(), [](const ListedCase &a, const ListedCase &b) {
            return a.registeredOn != b.registeredOn ? a.registeredOn < b.registeredOn : a.id < b.id;
        });
        report.listings.append(l);
    }
    for (const auto &problem : problems) {
        const qint64 id = data.rows[problem.first].id;
        report.problems.append({id, listed.value().value(id).number, problem.second});
    }
    for (int row : results[0].counted)
        report.countedCases.append(data.rows[row].id);
    std::sort(report.countedCases.begin(), report.countedCases.end());

    qCDebug(lcStatistics) << "report" << period.key() << "over" << data.rows.size()
                          << "cases:" << casesNs / 1000000 << "ms cases," << loadedNs / 1000000
                          << "ms reading," << timer.elapsed() << "ms in all";
    return report;
}

} // namespace huajie
