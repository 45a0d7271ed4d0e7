#include "lifecycle.h"

#include "domain/vocabulary.h"
#include "i18n/contexts.h"
#include "io/jsonobjectreader.h"
#include "validation/textlimits.h"

#include <QCoreApplication>
#include <QHash>

#include <functional>

namespace huajie {
namespace {
using Field = ActionField;

const QString kRegistered = QStringLiteral("registered");
const QString kNotified = QStringLiteral("agency_notified");
const QString kPlan = QStringLiteral("plan_received");
const QString kMediation = QStringLiteral("in_mediation");
const QString kAgreement = QStringLiteral("agreement");
const QString kTerminated = QStringLiteral("terminated");
const QString kTransferred = QStringLiteral("transferred_back");
const QString kClosed = QStringLiteral("closed");
const QString kFollowedUp = QStringLiteral("followed_up");
const QString kArchived = QStringLiteral("archived");

// The states in which the time limit runs: suspension and extension apply there.
const QStringList kRunning = {kNotified, kPlan, kMediation};
// The states in which the bodies invite one another to take part (S2 §4–§7).
const QStringList kInviting = {kRegistered, kNotified, kPlan, kMediation};

// The values of one action's input, read and checked against its fields.
struct Input
{
    QHash<QString, QDate> dates;
    QHash<QString, QString> texts;
    int days = 0;
    QStringList parties;
    QList<Signature> signatures;
    QList<AgencyMediator> people;

