#include "io/backupcipher.h"
#include "io/ownerfile.h"
#include "store/backups.h"
#include "store/encryptedbackups.h"
#include "store/store.h"
#include "support/samplecase.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <sys/stat.h>

using namespace huajie;

namespace {
const QString kPassphrase = QStringLiteral("贺兰山下的一棵老树 2026");

QByteArray encrypted(const QByteArray &plain, const QString &passphrase = kPassphrase)
{
    QBuffer in;
    in.setData(plain);
    in.open(QIODevice::ReadOnly);
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    REQUIRE(BackupCipher::encrypt(in, out, passphrase).ok());
    return out.data();
}

Result<QByteArray> decrypted(const QByteArray &cipher, const QString &passphrase = kPassphrase)
{
    QBuffer in;
    in.setData(cipher);
    in.open(QIODevice::ReadOnly);
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    if (auto done = BackupCipher::decrypt(in, out, passphrase); !done)
        return done.error();
    return out.data();
}

// The file's mode bits, as `stat -c %a` shows them.
int modeOf(const QString &path)
{
    struct stat status = {};
    return ::stat(QFile::encodeName(path).constData(), &status) == 0 ? int(status.st_mode & 0777)
                                                                     : -1;
}

QByteArray randomBytes(int size)
{
    QByteArray bytes(size, '\0');
    for (char &c : bytes)
        c = char(QRandomGenerator::global()->bounded(256));
    return bytes;
}

// The header: magic, version, limits, salt, the stream's header.
constexpr int kHeader = 13 + 1 + 8 + 8 + 16 + 24;
constexpr int kCipherChunk = 64 * 1024 + 17;
} // namespace

TEST_CASE("An encrypted backup decrypts to the same bytes, whatever its size", "[backup][cipher]")
{
    for (int size : {0, 1, 64 * 1024, 64 * 1024 + 1, 200000}) {
        INFO("size " << size);
        const QByteArray plain = randomBytes(size);
        const QByteArray cipher = encrypted(plain);
        CHECK(cipher.startsWith("HUAJIE-BACKUP"));
        CHECK(cipher.size() ==
              kHeader + size + 17 * std::max(1, (size + 64 * 1024 - 1) / (64 * 1024)));
        auto back = decrypted(cipher);
        REQUIRE(back.ok());
        CHECK(back.value() == plain);
    }
}

TEST_CASE("A wrong passphrase or any change to an encrypted backup is refused", "[backup][cipher]")
{
    const QByteArray plain = randomBytes(150000); // three chunks
    const QByteArray cipher = encrypted(plain);
    CHECK_FALSE(decrypted(cipher, QStringLiteral("贺兰山下的一棵老树 2027")).ok());
    for (int at :
         {14, 20, 30, kHeader - 1, kHeader + 5, int(cipher.size()) / 2, int(cipher.size()) - 1}) {
        INFO("byte " << at);
        QByteArray changed = cipher;
        changed[at] = char(changed[at] ^ 1);
        CHECK_FALSE(decrypted(changed).ok());
    }
    // Cut short at a chunk's end, or with more after the final chunk.
    CHECK_FALSE(decrypted(cipher.left(kHeader + 2 * kCipherChunk)).ok());
    CHECK_FALSE(decrypted(cipher.left(cipher.size() - 1)).ok());
    CHECK_FALSE(decrypted(cipher + "x").ok());
    // Two chunks swapped.
    QByteArray swapped = cipher.left(kHeader) + cipher.mid(kHeader + kCipherChunk, kCipherChunk) +
                         cipher.mid(kHeader, kCipherChunk) + cipher.mid(kHeader + 2 * kCipherChunk);
    CHECK_FALSE(decrypted(swapped).ok());
    // Not ours at all.
    auto plainFile = decrypted(QByteArray("SQLite format 3") + randomBytes(200));
    REQUIRE_FALSE(plainFile.ok());
    CHECK(plainFile.error().message.contains(QStringLiteral("not an encrypted")));
}

