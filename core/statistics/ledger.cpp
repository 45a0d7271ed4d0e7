#include "ledger.h"

#include "domain/vocabulary.h"
#include "i18n/chinesecatalogue.h"
#include "statistics/reportbuilder.h"
#include "statistics/reportexport.h"
#include "store/statement.h"
#include "store/store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

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
} // namespace

Result<QList<LedgerRow>> Ledger::rows(Store &store, const ReportPeriod &period)
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
            "json_extract(c.progress, '$.terminationText') "
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
        rows.append(r);
    }
    return rows;
}

ReportTable Ledger::table(const QList<LedgerRow> &rows, const QString &centerName,
                          const ReportPeriod &period)
{
    ReportTable t;
    t.sheet = QStringLiteral("台账");
    t.title = centerName + period.chineseName() + QStringLiteral("行政争议协调化解案件台账");
    t.units = QStringLiteral("统计期间：%1至%2　期间内在办及办结的全部案件　化解天数不含中止期间")
                  .arg(chineseDay(period.from), chineseDay(period.to));
    t.columns = {{QStringLiteral("序号"), {}, 6},
                 {QStringLiteral("登记号"), {}, 24},
                 {QStringLiteral("委派单位及委派号"), {}, 34},
                 {QStringLiteral("案件来源"), {}, 14},
                 {QStringLiteral("登记日期"), {}, 12},
                 {QStringLiteral("申请人"), {}, 22},
                 {QStringLiteral("涉争议行政机关"), {}, 28},
                 {QStringLiteral("行为类别"), {}, 14},
                 {QStringLiteral("执法领域"), {}, 14},
                 {QStringLiteral("争议事项"), {}, 32},
                 {QStringLiteral("主办人"), {}, 10},
                 {QStringLiteral("当前状态"), {}, 10},
                 {QStringLiteral("化解结果"), {}, 24},
                 {QStringLiteral("结案日期"), {}, 12},
                 {QStringLiteral("化解天数"), {}, 9},
                 {QStringLiteral("是否延长"), {}, 11},
                 {QStringLiteral("是否撤诉"), {}, 9},
                 {QStringLiteral("是否司法确认"), {}, 11},
                 {QStringLiteral("履行情况"), {}, 10},
                 {QStringLiteral("回访日期"), {}, 12},
                 {QStringLiteral("标记"), {}, 16},
                 {QStringLiteral("备注"), {}, 30}};
    int n = 0;
    for (const LedgerRow &r : rows)
        t.rows.append({TableCell::of(++n),
                       TableCell::of(r.number),
                       TableCell::of(r.referral),
                       TableCell::of(r.source),
                       TableCell::of(r.registeredOn),
                       TableCell::of(r.applicants),
                       TableCell::of(r.agencies),
                       TableCell::of(r.actKind),
                       TableCell::of(r.domain),
                       TableCell::of(r.disputedAct),
                       TableCell::of(r.leadMediator),
                       TableCell::of(r.state),
                       TableCell::of(r.outcome),
                       TableCell::of(r.concludedOn),
                       r.days ? TableCell::of(*r.days) : TableCell{},
                       TableCell::of(r.extended),
                       TableCell::of(r.withdrawn),
                       TableCell::of(r.confirmed),
                       TableCell::of(r.performance),
                       TableCell::of(r.followedUpOn),
                       TableCell::of(r.flags),
                       TableCell::of(r.remarks)});
    return t;
}

Result<void> Ledger::writeXlsx(Store &store, const ReportPeriod &period, const QString &path)
{
    auto anchor = store.events().anchor();
    if (!anchor)
        return anchor.error();
    auto listed = rows(store, period);
    if (!listed)
        return listed.error();
    const ReportTable ledger =
        table(listed.value(), store.settings().value(CenterSetting::CenterName), period);
    return ReportExport::writeXlsx({ledger}, ledger.title, path, anchor.value());
}

} // namespace huajie
