#include "backups.h"

#include "accounts/accounts.h"
#include "i18n/contexts.h"
#include "io/replacefile.h"
#include "store/schema.h"
#include "store/schemacheck.h"
#include "store/sqliteconnection.h"
#include "store/statement.h"
#include "store/store.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>

#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#else
#include <cerrno>
#include <csignal>
#include <unistd.h>
#endif

namespace huajie {
namespace {
const QString kTimeFormat = QStringLiteral("yyyyMMdd-HHmmss");
const QString kBeforeRestore = QStringLiteral("before-restore");
const QString kManual = QStringLiteral("manual");

// A connection of its own to another database file, removed when done.
class TemporaryConnection
{
public:
    explicit TemporaryConnection(const QString &path)
    {
        static QAtomicInt counter;
        m_name = QStringLiteral("huajie-backup-%1").arg(counter.fetchAndAddRelaxed(1));
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        m_open = db.open();
    }
    ~TemporaryConnection() { QSqlDatabase::removeDatabase(m_name); }
    bool isOpen() const { return m_open; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
    bool m_open = false;
};

// The name a copy is written under until it is whole: hidden, beside it,
// with the writer's process id, so that what a killed writer left is told
// from what a running one writes. No backup is listed under such a name.
QString partialPath(const QString &path)
{
    const QFileInfo info(path);
    return info.absoluteDir().filePath(QStringLiteral(".%1.%2.partial")
                                           .arg(info.fileName())
                                           .arg(QCoreApplication::applicationPid()));
}

bool processRuns(qint64 pid)
{
#ifdef Q_OS_WIN
    HANDLE process = OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, FALSE, DWORD(pid));
    if (!process)
        return GetLastError() == ERROR_ACCESS_DENIED;
    DWORD code = 0;
    const bool running = GetExitCodeProcess(process, &code) && code == STILL_ACTIVE;
    CloseHandle(process);
    return running;
#else
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
#endif
}

// Removes what writers that were killed left in `folder`: partial copies
// of `fileName` (of every file, when it is empty) and their journals.
void removeLeftovers(const QString &folder, const QString &fileName)
{
    static const QRegularExpression partial(
        QStringLiteral("^\\.(.+)\\.(\\d+)\\.partial(?:-journal|-wal|-shm)?$"));
    const QDir dir(folder);
    for (const QString &name : dir.entryList(QDir::Files | QDir::Hidden | QDir::System)) {
        const auto match = partial.match(name);
        if (!match.hasMatch() || (!fileName.isEmpty() && match.captured(1) != fileName))
            continue;
        if (!processRuns(match.captured(2).toLongLong()))
            QFile::remove(dir.filePath(name));
    }
}

// An empty file its owner alone may read and write, from the start.
Result<void> createOwnerOnly(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                   QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return Error{StoreText::tr("Cannot create %1: %2").arg(path, file.errorString())};
    return {};
}

// What was written to the file is on the disk.
Result<void> syncFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return Error{StoreText::tr("Cannot open %1: %2").arg(path, file.errorString())};
#ifdef Q_OS_WIN
    const bool synced = _commit(file.handle()) == 0;
#else
    const bool synced = ::fsync(file.handle()) == 0;
#endif
    if (!synced)
        return Error{StoreText::tr("Cannot write %1 to the disk").arg(path)};
    return {};
}

// Removes a partial file unless it was put in place.
class PartialFile
{
public:
    explicit PartialFile(QString path) : m_path(std::move(path)) {}
    ~PartialFile()
    {
        if (!m_placed)
            for (const char *suffix : {"", "-journal", "-wal", "-shm"})
                QFile::remove(m_path + QLatin1String(suffix));
    }
    PartialFile(const PartialFile &) = delete;
    PartialFile &operator=(const PartialFile &) = delete;

