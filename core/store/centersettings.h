#pragma once

#include "result.h"

#include <QSqlDatabase>
#include <QString>

namespace huajie {

// Settings that belong to the center and so live in its database (the
// interface language is the user's and lives in QSettings instead).
enum class CenterSetting
{
    CenterName,
    RegistrationPattern,
    RuleProfile,
    LoginRequired, // "0" when a desk with users lets them in without signing in
    BackupPolicy   // the backups kept: "days/weeks/months", e.g. "7/4/12"
};

class CenterSettings
{
public:
    explicit CenterSettings(const QSqlDatabase &db) : m_db(db) {}

    QString value(CenterSetting key) const;
    Result<void> setValue(CenterSetting key, const QString &value);

    static QString defaultValue(CenterSetting key);
    // The pattern has {year} and {seq}; {seq} restarts every year.
    static Result<void> checkRegistrationPattern(const QString &pattern);
    static QString formatRegistrationNumber(const QString &pattern, int year, int sequence);

private:
    const QSqlDatabase &m_db; // owned by Store
};

} // namespace huajie
