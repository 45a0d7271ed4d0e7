#pragma once

#include "result.h"

#include <QJsonObject>
#include <QString>

namespace huajie {

// The steps a center's cases go through where the centers differ (profile
// key "steps"). Each step keeps the article of the center's rules it comes
// from, so that a refusal can name it. The defaults are Shizuishan's.
struct CaseSteps
{
    // Whether mediation waits for the agency's resolution plan and mediators
    // (S0 工作规则第七条). Where it does not, mediation starts once the agency
    // is notified, the plan may still be recorded, and no plan falls late.
    bool agencyPlanRequired = true;
    QString agencyPlanSource = QStringLiteral("工作规则第七条");
    // Whether a case from a reconsideration ends through the reconsideration
    // body: the applicant withdraws the reconsideration application (准予撤回,
    // 终止行政复议) or the body makes a 行政复议调解书, instead of a lawsuit
    // withdrawn by leave of the court. Where it is not offered, such a case
    // has no withdrawal step after its agreement.
    bool reconsiderationOutcomes = true;
    QString reconsiderationOutcomesSource = QStringLiteral("行政复议法第七十三条、第七十四条");

    // Reads the "steps" object; a missing step keeps its default.
    static Result<CaseSteps> fromJson(const QJsonObject &object, const QString &path);
};

} // namespace huajie
