#pragma once

#include "domain/caserecord.h"
#include "profile/reportlayout.h"
#include "result.h"
#include "statistics/reportexport.h"
#include "statistics/reportperiod.h"
#include "statistics/reporttable.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace huajie {

class Store;

// One case of the ledger (台账), with every column a center may keep
// (ReportLayout::ledgerColumnKinds()), in Chinese.
struct LedgerRow
{
    qint64 caseId = 0;
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
    QString originCaseNumber;
    QString claims;
    qint64 amountFen = -1; // -1: none recorded
    int persons = 0;
    QString judge;
    QString procurator;
    QString thirdParties;
    QString suitability;
    QDate noticeDispatchedOn;
    QDate noticeReceivedOn;
    QDate planReceivedOn;
    // The agency's plan (the rule met by planReceivedOn) as it stood at the
    // period's end, or today when sooner: 是 when in after its due day, or not
    // in once that day has passed and the case had not ended by then; 否 when in
    // on time; empty while not due or when it does not apply.
    QString planLate;
    bool agencyHeadPresent = false; // at a held session, ever
    CaseFlags caseFlags;
};

// The ledger of a period: every case handled in it, registered by its end
// and not concluded before its start, in the order of registration.
class Ledger
{
public:
    // `today` bounds what is known of the plan's deadline.
    static Result<QList<LedgerRow>> rows(Store &store, const ReportPeriod &period,
                                         const QDate &today);
    // The columns the center's profile lists, in its order, under its headings.
    static ReportTable table(const QList<LedgerRow> &rows, const QList<LedgerColumn> &columns,
                             const QString &centerName, const ReportPeriod &period);
    // The ledger in the store's profile's columns as a workbook of one
    // sheet, CSV or PDF (JSON is refused); the number of cases written.
    static Result<int> write(Store &store, const ReportPeriod &period, const QDate &today,
                             ReportExport::Format format, const QString &path);
};

} // namespace huajie
