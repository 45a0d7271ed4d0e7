#include "backupcommands.h"

#include "clock.h"
#include "i18n/contexts.h"
#include "io/backupcipher.h"
#include "store/backups.h"
#include "store/encryptedbackups.h"

#include <QFileInfo>

namespace huajie::cli {
namespace {
// The passphrase of an encrypted backup: HUAJIE_BACKUP_PASSPHRASE when it is
// set, else the first line of standard input.
QString passphrase()
{
    const QString fromEnvironment = qEnvironmentVariable("HUAJIE_BACKUP_PASSPHRASE");
    return fromEnvironment.isEmpty() ? Context::lineFromInput() : fromEnvironment;
}

int backup(Context &context)
{
    QCommandLineParser parser;
    const QCommandLineOption out(QStringLiteral("o"),
                                 CliText::tr("Where to write it; by default the backups folder "
                                             "beside the database."),
                                 CliText::tr("FILE"));
    const QCommandLineOption encrypt(
        QStringLiteral("encrypt"),
        CliText::tr("Encrypt the copy with a passphrase (at least 10 characters), read from "
                    "HUAJIE_BACKUP_PASSPHRASE or else from the first line of standard input; "
                    "with -o."));
    parser.addOptions({out, encrypt});
    if (auto stop = context.parse(
            parser,
            CliText::tr("Back up the database: a consistent copy, even while it is in use."), 0))
        return *stop;
    if (parser.isSet(encrypt) && !parser.isSet(out)) {
        context.err << CliText::tr("--encrypt needs -o FILE: the copies in the backups folder "
                                   "stay on this machine.")
                    << Qt::endl;
        return UsageError;
    }
    Store *store = context.store();
    if (!store)
        return BadInput;
    Backups backups(store->path());
    if (parser.isSet(encrypt)) {
        if (auto copied = EncryptedBackups::copyTo(store->connection(), store->path(),
                                                   parser.value(out), passphrase());
            !copied)
            return context.fail(copied.error());
        context.out << CliText::tr("Backed up, encrypted, to %1").arg(parser.value(out))
                    << Qt::endl;
        return Success;
    }
    if (parser.isSet(out)) {
        if (auto copied = Backups::copyTo(store->connection(), parser.value(out)); !copied)
            return context.fail(copied.error());
        context.out << CliText::tr("Backed up to %1").arg(parser.value(out)) << Qt::endl;
        return Success;
    }
    auto made = backups.make(store->connection(), QStringLiteral("manual"), Clock::now());
    if (!made)
        return context.fail(made.error());
    context.out << CliText::tr("Backed up to %1").arg(made.value()) << Qt::endl;
    return Success;
}

int backupList(Context &context)
{
    QCommandLineParser parser;
    if (auto stop = context.parse(parser,
                                  CliText::tr("The backups beside the database, newest "
                                              "first."),
                                  0))
        return *stop;
    auto files = Backups(context.databasePath()).list();
    if (!files)
        return context.fail(files.error());
    for (const BackupFile &f : files.value())
        context.out << f.madeAt.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) << '\t'
                    << f.reasonLabel() << '\t' << f.path << '\n';
    context.out.flush();
    return Success;
}

int backupRemove(Context &context)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(CliText::tr("BACKUP"),
                                 CliText::tr("The backup to remove: its path or its name."));
    if (auto stop = context.parse(parser,
                                  CliText::tr("Remove a backup from the backups folder. Copies "
                                              "made by hand are kept until removed this way."),
                                  1))
        return *stop;
    const QString backup = parser.positionalArguments().first();
    if (auto removed = Backups(context.databasePath()).remove(backup); !removed)
        return context.fail(removed.error());
    context.out << CliText::tr("Removed %1").arg(backup) << Qt::endl;
    return Success;
}

int restore(Context &context)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(CliText::tr("BACKUP"), CliText::tr("The backup to restore."));
    if (auto stop = context.parse(
            parser,
            CliText::tr("Put a backup in place of the database. Once the database has users, "
                        "only an administrator restores (HUAJIE_LOGIN, HUAJIE_PASSWORD). The "
                        "backup is checked first: it passes PRAGMA integrity_check and its "
                        "schema is exactly this program's for its version. The database it "
                        "replaces is kept in the backups folder, and the event log records the "
                        "restore. An encrypted backup asks for its passphrase: "
                        "HUAJIE_BACKUP_PASSPHRASE, or else the first line of standard input."),
            1))
        return *stop;
    const QString backupPath = parser.positionalArguments().first();
    if (QFileInfo(backupPath).absoluteFilePath() ==
        QFileInfo(context.databasePath()).absoluteFilePath())
        return context.fail(Error{CliText::tr("A database cannot be restored from itself")});
    // A missing database is restored without being opened: there is nobody
    // to sign in against. Otherwise it is opened for writing (not while the
    // desk or another command may write to it) by an administrator, signed
    // in even where the center lets its users in without it.
    std::unique_ptr<Store> current;
    if (QFileInfo::exists(context.databasePath())) {
        Store *store = context.store();
        if (!store)
            return BadInput;
        if (store->accounts().inUse() && !store->accounts().current() && !context.signIn(*store))
            return BadInput;
        current = context.takeStore();
    }
    // An encrypted copy is decrypted beside the database, restored from
    // there, and the decrypted file removed.
    std::unique_ptr<QTemporaryFile> decrypted;
    if (BackupCipher::isEncrypted(backupPath)) {
        auto opened = EncryptedBackups::decrypted(backupPath, context.databasePath(), passphrase());
        if (!opened)
            return context.fail(opened.error());
        decrypted = std::move(opened).value();
    }
    auto kept = Backups(context.databasePath())
                    .restore(decrypted ? decrypted->fileName() : backupPath, Clock::now(),
                             std::move(current), backupPath);
    if (!kept)
        return context.fail(kept.error());
    context.out << CliText::tr("Restored %1 from %2").arg(context.databasePath(), backupPath)
                << Qt::endl;
    if (!kept.value().isEmpty())
        context.out << CliText::tr("The database it replaced is kept as %1").arg(kept.value())
                    << Qt::endl;
    return Success;
}
} // namespace

QList<Command> backupCommands()
{
    return {
        {QStringLiteral("backup"), CliText::tr("Back up the database."), backup},
        {QStringLiteral("backup list"), CliText::tr("The backups beside the database."),
         backupList},
        {QStringLiteral("backup remove"), CliText::tr("Remove a backup."), backupRemove},
        {QStringLiteral("restore"), CliText::tr("Restore the database from a backup."), restore},
    };
}

} // namespace huajie::cli