    const QString &path() const { return m_path; }
    // Synced, then renamed to `target`.
    Result<void> putInPlace(const QString &target)
    {
        if (auto synced = syncFile(m_path); !synced)
            return synced;
        if (auto renamed = replaceFile(m_path, target); !renamed)
            return renamed;
        m_placed = true;
        return {};
    }

private:
    QString m_path;
    bool m_placed = false;
};

// Copies the database into the empty file at `path`, to go in place of `target`.
Result<void> vacuumInto(const QSqlDatabase &db, const QString &path, const QString &target)
{
    Statement vacuum(db, QStringLiteral("VACUUM INTO ?"));
    vacuum.bind(path);
    if (auto done = vacuum.exec(); !done)
        return Error{
            StoreText::tr("Cannot copy the database to %1: %2").arg(target, done.error().message)};
    return {};
}

// Brings a copy to this program's schema and appends the event to its log,
// leaving no -wal beside it: the file alone is the whole database.
Result<void> upgradeAndRecord(const QString &path, const CaseEvent &event)
{
    static QAtomicInt counter;
    const QString name = QStringLiteral("huajie-restoring-%1").arg(counter.fetchAndAddRelaxed(1));
    const Result<void> done = [&]() -> Result<void> {
        auto db = sqlite::open(path, name);
        if (!db)
            return db.error();
        if (auto journal = execute(db.value(), QStringLiteral("PRAGMA journal_mode=DELETE"));
            !journal)
            return journal;
        if (auto upgraded = schema::upgrade(db.value()); !upgraded)
            return upgraded;
        TransactionGuard transaction(db.value());
        if (auto begun = transaction.begun(); !begun)
            return begun;
        if (auto appended = EventLog(db.value()).append(event); !appended)
            return appended.error();
        return transaction.commit();
    }();
    QSqlDatabase::removeDatabase(name);
    return done;
}

// The checks of Backups::check on the database at `path`, named `named`
// in what they say.
Result<int> checkDatabase(const QString &path, const QString &named)
{
    if (!QFileInfo(path).isFile())
        return Error{StoreText::tr("There is no backup %1").arg(named)};
    TemporaryConnection connection(path);
    if (!connection.isOpen())
        return Error{StoreText::tr("%1 cannot be opened as a database").arg(named)};
    QSqlQuery integrity(connection.db());
    if (!integrity.exec(QStringLiteral("PRAGMA integrity_check")) || !integrity.next())
        return Error{StoreText::tr("%1 is not a database").arg(named)};
    if (const QString result = integrity.value(0).toString(); result != QLatin1String("ok"))
        return Error{StoreText::tr("%1 is damaged: %2").arg(named, result)};
    auto version = sqlite::schemaVersion(connection.db());
    if (!version)
        return version.error();
    if (version.value() < 1)
        return Error{StoreText::tr("%1 holds no Huajie cases").arg(named)};
    if (version.value() > schema::kCurrentVersion)
        return Error{StoreText::tr("%1 was written by a newer Huajie (schema %2)")
                         .arg(named)
                         .arg(version.value())};
    auto differences = schema::differences(connection.db(), version.value());
    if (!differences)
        return differences.error();
    if (const QStringList &found = differences.value(); !found.isEmpty()) {
        constexpr int kShown = 5;
        QStringList shown = found.mid(0, kShown);
        if (found.size() > kShown)
            shown.append(StoreText::tr("and %n more", nullptr, int(found.size()) - kShown));
        return Error{StoreText::tr("%1 is not a database as this program makes it (schema %2): "
                                   "%3")
                         .arg(named)
                         .arg(version.value())
                         .arg(shown.join(StoreText::tr("; ")))};
    }
    return version.value();
}

bool walIsEmpty(const QString &databasePath)
{
    const QFileInfo wal(databasePath + QStringLiteral("-wal"));
    return !wal.exists() || wal.size() == 0;
}
} // namespace

std::optional<BackupPolicy> BackupPolicy::fromText(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char('/'));
    if (parts.size() != 3)
        return std::nullopt;
    int numbers[3];
    for (int i = 0; i < 3; ++i) {
        bool ok = false;
        numbers[i] = parts[i].trimmed().toInt(&ok);
        if (!ok || numbers[i] < 1 || numbers[i] > 999)
            return std::nullopt;
    }
    return BackupPolicy{numbers[0], numbers[1], numbers[2]};
}

bool BackupFile::keptByHand() const
{
    return reason == kManual || reason == kBeforeRestore;
}

QString BackupFile::reasonLabel() const
{
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("daily"), QT_TRANSLATE_NOOP("Store", "daily")},
        {QStringLiteral("close"), QT_TRANSLATE_NOOP("Store", "at close")},
        {kManual, QT_TRANSLATE_NOOP("Store", "by hand")},
        {QStringLiteral("before-upgrade"), QT_TRANSLATE_NOOP("Store", "before an upgrade")},
        {kBeforeRestore, QT_TRANSLATE_NOOP("Store", "before a restore")},
    };
    const char *label = labels.value(reason);
    return label ? StoreText::tr(label) : reason;
}

QString BackupPolicy::toText() const
{
    return QStringLiteral("%1/%2/%3").arg(daily).arg(weekly).arg(monthly);
}

QString Backups::folder() const
{
    return QFileInfo(m_databasePath).absoluteDir().filePath(QStringLiteral("backups"));
}

