#include "backups.h"

#include "i18n/contexts.h"
#include "store/schema.h"
#include "store/sqliteconnection.h"
#include "store/statement.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>

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

void ownerOnly(const QString &path)
{
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
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
    Statement vacuum(db, QStringLiteral("VACUUM INTO ?"));
    vacuum.bind(path);
    if (auto done = vacuum.exec(); !done)
        return Error{StoreText::tr("Cannot back up to %1: %2").arg(path, done.error().message)};
    ownerOnly(path);
    return {};
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
    if (!QFileInfo(path).isFile())
        return Error{StoreText::tr("There is no backup %1").arg(path)};
    TemporaryConnection connection(path);
    if (!connection.isOpen())
        return Error{StoreText::tr("%1 cannot be opened as a database").arg(path)};
    QSqlQuery integrity(connection.db());
    if (!integrity.exec(QStringLiteral("PRAGMA integrity_check")) || !integrity.next())
        return Error{StoreText::tr("%1 is not a database").arg(path)};
    if (const QString result = integrity.value(0).toString(); result != QLatin1String("ok"))
        return Error{StoreText::tr("%1 is damaged: %2").arg(path, result)};
    auto version = sqlite::schemaVersion(connection.db());
    if (!version)
        return version.error();
    if (version.value() < 1)
        return Error{StoreText::tr("%1 holds no Huajie cases").arg(path)};
    if (version.value() > schema::kCurrentVersion)
        return Error{StoreText::tr("%1 was written by a newer Huajie (schema %2)")
                         .arg(path)
                         .arg(version.value())};
    return version.value();
}

Result<QString> Backups::restore(const QString &backupPath, const QDateTime &at) const
{
    if (auto checked = check(backupPath); !checked)
        return checked.error();
    QString kept;
    if (QFileInfo::exists(m_databasePath)) {
        TemporaryConnection current(m_databasePath);
        if (!current.isOpen())
            return Error{
                StoreText::tr("%1 cannot be opened to keep a copy of it").arg(m_databasePath)};
        auto made = make(current.db(), kBeforeRestore, at);
        if (!made)
            return made.error();
        kept = made.value();
    }
    // The backup is copied beside the database, then put in its place in
    // one rename; the old database's journal files go with it.
    const QString incoming = m_databasePath + QStringLiteral(".restoring");
    QFile::remove(incoming);
    if (!QFile::copy(backupPath, incoming))
        return Error{StoreText::tr("Cannot copy %1 to %2").arg(backupPath, incoming)};
    ownerOnly(incoming);
    for (const char *suffix : {"-wal", "-shm"})
        QFile::remove(m_databasePath + QLatin1String(suffix));
    QFile::remove(m_databasePath);
    if (!QFile::rename(incoming, m_databasePath))
        return Error{StoreText::tr("Cannot put %1 in place of %2").arg(incoming, m_databasePath)};
    return kept;
}

} // namespace huajie
