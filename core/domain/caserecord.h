#pragma once

#include "lifecycle/caseprogress.h"

#include <QDate>
#include <QList>
#include <QString>

namespace huajie {

// Someone who acts for a party (S0 §15): at most two per party.
struct Agent
{
    qint64 id = 0;
    QString name;
    QString idNumber;
    QString phone;
    QString organisation;                          // law firm or employer
    QString authority = QStringLiteral("general"); // vocab::authorities()

    bool operator==(const Agent &) const = default;
};

// A party to the case. Applicants, third parties and representatives are
// persons or organisations; a respondent agency refers to the agencies
// directory by name.
struct Party
{
    qint64 id = 0;
    QString role = QStringLiteral("applicant"); // vocab::partyRoles()
    QString kind = QStringLiteral("person");    // vocab::partyKinds(); agencies are organisations
    QString name;
    QString sex; // vocab::sexes(), persons only
    QString idNumber;
    QDate birthDate;
    QString address;
    QString phone;
    QString creditCode;
    QString legalRepresentative;
    bool lead = false;           // the lead agency where several are involved
    bool attendsInPerson = true; // when false, an agent needs special authority
    QList<Agent> agents;

    bool isPerson() const { return kind == QLatin1String("person"); }
    bool operator==(const Party &) const = default;
};

struct CaseFlags
{
    bool collective = false;
    bool sensitive = false;
    bool petitionRisk = false;
    bool supervised = false;
    bool legalAid = false;
    bool typical = false;

    bool operator==(const CaseFlags &) const = default;
};

// One administrative dispute handled by the center (SPEC §2).
struct CaseRecord
{
    qint64 id = 0;
    QString number; // assigned on registration
    int year = 0;
    int sequence = 0;
    QString referralNumber;
    QString originCaseNumber;
    QString source; // vocab::sourceChannels()
    QString referringUnit;
    QString judge;
    QString procurator;
    QString leadMediator;
    QString state = QStringLiteral("registered");
    QDate registeredOn;
    // The referral (委托书, C1): the day the court or reconsideration office
    // received the case, and the date of its referral letter. Both come
    // before registration; invalid when unknown.
    QDate courtReceivedOn;
    QDate referredOn;

    QString disputedAct;
    QString actKind; // vocab::actKinds()
    QString domain;  // vocab::enforcementDomains()
    QString claims;
    qint64 amountFen = -1; // amount involved in fen; -1 when there is none
    int personsInvolved = 1;
    QString summary;
    QString suitabilityGround; // vocab::suitabilityGrounds()

    QDate consentDate;
    QString consentForm; // vocab::consentForms()
    CaseFlags flags;

    QList<Party> parties;
    CaseProgress progress; // what the case's life has recorded; changed by lifecycle actions only
    // Registered in error: out of the lists and statistics, kept with its
    // number and history, and closed to any action.
    bool voided = false;

    QList<const Party *> partiesWithRole(const QString &role) const;
    bool operator==(const CaseRecord &) const = default;
};

// What the case list shows: one row per case, loaded in bulk.
struct CaseSummary
{
    qint64 id = 0;
    QString number;
    QDate registeredOn;
    QString state;
    QString source;
    QString applicants;
    QString agencies;
    QString disputedAct;
    QString leadMediator;
    QString referralNumber;
    bool voided = false;
};

QString formatAmount(qint64 fen);
bool parseAmount(const QString &text, qint64 *fen);

} // namespace huajie
