#include "reportlayout.h"

#include "i18n/contexts.h"
#include "io/jsonobjectreader.h"
#include "profile/profilecheck.h"
#include "statistics/periodreport.h"

#include <QSet>

namespace huajie {
namespace {
const QString kAllBySource = QStringLiteral("newCases.*");
const QString kAllByReason = QStringLiteral("terminations.*");

using profilecheck::notOneOf;

// A list of codes, each known and listed once; `defaults` when the key is missing.
Result<QStringList> codeList(const QJsonObject &object, JsonObjectReader &r, const char *key,
                             const QStringList &known, const QStringList &defaults)
{
    const QJsonArray array = r.array(key);
    if (r.failed())
        return r.error();
    if (!object.contains(QLatin1String(key)))
        return defaults;
    QStringList codes;
    for (int i = 0; i < array.size(); ++i) {
        QString path = r.path(key, i);
        QString code;
        if (array[i].isObject()) {
            // {"code": …, "source": "the seed's article"}
            JsonObjectReader entry(array[i].toObject(), path);
            entry.text("code", &code);
            QString source;
            entry.text("source", &source);
            entry.finish();
            if (entry.failed())
                return entry.error();
            path += QStringLiteral(".code");
        } else if (array[i].isString()) {
            code = array[i].toString();
        } else {
            return Error{DeadlineText::tr("must be a code or an object with \"code\""), path};
        }
        if (!known.contains(code))
            return notOneOf(code, known, path);
        if (codes.contains(code))
            return Error{DeadlineText::tr("\"%1\" is listed twice").arg(code), path};
        codes.append(code);
    }
    return codes;
}

QStringList ledgerCodes()
{
    QStringList codes;
    for (const LedgerColumnKind &kind : ReportLayout::ledgerColumnKinds())
        codes.append(kind.code);
    return codes;
}

Result<LedgerColumn> ledgerColumn(const QJsonValue &value, const QString &path)
{
    LedgerColumn column;
    if (value.isString()) {
        column.code = value.toString();
    } else if (value.isObject()) {
        JsonObjectReader r(value.toObject(), path);
        r.text("code", &column.code);
        const QJsonObject heading = r.object("heading");
        QString source; // the seed article the column comes from: for the reader
        r.text("source", &source);
        r.finish();
        if (r.failed())
            return r.error();
        JsonObjectReader h(heading, path + QStringLiteral(".heading"));
        QString english;
        h.text("en", &english);
        h.text("zh_CN", &column.heading);
        h.finish();
        if (h.failed())
            return h.error();
        // The ledger is written in Chinese: the English heading stands in
        // only where no Chinese one is given.
        if (column.heading.isEmpty())
            column.heading = english;
    } else {
        return Error{DeadlineText::tr("must be a code or an object with \"code\""), path};
    }
    if (!ledgerCodes().contains(column.code))
        return notOneOf(column.code, ledgerCodes(),
                        value.isObject() ? path + QStringLiteral(".code") : path);
    return column;
}
} // namespace

bool ReportContents::showsFigure(const QString &key) const
{
    if (figures.contains(key))
        return true;
    if (key.startsWith(QLatin1String("newCases.")))
        return figures.contains(kAllBySource);
    if (key.startsWith(QLatin1String("terminations.")))
        return figures.contains(kAllByReason);
    return false;
}

const QList<LedgerColumnKind> &ReportLayout::ledgerColumnKinds()
{
    static const QList<LedgerColumnKind> kinds = {
        // The default profile's, in its order (FORMS.md).
        {QStringLiteral("index"), QStringLiteral("序号"), 6},
        {QStringLiteral("number"), QStringLiteral("登记号"), 24},
        {QStringLiteral("referral"), QStringLiteral("委派单位及委派号"), 34},
        {QStringLiteral("source"), QStringLiteral("案件来源"), 14},
        {QStringLiteral("registeredOn"), QStringLiteral("登记日期"), 12},
        {QStringLiteral("applicants"), QStringLiteral("申请人"), 22},
        {QStringLiteral("agencies"), QStringLiteral("涉争议行政机关"), 28},
        {QStringLiteral("actKind"), QStringLiteral("行为类别"), 14},
        {QStringLiteral("domain"), QStringLiteral("执法领域"), 14},
        {QStringLiteral("disputedAct"), QStringLiteral("争议事项"), 32},
        {QStringLiteral("leadMediator"), QStringLiteral("主办人"), 10},
        {QStringLiteral("state"), QStringLiteral("当前状态"), 10},
        {QStringLiteral("outcome"), QStringLiteral("化解结果"), 24},
        {QStringLiteral("concludedOn"), QStringLiteral("结案日期"), 12},
        {QStringLiteral("days"), QStringLiteral("化解天数"), 9},
        {QStringLiteral("extended"), QStringLiteral("是否延长"), 11},
        {QStringLiteral("withdrawn"), QStringLiteral("是否撤诉"), 9},
        {QStringLiteral("confirmed"), QStringLiteral("是否司法确认"), 11},
        {QStringLiteral("performance"), QStringLiteral("履行情况"), 10},
        {QStringLiteral("followedUpOn"), QStringLiteral("回访日期"), 12},
        {QStringLiteral("flags"), QStringLiteral("标记"), 16},
        {QStringLiteral("remarks"), QStringLiteral("备注"), 30},
        // Further facts the case file records.
        {QStringLiteral("originCaseNumber"), QStringLiteral("原案号"), 24},
        {QStringLiteral("claims"), QStringLiteral("诉讼请求"), 32},
        {QStringLiteral("amount"), QStringLiteral("涉及金额（元）"), 14},
        {QStringLiteral("persons"), QStringLiteral("涉及人数"), 9},
        {QStringLiteral("judge"), QStringLiteral("跟案法官"), 10},
        {QStringLiteral("procurator"), QStringLiteral("检察官"), 10},
        {QStringLiteral("thirdParties"), QStringLiteral("第三人"), 22},
        {QStringLiteral("suitability"), QStringLiteral("适宜化解情形"), 28},
        {QStringLiteral("noticeDispatchedOn"), QStringLiteral("通知书发出日期"), 12},
        {QStringLiteral("noticeReceivedOn"), QStringLiteral("通知书送达日期"), 12},
        {QStringLiteral("planReceivedOn"), QStringLiteral("方案报送日期"), 12},
        {QStringLiteral("planLate"), QStringLiteral("方案是否逾期"), 11},
        {QStringLiteral("agencyHeadPresent"), QStringLiteral("行政机关负责人出面"), 12},
        {QStringLiteral("collective"), QStringLiteral("群体性"), 8},
        {QStringLiteral("sensitive"), QStringLiteral("敏感"), 8},
        {QStringLiteral("petitionRisk"), QStringLiteral("涉诉信访隐患"), 10},
        {QStringLiteral("supervised"), QStringLiteral("督办"), 8},
        {QStringLiteral("legalAid"), QStringLiteral("申请法律援助"), 10},
        {QStringLiteral("typical"), QStringLiteral("典型"), 8},
    };
    return kinds;
}

const QStringList &ReportLayout::breakdownCodes()
{
    static const QStringList codes = {QStringLiteral("source"), QStringLiteral("agency"),
                                      QStringLiteral("domain"), QStringLiteral("actKind"),
                                      QStringLiteral("agencyPerformance")};
    return codes;
}

const QStringList &ReportLayout::listCodes()
{
    static const QStringList codes = {QStringLiteral("typical"), QStringLiteral("supervised"),
                                      QStringLiteral("collective")};
    return codes;
}

QStringList ReportLayout::figureCodes()
{
    QStringList codes;
    for (const ReportFigure &f : reportFigures())
        codes.append(f.key);
    codes << kAllBySource << kAllByReason;
    return codes;
}

ReportLayout ReportLayout::standard()
{
    ReportLayout layout;
    for (const LedgerColumnKind &kind : ledgerColumnKinds()) {
        layout.ledger.append({kind.code, {}});
        if (kind.code == QLatin1String("remarks"))
            break;
    }
    for (const ReportFigure &f : reportFigures())
        if (f.standard)
            layout.report.figures.append(f.key);
    layout.report.breakdowns = breakdownCodes().mid(0, 4);
    layout.report.lists = listCodes();
    return layout;
}

Result<ReportLayout> ReportLayout::fromJson(const QJsonValue &ledger, const QJsonValue &report)
{
    ReportLayout layout = standard();
    if (!ledger.isUndefined()) {
        if (!ledger.isObject())
            return Error{JsonText::tr("must be an object"), QStringLiteral("ledger")};
        JsonObjectReader r(ledger.toObject(), QStringLiteral("ledger"));
        r.text("source", &layout.ledgerSource);
        const QJsonArray columns = r.array("columns");
        r.finish();
        if (r.failed())
            return r.error();
        if (columns.isEmpty())
            return Error{DeadlineText::tr("must list at least one column"),
                         QStringLiteral("ledger.columns")};
        layout.ledger.clear();
        for (int i = 0; i < columns.size(); ++i) {
            auto column = ledgerColumn(columns[i], r.path("columns", i));
            if (!column)
                return column.error();
            for (const LedgerColumn &c : std::as_const(layout.ledger))
                if (c.code == column.value().code)
                    return Error{DeadlineText::tr("\"%1\" is listed twice").arg(c.code),
                                 r.path("columns", i)};
            layout.ledger.append(column.value());
        }
    }
    if (!report.isUndefined()) {
        if (!report.isObject())
            return Error{JsonText::tr("must be an object"), QStringLiteral("report")};
        const QJsonObject object = report.toObject();
        JsonObjectReader r(object, QStringLiteral("report"));
        r.text("source", &layout.reportSource);
        auto figures = codeList(object, r, "figures", figureCodes(), layout.report.figures);
        if (!figures)
            return figures.error();
        if (figures.value().isEmpty())
            return Error{DeadlineText::tr("must list at least one figure"),
                         QStringLiteral("report.figures")};
        // No breakdowns or no lists at all are a center's choice.
        auto breakdowns =
            codeList(object, r, "breakdowns", breakdownCodes(), layout.report.breakdowns);
        if (!breakdowns)
            return breakdowns.error();
        auto lists = codeList(object, r, "lists", listCodes(), layout.report.lists);
        if (!lists)
            return lists.error();
        r.finish();
        if (r.failed())
            return r.error();
        layout.report = {figures.value(), breakdowns.value(), lists.value()};
    }
    return layout;
}

} // namespace huajie