Result<void> Backups::copyTo(const QSqlDatabase &db, const QString &path)
{
    if (QFileInfo::exists(path))
        return Error{StoreText::tr("%1 exists already").arg(path)};
    removeLeftovers(QFileInfo(path).absolutePath(), QFileInfo(path).fileName());
    PartialFile partial(partialPath(path));
    if (auto created = createOwnerOnly(partial.path()); !created)
        return created;
    // SQLite writes into an empty file as into a new one.
    if (auto copied = vacuumInto(db, partial.path(), path); !copied)
        return copied;
    return partial.putInPlace(path);
}

Result<QString> Backups::make(const QSqlDatabase &db, const QString &reason,
                              const QDateTime &at) const
{
    if (!QDir().mkpath(folder()))
        return Error{StoreText::tr("Cannot make the folder %1").arg(folder())};
    QFile::setPermissions(folder(),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QString base = QStringLiteral("%1-%2-%3")
                             .arg(QFileInfo(m_databasePath).completeBaseName(),
                                  at.toLocalTime().toString(kTimeFormat), reason);
    QString path = QDir(folder()).filePath(base + QStringLiteral(".sqlite"));
    // Two in the same second: the second gets a suffix rather than failing.
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = QDir(folder()).filePath(QStringLiteral("%1-%2.sqlite").arg(base).arg(n));
    removeLeftovers(folder(), QString());
    if (auto copied = copyTo(db, path); !copied)
        return copied.error();
    return path;
}

Result<QList<BackupFile>> Backups::list() const
{
    static const QRegularExpression name(
        QStringLiteral("-(\\d{8}-\\d{6})-([a-z-]+?)(?:-\\d+)?\\.sqlite$"));
    QList<BackupFile> files;
    const QDir dir(folder());
    for (const QFileInfo &info : dir.entryInfoList({QStringLiteral("*.sqlite")}, QDir::Files)) {
        const auto match = name.match(info.fileName());
        if (!match.hasMatch())
            continue;
        files.append({info.absoluteFilePath(),
                      QDateTime::fromString(match.captured(1), kTimeFormat), match.captured(2)});
    }
    std::sort(files.begin(), files.end(),
              [](const BackupFile &a, const BackupFile &b) { return a.madeAt > b.madeAt; });
    return files;
}

Result<QStringList> Backups::thin(const BackupPolicy &policy, const QDate &today) const
{
    auto files = list();
    if (!files)
        return files.error();
    // Newest first: the first backup seen of a day, week or month is the one
    // kept for it. Copies kept by hand take no place in that rotation.
    QSet<QString> keep;
    QSet<QDate> days;
    QSet<QString> weeks;
    QSet<QString> months;
    QString firstOfToday;
    for (const BackupFile &f : files.value()) {
        if (f.keptByHand()) {
            keep.insert(f.path);
            continue;
        }
        const QDate day = f.madeAt.date();
        if (day == today)
            firstOfToday = f.path; // the last seen is the oldest
        int weekYear = 0;
        const int week = day.weekNumber(&weekYear);
        const QString weekKey = QStringLiteral("%1-%2").arg(weekYear).arg(week);
        const QString monthKey = day.toString(QStringLiteral("yyyy-MM"));
        if (!days.contains(day) && days.size() < policy.daily) {
            days.insert(day);
            keep.insert(f.path);
        }
        if (!weeks.contains(weekKey) && weeks.size() < policy.weekly) {
            weeks.insert(weekKey);
            keep.insert(f.path);
        }
        if (!months.contains(monthKey) && months.size() < policy.monthly) {
            months.insert(monthKey);
            keep.insert(f.path);
        }
    }
    if (!firstOfToday.isEmpty())
        keep.insert(firstOfToday);
    QStringList removed;
    for (const BackupFile &f : files.value())
        if (!keep.contains(f.path) && QFile::remove(f.path))
            removed.append(f.path);
    return removed;
}

Result<QString> Backups::makeAtClose(const QSqlDatabase &db, const BackupPolicy &policy,
                                     const QDateTime &at) const
{
    auto made = make(db, QStringLiteral("close"), at);
    if (!made)
        return made;
    if (auto thinned = thin(policy, at.toLocalTime().date()); !thinned)
        return thinned.error();
    return made;
}

Result<void> Backups::remove(const QString &path) const
{
    auto files = list();
    if (!files)
        return files.error();
    // A bare name is one of the folder's.
    const QString wanted = QFileInfo(path).fileName() == path && !QFileInfo::exists(path)
                               ? QDir(folder()).filePath(path)
                               : QFileInfo(path).absoluteFilePath();
    for (const BackupFile &f : files.value()) {
        if (f.path != wanted)
            continue;
        if (!QFile::remove(f.path))
            return Error{StoreText::tr("Cannot remove %1").arg(f.path)};
        return {};
    }
    return Error{StoreText::tr("%1 is not a backup in %2").arg(path, folder())};
}

Result<int> Backups::check(const QString &path)
{
    return checkDatabase(path, path);
}

Result<QString> Backups::restore(const QString &backupPath, const QDateTime &at,
                                 std::unique_ptr<Store> current, const QString &chosen) const
{
    // Who restores, over what.
    std::unique_ptr<WriterLock> lock;
    QString user;
    QString replacedHead;
    if (current) {
        if (current->readOnly())
            return Error{StoreText::tr("%1 is open for writing elsewhere: close it there before "
                                       "restoring")
                             .arg(m_databasePath)};
        if (auto allowed = current->accounts().require(Permission::RestoreBackup); !allowed)
            return allowed.error();
        user = current->cases().user();
        auto head = current->events().head();
        if (!head)
            return head.error();
        replacedHead = QStringLiteral("%1:%2").arg(head.value().first).arg(head.value().second);
    } else {
        // Only a missing database is restored without being opened, by
        // whoever is at the machine: there is nobody to sign in against.
        if (QFileInfo::exists(m_databasePath))
            return Error{
                StoreText::tr("%1 exists: open it to restore over it").arg(m_databasePath)};
        auto taken = WriterLock::take(m_databasePath);
        if (!taken)
            return taken.error();
        lock = std::move(taken).value();
        user = Store::defaultUser();
    }
    if (auto checked = check(backupPath); !checked)
        return checked.error();
    QString kept;
    if (current) {
        auto made = make(current->connection(), kBeforeRestore, at);
        if (!made)
            return made.error();
        kept = made.value();
    }

    // The copy is written beside the database under a temporary name, from
    // the backup with whatever of it is still in its -wal, brought to this
    // program's schema, and told in its own event log that it was restored.
    removeLeftovers(QFileInfo(m_databasePath).absolutePath(), QFileInfo(m_databasePath).fileName());
    PartialFile incoming(partialPath(m_databasePath));
    if (auto created = createOwnerOnly(incoming.path()); !created)
        return created.error();
    {
        TemporaryConnection source(backupPath);
        if (!source.isOpen())
            return Error{StoreText::tr("%1 cannot be opened as a database").arg(backupPath)};
        if (auto copied = vacuumInto(source.db(), incoming.path(), m_databasePath); !copied)
            return copied.error();
    }
    // What goes in place is this copy: it is checked again, in case the
    // backup changed since.
    if (auto checked = checkDatabase(incoming.path(), backupPath); !checked)
        return checked.error();
    CaseEvent event;
    event.at = at;
    event.user = user;
    event.action = QStringLiteral("restore");
    event.input = {{QStringLiteral("backup"),
                    QFileInfo(chosen.isEmpty() ? backupPath : chosen).absoluteFilePath()},
                   {QStringLiteral("replaced"), replacedHead},
                   {QStringLiteral("kept"), kept}};
    if (auto recorded = upgradeAndRecord(incoming.path(), event); !recorded)
        return recorded.error();

    // The database it replaces: checkpointed to the end and closed, so that
    // its -wal, empty now, can apply to nothing. A missing database's
    // leftover -wal and -shm belong to no database and go first.
    if (current) {
        QSqlQuery checkpoint(current->connection());
        if (!checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) ||
            !checkpoint.next() || checkpoint.value(0).toInt() != 0)
            return Error{StoreText::tr("%1 is in use by another program: close it there before "
                                       "restoring")
                             .arg(m_databasePath)};
        checkpoint.finish();
        lock = Store::close(std::move(current));
    } else {
        for (const char *suffix : {"-wal", "-shm"})
            QFile::remove(m_databasePath + QLatin1String(suffix));
    }
    if (!walIsEmpty(m_databasePath))
        return Error{StoreText::tr("%1 is in use by another program: close it there before "
                                   "restoring")
                         .arg(m_databasePath)};
    if (auto placed = incoming.putInPlace(m_databasePath); !placed)
        return placed.error();
    // Only now: a kill before left the old database whole with its own files.
    for (const char *suffix : {"-wal", "-shm"})
        QFile::remove(m_databasePath + QLatin1String(suffix));
    return kept;
}

} // namespace huajie