TEST_CASE("A backup encrypted from the database is restored with its passphrase only",
          "[backup][cipher]")
{
    test::TempDatabase file;
    QTemporaryDir stick;
    const QString target = stick.filePath(QStringLiteral("copy.huajie"));
    const QString party = test::sampleCase().parties.first().name;
    {
        auto store = Store::open(file.path(), StoreAccess::Create).value();
        REQUIRE(store->cases().registerCase(test::sampleCase(), test::kToday).ok());
        CHECK_FALSE(EncryptedBackups::copyTo(store->connection(), store->path(), target,
                                             QStringLiteral("short"))
                        .ok());
        CHECK_FALSE(QFile::exists(target));
        REQUIRE(
            EncryptedBackups::copyTo(store->connection(), store->path(), target, kPassphrase).ok());
        REQUIRE(store->cases().registerCase(test::sampleCase(), test::kToday).ok());
    }
    CHECK(modeOf(target) == 0600);
    QFile copy(target);
    REQUIRE(copy.open(QIODevice::ReadOnly));
    const QByteArray bytes = copy.readAll();
    CHECK_FALSE(bytes.contains(party.toUtf8()));
    CHECK(BackupCipher::isEncrypted(target));
    // Nothing plain is left beside the database.
    const auto leftovers = [&] {
        return QFileInfo(file.path())
            .dir()
            .entryList({QStringLiteral(".huajie-*")}, QDir::AllEntries | QDir::Hidden);
    };
    CHECK(leftovers().isEmpty());

    CHECK_FALSE(
        EncryptedBackups::decrypted(target, file.path(), QStringLiteral("not the passphrase"))
            .ok());
    CHECK(leftovers().isEmpty());
    QString plainPath;
    {
        auto plain = EncryptedBackups::decrypted(target, file.path(), kPassphrase);
        REQUIRE(plain.ok());
        plainPath = plain.value()->fileName();
        CHECK(QFileInfo(plainPath).dir() == QFileInfo(file.path()).dir());
        CHECK(modeOf(plainPath) == 0600);
        REQUIRE(
            Backups(file.path())
                .restore(plainPath, QDateTime::currentDateTime(), Store::open(file.path()).value())
                .ok());
    }
    CHECK_FALSE(QFile::exists(plainPath));
    auto restored = Store::open(file.path()).value();
    CHECK(restored->cases().count().value() == 1);
}

TEST_CASE("A file written for the user is its owner's only from the start", "[backup][files]")
{
    QTemporaryDir folder;
    const mode_t before = ::umask(022);
    const QString path = folder.filePath(QStringLiteral("report.csv"));
    {
        QFile old(path);
        REQUIRE(old.open(QIODevice::WriteOnly));
        old.write("old");
    }
    CHECK(QFile::permissions(path).testFlag(QFileDevice::ReadOther));
    REQUIRE(OwnerOnlyFile::write(path, "new").ok());
    CHECK(modeOf(path) == 0600);
    QFile written(path);
    REQUIRE(written.open(QIODevice::ReadOnly));
    CHECK(written.readAll() == "new");
    {
        // Not committed: nothing is left, and the old file stays.
        OwnerOnlyFile abandoned(path);
        REQUIRE(abandoned.open().ok());
        const QDir dir(folder.path());
        for (const QFileInfo &info :
             dir.entryInfoList({QStringLiteral(".report.csv.*")}, QDir::Files | QDir::Hidden))
            CHECK(modeOf(info.filePath()) == 0600);
        REQUIRE(abandoned.write("half").ok());
    }
    CHECK(QDir(folder.path()).entryList(QDir::Files | QDir::Hidden).size() == 1);
    CHECK_FALSE(OwnerOnlyFile::write(folder.path(), "x").ok());
    ::umask(before);
}
