#include "clock.h"
#include "mainwindow.h"
#include "store/backups.h"
#include "store/store.h"
#include "support/modal.h"
#include "support/samplecase.h"

#include <QAbstractButton>
#include <QAction>
#include <QFileDialog>
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
    auto store = Store::open(file.path()).value();
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

    QSignalSpy restore(&window, &MainWindow::restoreRequested);
    bool asked = false;
    test::withModal<QFileDialog>(
        [&] { window.findChild<QAction *>(QStringLiteral("actionRestore"))->trigger(); },
        [&](QFileDialog *files) {
            // The question comes once the file is chosen.
            QTimer::singleShot(0, [&] {
                auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                REQUIRE(box != nullptr);
                asked = true;
                box->button(QMessageBox::Yes)->click();
            });
            files->selectFile(made.first().path);
            static_cast<QDialog *>(files)->accept();
        });
    CHECK(asked);
    REQUIRE(restore.size() == 1);
    CHECK(restore.first().first().toString() == made.first().path);
}