    QDate date(const char *key) const { return dates.value(QString::fromLatin1(key)); }
    QString text(const char *key) const { return texts.value(QString::fromLatin1(key)); }
};

QString stateList(const QStringList &states)
{
    QStringList labels;
    for (const QString &s : states)
        labels.append(vocab::caseStates().label(s));
    return labels.join(QStringLiteral("、"));
}

QStringList partyNames(const CaseRecord &c, std::initializer_list<const char *> roles)
{
    QStringList names;
    for (const Party &p : c.parties)
        for (const char *role : roles)
            if (p.role == QLatin1String(role))
                names.append(p.name);
    return names;
}

const Party *partyNamed(const CaseRecord &c, const QString &name)
{
    for (const Party &p : c.parties)
        if (p.name == name)
            return &p;
    return nullptr;
}

// An agent acts for a party in signing or withdrawing only with special
// authority (S0 §15, GLOSSARY).
Result<void> checkActsFor(const Party &party, const QString &actor, const QString &field)
{
    // An organisation acts through its legal representative too.
    if (actor.isEmpty() || actor == party.name ||
        (!party.legalRepresentative.isEmpty() && actor == party.legalRepresentative))
        return {};
    for (const Agent &a : party.agents) {
        if (a.name != actor)
            continue;
        if (a.authority != QLatin1String("special"))
            return Error{LifecycleText::tr(
                             "%1 holds only general authority for %2: an agent signs or withdraws "
                             "only with special authority")
                             .arg(actor, party.name),
                         field};
        return {};
    }
    return Error{
        LifecycleText::tr("%1 is neither %2, its legal representative nor one of its agents")
            .arg(actor, party.name),
        field};
}

// An extension is approved while the time limit runs (S0 §22): after its
// last day there is nothing left to extend.
Result<void> checkWithinTimeLimit(const QDate &day, const LifecycleContext &context,
                                  const QString &field = {})
{
    if (context.timeLimitEnds.isValid() && day > context.timeLimitEnds)
        return Error{
            LifecycleText::tr("The time limit ran out on %1: it can no longer be extended.")
                .arg(context.timeLimitEnds.toString(Qt::ISODate)),
            field};
    return {};
}

// "the center's rules (工作规则第七条)", or without the article when the
// profile names none.
QString rulesCited(const QString &source)
{
    return source.isEmpty() ? LifecycleText::tr("the center's rules")
                            : LifecycleText::tr("the center's rules (%1)").arg(source);
}

// The outcomes of a case from a reconsideration (行政复议法第七十三条、第七十四条)
// are offered only to such a case, and only where the center's steps offer them.
Result<void> checkReconsiderationOutcome(const QString &code, const CaseProgress &p,
                                         const LifecycleContext &context)
{
    if (!context.reconsiderationOutcomes())
        return Error{LifecycleText::tr("Only for a case that comes from a reconsideration, where "
                                       "%1 offer this step.")
                         .arg(rulesCited(context.steps.reconsiderationOutcomesSource))};
    if (code == QLatin1String("record_reconsideration_statement")) {
        if (!p.reconsiderationStatementNumber.isEmpty())
            return Error{
                LifecycleText::tr("The reconsideration mediation statement is already recorded.")};
        if (p.withdrawalAppliedOn.isValid())
            return Error{LifecycleText::tr(
                "The applicant has applied to withdraw the reconsideration application.")};
        return {};
    }
    if (!p.reconsiderationStatementNumber.isEmpty())
        return Error{LifecycleText::tr("The reconsideration ends with its mediation statement: "
                                       "there is nothing to withdraw.")};
    if (code == QLatin1String("apply_reconsideration_withdrawal") &&
        p.withdrawalAppliedOn.isValid())
        return Error{LifecycleText::tr(
            "Withdrawal of the reconsideration application has already been applied for.")};
    if (code == QLatin1String("decide_reconsideration_withdrawal") &&
        (!p.withdrawalAppliedOn.isValid() || !p.withdrawalRuling.isEmpty()))
        return Error{LifecycleText::tr("Only after an application to withdraw, and once.")};
    return {};
}

// The invitation to that body, const or not as the progress is; nullptr when none.
template <typename Progress> auto invitationTo(Progress &p, const QString &body)
{
    decltype(&p.invitations.first()) found = nullptr;
    for (auto &i : p.invitations)
        if (i.invited == body)
            found = &i;
    return found;
}

QString bodyLabel(const QString &code)
{
    return EarlyInvolvement::bodyKinds().label(code);
}

// Early involvement (S2 §4–§7): only where the profile provides an
// invitation for the case's channel, each step once its turn has come.
Result<void> invitationPrecondition(const QString &code, const CaseProgress &p,
                                    const LifecycleContext &context)
{
    static const QStringList steps = {
        QStringLiteral("accept_reconsideration"), QStringLiteral("send_invitation"),
        QStringLiteral("record_invitation_receipt"), QStringLiteral("record_invitation_reply")};
    if (!steps.contains(code))
        return {};
    const std::optional<InvitationRoute> &route = context.invitationRoute;
    if (!route)
        return Error{LifecycleText::tr(
            "The center's rules provide no invitation to take part for cases from this source.")};
    // The bodies the route still waits for at this step.
    const QStringList waiting =
        Lifecycle::invitationChoices(code, QStringLiteral("invited"), p, context);
    if (code == QLatin1String("accept_reconsideration")) {
        if (!route->afterAcceptance)
            return Error{LifecycleText::tr(
                "Only for reconsideration cases, whose invitation follows the acceptance.")};
        if (p.reconsiderationAcceptedOn.isValid())
            return Error{LifecycleText::tr(
                "The acceptance of the reconsideration application is already recorded.")};
    }
    if (code == QLatin1String("send_invitation")) {
        if (route->afterAcceptance && !p.reconsiderationAcceptedOn.isValid())
            return Error{LifecycleText::tr(
                "Record first when the reconsideration application was accepted.")};
        if (waiting.isEmpty())
            return Error{LifecycleText::tr("Every body the rules name has been invited.")};
    }
    if (code == QLatin1String("record_invitation_receipt") && waiting.isEmpty())
        return Error{LifecycleText::tr("No invitation sent is waiting for its receipt.")};
    if (code == QLatin1String("record_invitation_reply") && waiting.isEmpty())
        return Error{LifecycleText::tr("No invitation received is waiting for its reply.")};
    return {};
}

Result<void> precondition(const ActionSpec &spec, const CaseRecord &c, const CaseProgress &p,
                          const LifecycleContext &context)
{
    const QString code = QString::fromLatin1(spec.code);
    if (c.state == kArchived && code != QLatin1String("reopen"))
        return Error{LifecycleText::tr("The case is archived: reopen it first, with a reason.")};
    if (!spec.from.contains(c.state))
        return Error{
            LifecycleText::tr("Possible only when the case is: %1").arg(stateList(spec.from))};
    if (code == QLatin1String("record_notice_receipt") && p.noticeReceivedOn.isValid())
        return Error{LifecycleText::tr("The agency's receipt is already recorded.")};
    if ((code == QLatin1String("receive_plan") || code == QLatin1String("name_liaison")) &&
        !p.noticeReceivedOn.isValid())
        return Error{LifecycleText::tr("Record first when the agency received the notice.")};
    if (code == QLatin1String("receive_plan") && p.planReceivedOn.isValid())
        return Error{LifecycleText::tr("The agency's plan is already recorded.")};
    if (code == QLatin1String("start_mediation") && c.state == kNotified &&
        context.steps.agencyPlanRequired)
        return Error{
            LifecycleText::tr(
                "Record the agency's resolution plan first: %1 require it before mediation starts.")
                .arg(rulesCited(context.steps.agencyPlanSource))};
    if (code == QLatin1String("name_liaison") && p.liaisonNamedOn.isValid())
        return Error{LifecycleText::tr("The agency's liaison staff are already recorded.")};
    // S1, S2 and S4 set no time limit: nothing runs that could stop or be extended.
    if ((code == QLatin1String("suspend") || code == QLatin1String("extend")) &&
        !context.timeLimitEnds.isValid())
        return Error{LifecycleText::tr("The center's rules set this case no time limit: there is "
                                       "none to suspend or extend.")};
    if (code == QLatin1String("suspend") && p.suspended())
        return Error{LifecycleText::tr("The time limit is already suspended.")};
    if (code == QLatin1String("resume") && !p.suspended())
        return Error{LifecycleText::tr("The time limit is not suspended.")};
    if (code == QLatin1String("extend") && p.extension)
        return Error{LifecycleText::tr(
            "The time limit has been extended once already; it can be extended only once.")};
    if (code == QLatin1String("agreement_takes_effect") &&
        (p.agreementEffect != QLatin1String("on_condition") || p.agreementEffectiveOn.isValid()))
        return Error{LifecycleText::tr(
            "Only for an agreement that takes effect on a condition not yet met.")};
    // A reconsideration is no lawsuit: a court lets no withdrawal of it.
    if ((code == QLatin1String("apply_withdrawal") || code == QLatin1String("rule_withdrawal")) &&
        context.channel == QLatin1String("reconsideration"))
        return Error{LifecycleText::tr("The case comes from a reconsideration, not a lawsuit: no "
                                       "court rules on its withdrawal.")};
    if (code == QLatin1String("apply_reconsideration_withdrawal") ||
        code == QLatin1String("decide_reconsideration_withdrawal") ||
        code == QLatin1String("record_reconsideration_statement"))
        if (auto offered = checkReconsiderationOutcome(code, p, context); !offered)
            return offered;
    if (code == QLatin1String("apply_withdrawal") && p.withdrawalAppliedOn.isValid())
        return Error{LifecycleText::tr("Withdrawal of the lawsuit has already been applied for.")};
    if (code == QLatin1String("rule_withdrawal") &&
        (!p.withdrawalAppliedOn.isValid() || !p.withdrawalRuling.isEmpty()))
        return Error{LifecycleText::tr("Only after an application to withdraw, and once.")};
    if (code == QLatin1String("apply_confirmation") && !p.agreementEffectiveOn.isValid())
        return Error{LifecycleText::tr("The agreement has not taken effect yet.")};
    if (code == QLatin1String("apply_confirmation") && p.confirmationAppliedOn.isValid())
        return Error{LifecycleText::tr("Judicial confirmation has already been applied for.")};
    if (code == QLatin1String("rule_confirmation") &&
        (!p.confirmationAppliedOn.isValid() || !p.confirmationRuling.isEmpty()))
        return Error{
            LifecycleText::tr("Only after an application for judicial confirmation, and once.")};
    // S0 §23(四): a party goes back on the agreement only before it takes effect.
    if (code == QLatin1String("terminate") && c.state == kAgreement &&
        p.agreementEffectiveOn.isValid())
        return Error{LifecycleText::tr(
            "The agreement has taken effect: a party can no longer go back on it.")};
    if (code == QLatin1String("file_report") && p.reportOn.isValid())
        return Error{LifecycleText::tr("The mediation report is already filed.")};
    if (code == QLatin1String("transfer_back") && !p.reportOn.isValid())
        return Error{LifecycleText::tr("File the mediation report first.")};
    if (code == QLatin1String("record_follow_up") && p.followedUpOn.isValid())
        return Error{LifecycleText::tr("The follow-up visit is already recorded.")};
    if (code == QLatin1String("record_follow_up") && c.state == kAgreement &&
        !p.agreementEffectiveOn.isValid())
        return Error{LifecycleText::tr(
            "The agreement has not taken effect yet: the mediation has not ended.")};
    if (code == QLatin1String("close") && c.state == kAgreement &&
        !p.agreementEffectiveOn.isValid())
        return Error{LifecycleText::tr("The agreement has not taken effect yet.")};
    return invitationPrecondition(code, p, context);
}

// A choice's code and a signer's name are no longer than a name; a text
// field holds a sentence, a long one a few pages.
TextKind textKind(ActionField::Type type)
{
    switch (type) {
    case Field::Text:
        return TextKind::Sentence;
    case Field::LongText:
        return TextKind::Text;
    default:
        return TextKind::Line;
    }
}

Result<Input> readInput(const ActionSpec &spec, const CaseRecord &c, const QJsonObject &object,
                        const LifecycleContext &context)
{
    Input in;
    JsonObjectReader r(object, QString());
    std::optional<Error> missing;
    for (const ActionField &f : spec.fields) {
        const QString key = QString::fromLatin1(f.key);
        const QString label = f.translatedLabel();
        bool present = false;
        switch (f.type) {
        case Field::Date: {
            QDate d;
            r.day(f.key, &d);
            if (!d.isValid())
                break;
            present = true;
            if (d > context.today)
                return Error{LifecycleText::tr("cannot be in the future"), label};
            if (d < c.registeredOn && !f.beforeRegistration)
                return Error{LifecycleText::tr("cannot be before the registration date"), label};
            in.dates.insert(key, d);
            break;
        }
        case Field::Text:
        case Field::LongText:
        case Field::Signer:
        case Field::Choice: {
            QString text;
            r.text(f.key, &text);
            if (auto checked = checkField(text, label, textKind(f.type)); !checked)
                return checked.error();
            text = text.trimmed();
            present = !text.isEmpty();
            if (present && f.type == Field::Choice) {
                const OfferedTerms choices = f.choices(context.vocabularies);
                if (!choices.contains(text))
                    return Error{LifecycleText::tr("\"%1\" is not one of: %2")
                                     .arg(text, choices.codes().join(QStringLiteral(", "))),
                                 label};
            }
            in.texts.insert(key, text);
            break;
        }
        case Field::Days:
            r.integer(f.key, &in.days);
            present = in.days != 0;
            break;
        case Field::Parties:
            for (const QJsonValue &v : r.array(f.key)) {
                if (auto checked = checkField(v.toString(), label, TextKind::Line); !checked)
                    return checked.error();
                if (!v.isString() || !partyNamed(c, v.toString()))
                    return Error{LifecycleText::tr("%1 is not a party to this case")
                                     .arg(v.toVariant().toString()),
                                 label};
                in.parties.append(v.toString());
            }
            present = !in.parties.isEmpty();
            break;
        case Field::Signatures:
            for (const QJsonValue &v : r.array(f.key)) {
                JsonObjectReader s(v.toObject(), r.path(f.key));
                Signature signature;
                s.text("party", &signature.party);
                s.text("signedBy", &signature.signedBy);
                s.finish();
                if (s.failed())
                    return s.error();
                for (const QString *given : {&signature.party, &signature.signedBy})
                    if (auto checked = checkField(*given, label, TextKind::Line); !checked)
                        return checked.error();
                const Party *party = partyNamed(c, signature.party);
                if (!party)
                    return Error{
                        LifecycleText::tr("%1 is not a party to this case").arg(signature.party),
                        label};
                if (auto acts = checkActsFor(*party, signature.signedBy, label); !acts)
                    return acts.error();
                in.signatures.append(signature);
            }
            present = !in.signatures.isEmpty();
            break;
        case Field::People:
            for (const QJsonValue &v : r.array(f.key)) {
                JsonObjectReader s(v.toObject(), r.path(f.key));
                AgencyMediator person;
                s.text("name", &person.name);
                s.text("position", &person.position);
                s.text("phone", &person.phone);
                s.finish();
                if (s.failed())
                    return s.error();
                for (const QString *given : {&person.name, &person.position, &person.phone})
                    if (auto checked = checkField(*given, label, TextKind::Line); !checked)
                        return checked.error();
                if (person.name.trimmed().isEmpty())
                    return Error{LifecycleText::tr("every person needs a name"), label};
                in.people.append(person);
            }
            present = !in.people.isEmpty();
            break;
        }
        if (r.failed())
            return r.error();
        if (f.required && !present && !missing)
            missing = Error{LifecycleText::tr("is required"), label};
    }
    // A misspelt key explains a missing field better than "is required".
    r.finish();
    if (r.failed())
        return r.error();
    if (missing)
        return *missing;
    return in;
}

using Handler = std::function<Result<void>(const CaseRecord &, CaseProgress &, QString &state,
                                           const Input &, const LifecycleContext &)>;

Result<void> reachAgreement(const CaseRecord &c, CaseProgress &p, QString &, const Input &in,
                            const LifecycleContext &)
{
    // No agreement until every side has signed (S0 §19).
    for (const QString &name : partyNames(c, {"applicant", "agency"})) {
        const bool signedUp = std::any_of(in.signatures.cbegin(), in.signatures.cend(),
                                          [&](const Signature &s) { return s.party == name; });
        if (!signedUp)
            return Error{
                LifecycleText::tr("%1 has not signed: the agreement needs every side's signature")
                    .arg(name),
                LifecycleText::tr("Signatures")};
    }
    const QString effect = in.text("effect");
    if (effect == QLatin1String("on_condition") && in.text("condition").isEmpty())
        return Error{
            LifecycleText::tr("is required when the agreement takes effect on a condition"),
            LifecycleText::tr("Condition")};
    p.agreementSignedOn = in.date("signedOn");
    p.agreementEffect = effect;
    p.agreementCondition = in.text("condition");
    p.agreementTerms = in.text("terms");
    p.signatures = in.signatures;
    if (effect == QLatin1String("on_signature"))
        p.agreementEffectiveOn = p.agreementSignedOn;
    return {};
}

Result<void> terminate(const CaseRecord &c, CaseProgress &p, QString &, const Input &in,
                       const LifecycleContext &context)
{
    const QString reason = in.text("reason");
    const QDate on = in.date("terminatedOn");
    if (reason == QLatin1String("other") && in.text("text").isEmpty())
        return Error{LifecycleText::tr("is required for the reason \"other\""),
                     LifecycleText::tr("Explanation")};
    // Reason 4 (S0 §23): once signed, the agreement ends mediation unless a
    // party goes back on it before it takes effect (an agency refusing the
    // confirmation a conditional agreement waits for goes back on it).
    if (c.state == kAgreement && reason != QLatin1String("party_retracted"))
        return Error{
            LifecycleText::tr("after the agreement is signed, possible only for the reason \"%1\"")
                .arg(vocab::terminationReasons().label(QStringLiteral("party_retracted"))),
            LifecycleText::tr("Reason")};
    if (c.state == kAgreement && on < p.agreementSignedOn)
        return Error{LifecycleText::tr("cannot be before the agreement was signed"),
                     LifecycleText::tr("Terminated on")};
    // Reason 1 (S0 §23): the time limit has run out and the mediator's
    // written opinion, issued by then, finds no chance of success.
    if (reason == QLatin1String("time_expired")) {
        if (!context.timeLimitEnds.isValid())
            return Error{LifecycleText::tr("possible only once the time limit has run out, and "
                                           "this case has no time limit"),
                         LifecycleText::tr("Reason")};
        if (on <= context.timeLimitEnds)
            return Error{LifecycleText::tr("possible only once the time limit has run out: it "
                                           "runs until %1")
                             .arg(context.timeLimitEnds.toString(Qt::ISODate)),
                         LifecycleText::tr("Reason")};
        if (!context.mediatorOpinionOn.isValid() || context.mediatorOpinionOn > on)
            return Error{LifecycleText::tr("possible only after the mediator's written opinion "
                                           "has been issued (the documents of the case)"),
                         LifecycleText::tr("Reason")};
    }
    // Reason 3 (S0 §23): the agency missed its deadline to name its people,
    // or its people stayed away after two notices. Where the center asks no
    // plan, no plan falls late.
    if (reason == QLatin1String("agency_absent")) {
        const bool planLate = context.steps.agencyPlanRequired && !p.planReceivedOn.isValid() &&
                              context.planDue.isValid() && context.today > context.planDue;
        if (!planLate && p.agencyAbsences.size() < 2) {
            const QString rule =
                context.steps.agencyPlanRequired
                    ? LifecycleText::tr("possible only when the agency missed its plan deadline or "
                                        "its people were absent twice (%1 absences recorded)")
                    : LifecycleText::tr("possible only when the agency's people were absent "
                                        "twice (%1 absences recorded)");
            return Error{rule.arg(p.agencyAbsences.size()), LifecycleText::tr("Reason")};
        }
    }
    p.terminatedOn = on;
    p.terminationReason = reason;
    p.terminationText = in.text("text");
    if (p.suspended())
        p.suspensions.last().to = p.terminatedOn;
    return {};
}

Result<void> extend(const CaseRecord &c, CaseProgress &p, QString &, const Input &in,
                    const LifecycleContext &context)
{
    if (in.days < 1 || in.days > context.extensionCapDays)
        return Error{LifecycleText::tr("must be from 1 to %1 days").arg(context.extensionCapDays),
                     LifecycleText::tr("Days")};
    if (auto running =
            checkWithinTimeLimit(in.date("approvedOn"), context, LifecycleText::tr("Approved on"));
        !running)
        return running;
    // Every party's consent (S0 §22).
    for (const QString &name : partyNames(c, {"applicant", "agency", "third_party"}))
        if (!in.parties.contains(name))
            return Error{
                LifecycleText::tr("%1 has not consented: an extension needs every party's consent")
                    .arg(name),
                LifecycleText::tr("Parties who consented")};
    p.extension = Extension{in.days, in.parties, in.text("approvedBy"), in.date("approvedOn"),
                            in.date("referringUnitToldOn")};
    return {};
}

Result<void> applyWithdrawal(const CaseRecord &c, CaseProgress &p, QString &, const Input &in,
                             const LifecycleContext &)
{
    const QString actor = in.text("appliedBy");
    const QString field = LifecycleText::tr("Applied by");
    for (const QString &name : partyNames(c, {"applicant"})) {
        const Party *party = partyNamed(c, name);
        const bool concerns =
            actor == name || std::any_of(party->agents.cbegin(), party->agents.cend(),
                                         [&](const Agent &a) { return a.name == actor; });
        if (!concerns)
            continue;
        if (auto acts = checkActsFor(*party, actor, field); !acts)
            return acts;
        p.withdrawalAppliedOn = in.date("appliedOn");
        p.withdrawalAppliedBy = actor;
        return {};
    }
    return Error{
        LifecycleText::tr("%1 is neither an applicant nor an applicant's agent").arg(actor), field};
}

Result<void> resume(const CaseRecord &, CaseProgress &p, QString &, const Input &in,
                    const LifecycleContext &)
{
    if (in.date("to") < p.suspensions.last().from)
        return Error{LifecycleText::tr("cannot be before the suspension began (%1)")
                         .arg(p.suspensions.last().from.toString(Qt::ISODate)),
                     LifecycleText::tr("Until")};
    p.suspensions.last().to = in.date("to");
    return {};
}

// S2 §4–§7: a body invites another that its route names, once.
Result<void> sendInvitation(const CaseRecord &, CaseProgress &p, QString &, const Input &in,
                            const LifecycleContext &context)
{
    const InvitationRoute &route = *context.invitationRoute;
    const QString inviter = in.text("inviter").isEmpty() ? route.inviter : in.text("inviter");
    if (inviter != route.inviter)
        return Error{LifecycleText::tr("under %1 the invitation for these cases comes from: %2")
                         .arg(route.article, bodyLabel(route.inviter)),
                     LifecycleText::tr("Inviting body")};
    const QString invited = in.text("invited");
    if (!route.invited.contains(invited)) {
        QStringList names;
        for (const QString &body : route.invited)
            names.append(bodyLabel(body));
        return Error{LifecycleText::tr("under %1 the invitation goes to: %2")
                         .arg(route.article, names.join(QStringLiteral("、"))),
                     LifecycleText::tr("Invited body")};
    }
    if (invitationTo(p, invited))
        return Error{LifecycleText::tr("%1 has been invited already").arg(bodyLabel(invited)),
                     LifecycleText::tr("Invited body")};
    const QDate sentOn = in.date("sentOn");
    if (p.reconsiderationAcceptedOn.isValid() && sentOn < p.reconsiderationAcceptedOn)
        return Error{
            LifecycleText::tr("cannot be before the reconsideration application was accepted"),
            LifecycleText::tr("Sent on")};
    p.invitations.append({sentOn, inviter, invited, {}, {}, {}, {}, {}});
    p.updateInvitationFacts();
    return {};
}

Result<void> recordInvitationReceipt(const CaseRecord &, CaseProgress &p, QString &,
                                     const Input &in, const LifecycleContext &)
{
    Invitation *invitation = invitationTo(p, in.text("invited"));
    if (!invitation)
        return Error{
            LifecycleText::tr("%1 has not been invited").arg(bodyLabel(in.text("invited"))),
            LifecycleText::tr("Invited body")};
    if (invitation->receivedOn.isValid())
        return Error{LifecycleText::tr("the receipt by %1 is already recorded")
                         .arg(bodyLabel(invitation->invited)),
                     LifecycleText::tr("Invited body")};
    if (in.date("receivedOn") < invitation->sentOn)
        return Error{LifecycleText::tr("cannot be before the invitation was sent (%1)")
                         .arg(invitation->sentOn.toString(Qt::ISODate)),
                     LifecycleText::tr("Received on")};
    invitation->receivedOn = in.date("receivedOn");
    p.updateInvitationFacts();
    return {};
}

// The written reply: whether the invited body takes part, and whom it sends (S2 §4 ¶3, §5).
Result<void> recordInvitationReply(const CaseRecord &, CaseProgress &p, QString &, const Input &in,
                                   const LifecycleContext &)
{
    Invitation *invitation = invitationTo(p, in.text("invited"));
    if (!invitation)
        return Error{
            LifecycleText::tr("%1 has not been invited").arg(bodyLabel(in.text("invited"))),
            LifecycleText::tr("Invited body")};
    if (!invitation->receivedOn.isValid())
        return Error{LifecycleText::tr("record first when %1 received the invitation")
                         .arg(bodyLabel(invitation->invited)),
                     LifecycleText::tr("Invited body")};
    if (invitation->answeredOn.isValid())
        return Error{LifecycleText::tr("the reply of %1 is already recorded")
                         .arg(bodyLabel(invitation->invited)),
                     LifecycleText::tr("Invited body")};
    if (in.date("answeredOn") < invitation->receivedOn)
        return Error{LifecycleText::tr("cannot be before the invitation was received (%1)")
                         .arg(invitation->receivedOn.toString(Qt::ISODate)),
                     LifecycleText::tr("Replied on")};
    if (in.text("answer") == QLatin1String("takes_part") && in.text("person").isEmpty())
        return Error{LifecycleText::tr("is required when the invited body takes part"),
                     LifecycleText::tr("Person sent")};
    invitation->answeredOn = in.date("answeredOn");
    invitation->answer = in.text("answer");
    invitation->person = in.text("person");
    invitation->note = in.text("note");
    p.updateInvitationFacts();
    return {};
}

struct ActionDefinition
{
    ActionSpec spec;
    Handler handler;
};

const QList<ActionDefinition> &definitions()
{
    const auto date = [](const char *key, const char *label, bool required = true) {
        return ActionField{key, label, Field::Date, required};
    };
    const auto text = [](const char *key, const char *label, bool required = true) {
        return ActionField{key, label, Field::Text, required};
    };
    const auto longText = [](const char *key, const char *label, bool required = true) {
        return ActionField{key, label, Field::LongText, required};
    };
    const auto choice = [](const char *key, const char *label, const Vocabulary &v) {
        return ActionField{key, label, Field::Choice, true, &v};
    };
    const auto otherBodysDate = [](const char *key, const char *label) {
        return ActionField{key, label, Field::Date, true, nullptr, true};
    };
    // A choice among the codes the center's profile offers of that list.
    const auto profileChoice = [](const char *key, const char *label, const Vocabulary &v,
                                  OfferedTerms ProfileVocabularies::*list) {
        return ActionField{key, label, Field::Choice, true, &v, false, list};
    };
    // Each label is marked for translation where it is written.
    static const QList<ActionDefinition> all = {
        {{"notify_agency",
          QT_TRANSLATE_NOOP("Lifecycle", "Send the notice to the agency"),
          {kRegistered},
          kNotified,
          {date("dispatchedOn", QT_TRANSLATE_NOOP("Lifecycle", "Dispatched on")),
           date("receivedOn", QT_TRANSLATE_NOOP("Lifecycle", "Received by the agency on"), false)}},
         [](auto &, CaseProgress &p, QString &, const Input &in, auto &) -> Result<void> {
             if (in.date("receivedOn").isValid() && in.date("receivedOn") < in.date("dispatchedOn"))
                 return Error{LifecycleText::tr("cannot be before the notice was sent"),
                              LifecycleText::tr("Received by the agency on")};
             p.noticeDispatchedOn = in.date("dispatchedOn");
             p.noticeReceivedOn = in.date("receivedOn");
             return {};
         }},
        {{"record_notice_receipt",
          QT_TRANSLATE_NOOP("Lifecycle", "Record the agency's receipt of the notice"),
          {kNotified},
          {},
          {date("receivedOn", QT_TRANSLATE_NOOP("Lifecycle", "Received by the agency on"))}},
         [](auto &, CaseProgress &p, QString &, const Input &in, auto &) -> Result<void> {
             if (in.date("receivedOn") < p.noticeDispatchedOn)
                 return Error{LifecycleText::tr("cannot be before the notice was sent"),
                              LifecycleText::tr("Received by the agency on")};
             p.noticeReceivedOn = in.date("receivedOn");
             return {};
         }},
        {{"receive_plan",
          QT_TRANSLATE_NOOP("Lifecycle", "Record the agency's resolution plan"),
          {kNotified, kMediation},
          {},
          {date("receivedOn", QT_TRANSLATE_NOOP("Lifecycle", "Plan received on")),
           longText("summary", QT_TRANSLATE_NOOP("Lifecycle", "Plan summary")),
           ActionField{"mediators", QT_TRANSLATE_NOOP("Lifecycle", "The agency's mediators"),
                       Field::People}}},
         [](auto &, CaseProgress &p, QString &state, const Input &in, auto &) -> Result<void> {
             // Where no plan is asked first, it may come once mediation runs.
             if (state == kNotified)
                 state = kPlan;
             p.planReceivedOn = in.date("receivedOn");
             p.planSummary = in.text("summary");
             p.agencyMediators = in.people;
             return {};
         }},
        {{"name_liaison",
          QT_TRANSLATE_NOOP("Lifecycle", "Record the agency's liaison staff"),
          {kNotified, kPlan, kMediation},
          {},
          {date("namedOn", QT_TRANSLATE_NOOP("Lifecycle", "Named on")),
           ActionField{"liaisons", QT_TRANSLATE_NOOP("Lifecycle", "Liaison staff"),
                       Field::People}}},
         [](auto &, CaseProgress &p, QString &, const Input &in, auto &) -> Result<void> {
             // The notice asks for them once it is received; a liaison is there to be called.
             if (in.date("namedOn") < p.noticeReceivedOn)
                 return Error{LifecycleText::tr("cannot be before the agency received the notice"),
                              LifecycleText::tr("Named on")};
             for (const AgencyMediator &person : in.people)
                 if (person.phone.trimmed().isEmpty())
                     return Error{LifecycleText::tr("%1 needs a phone number").arg(person.name),
                                  LifecycleText::tr("Liaison staff")};
             p.liaisonNamedOn = in.date("namedOn");
             p.liaisons = in.people;
             return {};
         }},
        {{"start_mediation",
          QT_TRANSLATE_NOOP("Lifecycle", "Start mediation"),
          {kNotified, kPlan},
          kMediation,
          {date("startedOn", QT_TRANSLATE_NOOP("Lifecycle", "Started on"))}},
         [](auto &, CaseProgress &p, QString &, const Input &in, auto &) -> Result<void> {
             p.mediationStartedOn = in.date("startedOn");
             return {};
         }},
        {{"record_agency_absence",
          QT_TRANSLATE_NOOP("Lifecycle", "Record an absence of the agency's people"),
          {kPlan, kMediation},
          {},
          {date("on", QT_TRANSLATE_NOOP("Lifecycle", "Absent on"))}},
         [](auto &, CaseProgress &p, QString &, const Input &in, auto &) -> Result<void> {
             p.agencyAbsences.append(in.date("on"));
             return {};
         }},
        {{"reach_agreement",
          QT_TRANSLATE_NOOP("Lifecycle", "Record the signed agreement"),
          {kMediation},
          kAgreement,
          {date("signedOn", QT_TRANSLATE_NOOP("Lifecycle", "Signed on")),
           choice("effect", QT_TRANSLATE_NOOP("Lifecycle", "Takes effect"),
                  vocab::agreementEffects()),
           text("condition", QT_TRANSLATE_NOOP("Lifecycle", "Condition"), false),
           longText("terms", QT_TRANSLATE_NOOP("Lifecycle", "Agreed terms")),
           ActionField{"signatures", QT_TRANSLATE_NOOP("Lifecycle", "Signatures"),
                       Field::Signatures}}},
         reachAgreement},
        {{"agreement_takes_effect",
          QT_TRANSLATE_NOOP("Lifecycle", "Record that the agreement took effect"),
          {kAgreement},
          {},
          {date("effectiveOn", QT_TRANSLATE_NOOP("Lifecycle", "Effective on"))}},
         [](auto &, CaseProgress &p, QString &, const Input &in, auto &) -> Result<void> {
             if (in.date("effectiveOn") < p.agreementSignedOn)
                 return Error{LifecycleText::tr("cannot be before the agreement was signed"),
                              LifecycleText::tr("Effective on")};
             p.agreementEffectiveOn = in.date("effectiveOn");
             return {};
         }},
        {{"apply_withdrawal",
          QT_TRANSLATE_NOOP("Lifecycle", "Record the application to withdraw the lawsuit"),
          {kAgreement},
          {},
          {date("appliedOn", QT_TRANSLATE_NOOP("Lifecycle", "Applied on")),
           ActionField{"appliedBy", QT_TRANSLATE_NOOP("Lifecycle", "Applied by"), Field::Signer}}},
         applyWithdrawal},
        {{"rule_withdrawal",
          QT_TRANSLATE_NOOP("Lifecycle", "Record the court's ruling on withdrawal"),
          {kAgreement},
          {},
          {date("ruledOn", QT_TRANSLATE_NOOP("Lifecycle", "Ruled on")),
           choice("ruling", QT_TRANSLATE_NOOP("Lifecycle", "Ruling"), vocab::rulings())}},
         [](auto &, CaseProgress &p, QString &, const Input &in, auto &) -> Result<void> {
             p.withdrawalRuledOn = in.date("ruledOn");
             p.withdrawalRuling = in.text("ruling");
             return {};
         }},
        {{"apply_reconsideration_withdrawal",
          QT_TRANSLATE_NOOP("Lifecycle",
                            "Record the application to withdraw the reconsideration application"),
          {kAgreement},
          {},
          {date("appliedOn", QT_TRANSLATE_NOOP("Lifecycle", "Applied on")),
           ActionField{"appliedBy", QT_TRANSLATE_NOOP("Lifecycle", "Applied by"), Field::Signer}}},
         applyWithdrawal},
        {{"decide_reconsideration_withdrawal",
          QT_TRANSLATE_NOOP("Lifecycle",
                            "Record the reconsideration body's decision on the withdrawal"),
          {kAgreement},
          {},
          {date("decidedOn", QT_TRANSLATE_NOOP("Lifecycle", "Decided on")),
           choice("decision", QT_TRANSLATE_NOOP("Lifecycle", "Decision"), vocab::rulings())}},
         [](auto &, CaseProgress &p, QString &, const Input &in, auto &) -> Result<void> {
             if (in.date("decidedOn") < p.withdrawalAppliedOn)
                 return Error{LifecycleText::tr("cannot be before the withdrawal was applied for"),
                              LifecycleText::tr("Decided on")};
             p.withdrawalRuledOn = in.date("decidedOn");
             p.withdrawalRuling = in.text("decision");
             return {};
         }},
        {{"record_reconsideration_statement",
          QT_TRANSLATE_NOOP("Lifecycle", "Record the reconsideration mediation statement"),
          {kAgreement},
          {},
          {date("issuedOn", QT_TRANSLATE_NOOP("Lifecycle", "Statement made on")),
           text("statementNumber",
                QT_TRANSLATE_NOOP("Lifecycle", "Reconsideration mediation statement number"))}},
         [](auto &, CaseProgress &p, QString &, const Input &in, auto &) -> Result<void> {
             if (in.date("issuedOn") < p.agreementSignedOn)
                 return Error{LifecycleText::tr("cannot be before the agreement was signed"),
                              LifecycleText::tr("Statement made on")};
             p.reconsiderationStatementOn = in.date("issuedOn");
             p.reconsiderationStatementNumber = in.text("statementNumber");
             return {};
         }},
        {{"apply_confirmation",
          QT_TRANSLATE_NOOP("Lifecycle", "Record the application for judicial confirmation"),
          {kAgreement},
          {},
          {date("appliedOn", QT_TRANSLATE_NOOP("Lifecycle", "Applied on"))}},
         [](auto &, CaseProgress &p, QString &, const Input &in, auto &) -> Result<void> {
             p.confirmationAppliedOn = in.date("appliedOn");
             return {};
         }},
        {{"rule_confirmation",
          QT_TRANSLATE_NOOP("Lifecycle", "Record the court's ruling on confirmation"),
          {kAgreement},
          {},
          {date("ruledOn", QT_TRANSLATE_NOOP("Lifecycle", "Ruled on")),
           choice("ruling", QT_TRANSLATE_NOOP("Lifecycle", "Ruling"), vocab::rulings()),
           text("statementNumber", QT_TRANSLATE_NOOP("Lifecycle", "Mediation statement number"),
                false)}},
         [](auto &, CaseProgress &p, QString &, const Input &in, auto &) -> Result<void> {
             p.confirmationRuledOn = in.date("ruledOn");
             p.confirmationRuling = in.text("ruling");
             p.mediationStatementNumber = in.text("statementNumber");
             return {};
         }},
        {{"record_performance",
          QT_TRANSLATE_NOOP("Lifecycle", "Record performance of the agreement"),
          {kAgreement, kClosed, kFollowedUp},
          {},
          {date("recordedOn", QT_TRANSLATE_NOOP("Lifecycle", "Recorded on")),
           choice("performance", QT_TRANSLATE_NOOP("Lifecycle", "Performance"),
                  vocab::performances()),
           text("note", QT_TRANSLATE_NOOP("Lifecycle", "Note"), false)}},
         [](auto &, CaseProgress &p, QString &, const Input &in, auto &) -> Result<void> {
             // An agreement gone back on (S0 §23(四)) is not performed either.
             if (!p.agreementSignedOn.isValid() || p.terminatedOn.isValid())
                 return Error{LifecycleText::tr("The case has no agreement to perform.")};
             p.performanceRecordedOn = in.date("recordedOn");
             p.performance = in.text("performance");
             p.performanceNote = in.text("note");
             return {};
         }},
        {{"terminate",
          QT_TRANSLATE_NOOP("Lifecycle", "Terminate mediation"),
          {kRegistered, kNotified, kPlan, kMediation, kAgreement},
          kTerminated,
          {date("terminatedOn", QT_TRANSLATE_NOOP("Lifecycle", "Terminated on")),
           profileChoice("reason", QT_TRANSLATE_NOOP("Lifecycle", "Reason"),
                         vocab::terminationReasons(), &ProfileVocabularies::terminationReasons),
           longText("text", QT_TRANSLATE_NOOP("Lifecycle", "Explanation"), false)}},
         terminate},
        {{"file_report",
          QT_TRANSLATE_NOOP("Lifecycle", "File the mediation report"),
          {kTerminated},
          {},
          {date("reportOn", QT_TRANSLATE_NOOP("Lifecycle", "Report dated")),
           longText("summary",
                    QT_TRANSLATE_NOOP("Lifecycle", "Facts, positions and why it failed"))}},
         [](auto &, CaseProgress &p, QString &, const Input &in, auto &) -> Result<void> {
             p.reportOn = in.date("reportOn");
             p.reportSummary = in.text("summary");
             return {};
         }},
        {{"transfer_back",
          QT_TRANSLATE_NOOP("Lifecycle", "Transfer the case back"),
          {kTerminated},
          kTransferred,
          {date("transferredOn", QT_TRANSLATE_NOOP("Lifecycle", "Transferred on")),
           text("to", QT_TRANSLATE_NOOP("Lifecycle", "Transferred to"))}},
         [](auto &, CaseProgress &p, QString &, const Input &in, auto &) -> Result<void> {
             p.transferredOn = in.date("transferredOn");
             p.transferredTo = in.text("to");
             return {};
         }},
        {{"close",
          QT_TRANSLATE_NOOP("Lifecycle", "Close the case"),
          {kAgreement, kTransferred},
          kClosed,
          {date("closedOn", QT_TRANSLATE_NOOP("Lifecycle", "Closed on"))}},
         [](auto &, CaseProgress &p, QString &, const Input &in, auto &) -> Result<void> {
             p.closedOn = in.date("closedOn");
             return {};
         }},
        // The follow-up is due from the end of the mediation (S3 二（五）4),
        // whether or not the case has been closed yet; a closed case then
        // shows that it was followed up.
        {{"record_follow_up",
          QT_TRANSLATE_NOOP("Lifecycle", "Record the follow-up visit"),
          {kAgreement, kTerminated, kTransferred, kClosed},
          {},
          {date("visitedOn", QT_TRANSLATE_NOOP("Lifecycle", "Visited on")),
           longText("note", QT_TRANSLATE_NOOP("Lifecycle", "What the parties said"))}},
         [](auto &, CaseProgress &p, QString &state, const Input &in, auto &) -> Result<void> {
             const QDate ended = p.mediationEndedOn();
             if (in.date("visitedOn") < ended)
                 return Error{LifecycleText::tr("cannot be before the mediation ended (%1)")
                                  .arg(ended.toString(Qt::ISODate)),
                              LifecycleText::tr("Visited on")};
             p.followedUpOn = in.date("visitedOn");
             p.followUpNote = in.text("note");
             if (state == kClosed)
                 state = kFollowedUp;
             return {};
         }},
        {{"archive",
          QT_TRANSLATE_NOOP("Lifecycle", "Archive the case"),
          {kClosed, kFollowedUp},
          kArchived,
          {date("archivedOn", QT_TRANSLATE_NOOP("Lifecycle", "Archived on")),
           text("archiveNumber", QT_TRANSLATE_NOOP("Lifecycle", "Archive number"), false)}},
         [](auto &, CaseProgress &p, QString &state, const Input &in, auto &) -> Result<void> {
             p.archivedOn = in.date("archivedOn");
             p.archiveNumber = in.text("archiveNumber");
             p.stateBeforeArchive = state;
             return {};
         }},
        {{"reopen",
          QT_TRANSLATE_NOOP("Lifecycle", "Reopen the archived case"),
          {kArchived},
          {},
          {longText("reason", QT_TRANSLATE_NOOP("Lifecycle", "Why it is reopened"))}},
         [](auto &, CaseProgress &p, QString &state, const Input &, auto &) -> Result<void> {
             state = p.stateBeforeArchive.isEmpty() ? kClosed : p.stateBeforeArchive;
             p.archivedOn = {};
             p.stateBeforeArchive.clear();
             return {};
         }},
        {{"suspend",
          QT_TRANSLATE_NOOP("Lifecycle", "Suspend the time limit"),
          kRunning,
          {},
          {choice("kind", QT_TRANSLATE_NOOP("Lifecycle", "For"), vocab::suspensionKinds()),
           date("from", QT_TRANSLATE_NOOP("Lifecycle", "From")),
           text("note", QT_TRANSLATE_NOOP("Lifecycle", "Note"), false)}},
         [](auto &, CaseProgress &p, QString &, const Input &in, auto &) -> Result<void> {
             if (!p.suspensions.isEmpty() && in.date("from") <= p.suspensions.last().to)
                 return Error{LifecycleText::tr("overlaps the previous suspension"),
                              LifecycleText::tr("From")};
             p.suspensions.append({in.text("kind"), in.date("from"), {}, in.text("note")});
             return {};
         }},
        {{"resume",
          QT_TRANSLATE_NOOP("Lifecycle", "End the suspension"),
          kRunning,
          {},
          {date("to", QT_TRANSLATE_NOOP("Lifecycle", "Until"))}},
         resume},
        {{"extend",
          QT_TRANSLATE_NOOP("Lifecycle", "Extend the time limit"),
          kRunning,
          {},
          {ActionField{"days", QT_TRANSLATE_NOOP("Lifecycle", "Days"), Field::Days},
           ActionField{"consentingParties", QT_TRANSLATE_NOOP("Lifecycle", "Parties who consented"),
                       Field::Parties},
           text("approvedBy", QT_TRANSLATE_NOOP("Lifecycle", "Approved by (center head)")),
           date("approvedOn", QT_TRANSLATE_NOOP("Lifecycle", "Approved on")),
           date("referringUnitToldOn", QT_TRANSLATE_NOOP("Lifecycle", "Referring unit told on"))}},
         extend},
        {{"accept_reconsideration",
          QT_TRANSLATE_NOOP("Lifecycle",
                            "Record the acceptance of the reconsideration application"),
          kInviting,
          {},
          {otherBodysDate("acceptedOn", QT_TRANSLATE_NOOP("Lifecycle", "Accepted on"))}},
         [](auto &, CaseProgress &p, QString &, const Input &in, auto &) -> Result<void> {
             p.reconsiderationAcceptedOn = in.date("acceptedOn");
             return {};
         }},
        {{"send_invitation",
          QT_TRANSLATE_NOOP("Lifecycle", "Send an invitation to take part"),
          kInviting,
          {},
          {otherBodysDate("sentOn", QT_TRANSLATE_NOOP("Lifecycle", "Sent on")),
           ActionField{"inviter", QT_TRANSLATE_NOOP("Lifecycle", "Inviting body"), Field::Choice,
                       false, &EarlyInvolvement::bodyKinds()},
           choice("invited", QT_TRANSLATE_NOOP("Lifecycle", "Invited body"),
                  EarlyInvolvement::bodyKinds())}},
         sendInvitation},
        {{"record_invitation_receipt",
          QT_TRANSLATE_NOOP("Lifecycle", "Record the receipt of the invitation"),
          kInviting,
          {},
          {choice("invited", QT_TRANSLATE_NOOP("Lifecycle", "Invited body"),
                  EarlyInvolvement::bodyKinds()),
           otherBodysDate("receivedOn", QT_TRANSLATE_NOOP("Lifecycle", "Received on"))}},
         recordInvitationReceipt},
        {{"record_invitation_reply",
          QT_TRANSLATE_NOOP("Lifecycle", "Record the written reply to the invitation"),
          kInviting,
          {},
          {choice("invited", QT_TRANSLATE_NOOP("Lifecycle", "Invited body"),
                  EarlyInvolvement::bodyKinds()),
           otherBodysDate("answeredOn", QT_TRANSLATE_NOOP("Lifecycle", "Replied on")),
           choice("answer", QT_TRANSLATE_NOOP("Lifecycle", "Takes part"),
                  EarlyInvolvement::answers()),
           text("person", QT_TRANSLATE_NOOP("Lifecycle", "Person sent"), false),
           text("note", QT_TRANSLATE_NOOP("Lifecycle", "Note"), false)}},
         recordInvitationReply},
    };
    return all;
}

const ActionDefinition *definition(const QString &code)
{
    for (const ActionDefinition &d : definitions())
        if (code == QLatin1String(d.spec.code))
            return &d;
    return nullptr;
}
} // namespace

QString ActionField::translatedLabel() const
{
    return QCoreApplication::translate("Lifecycle", label);
}

QStringList Lifecycle::invitationChoices(const QString &action, const QString &field,
                                         const CaseProgress &p, const LifecycleContext &context)
{
    if (!context.invitationRoute)
        return {};
    const InvitationRoute &route = *context.invitationRoute;
    const bool sending = action == QLatin1String("send_invitation");
    if (field == QLatin1String("inviter"))
        return sending ? QStringList{route.inviter} : QStringList{};
    if (field != QLatin1String("invited"))
        return {};
    const auto waiting = [&](const Invitation *i) {
        if (sending)
            return i == nullptr;
        if (action == QLatin1String("record_invitation_receipt"))
            return i && !i->receivedOn.isValid();
        if (action == QLatin1String("record_invitation_reply"))
            return i && i->receivedOn.isValid() && !i->answeredOn.isValid();
        return false;
    };
    QStringList bodies;
    for (const QString &body : route.invited)
        if (waiting(invitationTo(p, body)))
            bodies.append(body);
    return bodies;
}

OfferedTerms ActionField::choices(const ProfileVocabularies &vocabularies) const
{
    return profileList ? vocabularies.*profileList : OfferedTerms(*vocabulary);
}

QString ActionSpec::translatedLabel() const
{
    return QCoreApplication::translate("Lifecycle", label);
}

const QList<ActionSpec> &Lifecycle::actions()
{
    static const QList<ActionSpec> specs = [] {
        QList<ActionSpec> list;
        for (const ActionDefinition &d : definitions())
            list.append(d.spec);
        return list;
    }();
    return specs;
}

const ActionSpec *Lifecycle::find(const QString &code)
{
    for (const ActionSpec &spec : actions())
        if (code == QLatin1String(spec.code))
            return &spec;
    return nullptr;
}

namespace {
// Whether the action is one of this case's kind at all: a withdrawal ruled
// by a court for a lawsuit, the reconsideration outcomes for a case from a
// reconsideration where the center offers them. The others are not shown.
bool belongsTo(const ActionSpec &spec, const LifecycleContext &context)
{
    const QLatin1String code(spec.code);
    if (code == QLatin1String("apply_withdrawal") || code == QLatin1String("rule_withdrawal"))
        return context.channel != QLatin1String("reconsideration");
    if (code == QLatin1String("apply_reconsideration_withdrawal") ||
        code == QLatin1String("decide_reconsideration_withdrawal") ||
        code == QLatin1String("record_reconsideration_statement"))
        return context.reconsiderationOutcomes();
    return true;
}
} // namespace

QList<ActionAvailability> Lifecycle::available(const CaseRecord &record,
                                               const CaseProgress &progress,
                                               const LifecycleContext &context)
{
    QList<ActionAvailability> result;
    for (const ActionSpec &spec : actions()) {
        if (!belongsTo(spec, context))
            continue;
        auto allowed = precondition(spec, record, progress, context);
        // An extension not yet recorded could be approved only today; one
        // recorded is checked on the day it was approved (extend).
        if (allowed && QLatin1String(spec.code) == QLatin1String("extend"))
            allowed = checkWithinTimeLimit(context.today, context);
        result.append({&spec, allowed.ok(), allowed.ok() ? QString() : allowed.error().message});
    }
    return result;
}

Result<Lifecycle::Outcome> Lifecycle::apply(const CaseRecord &record, const CaseProgress &progress,
                                            const QString &action, const QJsonObject &input,
                                            const LifecycleContext &context)
{
    const ActionDefinition *def = definition(action);
    if (!def) {
        QStringList codes;
        for (const ActionSpec &spec : actions())
            codes.append(QString::fromLatin1(spec.code));
        return Error{LifecycleText::tr("\"%1\" is not an action; the actions are: %2")
                         .arg(action, codes.join(QStringLiteral(", ")))};
    }
    if (auto allowed = precondition(def->spec, record, progress, context); !allowed)
        return Error{allowed.error().message, def->spec.translatedLabel()};
    auto in = readInput(def->spec, record, input, context);
    if (!in)
        return in.error();
    Outcome outcome{record.state, progress};
    if (auto done = def->handler(record, outcome.progress, outcome.state, in.value(), context);
        !done)
        return done.error();
    if (!def->spec.to.isEmpty())
        outcome.state = def->spec.to;
    return outcome;
}

} // namespace huajie
