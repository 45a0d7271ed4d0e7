#include "clock.h"
#include "mainwindow.h"
#include "store/backups.h"
#include "store/store.h"
#include "support/modal.h"
#include "support/samplecase.h"

#include <QAbstractButton>
#include <QAction>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <catch2/catch.hpp>

using namespace huajie;

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
