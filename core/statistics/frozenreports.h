#pragma once

#include "result.h"
#include "statistics/reportperiod.h"
#include "store/eventlog.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace huajie {

class Store;

// A month's report as it was frozen: what was sent, kept with its hash.
struct FrozenReport
{
    qint64 id = 0;
    QString period; // "2026-10"
    QDate from;
    QDate to;
    // The report as JSON (what `report --format json` writes) and the cases
    // it counted: {"report": {…}, "countedCases": [ids]}.
    QByteArray document;
    QString sha256;
    QString frozenBy;
    QDateTime frozenAt; // UTC
    qint64 eventSequence = 0;
    // The hash its freezing event recorded: empty when there is no such event.
    QString recordedSha256;

    // The document still matches its hash, and that hash is the one its
    // freezing event recorded: replacing both figures and hash is found too.
    bool intact() const;
    QJsonObject report() const;
    // Where the event log stood when it was counted; none for a month
    // frozen before reports carried it.
    std::optional<RecordAnchor> anchor() const;
    QList<qint64> countedCases() const;
};

// A case counted in a frozen report that has changed since: its events
// after the freeze, oldest first.
struct EditedCase
{
    qint64 caseId = 0;
    QString caseNumber;
    QList<CaseEvent> events;
};

// Freezing monthly reports: once sent, a month's figures are kept as they
// were, with a checksum and an event in the log, and later changes to the
// cases they counted are found against them.
class FrozenReports
{
public:
    explicit FrozenReports(Store &store) : m_store(store) {}

    // A month that is over and balances, and only once; refused otherwise,
    // with the cases that break the balance named.
    Result<FrozenReport> freeze(const ReportPeriod &month, const QDate &today,
                                const QDateTime &now);
    Result<QList<FrozenReport>> list() const; // oldest month first
    Result<std::optional<FrozenReport>> find(const QString &period) const;
    // The cases the frozen report counted with events after it was frozen.
    Result<QList<EditedCase>> editedSince(const FrozenReport &frozen) const;

    static const QString kFreezeAction; // the event's action: "freeze_report"

private:
    Result<QList<FrozenReport>> query(const QString &where, const QVariantList &values) const;

    Store &m_store;
};

} // namespace huajie
