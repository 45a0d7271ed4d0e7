#include "store.h"

#include "clock.h"
#include "i18n/contexts.h"
#include "store/backups.h"
#include "store/schema.h"
#include "store/sqliteconnection.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace huajie {
namespace {
// A database that is not there, and where its newest copies are: it was
// lost (a restore cut short, a file deleted), and creating an empty one in
// its place would number cases from 1 again.
Error missingDatabase(const QString &path)
{
    QString message = StoreText::tr("There is no database %1").arg(QDir::toNativeSeparators(path));
    const Backups backups(path);
    const auto copies = backups.list();
    QStringList newest;
    for (const BackupFile &copy : copies ? copies.value().mid(0, 3) : QList<BackupFile>())
        newest.append(StoreText::tr("%1 (made %2, %3)")
                          .arg(QDir::toNativeSeparators(copy.path),
                               copy.madeAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                               copy.reasonLabel()));
    if (newest.isEmpty())
        message += QLatin1Char('\n') + StoreText::tr("There are no backups of it in %1.")
                                           .arg(QDir::toNativeSeparators(backups.folder()));
    else
        message += QLatin1Char('\n') + StoreText::tr("Its newest backups:") +
                   QStringLiteral("\n  ") + newest.join(QStringLiteral("\n  "));
    return Error{message};
}
} // namespace

Result<std::unique_ptr<Store>> Store::open(const QString &path, StoreAccess access)
{
    const bool writer = access != StoreAccess::ReadOnly;
    if (access != StoreAccess::Create && !QFileInfo::exists(path))
        return missingDatabase(path);
    if (access == StoreAccess::Create && !QDir().mkpath(QFileInfo(path).absolutePath()))
        return Error{QCoreApplication::translate("Store", "Cannot create the folder %1")
                         .arg(QFileInfo(path).absolutePath())};
    std::unique_ptr<WriterLock> lock;
    if (writer) {
        auto taken = WriterLock::take(path);
        if (!taken)
            return taken.error();
        lock = std::move(taken).value();
    }
    static QAtomicInt counter;
    const QString connectionName = QStringLiteral("huajie-%1").arg(counter.fetchAndAddRelaxed(1));
    auto db = sqlite::open(path, connectionName, access == StoreAccess::ReadOnly);
    if (!db) {
        QSqlDatabase::removeDatabase(connectionName);
        return db.error();
    }
    // The cases are confidential (S2 第十七条): the file is its owner's alone.
    if (writer)
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    // From here the Store owns the connection and removes it when destroyed.
    std::unique_ptr<Store> store(new Store(db.value(), path, std::move(lock)));
    // Another day is for tests and demos: on a desk with users it would
    // backdate their registrations and freeze months before they end.
    if (Clock::dayFromEnvironment() && store->m_accounts.inUse())
        return Error{QCoreApplication::translate(
            "Store", "HUAJIE_TODAY is set: another day is only for trying the program, and this "
                     "database has users, whose events carry the real time. Unset HUAJIE_TODAY "
                     "and start again.")};
    if (access == StoreAccess::ReadOnly) {
        // Upgrading writes: only the writer does it.
        auto version = sqlite::schemaVersion(store->m_db);
        if (!version)
            return version.error();
        if (version.value() != schema::kCurrentVersion)
            return Error{QCoreApplication::translate(
                             "Store", "%1 is of schema %2, not %3: open it for writing once to "
                                      "upgrade it")
                             .arg(path)
                             .arg(version.value())
                             .arg(schema::kCurrentVersion)};
        if (auto loaded = store->reloadDeadlineSetup(); !loaded)
            return loaded.error();
        return store;
    }
    // A database of an older schema is copied before it is upgraded.
    auto version = sqlite::schemaVersion(store->m_db);
    if (!version)
        return version.error();
    if (version.value() > 0 && version.value() < schema::kCurrentVersion)
        if (auto copied =
                Backups(path).make(store->m_db, QStringLiteral("before-upgrade"), Clock::now());
            !copied)
            return copied.error();
    if (auto upgraded = schema::upgrade(store->m_db); !upgraded)
        return upgraded.error();
    if (auto loaded = store->reloadDeadlineSetup(); !loaded)
        return loaded.error();
    return store;
}

QString Store::centerName() const
{
    const QString name = m_settings.value(CenterSetting::CenterName);
    if (name == CenterSettings::defaultValue(CenterSetting::CenterName) &&
        !m_deadlineSetup.profile.texts.name.isEmpty())
        return m_deadlineSetup.profile.texts.name;
    return name;
}

QString Store::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/huajie.sqlite");
}

QString Store::defaultUser()
{
    for (const char *variable : {"HUAJIE_USER", "USER", "LOGNAME", "USERNAME"})
        if (const QString name = qEnvironmentVariable(variable); !name.isEmpty())
            return name;
    return QDir::home().dirName();
}

std::unique_ptr<WriterLock> Store::close(std::unique_ptr<Store> store)
{
    std::unique_ptr<WriterLock> lock = std::move(store->m_lock);
    store.reset();
    return lock;
}

Store::Store(QSqlDatabase db, QString path, std::unique_ptr<WriterLock> lock)
    : m_lock(std::move(lock)), m_connectionName(db.connectionName()), m_path(std::move(path)),
      m_db(std::move(db)), m_directories(m_db), m_settings(m_db, m_events),
      m_accounts(m_db, m_settings, m_events), m_events(m_db), m_calendar(m_db, m_accounts),
      m_cases(m_db, m_directories, m_settings, m_accounts, m_events, m_deadlineSetup),
      m_sessions(m_db, m_directories, m_cases, m_events, m_deadlineSetup),
      m_documents(m_db, m_cases, m_events, m_deadlineSetup)
{
    m_events.setUser(defaultUser());
    m_directories.setVocabularies(&m_deadlineSetup.profile.vocabularies);
}

Result<void> Store::reloadDeadlineSetup()
{
    auto calendar = m_calendar.calendar();
    if (!calendar)
        return calendar.error();
    m_deadlineSetup.calendar = std::move(calendar).value();
    auto profile = RuleProfile::load(m_settings.value(CenterSetting::RuleProfile));
    m_deadlineSetup.profileProblem.clear();
    if (!profile) {
        // A broken profile of the center's must not lock it out: the default
        // counts meanwhile, and the problem is shown.
        m_deadlineSetup.profileProblem = profile.error().describe();
        profile = RuleProfile::load(RuleProfile::defaultId());
        if (!profile)
            return profile.error();
    }
    m_deadlineSetup.profile = std::move(profile).value();
    return {};
}

void Store::signIn(const User &user)
{
    m_accounts.signIn(user);
    m_events.setUser(user.login);
}

Result<void> Store::chooseProfile(const QString &profileId)
{
    if (auto allowed = m_accounts.require(Permission::ChooseProfile); !allowed)
        return allowed;
    auto profile = RuleProfile::load(profileId);
    if (!profile)
        return profile.error();
    if (auto saved = m_settings.setValue(CenterSetting::RuleProfile, profileId); !saved)
        return saved;
    return reloadDeadlineSetup();
}

Store::~Store()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

} // namespace huajie
