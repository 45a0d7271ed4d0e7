#include "encryptedbackups.h"

#include "accounts/passwordrules.h"
#include "i18n/contexts.h"
#include "io/backupcipher.h"
#include "io/ownerfile.h"
#include "store/backups.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

namespace huajie {
namespace {
QString besideDatabase(const QString &databasePath, const QString &pattern)
{
    return QFileInfo(databasePath).absoluteDir().filePath(pattern);
}
} // namespace

Result<void> EncryptedBackups::copyTo(const QSqlDatabase &db, const QString &databasePath,
                                      const QString &target, const QString &passphrase)
{
    if (auto allowed = PassphraseRules::check(passphrase); !allowed)
        return allowed;
    if (QFileInfo::exists(target))
        return Error{StoreText::tr("%1 exists already").arg(target)};
    // A folder of the owner's only (0700) for the plain copy: VACUUM INTO
    // wants a file that does not exist yet.
    QTemporaryDir folder(besideDatabase(databasePath, QStringLiteral(".huajie-backup-XXXXXX")));
    if (!folder.isValid())
        return Error{FileText::tr("Cannot make a temporary folder: %1").arg(folder.errorString())};
    const QString plainPath = folder.filePath(QStringLiteral("copy.sqlite"));
    if (auto copied = Backups::copyTo(db, plainPath); !copied)
        return copied;
    QFile plain(plainPath);
    if (!plain.open(QIODevice::ReadOnly))
        return Error{FileText::tr("Cannot read the copy to encrypt: %1").arg(plain.errorString())};
    OwnerOnlyFile out(target);
    if (auto opened = out.open(); !opened)
        return opened;
    if (auto encrypted = BackupCipher::encrypt(plain, out.device(), passphrase); !encrypted)
        return encrypted;
    return out.commit();
}

Result<std::unique_ptr<QTemporaryFile>> EncryptedBackups::decrypted(const QString &encryptedPath,
                                                                    const QString &databasePath,
                                                                    const QString &passphrase)
{
    QFile in(encryptedPath);
    if (!in.open(QIODevice::ReadOnly))
        return Error{StoreText::tr("There is no backup %1").arg(encryptedPath)};
    // QTemporaryFile makes it 0600.
    auto plain = std::make_unique<QTemporaryFile>(
        besideDatabase(databasePath, QStringLiteral(".huajie-restore-XXXXXX.sqlite")));
    if (!plain->open())
        return Error{FileText::tr("Cannot make the decrypted copy: %1").arg(plain->errorString())};
    if (auto done = BackupCipher::decrypt(in, *plain, passphrase); !done)
        return done.error();
    if (!plain->flush())
        return Error{FileText::tr("Cannot write the decrypted copy: %1").arg(plain->errorString())};
    plain->close();
    return plain;
}

} // namespace huajie
