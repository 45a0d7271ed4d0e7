#pragma once

#include "domain/caserecord.h"
#include "result.h"
#include "store/centersettings.h"
#include "store/directorystore.h"

#include <QSqlDatabase>

namespace huajie {

class CaseStore
{
public:
    CaseStore(const QSqlDatabase &db, DirectoryStore &directories, CenterSettings &settings)
        : m_db(db), m_directories(directories), m_settings(settings)
    {}

    // Validates, gives the case the next registration number of its year and
    // stores it with its parties in one transaction. Nothing is stored when
    // any part is refused.
    Result<CaseRecord> registerCase(const CaseRecord &record, const QDate &today);
    // Saves an edited case (same rules); its registration number stays.
    Result<CaseRecord> updateCase(const CaseRecord &record, const QDate &today);
    // Many cases in one transaction (demo data, imports): all or none.
    Result<int> registerCases(const QList<CaseRecord> &records, const QDate &today);

    Result<CaseRecord> load(qint64 id) const;
    Result<CaseRecord> loadByNumber(const QString &number) const;
    Result<QList<CaseSummary>> summaries() const;
    Result<int> count() const;
    Result<QString> nextNumber(int year) const;

private:
    Result<qint64> insertValidated(CaseRecord record);
    Result<void> writeCaseRow(const CaseRecord &record, bool insert, qint64 *id);
    Result<void> writeParties(qint64 caseId, const QList<Party> &parties);
    Result<void> loadParties(CaseRecord &record) const;
    Result<int> nextSequence(int year) const;

    const QSqlDatabase &m_db; // owned by Store
    DirectoryStore &m_directories;
    CenterSettings &m_settings;
};

} // namespace huajie
