#pragma once

#include "result.h"
#include "statistics/reportperiod.h"
#include "statistics/reporttable.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace huajie {

class Store;

// One case of the ledger (台账), with the columns a center keeps (FORMS.md),
// in Chinese.
struct LedgerRow
{
    QString number;
    QString referral; // the referring unit and its referral number
    QString source;
    QDate registeredOn;
    QString applicants;
    QString agencies; // the lead first
    QString actKind;
    QString domain;
    QString disputedAct;
    QString leadMediator;
    QString state;
    QString outcome; // 达成协议, 终止（reason）; empty while open
    QDate concludedOn;
    std::optional<int> days; // registration to conclusion, suspended days excluded
    QString extended;        // 是（30天） or 否
    QString withdrawn;       // 是, 已申请 or 否
    QString confirmed;       // 是, 未确认, 已申请 or 否
    QString performance;
    QDate followedUpOn;
    QString flags; // 群体性、敏感、督办、典型
    QString remarks;
};

// The ledger of a period: every case handled in it, registered by its end
// and not concluded before its start, in the order of registration.
class Ledger
{
public:
    static Result<QList<LedgerRow>> rows(Store &store, const ReportPeriod &period);
    static ReportTable table(const QList<LedgerRow> &rows, const QString &centerName,
                             const ReportPeriod &period);
    // The ledger as a workbook of one sheet.
    static Result<void> writeXlsx(Store &store, const ReportPeriod &period, const QString &path);
};

} // namespace huajie
