#pragma once

#include "domain/caserecord.h"
#include "lifecycle/caseprogress.h"
#include "profile/casesteps.h"
#include "profile/earlyinvolvement.h"
#include "profile/profilevocabularies.h"
#include "result.h"

#include <QJsonObject>

namespace huajie {

class Vocabulary;

// What an action asks for, so that the form in the interface and the JSON
// of the command line are built from the same description.
struct ActionField
{
    enum Type
    {
        Date,
        Text,
        LongText,
        Choice,     // a code of `vocabulary`
        Days,       // a whole number of days
        Parties,    // names of the case's parties
        Signatures, // who signed for each applicant and agency
        People,     // the agency's mediators: name, position, phone
        Signer,     // an applicant or one of the applicants' agents
    };

    const char *key;
    const char *label; // English, translated in the "Lifecycle" context
    Type type;
    bool required = true;
    const Vocabulary *vocabulary = nullptr;
    // A date another body acted on (a reconsideration's acceptance) may
    // precede the case's registration at the center.
    bool beforeRegistration = false;
    // A choice among a list the center's profile decides, of `vocabulary`'s codes.
    OfferedTerms ProfileVocabularies::*profileList = nullptr;

    QString translatedLabel() const;
    // The codes a choice offers: the profile's list when it decides them.
    OfferedTerms choices(const ProfileVocabularies &vocabularies) const;
};

struct ActionSpec
{
    const char *code;
    const char *label; // English, translated in the "Lifecycle" context
    QStringList from;  // the states it is possible in
    QString to;        // the state it leads to; empty when the state stays
    QList<ActionField> fields;

    QString translatedLabel() const;
};

// What the rules need besides the case: today, when the agency's plan is
// due (from the deadline rules; invalid while the notice is not received),
// the last day of the time limit an extension extends (invalid when the
// profile has none), the kind of body the case comes from
// (RuleProfile::channelOf), the center's steps, the day the first written
// opinion of the mediator (协调化解员书面意见) was issued, and who may
// invite whom to take part for the case's channel (S2 §4–§7; none when the
// profile has no such step).
struct LifecycleContext
{
    QDate today;
    QDate planDue;
    QDate timeLimitEnds;
    int extensionCapDays = 30;
    QString channel;
    CaseSteps steps;
    QDate mediatorOpinionOn;

    bool reconsiderationOutcomes() const
    {
        return steps.reconsiderationOutcomes && channel == QLatin1String("reconsideration");
    }
    std::optional<InvitationRoute> invitationRoute;
    // The lists of the center's profile, for the choices it decides.
    ProfileVocabularies vocabularies = ProfileVocabularies::defaults();
};

struct ActionAvailability
{
    const ActionSpec *action;
    bool enabled;
    QString reason; // why not, when disabled
};

// The case's state machine (SPEC §3, S0 §4–§24): which actions are possible
// now, and what an action does, guarded by the rules.
class Lifecycle
{
public:
    struct Outcome
    {
        QString state;
        CaseProgress progress;
    };

    static const QList<ActionSpec> &actions();
    static const ActionSpec *find(const QString &code);

    static QList<ActionAvailability> available(const CaseRecord &record,
                                               const CaseProgress &progress,
                                               const LifecycleContext &context);
    static Result<Outcome> apply(const CaseRecord &record, const CaseProgress &progress,
                                 const QString &action, const QJsonObject &input,
                                 const LifecycleContext &context);
    // The bodies an early-involvement step may name now, for a form to offer
    // only those (S2 §4–§7): the route's inviter; whom it invites and who is
    // not invited yet; whose receipt, or reply, is still to be recorded.
    // Empty for any other action or field.
    static QStringList invitationChoices(const QString &action, const QString &field,
                                         const CaseProgress &progress,
                                         const LifecycleContext &context);
};

} // namespace huajie
