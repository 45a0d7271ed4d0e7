#pragma once

#include "result.h"

#include <QIODevice>
#include <QString>

namespace huajie {

// A backup encrypted with a passphrase, for a copy that leaves the machine
// (a USB stick). The key is derived with Argon2id (libsodium's
// crypto_pwhash, a random salt), the file encrypted and authenticated in
// chunks with crypto_secretstream_xchacha20poly1305, streamed: never the
// whole file in memory. A wrong passphrase, a changed byte, a chunk cut
// off, reordered or added are all refused.
//
// The file: the magic "HUAJIE-BACKUP" and a version byte, the Argon2id
// limits (operations, memory: 8 bytes each, little-endian) and salt (16),
// the stream's header (24), then chunks of 64 KiB + 17 bytes, the last
// shorter and tagged final. The bytes before the stream's header are
// authenticated with the first chunk.
class BackupCipher
{
public:
    static bool isEncrypted(const QString &path);
    // Encrypts all of `plain` into `encrypted` (both open).
    static Result<void> encrypt(QIODevice &plain, QIODevice &encrypted, const QString &passphrase);
    // Decrypts all of `encrypted` into `plain`; refused, naming why, when
    // the passphrase is wrong or the file not whole.
    static Result<void> decrypt(QIODevice &encrypted, QIODevice &plain, const QString &passphrase);
};

} // namespace huajie
