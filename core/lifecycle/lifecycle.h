#pragma once

#include "domain/caserecord.h"
#include "lifecycle/caseprogress.h"
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
// and the last day of the time limit an extension extends (invalid when the
// profile has none).
struct LifecycleContext
{
    QDate today;
    QDate planDue;
    QDate timeLimitEnds;
    int extensionCapDays = 30;
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
};

} // namespace huajie
