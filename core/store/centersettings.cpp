#include "centersettings.h"

#include "clock.h"
#include "store/eventlog.h"
#include "store/statement.h"
#include "validation/textlimits.h"

#include <QCoreApplication>

namespace huajie {
namespace {
const char *keyName(CenterSetting key)
{
    switch (key) {
    case CenterSetting::CenterName:
        return "center_name";
    case CenterSetting::RegistrationPattern:
        return "registration_pattern";
    case CenterSetting::RuleProfile:
        return "rule_profile";
    case CenterSetting::LoginRequired:
        return "login_required";
    case CenterSetting::BackupPolicy:
        return "backup_policy";
    }
    return "";
}
} // namespace

QString CenterSettings::defaultValue(CenterSetting key)
{
    switch (key) {
    case CenterSetting::CenterName:
        return QStringLiteral("行政争议协调化解中心");
    case CenterSetting::RegistrationPattern:
        return QStringLiteral("（{year}）化解字第{seq}号");
    case CenterSetting::RuleProfile:
        return QStringLiteral("shizuishan");
    case CenterSetting::LoginRequired:
        return QStringLiteral("1");
    case CenterSetting::BackupPolicy:
        return QStringLiteral("7/4/12");
    }
    return {};
}

QString CenterSettings::value(CenterSetting key) const
{
    Statement query(m_db, QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    query.bind(QString::fromLatin1(keyName(key)));
    if (query.exec() && query.next())
        return query.value(0).toString();
    return defaultValue(key);
}

Result<void> CenterSettings::setValue(CenterSetting key, const QString &value)
{
    if (key == CenterSetting::CenterName)
        if (auto checked = checkField(value, QCoreApplication::translate("Field", "Center name"),
                                      TextKind::Line);
            !checked)
            return checked;
    if (key == CenterSetting::RegistrationPattern) {
        if (auto checked = checkRegistrationPattern(value); !checked)
            return checked;
    }
    if (key == CenterSetting::CenterName && value.trimmed().isEmpty())
        return Error{QCoreApplication::translate("Validation", "is required"),
                     QCoreApplication::translate("Field", "Center name")};
    const QString name = QString::fromLatin1(keyName(key));
    Statement stored(m_db, QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    stored.bind(name);
    if (auto done = stored.exec(); !done)
        return done;
    const bool present = stored.next();
    const QString old = present ? stored.value(0).toString() : defaultValue(key);
    if (present && old == value)
        return {};
    TransactionGuard transaction(m_db);
    if (auto begun = transaction.begun(); !begun)
        return begun;
    Statement query(m_db, QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                                         "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    query.bindAll({name, value});
    if (auto done = query.exec(); !done)
        return done;
    CaseEvent event;
    event.at = Clock::now();
    event.user = m_events.user();
    event.action = QStringLiteral("change_setting");
    event.rows = CaseEvent::Rows::OfSettings;
    event.input = {{QStringLiteral("key"), name}, {QStringLiteral("value"), value}};
    event.changes = {
        {name, QJsonObject{{QStringLiteral("old"), old}, {QStringLiteral("new"), value}}}};
    if (auto appended = m_events.append(event); !appended)
        return appended.error();
    return transaction.commit();
}

Result<void> CenterSettings::checkRegistrationPattern(const QString &pattern)
{
    if (auto checked =
            checkField(pattern, QCoreApplication::translate("Field", "Registration number pattern"),
                       TextKind::Line);
        !checked)
        return checked;
    if (!pattern.contains(QLatin1String("{year}")) || !pattern.contains(QLatin1String("{seq}")))
        return Error{
            QCoreApplication::translate(
                "Validation", "must contain {year} and {seq}, e.g. （{year}）化解字第{seq}号"),
            QCoreApplication::translate("Field", "Registration number pattern")};
    return {};
}

QString CenterSettings::formatRegistrationNumber(const QString &pattern, int year, int sequence)
{
    QString number = pattern;
    number.replace(QLatin1String("{year}"), QString::number(year));
    number.replace(QLatin1String("{seq}"), QString::number(sequence));
    return number;
}

} // namespace huajie
