#pragma once

#include "deadline/deadlinecalculator.h"
#include "profile/casesteps.h"
#include "profile/centertexts.h"
#include "profile/earlyinvolvement.h"
#include "profile/profilevocabularies.h"
#include "profile/reportlayout.h"
#include "result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace huajie {

// One deadline of a profile (SPEC §4): from which recorded fact it runs,
// how long, which fact meets it, and in which states it is open.
struct DeadlineRule
{
    QString id;
    QString labelEnglish;
    QString labelChinese;
    QString source; // the rule it comes from, e.g. "S0 §22"
    QString start;  // a fact: see DeadlineRule::facts()
    Period period;
    QString done;
    QStringList openIn;   // case states in which it is still open
    QStringList sources;  // the case sources it applies to; empty for all
    QStringList channels; // the channels (RuleProfile::channelOf) it applies to; empty for all
    bool suspensions = false;
    bool extension = false;
    bool optional = false; // a right that may lapse, not a duty that falls overdue
    // Only tracked: no time limit, the days since its start are shown and it
    // never falls overdue (S1 sets no periods). Its period is empty.
    bool tracked = false;

    QString label() const; // in the interface language
    static const QStringList &facts();
    // The facts recorded with the case at registration, not by its life: a
    // deadline from one of them that is unknown cannot be counted at all.
    static bool isRegistrationFact(const QString &fact);
};

// A center's deadline rules as data (resources/profiles/*.json, and the
// user's own in the data folder's "profiles", which win).
struct RuleProfile
{
    QString id;
    QString nameEnglish;
    QString nameChinese;
    int extensionCapDays = 30;
    bool extensionAfterRoll = false;
    int sessionNoticeDays = 3; // D4: participants are told at least this many days ahead (S0 §9)
    QList<DeadlineRule> rules;
    // Each document kind's own number sequence, as a pattern with {year}
    // and {n}: "notice" → "（{year}）化解通字第{n}号". A kind not named here
    // carries only the case's number.
    QHash<QString, QString> documentNumbers;
    // What the documents say of the center and its rules ("center").
    CenterTexts texts = CenterTexts::shizuishan();
    CaseSteps steps;
    EarlyInvolvement earlyInvolvement; // S2 §4–§7; disabled when the key is missing
    ProfileVocabularies vocabularies = ProfileVocabularies::defaults();
    // The columns of its ledger and what its report shows ("ledger", "report").
    ReportLayout report = ReportLayout::standard();

    QString name() const;
    // The kind of body a case of that source comes from, whatever the center
    // calls the source: "court", "reconsideration", "procuratorate",
    // "petition", "administrative" or "direct". Rules and documents that
    // differ by channel ask this, never the source code itself.
    QString channelOf(const QString &sourceCode) const;
    const DeadlineRule *rule(const QString &id) const;
    const DeadlineRule *ruleDoneBy(const QString &fact) const;
    // Whether the center's rules give cases a time limit that runs out and
    // may be extended (S0 §22); S1–S4 set none.
    bool hasTimeLimit() const;
    bool numbers(const QString &documentKind) const
    {
        return documentNumbers.contains(documentKind);
    }
    // The n-th number of that year for a kind that numbers(): （2026）化解通字第5号.
    QString documentNumber(const QString &documentKind, int year, int n) const;

    static Result<RuleProfile> fromJson(const QByteArray &json, const QString &origin);
    static QString defaultId() { return QStringLiteral("shizuishan"); }
    static QString userFolder();
    // Every profile there is, the user's replacing shipped ones of the same id, and
    // installed ones (share/huajie/profiles) the built-in ones.
    static QList<RuleProfile> available();
    static Result<RuleProfile> load(const QString &id);
};

} // namespace huajie
