#pragma once

#include "deadline/deadlinesetup.h"
#include "result.h"
#include "store/calendarstore.h"
#include "store/casestore.h"
#include "store/centersettings.h"
#include "store/directorystore.h"
#include "store/documentstore.h"
#include "store/eventlog.h"
#include "store/sessionstore.h"

#include <QSqlDatabase>

#include <memory>

namespace huajie {

// One open case store file: its connection and the stores over it.
class Store
{
public:
    // Opens (creating when absent) and upgrades the database at path.
    static Result<std::unique_ptr<Store>> open(const QString &path);
    // The platform's application-data folder, e.g. ~/.local/share/Huajie/huajie.sqlite.
    static QString defaultPath();

    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    QString path() const { return m_path; }
    CaseStore &cases() { return m_cases; }
    const QSqlDatabase &connection() const { return m_db; }
    DirectoryStore &directories() { return m_directories; }
    CenterSettings &settings() { return m_settings; }
    EventLog &events() { return m_events; }
    CalendarStore &calendar() { return m_calendar; }
    SessionStore &sessions() { return m_sessions; }
    DocumentStore &documents() { return m_documents; }

    // The calendar and rule profile deadlines are counted with, read at
    // opening and again after any change to either.
    const DeadlineSetup &deadlineSetup() const { return m_deadlineSetup; }
    Result<void> reloadDeadlineSetup();
    Result<void> chooseProfile(const QString &profileId);

private:
    Store(QSqlDatabase db, QString path);

    QString m_connectionName;
    QString m_path;
    QSqlDatabase m_db;
    DirectoryStore m_directories;
    CenterSettings m_settings;
    EventLog m_events;
    CalendarStore m_calendar;
    DeadlineSetup m_deadlineSetup;
    CaseStore m_cases;
    SessionStore m_sessions;
    DocumentStore m_documents;
};

} // namespace huajie
