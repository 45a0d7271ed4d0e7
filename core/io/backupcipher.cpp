#include "backupcipher.h"

#include "i18n/contexts.h"

#include <QFile>
#include <QtEndian>

#include <array>
#include <sodium.h>
#include <vector>

namespace huajie {
namespace {
constexpr char kMagic[] = "HUAJIE-BACKUP";
constexpr int kMagicSize = sizeof(kMagic) - 1;
constexpr quint8 kVersion = 1;
constexpr int kChunk = 64 * 1024;
constexpr int kCipherChunk = kChunk + crypto_secretstream_xchacha20poly1305_ABYTES;
// The magic, version, two limits and the salt.
constexpr int kPrefixSize = kMagicSize + 1 + 8 + 8 + crypto_pwhash_SALTBYTES;

using Key = std::array<unsigned char, crypto_secretstream_xchacha20poly1305_KEYBYTES>;

// Wipes the key when it goes.
struct KeyHolder
{
    Key key{};
    ~KeyHolder() { sodium_memzero(key.data(), key.size()); }
};

bool derive(KeyHolder &holder, const QString &passphrase, const unsigned char *salt,
            quint64 operations, quint64 memory)
{
    QByteArray utf8 = passphrase.toUtf8();
    const bool done =
        crypto_pwhash(holder.key.data(), holder.key.size(), utf8.constData(), quint64(utf8.size()),
                      salt, operations, size_t(memory), crypto_pwhash_ALG_ARGON2ID13) == 0;
    sodium_memzero(utf8.data(), size_t(utf8.size()));
    return done;
}

// Reads up to `size` bytes, unless the device ends first.
qint64 readFully(QIODevice &device, char *data, qint64 size)
{
    qint64 total = 0;
    while (total < size) {
        const qint64 n = device.read(data + total, size - total);
        if (n < 0)
            return -1;
        if (n == 0 && !device.waitForReadyRead(-1))
            break;
        total += n;
    }
    return total;
}

Error notUsable()
{
    return Error{FileText::tr("The passphrase is wrong, or the encrypted backup has been changed "
                              "or is not whole")};
}
} // namespace

bool BackupCipher::isEncrypted(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(kMagicSize) == QByteArray(kMagic);
}

Result<void> BackupCipher::encrypt(QIODevice &plain, QIODevice &encrypted,
                                   const QString &passphrase)
{
    if (sodium_init() < 0)
        return Error{FileText::tr("The encryption library cannot be started")};
    // Moderate limits (256 MiB, a second or so): a copy on a stick can be
    // tried offline, and a backup is not made every minute.
    const quint64 operations = crypto_pwhash_OPSLIMIT_MODERATE;
    const quint64 memory = crypto_pwhash_MEMLIMIT_MODERATE;
    QByteArray prefix(kMagic, kMagicSize);
    prefix.append(char(kVersion));
    char number[8];
    qToLittleEndian(operations, number);
    prefix.append(number, 8);
    qToLittleEndian(memory, number);
    prefix.append(number, 8);
    unsigned char salt[crypto_pwhash_SALTBYTES];
    randombytes_buf(salt, sizeof salt);
    prefix.append(reinterpret_cast<const char *>(salt), sizeof salt);

    KeyHolder holder;
    if (!derive(holder, passphrase, salt, operations, memory))
        return Error{FileText::tr("Not enough memory to derive the key from the passphrase")};
    crypto_secretstream_xchacha20poly1305_state state;
    unsigned char header[crypto_secretstream_xchacha20poly1305_HEADERBYTES];
    crypto_secretstream_xchacha20poly1305_init_push(&state, header, holder.key.data());
    const Error cannotWrite{
        FileText::tr("Cannot write the encrypted backup: %1").arg(encrypted.errorString())};
    if (encrypted.write(prefix) != prefix.size() ||
        encrypted.write(reinterpret_cast<const char *>(header), sizeof header) != sizeof header)
        return cannotWrite;

    std::vector<char> in(kChunk);
    std::vector<unsigned char> out(kCipherChunk);
    bool first = true;
    for (;;) {
        const qint64 n = readFully(plain, in.data(), kChunk);
        if (n < 0)
            return Error{
                FileText::tr("Cannot read the copy to encrypt: %1").arg(plain.errorString())};
        const bool last = n < kChunk || plain.atEnd();
        unsigned long long written = 0;
        crypto_secretstream_xchacha20poly1305_push(
            &state, out.data(), &written, reinterpret_cast<const unsigned char *>(in.data()),
            quint64(n),
            first ? reinterpret_cast<const unsigned char *>(prefix.constData()) : nullptr,
            first ? quint64(prefix.size()) : 0,
            last ? crypto_secretstream_xchacha20poly1305_TAG_FINAL : 0);
        first = false;
        if (encrypted.write(reinterpret_cast<const char *>(out.data()), qint64(written)) !=
            qint64(written))
            return Error{
                FileText::tr("Cannot write the encrypted backup: %1").arg(encrypted.errorString())};
        if (last)
            return {};
    }
}

Result<void> BackupCipher::decrypt(QIODevice &encrypted, QIODevice &plain,
                                   const QString &passphrase)
{
    if (sodium_init() < 0)
        return Error{FileText::tr("The encryption library cannot be started")};
    QByteArray prefix(kPrefixSize, '\0');
    if (readFully(encrypted, prefix.data(), kPrefixSize) != kPrefixSize ||
        !prefix.startsWith(QByteArray(kMagic)))
        return Error{FileText::tr("This is not an encrypted Huajie backup")};
    if (quint8(prefix.at(kMagicSize)) != kVersion)
        return Error{
            FileText::tr("This encrypted backup was written by a newer Huajie (version %1)")
                .arg(quint8(prefix.at(kMagicSize)))};
    const quint64 operations = qFromLittleEndian<quint64>(prefix.constData() + kMagicSize + 1);
    const quint64 memory = qFromLittleEndian<quint64>(prefix.constData() + kMagicSize + 9);
    // A changed header must not make the key cost hours or all the memory.
    if (operations < crypto_pwhash_OPSLIMIT_MIN || operations > crypto_pwhash_OPSLIMIT_SENSITIVE ||
        memory < crypto_pwhash_MEMLIMIT_MIN || memory > crypto_pwhash_MEMLIMIT_SENSITIVE)
        return notUsable();
    const auto *salt =
        reinterpret_cast<const unsigned char *>(prefix.constData() + kMagicSize + 17);
    unsigned char header[crypto_secretstream_xchacha20poly1305_HEADERBYTES];
    if (readFully(encrypted, reinterpret_cast<char *>(header), sizeof header) != sizeof header)
        return notUsable();
    KeyHolder holder;
    if (!derive(holder, passphrase, salt, operations, memory))
        return Error{FileText::tr("Not enough memory to derive the key from the passphrase")};
    crypto_secretstream_xchacha20poly1305_state state;
    if (crypto_secretstream_xchacha20poly1305_init_pull(&state, header, holder.key.data()) != 0)
        return notUsable();

    std::vector<char> in(kCipherChunk);
    std::vector<unsigned char> out(kChunk);
    bool first = true;
    for (;;) {
        const qint64 n = readFully(encrypted, in.data(), kCipherChunk);
        if (n < 0)
            return Error{
                FileText::tr("Cannot read the encrypted backup: %1").arg(encrypted.errorString())};
        unsigned long long length = 0;
        unsigned char tag = 0;
        if (crypto_secretstream_xchacha20poly1305_pull(
                &state, out.data(), &length, &tag, reinterpret_cast<unsigned char *>(in.data()),
                quint64(n),
                first ? reinterpret_cast<const unsigned char *>(prefix.constData()) : nullptr,
                first ? quint64(prefix.size()) : 0) != 0)
            return notUsable();
        first = false;
        if (plain.write(reinterpret_cast<const char *>(out.data()), qint64(length)) !=
            qint64(length))
            return Error{
                FileText::tr("Cannot write the decrypted copy: %1").arg(plain.errorString())};
        if (tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL)
            // Nothing may follow the final chunk.
            return encrypted.atEnd() ? Result<void>() : notUsable();
        if (n < kCipherChunk)
            return notUsable(); // cut off before the final chunk
    }
}

} // namespace huajie
