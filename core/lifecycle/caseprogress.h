#pragma once

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace huajie {

// A period that does not count toward the time limit (S0 §22).
struct Suspension
{
    QString kind; // vocab::suspensionKinds()
    QDate from;
    QDate to; // invalid while it lasts
    QString note;

    bool operator==(const Suspension &) const = default;
};

// The single extension of the time limit (S0 §22).
struct Extension
{
    int days = 0;
    QStringList consentingParties;
    QString approvedBy; // the center head
    QDate approvedOn;
    QDate referringUnitToldOn;

    bool operator==(const Extension &) const = default;
};

// Someone the agency names: to mediate (S0 §7), or as its liaison staff
// (the notice's 联络人员).
struct AgencyMediator
{
    QString name;
    QString position;
    QString phone;

    bool operator==(const AgencyMediator &) const = default;
};

// Who signed the agreement for a party: the party itself or one of its agents.
struct Signature
{
    QString party;
    QString signedBy; // empty: the party itself

    bool operator==(const Signature &) const = default;
};

// An invitation to take part in resolving the dispute (S2 §4–§7): sent by
// one body to another, received, and answered in writing.
struct Invitation
{
    QDate sentOn;
    QString inviter; // EarlyInvolvement::bodyKinds()
    QString invited;
    QDate receivedOn;
    QDate answeredOn;
    QString answer; // EarlyInvolvement::answers()
    QString person; // whom the invited body sends
    QString note;

    bool operator==(const Invitation &) const = default;
};

// What has happened to a case since registration: the facts each step of
// its life records. Kept as one JSON document beside the case.
struct CaseProgress
{
    QDate noticeDispatchedOn;
    QDate noticeReceivedOn;

    // Early involvement (S2 §4–§7): the acceptance of the reconsideration
    // application, each body's invitation, and the facts its deadlines count
    // from, kept by updateInvitationFacts().
    QDate reconsiderationAcceptedOn;
    QList<Invitation> invitations; // one per invited body, in the order sent
    QDate invitationSentOn;
    QDate invitationReceivedOn;
    QDate invitationAnsweredOn;

    QDate planReceivedOn;
    QString planSummary;
    QList<AgencyMediator> agencyMediators;
    // The agency's liaison staff, named within the notice's period (B21).
    QDate liaisonNamedOn;
    QList<AgencyMediator> liaisons;

    QDate mediationStartedOn;
    QDate firstHearingOn; // the first session held (S0 §8)
    QList<QDate> agencyAbsences;

    QDate agreementSignedOn;
    QString agreementEffect; // vocab::agreementEffects()
    QString agreementCondition;
    QDate agreementEffectiveOn;
    QString agreementTerms;
    QList<Signature> signatures;
    // The withdrawal of the lawsuit ruled by the court, or for a case from a
    // reconsideration that of the reconsideration application, decided by the
    // reconsideration body (准予撤回, and the reconsideration ends).
    QDate withdrawalAppliedOn;
    QString withdrawalAppliedBy;
    QDate withdrawalRuledOn;
    QString withdrawalRuling; // vocab::rulings()
    // The 行政复议调解书 the reconsideration body makes of the agreement.
    QDate reconsiderationStatementOn;
    QString reconsiderationStatementNumber;
    QDate confirmationAppliedOn;
    QDate confirmationRuledOn;
    QString confirmationRuling; // vocab::rulings()
    QString mediationStatementNumber;
    QString performance; // vocab::performances()
    QDate performanceRecordedOn;
    QString performanceNote;

    QDate terminatedOn;
    QString terminationReason; // vocab::terminationReasons()
    QString terminationText;
    QDate reportOn;
    QString reportSummary;
    QDate transferredOn;
    QString transferredTo;

    QDate closedOn;
    QDate followedUpOn;
    QString followUpNote;
    QDate archivedOn;
    QString archiveNumber;
    QString stateBeforeArchive;

    QList<Suspension> suspensions;
    std::optional<Extension> extension;

    bool suspended() const;
    // The invitation facts from the invitations: sent is the first one's
    // sending; received and answered are those of the reply a deadline
    // watches, the earliest received and not answered, else the answered one
    // that took longest (its answer invalid while a reply is pending).
    void updateInvitationFacts();
    // The end of the mediation: the day the agreement took effect, or the day
    // it was terminated; invalid while it goes on.
    QDate mediationEndedOn() const
    {
        return agreementEffectiveOn.isValid() ? agreementEffectiveOn : terminatedOn;
    }
    // A recorded date by its JSON key ("noticeReceivedOn"); invalid when unknown or unset.
    QDate date(const QString &key) const;
    void setDate(const QString &key, const QDate &value);
    static QStringList dateKeys();
    bool operator==(const CaseProgress &) const = default;

    QJsonObject toJson() const;
    static CaseProgress fromJson(const QJsonObject &object);
};

} // namespace huajie
