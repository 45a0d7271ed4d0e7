#include "periodreport.h"

#include "domain/vocabulary.h"
#include "i18n/chinesecatalogue.h"

#include <QJsonArray>

#include <cmath>

namespace huajie {
namespace {
std::optional<double> percent(int part, int whole)
{
    if (whole == 0)
        return std::nullopt;
    return std::round(1000.0 * part / whole) / 10.0;
}

QJsonValue number(const std::optional<double> &value, int decimals)
{
    if (!value)
        return QJsonValue();
    if (decimals == 0)
        return qint64(std::llround(*value));
    const double scale = std::pow(10.0, decimals);
    return std::round(*value * scale) / scale;
}

QJsonObject periodJson(const ReportPeriod &p)
{
    static const char *kinds[] = {"month", "quarter", "year", "custom"};
    return {{QStringLiteral("kind"), QString::fromLatin1(kinds[int(p.kind)])},
            {QStringLiteral("key"), p.key()},
            {QStringLiteral("from"), p.from.toString(Qt::ISODate)},
            {QStringLiteral("to"), p.to.toString(Qt::ISODate)},
            {QStringLiteral("name"), p.chineseName()}};
}

QJsonObject figuresJson(const QList<ReportFigure> &shown, const PeriodFigures &figures)
{
    QJsonObject json;
    for (const ReportFigure &f : shown)
        json.insert(f.key, number(f.value(figures), f.decimals));
    return json;
}

QJsonObject countsJson(const BreakdownCounts &c, Breakdown::Columns columns)
{
    if (columns == Breakdown::Columns::AgencyPerformance)
        return {{QStringLiteral("agreements"), c.agreements},
                {QStringLiteral("performed"), c.performed},
                {QStringLiteral("partlyPerformed"), c.partlyPerformed},
                {QStringLiteral("performanceRefused"), c.performanceRefused},
                {QStringLiteral("followUps"), c.followUps}};
    QJsonObject json{{QStringLiteral("newCases"), c.newCases},
                     {QStringLiteral("concluded"), c.concluded},
                     {QStringLiteral("agreements"), c.agreements},
                     {QStringLiteral("terminations"), c.terminations},
                     {QStringLiteral("successRate"), number(c.successRate(), 1)}};
    if (columns == Breakdown::Columns::AgencyOutcomes) {
        json.insert(QStringLiteral("agencyHeadPresent"), c.agencyHeadPresent);
        json.insert(QStringLiteral("planLate"), c.planLate);
    }
    return json;
}

QString isoOrEmpty(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

// A figure read from one field; the list entries by index.
using Reader = std::function<std::optional<double>(const PeriodFigures &)>;
Reader field(int PeriodFigures::*member)
{
    return [member](const PeriodFigures &f) {
        return std::optional<double>(f.*member);
    };
}
Reader entry(QList<int> PeriodFigures::*member, int index)
{
    return [member, index](const PeriodFigures &f) {
        return std::optional<double>(index < (f.*member).size() ? (f.*member)[index] : 0);
    };
}
Reader yuan(qint64 PeriodFigures::*member)
{
    return [member](const PeriodFigures &f) {
        return std::optional<double>((f.*member) / 100.0);
    };
}
} // namespace

std::optional<double> PeriodFigures::successRate() const
{
    return percent(agreements, concluded);
}

std::optional<double> BreakdownCounts::successRate() const
{
    return percent(agreements, concluded);
}

bool BreakdownCounts::isEmpty() const
{
    return newCases == 0 && concluded == 0 && agreements == 0 && terminations == 0 &&
           agencyHeadPresent == 0 && planLate == 0 && performed == 0 && partlyPerformed == 0 &&
           performanceRefused == 0 && followUps == 0;
}

QList<ReportFigure> reportFigures(const ProfileVocabularies &vocabularies)
{
    const QString cases = QStringLiteral("件");
    const QString days = QStringLiteral("天");
    QList<ReportFigure> list;
    const auto add = [&](const char *key, const QString &label, const QString &unit, Reader value,
                         int indent = 0, int decimals = 0) {
        list.append({QString::fromLatin1(key), label, unit, decimals, std::move(value), indent});
    };
    // Shown only where a profile names them.
    const auto more = [&](const char *key, const QString &label, Reader value) {
        list.append({QString::fromLatin1(key), label, cases, 0, std::move(value), 0, false});
    };
    add("openAtStart", QStringLiteral("期初在办案件"), cases, field(&PeriodFigures::openAtStart));
    add("newCases", QStringLiteral("新收案件"), cases, field(&PeriodFigures::newCases));
    const OfferedTerms &sources = vocabularies.sourceChannels;
    const QStringList sourceCodes = sources.codes();
    for (int i = 0; i < sourceCodes.size(); ++i)
        list.append({QStringLiteral("newCases.") + sourceCodes[i],
                     QStringLiteral("其中：") + sources.chineseLabel(sourceCodes[i]), cases, 0,
                     entry(&PeriodFigures::newBySource, i), 1});
    add("concluded", QStringLiteral("办结案件"), cases, field(&PeriodFigures::concluded));
    add("agreements", QStringLiteral("其中：达成协议"), cases, field(&PeriodFigures::agreements),
        1);
    add("terminations", QStringLiteral("其中：终止化解"), cases,
        field(&PeriodFigures::terminations), 1);
    const OfferedTerms &reasons = vocabularies.terminationReasons;
    const QStringList reasonCodes = reasons.codes();
    for (int i = 0; i < reasonCodes.size(); ++i)
        list.append({QStringLiteral("terminations.") + reasonCodes[i],
                     QStringLiteral("终止原因：") + reasons.chineseLabel(reasonCodes[i]), cases, 0,
                     entry(&PeriodFigures::terminationsByReason, i), 2});
    add("openAtEnd", QStringLiteral("期末在办案件"), cases, field(&PeriodFigures::openAtEnd));
    add("transfersBack", QStringLiteral("移交委派单位案件"), cases,
        field(&PeriodFigures::transfersBack));
    add(
        "successRate", QStringLiteral("化解成功率"), QStringLiteral("%"),
        [](const PeriodFigures &f) { return f.successRate(); }, 0, 1);
    add("withdrawalsApplied", QStringLiteral("协议后申请撤诉"), cases,
        field(&PeriodFigures::withdrawalsApplied));
    add("withdrawalsGranted", QStringLiteral("其中：准许撤诉"), cases,
        field(&PeriodFigures::withdrawalsGranted), 1);
    add("confirmationsApplied", QStringLiteral("申请司法确认"), cases,
        field(&PeriodFigures::confirmationsApplied));
    add("confirmationsGranted", QStringLiteral("其中：确认有效"), cases,
        field(&PeriodFigures::confirmationsGranted), 1);
    add("overdueAtEnd", QStringLiteral("期末超期未结案件"), cases,
        field(&PeriodFigures::overdueAtEnd));
    add("extended", QStringLiteral("延长化解期限案件"), cases, field(&PeriodFigures::extended));
    add("suspendedDays", QStringLiteral("期限中止天数"), days,
        field(&PeriodFigures::suspendedDays));
    add(
        "averageDays", QStringLiteral("平均化解天数（不含中止期间）"), days,
        [](const PeriodFigures &f) { return f.averageDays; }, 0, 1);
    add(
        "medianDays", QStringLiteral("化解天数中位数（不含中止期间）"), days,
        [](const PeriodFigures &f) { return f.medianDays; }, 0, 1);
    add("followUpsDone", QStringLiteral("回访案件"), cases, field(&PeriodFigures::followUpsDone));
    add("followUpsOnTime", QStringLiteral("其中：按期回访"), cases,
        field(&PeriodFigures::followUpsOnTime), 1);
    add("performed", QStringLiteral("协议已履行"), cases, field(&PeriodFigures::performed));
    add("partlyPerformed", QStringLiteral("协议部分履行"), cases,
        field(&PeriodFigures::partlyPerformed));
    add("performanceRefused", QStringLiteral("协议拒绝履行"), cases,
        field(&PeriodFigures::performanceRefused));
    add("collective", QStringLiteral("群体性案件（在办）"), cases,
        field(&PeriodFigures::collective));
    add("sensitive", QStringLiteral("敏感案件（在办）"), cases, field(&PeriodFigures::sensitive));
    add("supervised", QStringLiteral("督办案件（在办）"), cases, field(&PeriodFigures::supervised));
    add("typical", QStringLiteral("典型案例（在办）"), cases, field(&PeriodFigures::typical));
    add("amountNew", QStringLiteral("新收案件涉及金额"), QStringLiteral("元"),
        yuan(&PeriodFigures::amountFenNew), 0, 2);
    add("personsNew", QStringLiteral("新收案件涉及人数"), QStringLiteral("人"),
        field(&PeriodFigures::personsNew));
    add("amountAgreements", QStringLiteral("达成协议涉及金额"), QStringLiteral("元"),
        yuan(&PeriodFigures::amountFenAgreements), 0, 2);
    add("personsAgreements", QStringLiteral("达成协议涉及人数"), QStringLiteral("人"),
        field(&PeriodFigures::personsAgreements));
    more("handled", QStringLiteral("本期办理案件（期初在办与新收）"),
         [](const PeriodFigures &f) { return std::optional<double>(f.handled()); });
    more("agencyHeadPresent", QStringLiteral("行政机关负责人出面协调化解案件"),
         field(&PeriodFigures::agencyHeadPresent));
    more("planLate", QStringLiteral("行政机关逾期报送化解方案案件"),
         field(&PeriodFigures::planLate));
    return list;
}

QList<ReportFigure> PeriodReport::shownFigures() const
{
    const QList<ReportFigure> every = figures();
    QList<ReportFigure> shown;
    for (const QString &code : contents.figures) {
        const bool all = code.endsWith(QLatin1String(".*"));
        const QString prefix = code.chopped(1);
        for (const ReportFigure &f : every)
            if (all ? f.key.startsWith(prefix) : f.key == code)
                shown.append(f);
    }
    return shown;
}

QString PeriodReport::title() const
{
    return centerName + period.chineseName() + QStringLiteral("工作统计报表");
}

QStringList PeriodReport::describeProblems() const
{
    QStringList lines;
    for (const BalanceProblem &p : problems)
        lines.append(QStringLiteral("%1: %2").arg(p.caseNumber, p.problem));
    return lines;
}

QJsonObject PeriodReport::toJson() const
{
    // Only what the center's report shows: a frozen month keeps that.
    const QList<ReportFigure> shown = shownFigures();
    QJsonObject breakdownJson;
    for (const Breakdown &b : breakdowns) {
        QJsonArray rows;
        for (const BreakdownRow &row : b.rows)
            rows.append(
                QJsonObject{{QStringLiteral("code"), row.code},
                            {QStringLiteral("label"), row.label},
                            {QStringLiteral("current"), countsJson(row.current, b.columns)},
                            {QStringLiteral("previous"), countsJson(row.previous, b.columns)},
                            {QStringLiteral("yearToDate"), countsJson(row.yearToDate, b.columns)}});
        breakdownJson.insert(b.key, rows);
    }
    QJsonObject listJson;
    for (const CaseListing &listing : listings) {
        QJsonArray cases;
        for (const ListedCase &c : listing.cases)
            cases.append(QJsonObject{{QStringLiteral("number"), c.number},
                                     {QStringLiteral("registeredOn"), isoOrEmpty(c.registeredOn)},
                                     {QStringLiteral("applicants"), c.applicants},
                                     {QStringLiteral("agencies"), c.agencies},
                                     {QStringLiteral("disputedAct"), c.disputedAct},
                                     {QStringLiteral("state"), c.state},
                                     {QStringLiteral("outcome"), c.outcome},
                                     {QStringLiteral("concludedOn"), isoOrEmpty(c.concludedOn)}});
        listJson.insert(listing.key, cases);
    }
    QJsonArray problemJson;
    for (const BalanceProblem &p : problems)
        problemJson.append(QJsonObject{{QStringLiteral("case"), p.caseNumber},
                                       {QStringLiteral("problem"), p.problem}});
    return {{QStringLiteral("title"), title()},
            {QStringLiteral("center"), centerName},
            {QStringLiteral("asOf"), asOf.toString(Qt::ISODate)},
            {QStringLiteral("anchor"), anchor.toText()},
            {QStringLiteral("period"), periodJson(period)},
            {QStringLiteral("previousPeriod"), periodJson(previousPeriod)},
            {QStringLiteral("yearToDatePeriod"), periodJson(yearToDatePeriod)},
            {QStringLiteral("figures"),
             QJsonObject{{QStringLiteral("current"), figuresJson(shown, current)},
                         {QStringLiteral("previous"), figuresJson(shown, previous)},
                         {QStringLiteral("yearToDate"), figuresJson(shown, yearToDate)}}},
            {QStringLiteral("breakdowns"), breakdownJson},
            {QStringLiteral("lists"), listJson},
            {QStringLiteral("balances"), balances()},
            {QStringLiteral("problems"), problemJson}};
}

} // namespace huajie
