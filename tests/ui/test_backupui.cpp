#include "backuptodialog.h"
#include "clock.h"
#include "io/backupcipher.h"
#include "mainwindow.h"
#include "store/backups.h"
#include "store/store.h"
#include "support/modal.h"
#include "support/samplecase.h"
#include "support/widgets.h"

#include <QAbstractButton>
#include <QAction>
#include <QCheckBox>
#include <QDir>
#include <QFileInfo>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <catch2/catch.hpp>

using namespace huajie;
using test::child;

TEST_CASE("A backup is made from the desk and chosen there to be restored", "[ui][gui][backup]")
{
    Clock::setToday(test::kToday);
    test::TempDatabase file;
    auto store = Store::open(file.path(), StoreAccess::Create).value();
    REQUIRE(store->cases().registerCase(test::sampleCase(), test::kToday).ok());
    MainWindow window(*store);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    test::withModal<QMessageBox>(
        [&] { window.findChild<QAction *>(QStringLiteral("actionBackUp"))->trigger(); },
        [](QMessageBox *box) { CHECK(box->text().contains(QStringLiteral("backups"))); });
    const auto made = Backups(file.path()).list().value();
    REQUIRE(made.size() == 1);
    CHECK(made.first().reason == QStringLiteral("manual"));
    // The desk closing the same day keeps it.
    REQUIRE(
        Backups(file.path()).makeAtClose(store->connection(), BackupPolicy{}, Clock::now()).ok());
    const auto afterClose = Backups(file.path()).list().value();
    CHECK(std::any_of(afterClose.cbegin(), afterClose.cend(),
                      [&](const BackupFile &f) { return f.path == made.first().path; }));

    QSignalSpy restore(&window, &MainWindow::restoreRequested);
    // The question is answered when it shows.
    bool asked = false;
    QTimer answer;
    answer.setInterval(10);
    QObject::connect(&answer, &QTimer::timeout, [&] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            answer.stop();
            asked = true;
            box->button(QMessageBox::Yes)->click();
        }
    });
    answer.start();
    window.requestRestore(made.first().path);
    answer.stop();
    CHECK(asked);
    REQUIRE(restore.size() == 1);
    CHECK(restore.first().first().toString() == made.first().path);
}

TEST_CASE("Back up to… encrypts the copy, and restoring it asks for the passphrase",
          "[ui][gui][backup][cipher]")
{
    test::TempDatabase file;
    QTemporaryDir stick;
    auto store = Store::open(file.path(), StoreAccess::Create).value();
    REQUIRE(store->cases().registerCase(test::sampleCase(), test::kToday).ok());
    const QString target = stick.filePath(QStringLiteral("copy.sqlite"));
    {
        BackupToDialog dialog(*store);
        child<QLineEdit>(&dialog, "backupTarget")->setText(target);
        CHECK(child<QCheckBox>(&dialog, "encryptBackup")->isChecked());
        child<QLineEdit>(&dialog, "passphrase")->setText(QStringLiteral("贺兰山下的老树 2026"));
        child<QLineEdit>(&dialog, "repeatPassphrase")
            ->setText(QStringLiteral("贺兰山下的老树 2027"));
        dialog.accept();
        CHECK(dialog.errorText().contains(QStringLiteral("differ")));
        child<QLineEdit>(&dialog, "passphrase")->setText(QStringLiteral("short"));
        child<QLineEdit>(&dialog, "repeatPassphrase")->setText(QStringLiteral("short"));
        dialog.accept();
        CHECK_FALSE(dialog.errorText().isEmpty());
        CHECK_FALSE(QFile::exists(target));
        child<QLineEdit>(&dialog, "passphrase")->setText(QStringLiteral("贺兰山下的老树 2026"));
        child<QLineEdit>(&dialog, "repeatPassphrase")
            ->setText(QStringLiteral("贺兰山下的老树 2026"));
        dialog.accept();
        CHECK(dialog.errorText().isEmpty());
        CHECK(dialog.result() == QDialog::Accepted);
    }
    REQUIRE(BackupCipher::isEncrypted(target));

    MainWindow window(*store);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QSignalSpy restore(&window, &MainWindow::restoreRequested);
    // A wrong passphrase is refused and nothing is asked to be restored.
    QString refusal;
    QTimer wrong;
    wrong.setInterval(10);
    QObject::connect(&wrong, &QTimer::timeout, [&] {
        if (auto *ask = qobject_cast<QInputDialog *>(QApplication::activeModalWidget())) {
            ask->setTextValue(QStringLiteral("not the passphrase"));
            ask->accept();
        } else if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            wrong.stop();
            refusal = box->text();
            box->accept();
        }
    });
    wrong.start();
    window.requestRestore(target);
    wrong.stop();
    CHECK(refusal.contains(QStringLiteral("passphrase is wrong")));
    CHECK(restore.isEmpty());
    CHECK_FALSE(window.takeDecryptedBackup());

    // The right one: the decrypted copy beside the database is what is restored.
    bool asked = false;
    QTimer answer;
    answer.setInterval(10);
    QObject::connect(&answer, &QTimer::timeout, [&] {
        if (auto *ask = qobject_cast<QInputDialog *>(QApplication::activeModalWidget())) {
            ask->setTextValue(QStringLiteral("贺兰山下的老树 2026"));
            ask->accept();
        } else if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            answer.stop();
            asked = true;
            box->button(QMessageBox::Yes)->click();
        }
    });
    answer.start();
    window.requestRestore(target);
    answer.stop();
    CHECK(asked);
    REQUIRE(restore.size() == 1);
    // The file chosen is asked for, and its decrypted copy is what goes in place.
    CHECK(restore.first().first().toString() == target);
    auto kept = window.takeDecryptedBackup();
    REQUIRE(kept);
    const QString decrypted = kept->fileName();
    CHECK(QFileInfo(decrypted).dir() == QFileInfo(file.path()).dir());
    CHECK(Backups::check(decrypted).ok());
    kept.reset();
    CHECK_FALSE(QFile::exists(decrypted));
}

TEST_CASE("A mediator cannot restore a backup from the desk", "[ui][gui][backup][accounts]")
{
    const QString password = QStringLiteral("Qingshui-Desk-2026");
    Clock::setToday(test::kToday);
    test::TempDatabase file;
    auto store = Store::open(file.path(), StoreAccess::Create).value();
    REQUIRE(store->cases().registerCase(test::sampleCase(), test::kToday).ok());
    const QString copy = Backups(file.path())
                             .make(store->connection(), QStringLiteral("manual"), Clock::now())
                             .value();
    Accounts &accounts = store->accounts();
    REQUIRE(
        accounts
            .add(QStringLiteral("admin"), QStringLiteral("马管理"), Role::Administrator, password)
            .ok());
    store->signIn(accounts.authenticate(QStringLiteral("admin"), password).value());
    REQUIRE(accounts.add(QStringLiteral("zhao"), QStringLiteral("赵志明"), Role::Mediator, password)
                .ok());
    store->signIn(accounts.authenticate(QStringLiteral("zhao"), password).value());
    MainWindow window(*store);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    QSignalSpy restore(&window, &MainWindow::restoreRequested);
    test::withModal<QMessageBox>(
        [&] { window.requestRestore(copy); },
        [](QMessageBox *box) {
            CHECK(box->text().contains(QStringLiteral("Only an administrator restores")));
            CHECK(box->button(QMessageBox::Yes) == nullptr);
        });
    CHECK(restore.isEmpty());
}
