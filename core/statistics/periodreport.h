#pragma once

#include "domain/recordanchor.h"
#include "profile/profilevocabularies.h"
#include "profile/reportlayout.h"
#include "statistics/reportperiod.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace huajie {

// The figures of SPEC §6 for one period, counted by its definitions: a case
// is new on its registration date; concluded on the day its agreement was
// signed or it was terminated; open on a day when registered by then and not
// concluded by then. What happens on a day (a transfer back, a ruling, an
// extension, a follow-up visit, a performance recorded) counts in the period
// that day falls in.
struct PeriodFigures
{
    int openAtStart = 0; // open on the day before the period
    int newCases = 0;
    QList<int> newBySource; // in the order of the profile's sources
    int concluded = 0;
    int agreements = 0;
    int terminations = 0;
    QList<int> terminationsByReason; // in the order of the profile's termination reasons
    int openAtEnd = 0;
    int transfersBack = 0;
    int withdrawalsApplied = 0; // lawsuits withdrawn after agreement: applied for
    int withdrawalsGranted = 0; // and granted by the court
    int confirmationsApplied = 0;
    int confirmationsGranted = 0;
    // Open at the end of the period (or today, when that is sooner) and past
    // the time limit (D5), with the suspensions and extension known then.
    int overdueAtEnd = 0;
    int extended = 0;      // extensions approved in the period
    int suspendedDays = 0; // the days of the period on which a case's time was suspended, summed
    // Of the cases concluded: calendar days from registration to conclusion,
    // suspended days excluded.
    std::optional<double> averageDays;
    std::optional<double> medianDays;
    int followUpsDone = 0;
    int followUpsOnTime = 0; // within the follow-up deadline (D7)
    int performed = 0;       // agreements' performance recorded in the period
    int partlyPerformed = 0;
    int performanceRefused = 0;
    // Of the cases handled in the period: open at its start or new in it.
    int collective = 0;
    int sensitive = 0;
    int supervised = 0;
    int typical = 0;
    qint64 amountFenNew = 0; // amounts involved, in fen, of the new cases
    int personsNew = 0;
    qint64 amountFenAgreements = 0; // of the agreements concluded
    int personsAgreements = 0;
    // Cases with a session held in the period that the head of one of its
    // agencies attended (S3 二(五)1), each case once.
    int agencyHeadPresent = 0;
    // Cases whose lead agency's plan (the rule met by planReceivedOn, D2) fell
    // due in the period and was not in by then, unless the case had ended first.
    int planLate = 0;

    // Open at its start or new in it: the cases handled in the period
    // (S0 §27 "当月协调化解的行政案件数量").
    int handled() const { return openAtStart + newCases; }

    // Agreements ÷ concluded in percent, to one decimal; none when nothing concluded.
    std::optional<double> successRate() const;
};

// One figure as reports show it: its key in the JSON, its Chinese label and
// unit, and how it is read from the figures.
struct ReportFigure
{
    QString key; // "newCases", "terminations.party_request"
    QString label;
    QString unit; // 件, 元, 人, 天, %
    int decimals = 0;
    std::function<std::optional<double>(const PeriodFigures &)> value;
    int indent = 0;       // 1 for "其中" lines
    bool standard = true; // shown by the default profile's report
};

// Every figure a report can show, in its order, new cases by each source and
// terminations by each reason of the center's profile; those not `standard`
// only where a profile names them.
QList<ReportFigure>
reportFigures(const ProfileVocabularies &vocabularies = ProfileVocabularies::defaults());

// A breakdown's counts for one row in one period.
struct BreakdownCounts
{
    int newCases = 0;
    int concluded = 0;
    int agreements = 0;
    int terminations = 0;
    int agencyHeadPresent = 0; // lead agency only: cases with a session its head attended
    int planLate = 0;          // lead agency only: plans due in the period and not in on time
    // Every agency of the case: the agreements' performance recorded in the
    // period, and the follow-up visits made in it.
    int performed = 0;
    int partlyPerformed = 0;
    int performanceRefused = 0;
    int followUps = 0;

    std::optional<double> successRate() const;
    bool isEmpty() const;
};

struct BreakdownRow
{
    QString code; // the vocabulary code, or the agency's name
    QString label;
    BreakdownCounts current;
    BreakdownCounts previous;
    BreakdownCounts yearToDate;
};

// Cases counted by source channel, respondent agency (once for each agency
// on a case; the lead alone for agency head present and plan late),
// enforcement domain or act kind; or the agencies' performance of their
// agreements (S0 五(五)).
struct Breakdown
{
    enum class Columns
    {
        Outcomes,         // new, concluded, agreements, terminations, success rate
        AgencyOutcomes,   // the same, and agency head present, plan late
        AgencyPerformance // agreements, performed, partly, refused, follow-ups
    };

    QString key; // "source", "agency", "domain", "actKind", "agencyPerformance"
    QString title;
    QString rowHeader; // the first column's header: 案件来源, 行政机关, …
    Columns columns = Columns::Outcomes;
    QList<BreakdownRow> rows;

    bool agencies() const { return columns != Columns::Outcomes; }
};

// A case named in one of the report's lists.
struct ListedCase
{
    qint64 id = 0;
    QString number;
    QDate registeredOn;
    QString applicants;
    QString agencies; // the lead first
    QString disputedAct;
    QString state;   // in Chinese
    QString outcome; // 达成协议, 终止（reason）, or empty while open
    QDate concludedOn;
};

struct CaseListing
{
    QString key; // "typical", "supervised", "collective"
    QString title;
    QList<ListedCase> cases;
};

// A case that keeps the report from balancing, and why.
struct BalanceProblem
{
    qint64 caseId = 0;
    QString caseNumber;
    QString problem;
};

// A report over a period with the period before it and the year to date
// beside every figure, its breakdowns and lists, and whether it balances:
// open at the start + new = concluded + open at the end, and the
// terminations by reason and the new cases by source add up.
struct PeriodReport
{
    QString centerName;
    ReportPeriod period;
    ReportPeriod previousPeriod;
    ReportPeriod yearToDatePeriod;
    QDate asOf; // the day it was counted on
    // Where the event log stood when it was counted: in every export.
    RecordAnchor anchor;

    PeriodFigures current;
    PeriodFigures previous;
    PeriodFigures yearToDate;
    // What the center's profile shows (ReportLayout): the breakdowns and
    // lists below are those it names, in its order.
    ReportContents contents = ReportLayout::standard().report;
    QList<Breakdown> breakdowns;
    QList<CaseListing> listings;
    QList<BalanceProblem> problems;
    QList<qint64> countedCases; // every case that counts in a figure of the period itself
    // The profile's lists the figures break new cases and terminations down by.
    ProfileVocabularies vocabularies = ProfileVocabularies::defaults();

    bool balances() const { return problems.isEmpty(); }
    QList<ReportFigure> figures() const { return reportFigures(vocabularies); }
    // The figures the contents name, in their order.
    QList<ReportFigure> shownFigures() const;
    // "XX行政争议协调化解中心2026年10月工作统计报表"
    QString title() const;
    // The report as data: the periods, every figure by key for each of the
    // three periods, the breakdowns, lists and balance.
    QJsonObject toJson() const;
    // The cases that break the balance, named for a message: "（2026）化解字第3号: …".
    QStringList describeProblems() const;
};

} // namespace huajie
