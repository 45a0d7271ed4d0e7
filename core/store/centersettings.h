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

class EventLog;

class CenterSettings
{
public:
    CenterSettings(const QSqlDatabase &db, EventLog &events) : m_db(db), m_events(events) {}

    QString value(CenterSetting key) const;
    // A change is an event of the whole center, fixing the settings' rows.
    Result<void> setValue(CenterSetting key, const QString &value);

    static QString defaultValue(CenterSetting key);
    // The pattern has {year} and {seq}; {seq} restarts every year.
    static Result<void> checkRegistrationPattern(const QString &pattern);
    static QString formatRegistrationNumber(const QString &pattern, int year, int sequence);

private:
    const QSqlDatabase &m_db; // owned by Store
    EventLog &m_events;
};

} // namespace huajie
