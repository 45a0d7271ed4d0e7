#pragma once

#include "result.h"

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace huajie {

// One column the ledger can have: its code, the heading it has unless a
// profile gives its own, and its width in characters.
struct LedgerColumnKind
{
    QString code;
    QString heading; // in Chinese: the ledger is written in Chinese
    double width = 10;
};

// A column of a center's ledger: one of ReportLayout::ledgerColumnKinds(),
// and the center's own heading, if it gives one.
struct LedgerColumn
{
    QString code;
    QString heading; // empty: the catalogue's

    bool operator==(const LedgerColumn &) const = default;
};

// What a center's monthly report shows: figures (keys of reportFigures(),
// or "newCases.*" and "terminations.*" for all the lines by source or
// reason), breakdowns and lists, each in the center's order. Every figure is
// counted the same whatever the layout (periodreport.h): the layout only
// chooses which are shown and written out.
struct ReportContents
{
    QStringList figures;
    QStringList breakdowns;
    QStringList lists;

    bool showsFigure(const QString &key) const;
    bool operator==(const ReportContents &) const = default;
};

// The columns of a center's ledger (台账) and the contents of its report,
// as its profile lists them ("ledger" and "report"); a key it leaves out
// keeps the layout of the default profile.
struct ReportLayout
{
    QList<LedgerColumn> ledger;
    ReportContents report;
    QString ledgerSource; // the seed article the layout comes from
    QString reportSource;

    // The default profile's: the 22 columns of FORMS.md, every figure,
    // breakdown by source, agency, domain and act kind, and the typical,
    // supervised and collective cases.
    static ReportLayout standard();
    static const QList<LedgerColumnKind> &ledgerColumnKinds();
    static const QStringList &breakdownCodes();
    static const QStringList &listCodes();
    // The figure codes a profile may list: every key of reportFigures(),
    // "newCases.*" and "terminations.*".
    static QStringList figureCodes();

    // From the profile's "ledger" and "report" values (undefined when the
    // key is missing); an unknown code, a code listed twice or a wrong type
    // is refused with its JSON path.
    static Result<ReportLayout> fromJson(const QJsonValue &ledger, const QJsonValue &report);
};

} // namespace huajie
