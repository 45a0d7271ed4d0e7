#pragma once

#include "accounts/accounts.h"
#include "deadline/deadlinesetup.h"
#include "result.h"
#include "store/calendarstore.h"
#include "store/casestore.h"
#include "store/centersettings.h"
#include "store/directorystore.h"
#include "store/documentstore.h"
#include "store/eventlog.h"
#include "store/sessionstore.h"
#include "store/writerlock.h"

#include <QSqlDatabase>

#include <memory>

namespace huajie {

enum class StoreAccess
{
    Create,  // the one writer, creating the database when it is missing (init,
             // the desk's first start): nothing else creates one
    Write,   // the one writer: holds the database's WriterLock
    ReadOnly // anyone, beside the writer, without the lock; every change is refused
};

// One open case store file: its connection and the stores over it.
class Store
{
public:
    // Opens the database at path; for writing, upgrades it to this schema.
    // A missing database is refused, naming its newest backups, unless
    // access is Create: a lost database is restored, not silently replaced
    // by an empty one that numbers cases from 1 again. For writing it is
    // refused, naming the holder, while another Store holds the database's
    // writer lock; read-only never takes that lock.
    static Result<std::unique_ptr<Store>> open(const QString &path,
                                               StoreAccess access = StoreAccess::Write);
    // The platform's application-data folder, e.g. ~/.local/share/Huajie/huajie.sqlite.
    static QString defaultPath();
    // Who is at the desk when nobody signs in: HUAJIE_USER, or the login name.
    static QString defaultUser();
    // Closes the database and hands over its writer lock: a restore replaces
    // the file, and nobody may write to it meanwhile.
    static std::unique_ptr<WriterLock> close(std::unique_ptr<Store> store);

    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    QString path() const { return m_path; }
    bool readOnly() const { return !m_lock; }
    CaseStore &cases() { return m_cases; }
    const QSqlDatabase &connection() const { return m_db; }
    DirectoryStore &directories() { return m_directories; }
    CenterSettings &settings() { return m_settings; }
    EventLog &events() { return m_events; }
    CalendarStore &calendar() { return m_calendar; }
    SessionStore &sessions() { return m_sessions; }
    DocumentStore &documents() { return m_documents; }
    Accounts &accounts() { return m_accounts; }
    // The user at the desk: their login is on every event from now on.
    void signIn(const User &user);

    // The calendar and rule profile deadlines are counted with, read at
    // opening and again after any change to either.
    const DeadlineSetup &deadlineSetup() const { return m_deadlineSetup; }
    // The center's name as documents, ledgers and reports print it: the
    // setting, unless it is still the generic name a new center starts
    // with, which gives way to the name in the center's profile.
    QString centerName() const;
    Result<void> reloadDeadlineSetup();
    Result<void> chooseProfile(const QString &profileId);

private:
    Store(QSqlDatabase db, QString path, std::unique_ptr<WriterLock> lock);

    // Declared first, so released last: after the connection is closed.
    std::unique_ptr<WriterLock> m_lock;
    QString m_connectionName;
    QString m_path;
    QSqlDatabase m_db;
    DirectoryStore m_directories;
    CenterSettings m_settings;
    Accounts m_accounts;
    EventLog m_events;
    CalendarStore m_calendar;
    DeadlineSetup m_deadlineSetup;
    CaseStore m_cases;
    SessionStore m_sessions;
    DocumentStore m_documents;
};

} // namespace huajie
