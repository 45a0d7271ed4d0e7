#pragma once

#include "result.h"

#include <QSqlDatabase>
#include <QString>
#include <QTemporaryFile>

#include <memory>

namespace huajie {

// Backups encrypted with a passphrase (BackupCipher), for copies that leave
// the machine. Making one and reading one back both go through a plain copy
// in a file of the owner's only (0600) beside the database, which holds the
// same data, never in the system's temporary folder.
class EncryptedBackups
{
public:
    // A consistent copy of the open database (Backups::copyTo), encrypted
    // into `target`, which is written whole or not at all. The passphrase
    // must follow PassphraseRules.
    static Result<void> copyTo(const QSqlDatabase &db, const QString &databasePath,
                               const QString &target, const QString &passphrase);
    // The decrypted copy of an encrypted backup, beside the database: give
    // its path to Backups::restore. It is removed when the file object goes.
    static Result<std::unique_ptr<QTemporaryFile>>
    decrypted(const QString &encryptedPath, const QString &databasePath, const QString &passphrase);
};

} // namespace huajie
