#include "earlyinvolvement.h"

#include "domain/vocabulary.h"
#include "i18n/contexts.h"
#include "io/jsonobjectreader.h"
#include "profile/profilecheck.h"

namespace huajie {
namespace {
using profilecheck::channels;
using profilecheck::notOneOf;

constexpr Term kBodies[] = {
    {"court", QT_TRANSLATE_NOOP("Vocabulary", "Court")},
    {"procuratorate", QT_TRANSLATE_NOOP("Vocabulary", "Procuratorate")},
    {"government_office", QT_TRANSLATE_NOOP("Vocabulary", "Government office (reconsideration)")},
};

constexpr Term kAnswers[] = {
    {"takes_part", QT_TRANSLATE_NOOP("Vocabulary", "Takes part")},
    {"declines", QT_TRANSLATE_NOOP("Vocabulary", "Does not take part")},
};

Result<InvolvedBody> bodyFromJson(const QJsonObject &object, const QString &path)
{
    InvolvedBody body;
    JsonObjectReader r(object, path);
    r.text("code", &body.code);
    JsonObjectReader name(r.object("name"), r.path("name"));
    name.text("en", &body.nameEnglish);
    name.text("zh_CN", &body.nameChinese);
    name.finish();
    r.text("department", &body.department);
    r.finish();
    if (r.failed())
        return r.error();
    if (name.failed())
        return name.error();
    if (!EarlyInvolvement::bodyKinds().contains(body.code))
        return notOneOf(body.code, EarlyInvolvement::bodyKinds().codes(), r.path("code"));
    if (body.nameChinese.trimmed().isEmpty())
        return Error{DeadlineText::tr("is required"), r.path("name") + QStringLiteral(".zh_CN")};
    return body;
}

Result<InvitationRoute> routeFromJson(const QJsonObject &object, const QString &path,
                                      const QList<InvolvedBody> &bodies)
{
    InvitationRoute route;
    JsonObjectReader r(object, path);
    r.text("channel", &route.channel);
    r.text("inviter", &route.inviter);
    const QJsonArray invited = r.array("invited");
    r.boolean("afterAcceptance", &route.afterAcceptance);
    r.text("article", &route.article);
    r.text("source", &route.source);
    r.finish();
    if (r.failed())
        return r.error();
    if (!channels().contains(route.channel))
        return notOneOf(route.channel, channels(), r.path("channel"));
    const auto known = [&](const QString &code) {
        return std::any_of(bodies.cbegin(), bodies.cend(),
                           [&](const InvolvedBody &b) { return b.code == code; });
    };
    QStringList codes;
    for (const InvolvedBody &b : bodies)
        codes.append(b.code);
    if (!known(route.inviter))
        return notOneOf(route.inviter, codes, r.path("inviter"));
    for (int i = 0; i < invited.size(); ++i) {
        const QString code = invited[i].toString();
        if (!known(code))
            return notOneOf(invited[i].toVariant().toString(), codes, r.path("invited", i));
        if (code == route.inviter)
            return Error{DeadlineText::tr("a body does not invite itself"), r.path("invited", i)};
        if (route.invited.contains(code))
            return Error{DeadlineText::tr("is named twice"), r.path("invited", i)};
        route.invited.append(code);
    }
    if (route.invited.isEmpty())
        return Error{DeadlineText::tr("is required"), r.path("invited")};
    if (route.article.trimmed().isEmpty())
        return Error{DeadlineText::tr("is required"), r.path("article")};
    return route;
}
} // namespace

const Vocabulary &EarlyInvolvement::bodyKinds()
{
    static constexpr Vocabulary v(kBodies, int(std::size(kBodies)));
    return v;
}

const Vocabulary &EarlyInvolvement::answers()
{
    static constexpr Vocabulary v(kAnswers, int(std::size(kAnswers)));
    return v;
}

const InvitationRoute *EarlyInvolvement::routeFor(const QString &channel) const
{
    if (!enabled)
        return nullptr;
    for (const InvitationRoute &route : routes)
        if (route.channel == channel)
            return &route;
    return nullptr;
}

const InvolvedBody *EarlyInvolvement::body(const QString &code) const
{
    for (const InvolvedBody &b : bodies)
        if (b.code == code)
            return &b;
    return nullptr;
}

Result<EarlyInvolvement> EarlyInvolvement::fromJson(const QJsonObject &object, const QString &path)
{
    EarlyInvolvement early;
    JsonObjectReader r(object, path);
    r.boolean("enabled", &early.enabled);
    r.text("source", &early.source);
    r.text("rules", &early.rules);
    r.text("procedure", &early.procedure);
    const QJsonArray bodies = r.array("bodies");
    const QJsonArray routes = r.array("invitations");
    r.finish();
    if (r.failed())
        return r.error();
    for (int i = 0; i < bodies.size(); ++i) {
        auto body = bodyFromJson(bodies[i].toObject(), r.path("bodies", i));
        if (!body)
            return body.error();
        if (early.body(body.value().code))
            return Error{DeadlineText::tr("is named twice"), r.path("bodies", i)};
        early.bodies.append(body.value());
    }
    for (int i = 0; i < routes.size(); ++i) {
        auto route = routeFromJson(routes[i].toObject(), r.path("invitations", i), early.bodies);
        if (!route)
            return route.error();
        // One route per channel: the steps a case offers follow from its channel alone.
        if (std::any_of(early.routes.cbegin(), early.routes.cend(), [&](const InvitationRoute &o) {
                return o.channel == route.value().channel;
            }))
            return Error{DeadlineText::tr("a second invitation for the channel \"%1\"")
                             .arg(route.value().channel),
                         r.path("invitations", i)};
        early.routes.append(route.value());
    }
    const QString required = DeadlineText::tr("is required when early involvement is enabled");
    if (early.enabled && early.routes.isEmpty())
        return Error{required, r.path("invitations")};
    if (early.enabled && early.rules.trimmed().isEmpty())
        return Error{required, r.path("rules")};
    if (early.enabled && early.procedure.trimmed().isEmpty())
        return Error{required, r.path("procedure")};
    return early;
}

} // namespace huajie
