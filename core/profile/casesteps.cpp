#include "casesteps.h"

#include "i18n/contexts.h"
#include "io/jsonobjectreader.h"

namespace huajie {
namespace {
// One step: {"<flag>": true|false, "source": "…"}. The flag must be given
// when the step is, so that a misspelt flag is not read as the default.
Result<void> readStep(const QJsonObject &steps, JsonObjectReader &reader, const char *key,
                      const char *flag, bool *value, QString *source)
{
    const QJsonObject object = reader.object(key);
    if (reader.failed() || !steps.contains(QLatin1String(key)))
        return {};
    JsonObjectReader r(object, reader.path(key));
    if (!object.contains(QLatin1String(flag)))
        return Error{DeadlineText::tr("is required"), r.path(flag)};
    if (!object.value(QLatin1String(flag)).isBool())
        return Error{JsonText::tr("must be true or false"), r.path(flag)};
    source->clear(); // the default's article is not this center's
    r.boolean(flag, value);
    r.text("source", source);
    r.finish();
    if (r.failed())
        return r.error();
    return {};
}
} // namespace

Result<CaseSteps> CaseSteps::fromJson(const QJsonObject &object, const QString &path)
{
    CaseSteps steps;
    JsonObjectReader r(object, path);
    if (auto read = readStep(object, r, "agencyPlan", "required", &steps.agencyPlanRequired,
                             &steps.agencyPlanSource);
        !read)
        return read.error();
    if (auto read = readStep(object, r, "reconsiderationOutcomes", "offered",
                             &steps.reconsiderationOutcomes, &steps.reconsiderationOutcomesSource);
        !read)
        return read.error();
    r.finish();
    if (r.failed())
        return r.error();
    return steps;
}

} // namespace huajie
