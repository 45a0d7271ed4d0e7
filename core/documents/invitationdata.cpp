#include "invitationdata.h"

#include "profile/ruleprofile.h"

namespace huajie {
namespace {
// A period as the documents state it: 30日, 3个工作日, 1个月.
QString chinesePeriod(const DeadlineRule *rule)
{
    if (!rule)
        return {};
    switch (rule->period.unit) {
    case Period::Days:
        return QStringLiteral("%1日").arg(rule->period.length);
    case Period::WorkingDays:
        return QStringLiteral("%1个工作日").arg(rule->period.length);
    case Period::Months:
        return QStringLiteral("%1个月").arg(rule->period.length);
    }
    return {};
}

QVariantMap invitationEntry(const EarlyInvolvement &early, const Invitation &i)
{
    const InvolvedBody *inviter = early.body(i.inviter);
    const InvolvedBody *invited = early.body(i.invited);
    return {{QStringLiteral("inviter"), inviter ? inviter->nameChinese : QString()},
            {QStringLiteral("invited"), invited ? invited->nameChinese : QString()},
            {QStringLiteral("department"), invited ? invited->department : QString()},
            {QStringLiteral("sentOn"), i.sentOn},
            {QStringLiteral("receivedOn"), i.receivedOn},
            {QStringLiteral("answeredOn"), i.answeredOn},
            {QStringLiteral("answered"), i.answeredOn.isValid()},
            {QStringLiteral("takesPart"), i.answer == QLatin1String("takes_part")},
            {QStringLiteral("person"), i.person},
            {QStringLiteral("note"), i.note}};
}
} // namespace

QVariantMap invitationData(const CaseRecord &record, const DocumentContext &context)
{
    const RuleProfile *profile = context.deadlines ? &context.deadlines->profile : nullptr;
    const EarlyInvolvement early = profile ? profile->earlyInvolvement : EarlyInvolvement{};
    const InvitationRoute *route =
        profile ? early.routeFor(profile->channelOf(record.source)) : nullptr;
    const CaseProgress &p = record.progress;

    QList<Invitation> invitations = p.invitations;
    // Before any is sent, the letters the route provides, ready to be sent.
    if (invitations.isEmpty() && route)
        for (const QString &body : route->invited)
            invitations.append({{}, route->inviter, body, {}, {}, {}, {}, {}});
    if (invitations.isEmpty())
        invitations.append(Invitation{});
    QVariantList entries;
    for (const Invitation &i : std::as_const(invitations)) {
        QVariantMap entry = invitationEntry(early, i);
        entry.insert(QStringLiteral("first"), entries.isEmpty());
        entries.append(entry);
    }
    return {{QStringLiteral("rules"), early.rules},
            {QStringLiteral("procedure"), early.procedure},
            {QStringLiteral("article"), route ? route->article : QString()},
            {QStringLiteral("afterAcceptance"), route && route->afterAcceptance},
            {QStringLiteral("invitePeriod"),
             chinesePeriod(profile ? profile->ruleDoneBy(QStringLiteral("invitationSentOn"))
                                   : nullptr)},
            {QStringLiteral("replyPeriod"),
             chinesePeriod(profile ? profile->ruleDoneBy(QStringLiteral("invitationAnsweredOn"))
                                   : nullptr)},
            {QStringLiteral("acceptedOn"), p.reconsiderationAcceptedOn},
            {QStringLiteral("invitations"), entries}};
}

} // namespace huajie
