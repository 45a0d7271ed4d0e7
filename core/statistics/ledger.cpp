#include "ledger.h"

#include "deadline/casedeadlines.h"
#include "deadline/deadlinecalculator.h"
#include "domain/vocabulary.h"
#include "i18n/chinesecatalogue.h"
#include "statistics/reportbuilder.h"
#include "statistics/reportexport.h"
#include "store/statement.h"
#include "store/store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace huajie {
namespace {
QDate day(const QVariant &julianDay)
{
    return julianDay.isNull() ? QDate() : QDate::fromJulianDay(julianDay.toLongLong());
}

QList<DateRange> suspensionsFrom(const QString &json)
{
    QList<DateRange> ranges;
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

QString chineseDay(const QDate &d)
{
    return d.toString(QStringLiteral("yyyy年M月d日"));
}

TableCell yesNo(bool yes)
{
    return TableCell::of(yes ? QStringLiteral("是") : QStringLiteral("否"));
}

// The case's cell in the column of that code; `n` is its place in the ledger.
TableCell cell(const LedgerRow &r, const QString &code, int n)
{
    using Text = QString LedgerRow::*;
    static const QHash<QString, Text> texts = {
        {QStringLiteral("number"), &LedgerRow::number},
        {QStringLiteral("referral"), &LedgerRow::referral},
        {QStringLiteral("source"), &LedgerRow::source},
        {QStringLiteral("applicants"), &LedgerRow::applicants},
        {QStringLiteral("agencies"), &LedgerRow::agencies},
        {QStringLiteral("actKind"), &LedgerRow::actKind},
        {QStringLiteral("domain"), &LedgerRow::domain},
        {QStringLiteral("disputedAct"), &LedgerRow::disputedAct},
        {QStringLiteral("leadMediator"), &LedgerRow::leadMediator},
        {QStringLiteral("state"), &LedgerRow::state},
        {QStringLiteral("outcome"), &LedgerRow::outcome},
        {QStringLiteral("extended"), &LedgerRow::extended},
        {QStringLiteral("withdrawn"), &LedgerRow::withdrawn},
        {QStringLiteral("confirmed"), &LedgerRow::confirmed},
        {QStringLiteral("performance"), &LedgerRow::performance},
        {QStringLiteral("flags"), &LedgerRow::flags},
        {QStringLiteral("remarks"), &LedgerRow::remarks},
        {QStringLiteral("originCaseNumber"), &LedgerRow::originCaseNumber},
        {QStringLiteral("claims"), &LedgerRow::claims},
        {QStringLiteral("judge"), &LedgerRow::judge},
        {QStringLiteral("procurator"), &LedgerRow::procurator},
        {QStringLiteral("thirdParties"), &LedgerRow::thirdParties},
        {QStringLiteral("suitability"), &LedgerRow::suitability},
        {QStringLiteral("planLate"), &LedgerRow::planLate},
    };
    using Day = QDate LedgerRow::*;
    static const QHash<QString, Day> days = {
        {QStringLiteral("registeredOn"), &LedgerRow::registeredOn},
        {QStringLiteral("concludedOn"), &LedgerRow::concludedOn},
        {QStringLiteral("followedUpOn"), &LedgerRow::followedUpOn},
        {QStringLiteral("noticeDispatchedOn"), &LedgerRow::noticeDispatchedOn},
        {QStringLiteral("noticeReceivedOn"), &LedgerRow::noticeReceivedOn},
        {QStringLiteral("planReceivedOn"), &LedgerRow::planReceivedOn},
    };
    using Flag = bool CaseFlags::*;
    static const QHash<QString, Flag> flags = {
        {QStringLiteral("collective"), &CaseFlags::collective},
        {QStringLiteral("sensitive"), &CaseFlags::sensitive},
        {QStringLiteral("petitionRisk"), &CaseFlags::petitionRisk},
        {QStringLiteral("supervised"), &CaseFlags::supervised},
        {QStringLiteral("legalAid"), &CaseFlags::legalAid},
        {QStringLiteral("typical"), &CaseFlags::typical},
    };
    if (const auto text = texts.constFind(code); text != texts.cend())
        return TableCell::of(r.**text);
    if (const auto d = days.constFind(code); d != days.cend())
        return TableCell::of(r.**d);
    if (const auto flag = flags.constFind(code); flag != flags.cend())
        return yesNo(r.caseFlags.**flag);
    if (code == QLatin1String("index"))
        return TableCell::of(n);
    if (code == QLatin1String("days"))
        return r.days ? TableCell::of(*r.days) : TableCell{};
    if (code == QLatin1String("amount"))
        return r.amountFen < 0 ? TableCell{} : TableCell::of(r.amountFen / 100.0, 2);
    if (code == QLatin1String("persons"))
        return TableCell::of(r.persons);
    if (code == QLatin1String("agencyHeadPresent"))
        return yesNo(r.agencyHeadPresent);
    return {};
}
} // namespace

Result<QList<LedgerRow>> Ledger::rows(Store &store, const ReportPeriod &period, const QDate &today)
{
    Statement query(
        store.connection(),
        QStringLiteral(
            "SELECT c.number, coalesce(u.name, ''), c.referral_number, c.source, f.registered, "
            "(SELECT group_concat(name, '、') FROM (SELECT name FROM parties "
            " WHERE case_id = c.id AND role = 'applicant' ORDER BY position)), "
            "(SELECT group_concat(name, '、') FROM (SELECT name FROM parties "
            " WHERE case_id = c.id AND role = 'agency' ORDER BY lead DESC, position)), "
            "c.act_kind, c.domain, c.disputed_act, coalesce(m.name, ''), c.state, "
            "f.agreement, f.terminated, f.termination_reason, f.concluded, f.extension_days, "
            "f.withdrawal_applied, f.withdrawal_ruled, f.withdrawal_granted, "
            "f.confirmation_applied, f.confirmation_ruled, f.confirmation_granted, "
            "f.performance, f.followed_up, f.flags, f.suspensions, f.transferred, "
            "json_extract(c.progress, '$.transferredTo'), "
            "json_extract(c.progress, '$.terminationText'), "
            "c.id, c.origin_case_number, c.claims, c.amount_fen, c.persons_involved, "
            "coalesce((SELECT name FROM judges WHERE id = c.judge_id), ''), "
            "coalesce((SELECT name FROM procurators WHERE id = c.procurator_id), ''), "
            "(SELECT group_concat(name, '、') FROM (SELECT name FROM parties "
            " WHERE case_id = c.id AND role = 'third_party' ORDER BY position)), "
            "c.suitability_ground, json_extract(c.progress, '$.noticeDispatchedOn'), "
            "json_extract(c.progress, '$.noticeReceivedOn'), "
            "json_extract(c.progress, '$.planReceivedOn'), "
            "EXISTS (SELECT 1 FROM sessions WHERE case_id = c.id AND status = 'held' "
            " AND agency_head_attended = 1), "
            "c.collective, c.sensitive, c.petition_risk, c.supervised, c.legal_aid, c.typical "
            "FROM cases c JOIN case_facts f ON f.case_id = c.id "
            "LEFT JOIN referring_units u ON u.id = c.referring_unit_id "
            "LEFT JOIN mediators m ON m.id = c.lead_mediator_id "
            "WHERE f.registered <= ? AND (f.concluded IS NULL OR f.concluded >= ?) "
            "ORDER BY f.registered, c.year, c.sequence"));
    query.bindAll({period.to.toJulianDay(), period.from.toJulianDay()});
    if (auto done = query.exec(); !done)
        return done.error();
    const ProfileVocabularies &vocabularies = store.deadlineSetup().profile.vocabularies;
    QList<LedgerRow> rows;
    while (query.next()) {
        int c = 0;
        const auto next = [&] {
            return query.value(c++);
        };
        LedgerRow r;
        r.number = next().toString();
        const QString unit = next().toString();
        const QString referralNumber = next().toString();
        r.referral = (unit + QLatin1Char(' ') + referralNumber).trimmed();
        r.source = vocabularies.sourceChannels.chineseLabel(next().toString());
        r.registeredOn = day(next());
        r.applicants = next().toString();
        r.agencies = next().toString();
        const QString actKind = next().toString();
        r.actKind = actKind.isEmpty() ? QString() : chineseLabel(vocab::actKinds(), actKind);
        const QString domain = next().toString();
        r.domain = domain.isEmpty() ? QString() : chineseLabel(vocab::enforcementDomains(), domain);
        r.disputedAct = next().toString();
        r.leadMediator = next().toString();
        r.state = chineseLabel(vocab::caseStates(), next().toString());
        const QDate agreement = day(next());
        const QDate terminated = day(next());
        const QString reason = next().toString();
        r.concludedOn = day(next());
        if (agreement.isValid())
            r.outcome = QStringLiteral("达成协议");
        else if (terminated.isValid())
            r.outcome = QStringLiteral("终止（%1）")
                            .arg(vocabularies.terminationReasons.chineseLabel(reason));
        const QVariant extension = next();
        r.extended = extension.isNull() ? QStringLiteral("否")
                                        : QStringLiteral("是（%1天）").arg(extension.toInt());
        const bool withdrawalApplied = !next().isNull();
        const bool withdrawalRuled = !next().isNull();
        const bool withdrawalGranted = next().toBool();
        r.withdrawn = withdrawalGranted   ? QStringLiteral("是")
                      : withdrawalRuled   ? QStringLiteral("未准许")
                      : withdrawalApplied ? QStringLiteral("已申请")
                                          : QStringLiteral("否");
        const bool confirmationApplied = !next().isNull();
        const bool confirmationRuled = !next().isNull();
        const bool confirmationGranted = next().toBool();
        r.confirmed = confirmationGranted   ? QStringLiteral("是")
                      : confirmationRuled   ? QStringLiteral("未确认")
                      : confirmationApplied ? QStringLiteral("已申请")
                                            : QStringLiteral("否");
        const QString performance = next().toString();
        r.performance =
            performance.isEmpty() ? QString() : chineseLabel(vocab::performances(), performance);
        r.followedUpOn = day(next());
        const int flags = next().toInt();
        QStringList marks;
        for (const auto &[bit, mark] : {std::pair{1, "群体性"}, std::pair{2, "敏感"},
                                        std::pair{4, "督办"}, std::pair{8, "典型"}})
            if (flags & bit)
                marks.append(QString::fromUtf8(mark));
        r.flags = marks.join(QStringLiteral("、"));
        const QString suspensions = next().toString();
        if (r.concludedOn.isValid() && r.registeredOn.isValid())
            r.days = durationDays(r.registeredOn, r.concludedOn, suspensionsFrom(suspensions));
        const QDate transferred = day(next());
        const QString transferredTo = next().toString();
        const QString terminationText = next().toString();
        QStringList remarks;
        if (transferred.isValid())
            remarks.append(QStringLiteral("%1移交%2").arg(chineseDay(transferred), transferredTo));
        if (!terminationText.isEmpty())
            remarks.append(terminationText);
        r.remarks = remarks.join(QStringLiteral("；"));
        r.caseId = next().toLongLong();
        r.originCaseNumber = next().toString();
        r.claims = next().toString();
        const QVariant amount = next();
        r.amountFen = amount.isNull() ? -1 : amount.toLongLong();
        r.persons = next().toInt();
        r.judge = next().toString();
        r.procurator = next().toString();
        r.thirdParties = next().toString();
        const QString ground = next().toString();
        r.suitability =
            ground.isEmpty() ? QString() : chineseLabel(vocab::suitabilityGrounds(), ground);
        r.noticeDispatchedOn = dateFrom(next());
        r.noticeReceivedOn = dateFrom(next());
        r.planReceivedOn = dateFrom(next());
        r.agencyHeadPresent = next().toBool();
        r.caseFlags.collective = next().toBool();
        r.caseFlags.sensitive = next().toBool();
        r.caseFlags.petitionRisk = next().toBool();
        r.caseFlags.supervised = next().toBool();
        r.caseFlags.legalAid = next().toBool();
        r.caseFlags.typical = next().toBool();
        rows.append(r);
    }
    // The agency's plan late as the report counts it (planLate): in after its
    // due day, or not in once that day has passed, unless the case ended first.
    const DeadlineSetup &setup = store.deadlineSetup();
    const DeadlineRule *plan = setup.profile.ruleDoneBy(QStringLiteral("planReceivedOn"));
    const DeadlineCalculator calculator(setup.calendar);
    const QDate asOf = std::min(period.to, today);
    for (LedgerRow &r : rows) {
        if (!plan || !r.noticeReceivedOn.isValid())
            continue;
        auto record = store.cases().load(r.caseId);
        if (!record)
            return record.error();
        if (!plan->sources.isEmpty() && !plan->sources.contains(record.value().source))
            continue;
        DeadlineRequest request;
        request.start = caseFact(record.value(), plan->start);
        request.period = plan->period;
        if (!request.start.isValid())
            continue;
        const QDate due = calculator.compute(request, asOf).due;
        if (r.planReceivedOn.isValid() && r.planReceivedOn <= asOf)
            r.planLate = r.planReceivedOn > due ? QStringLiteral("是") : QStringLiteral("否");
        else if (asOf > due && !(r.concludedOn.isValid() && r.concludedOn <= due))
            r.planLate = QStringLiteral("是");
    }
    return rows;
}

ReportTable Ledger::table(const QList<LedgerRow> &rows, const QList<LedgerColumn> &columns,
                          const QString &centerName, const ReportPeriod &period)
{
    ReportTable t;
    t.sheet = QStringLiteral("台账");
    t.title = centerName + period.chineseName() + QStringLiteral("行政争议协调化解案件台账");
    t.units = QStringLiteral("统计期间：%1至%2　期间内在办及办结的全部案件　化解天数不含中止期间")
                  .arg(chineseDay(period.from), chineseDay(period.to));
    for (const LedgerColumn &column : columns)
        for (const LedgerColumnKind &kind : ReportLayout::ledgerColumnKinds())
            if (kind.code == column.code)
                t.columns.append(
                    {column.heading.isEmpty() ? kind.heading : column.heading, {}, kind.width});
    // The case's number and the columns before it go on every page of a PDF.
    for (int i = 0; i < std::min<qsizetype>(2, columns.size()); ++i)
        if (columns[i].code == QLatin1String("number"))
            t.keyColumns = i + 1;
    int n = 0;
    for (const LedgerRow &r : rows) {
        ++n;
        QList<TableCell> cells;
        for (const LedgerColumn &column : columns)
            cells.append(cell(r, column.code, n));
        t.rows.append(cells);
    }
    return t;
}

Result<int> Ledger::write(Store &store, const ReportPeriod &period, const QDate &today,
                          ReportExport::Format format, const QString &path)
{
    auto anchor = store.events().anchor();
    if (!anchor)
        return anchor.error();
    auto listed = rows(store, period, today);
    if (!listed)
        return listed.error();
    const ReportTable ledger = table(listed.value(), store.deadlineSetup().profile.report.ledger,
                                     store.centerName(), period);
    if (auto written =
            ReportExport::writeTables({ledger}, format, ledger.title, path, anchor.value());
        !written)
        return written.error();
    return int(listed.value().size());
}

} // namespace huajie
