#pragma once

#include "result.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace huajie {

class Vocabulary;

// A body that invites or is invited: "court", "procuratorate" or
// "government_office" (the reconsideration office), with its name as the
// documents print it.
struct InvolvedBody
{
    QString code; // EarlyInvolvement::bodies()
    QString nameEnglish;
    QString nameChinese;
    QString department; // the part of it that takes the letter, e.g. 行政检察部门 (S2 §4)
};

// For the cases of one channel: who may invite whom to take part, and the
// article that says so (S2 §4: the government office invites the
// procuratorate; §5 the court, §6 the procuratorate invite the other two).
struct InvitationRoute
{
    QString channel; // as RuleProfile::channelOf() names it
    QString inviter; // a body code
    QStringList invited;
    // The invitation follows the acceptance of the reconsideration
    // application, recorded first (S2 §4 ¶2).
    bool afterAcceptance = false;
    QString article; // as the documents cite it: "第四条"
    QString source;
};

// The procuratorate's early involvement and the invitations between court,
// procuratorate and government office (S2 §4–§7), as a profile sets them.
// Disabled, no case offers the steps. The periods (30 days to invite, 3 days
// to reply) are the profile's deadline rules met by invitationSentOn and
// invitationAnsweredOn.
struct EarlyInvolvement
{
    bool enabled = false;
    QString source;    // the article, or why the seed has no such step
    QString rules;     // the instrument the documents cite, with its 《》
    QString procedure; // the article whose procedure every invitation follows: 第四条 (S2 §7)
    QList<InvolvedBody> bodies;
    QList<InvitationRoute> routes;

    // The route for cases of that channel; nullptr when disabled or none.
    const InvitationRoute *routeFor(const QString &channel) const;
    // The body's name in Chinese for the documents; empty when unknown.
    const InvolvedBody *body(const QString &code) const;

    static const Vocabulary &bodyKinds();
    // What an invited body answers: it takes part or not.
    static const Vocabulary &answers();
    // From the profile's "earlyInvolvement" object at path; an empty object is disabled.
    static Result<EarlyInvolvement> fromJson(const QJsonObject &object, const QString &path);
};

} // namespace huajie
