#pragma once

#include <QList>
#include <QString>

namespace huajie {

// A closed list of codes: stored in the database and in JSON as the stable
// code, shown to people as the translated label.
struct Term
{
    const char *code;
    const char *label; // English source text, translated in the "Vocabulary" context
    // Source channels only: the kind of body a case of that source comes from
    // (see RuleProfile::channelOf).
    const char *channel = nullptr;
};

class Vocabulary
{
public:
    constexpr Vocabulary(const Term *terms, int count) : m_terms(terms), m_count(count) {}

    QList<QString> codes() const;
    bool contains(const QString &code) const;
    QString label(const QString &code) const;           // the code itself when unknown
    const char *sourceLabel(const QString &code) const; // untranslated; nullptr when unknown
    QString channel(const QString &code) const;         // empty when unknown or none
    QString describeCodes() const;                      // "a, b, c" for error messages

private:
    const Term *m_terms;
    int m_count;
};

namespace vocab {
const Vocabulary &caseStates();
const Vocabulary &sourceChannels();
const Vocabulary &actKinds();
const Vocabulary &enforcementDomains();
const Vocabulary &suitabilityGrounds();
const Vocabulary &consentForms();
const Vocabulary &partyRoles();
const Vocabulary &partyKinds();
const Vocabulary &sexes();
const Vocabulary &authorities();
const Vocabulary &officialKinds();
const Vocabulary &referringUnitKinds();
const Vocabulary &mediatorKinds();
const Vocabulary &roomKinds();
const Vocabulary &suspensionKinds();
const Vocabulary &terminationReasons();
const Vocabulary &agreementEffects();
const Vocabulary &rulings();
const Vocabulary &performances();
const Vocabulary &sessionKinds();
const Vocabulary &sessionModes();
const Vocabulary &participantRoles();
const Vocabulary &sessionStatuses();
const Vocabulary &serviceMethods();
} // namespace vocab

} // namespace huajie
