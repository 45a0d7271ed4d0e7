// The desk's own screens: the settings, the schedule's filters, the desk's
// rows and the window's remembered layout.
#include "clock.h"
#include "deskview.h"
#include "directorydialog.h"
#include "i18n/translations.h"
#include "mainwindow.h"
#include "reportcharts.h"
#include "scheduleview.h"
#include "settingsdialog.h"
#include "store/backups.h"
#include "store/store.h"
#include "support/modal.h"
#include "support/samplecase.h"
#include "support/widgets.h"

#include <QAction>
#include <QChart>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QValueAxis>

#include <catch2/catch.hpp>

#include <memory>

using namespace huajie;
using test::child;

namespace {
// The user's own files in a folder of the test's: QSettings (the language,
// the window's layout) and the data folder (the center's rule profiles).
class OwnUserFolders
{
public:
    OwnUserFolders()
        : m_configBefore(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)),
          m_dataBefore(qgetenv("XDG_DATA_HOME"))
    {
        REQUIRE(m_dir.isValid());
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("data"))));
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                           m_dir.filePath(QStringLiteral("config")));
    }
    ~OwnUserFolders()
    {
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_configBefore);
        if (m_dataBefore.isEmpty())
            qunsetenv("XDG_DATA_HOME");
        else
            qputenv("XDG_DATA_HOME", m_dataBefore);
    }

private:
    QTemporaryDir m_dir;
    QString m_configBefore;
    QByteArray m_dataBefore;
};

QAction *menuAction(MainWindow &window, const char *name)
{
    auto *action = window.findChild<QAction *>(QString::fromLatin1(name));
    REQUIRE(action != nullptr);
    return action;
}

void waitForDesk(MainWindow &window)
{
    QSignalSpy counted(window.desk(), &DeskView::refreshed);
    if (window.desk()->isCounting())
        REQUIRE(counted.wait(20000));
}

QStringList items(const QComboBox *combo)
{
    QStringList texts;
    for (int i = 0; i < combo->count(); ++i)
        texts << combo->itemText(i);
    return texts;
}
} // namespace

TEST_CASE("A new center is named as its profile names it until it types its own name",
          "[ui][gui][settings]")
{
    OwnUserFolders folders;
    Clock::setToday(test::kToday);
    test::TempDatabase file;
    auto store = Store::open(file.path(), StoreAccess::Create);
    REQUIRE(store.ok());
    MainWindow window(*store.value());
    window.show();
    CHECK(window.windowTitle().contains(QStringLiteral("石嘴山市行政争议协调化解中心")));
    test::withModal<SettingsDialog>(
        [&] { menuAction(window, "actionSettings")->trigger(); },
        [](SettingsDialog *dialog) {
            auto *name = child<QLineEdit>(dialog, "centerName");
            CHECK(name->text().isEmpty());
            CHECK(name->placeholderText() == QStringLiteral("石嘴山市行政争议协调化解中心"));
            auto *profile = child<QComboBox>(dialog, "ruleProfile");
            profile->setCurrentIndex(profile->findData(QStringLiteral("lushan")));
            CHECK(name->placeholderText() == QStringLiteral("鲁山县行政争议协调化解办公室"));
            child<QPushButton>(dialog, "saveSettings")->click();
            CHECK_FALSE(dialog->isVisible());
        });
    CHECK(store.value()->deadlineSetup().profile.id == QStringLiteral("lushan"));
    CHECK(store.value()->centerName() == QStringLiteral("鲁山县行政争议协调化解办公室"));
    CHECK(window.windowTitle().contains(QStringLiteral("鲁山县行政争议协调化解办公室")));
    Clock::setToday({});
}

TEST_CASE("Tools › Settings sets the center's name, numbering, rules, language and backups, and "
          "keeps them",
          "[ui][gui][settings]")
{
    OwnUserFolders folders;
    // A center's own rule profile beside the shipped one.
    QFile shipped(QStringLiteral(":/profiles/shizuishan.json"));
    REQUIRE(shipped.open(QIODevice::ReadOnly));
    QByteArray own = shipped.readAll();
    own.replace("\"id\": \"shizuishan\"", "\"id\": \"pingluo\"");
    REQUIRE(QDir().mkpath(RuleProfile::userFolder()));
    QFile ownFile(RuleProfile::userFolder() + QStringLiteral("/pingluo.json"));
    REQUIRE(ownFile.open(QIODevice::WriteOnly));
    ownFile.write(own);
    ownFile.close();

    Clock::setToday(test::kToday);
    test::TempDatabase file;
    auto store = Store::open(file.path(), StoreAccess::Create);
    REQUIRE(store.ok());
    // One case registered this year: the next number is the second.
    REQUIRE(store.value()->cases().registerCase(test::sampleCase(), test::kToday).ok());
    MainWindow window(*store.value());
    window.show();
    QAction *settings = menuAction(window, "actionSettings");

    // A pattern without the sequence number is refused, and nothing is kept.
    test::withModal<SettingsDialog>(
        [&] { settings->trigger(); },
        [](SettingsDialog *dialog) {
            child<QLineEdit>(dialog, "centerName")->setText(QStringLiteral("平罗县中心"));
            child<QLineEdit>(dialog, "registrationPattern")
                ->setText(QStringLiteral("平化字{year}号"));
            child<QPushButton>(dialog, "saveSettings")->click();
            CHECK(dialog->isVisible());
            CHECK_FALSE(child<QLabel>(dialog, "settingsError")->text().isEmpty());
        });
    CHECK(store.value()->settings().value(CenterSetting::CenterName) !=
          QStringLiteral("平罗县中心"));

    test::withModal<SettingsDialog>(
        [&] { settings->trigger(); },
        [](SettingsDialog *dialog) {
            child<QLineEdit>(dialog, "centerName")
                ->setText(QStringLiteral("平罗县行政争议协调化解中心"));
            child<QLineEdit>(dialog, "registrationPattern")
                ->setText(QStringLiteral("平化字〔{year}〕{seq}号"));
            CHECK(child<QLabel>(dialog, "nextNumber")->text() ==
                  QStringLiteral("平化字〔2026〕2号"));
            auto *profile = child<QComboBox>(dialog, "ruleProfile");
            REQUIRE(profile->findData(QStringLiteral("pingluo")) >= 0);
            profile->setCurrentIndex(profile->findData(QStringLiteral("pingluo")));
            auto *language = child<QComboBox>(dialog, "language");
            language->setCurrentIndex(language->findData(QStringLiteral("zh_CN")));
            child<QSpinBox>(dialog, "keepDays")->setValue(10);
            child<QSpinBox>(dialog, "keepWeeks")->setValue(6);
            child<QSpinBox>(dialog, "keepMonths")->setValue(24);
            // The new language is for the next start: a message says so.
            test::withModal<QMessageBox>(
                [&] { child<QPushButton>(dialog, "saveSettings")->click(); },
                [](QMessageBox *box) { CHECK(box->text().contains(QStringLiteral("next time"))); });
            CHECK_FALSE(dialog->isVisible());
        });
    const CenterSettings &kept = store.value()->settings();
    CHECK(kept.value(CenterSetting::CenterName) == QStringLiteral("平罗县行政争议协调化解中心"));
    CHECK(kept.value(CenterSetting::RegistrationPattern) ==
          QStringLiteral("平化字〔{year}〕{seq}号"));
    CHECK(kept.value(CenterSetting::BackupPolicy) == QStringLiteral("10/6/24"));
    CHECK(store.value()->deadlineSetup().profile.id == QStringLiteral("pingluo"));
    CHECK(chosenLanguage() == QStringLiteral("zh_CN"));
    CHECK(window.windowTitle().contains(QStringLiteral("平罗县行政争议协调化解中心")));

    // Opened again, it shows what was kept.
    test::withModal<SettingsDialog>(
        [&] { settings->trigger(); },
        [](SettingsDialog *dialog) {
            CHECK(child<QLineEdit>(dialog, "centerName")->text() ==
                  QStringLiteral("平罗县行政争议协调化解中心"));
            CHECK(child<QComboBox>(dialog, "ruleProfile")->currentData().toString() ==
                  QStringLiteral("pingluo"));
            CHECK(child<QComboBox>(dialog, "language")->currentData().toString() ==
                  QStringLiteral("zh_CN"));
            CHECK(child<QSpinBox>(dialog, "keepMonths")->value() == 24);
        });
    Clock::setToday({});
}

TEST_CASE("The schedule's mediator and room filters follow demo data and the directories",
          "[ui][gui][sessions]")
{
    OwnUserFolders folders;
    Clock::setToday(test::kToday);
    test::TempDatabase file;
    auto store = Store::open(file.path(), StoreAccess::Create);
    REQUIRE(store.ok());
    MainWindow window(*store.value());
    window.show();
    QComboBox *mediators = window.schedule()->mediatorFilter();
    QComboBox *rooms = window.schedule()->roomFilter();
    REQUIRE(mediators->count() == 1); // all mediators
    REQUIRE(rooms->count() == 1);

    test::withModal<QInputDialog>([&] { menuAction(window, "actionDemoData")->trigger(); },
                                  [](QInputDialog *ask) {
                                      ask->setIntValue(5);
                                      ask->accept();
                                  });
    waitForDesk(window);
    CHECK(mediators->count() > 1);
    CHECK(rooms->count() > 1);

    // A room added in the directories is there to filter by once they close;
    // the room chosen stays chosen.
    rooms->setCurrentIndex(1);
    const QString chosen = rooms->currentText();
    test::withModal<DirectoryDialog>(
        [&] { menuAction(window, "actionDirectories")->trigger(); },
        [&](DirectoryDialog *) {
            REQUIRE(store.value()
                        ->directories()
                        .save(DirectoryKind::Rooms, {0, {QStringLiteral("第九调解室")}})
                        .ok());
        });
    CHECK(items(rooms).contains(QStringLiteral("第九调解室")));
    CHECK(rooms->currentText() == chosen);
    Clock::setToday({});
}

TEST_CASE("The desk's rows name the applicants and the agencies", "[ui][gui][deadline]")
{
    OwnUserFolders folders;
    Clock::setToday(test::kToday);
    test::TempDatabase file;
    auto store = Store::open(file.path(), StoreAccess::Create);
    REQUIRE(store.ok());
    REQUIRE(store.value()->cases().registerCase(test::sampleCase(), test::kToday).ok());
    MainWindow window(*store.value());
    window.show();
    waitForDesk(window);
    auto *tree = child<QTreeWidget>(&window, "deskTree");
    const QStringList headers = [tree] {
        QStringList texts;
        for (int c = 0; c < tree->columnCount(); ++c)
            texts << tree->headerItem()->text(c);
        return texts;
    }();
    const int applicants = int(headers.indexOf(QStringLiteral("Applicants")));
    const int agencies = int(headers.indexOf(QStringLiteral("Respondent agencies")));
    REQUIRE(applicants >= 0);
    REQUIRE(agencies >= 0);
    QTreeWidgetItem *row = tree->topLevelItem(0)->child(0);
    REQUIRE(row != nullptr);
    CHECK(row->text(applicants) == QStringLiteral("张三、石嘴山市星海物流有限公司"));
    CHECK(row->text(agencies) == QStringLiteral("石嘴山市自然资源局、大武口区人民政府"));
    Clock::setToday({});
}

TEST_CASE("Ctrl+F from any page shows the case list with its filter ready for typing", "[ui][gui]")
{
    OwnUserFolders folders;
    test::TempDatabase file;
    auto store = Store::open(file.path(), StoreAccess::Create);
    REQUIRE(store.ok());
    MainWindow window(*store.value());
    window.show();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    auto *pages = child<QTabWidget>(&window, "pages");
    pages->setCurrentIndex(0); // the Desk
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    CHECK(pages->currentIndex() == 1);
    CHECK(child<QLineEdit>(&window, "search")->hasFocus());
}

TEST_CASE("The window's size, splitters, columns and tab are kept for the next start", "[ui][gui]")
{
    OwnUserFolders folders;
    test::TempDatabase file;
    auto store = Store::open(file.path(), StoreAccess::Create);
    REQUIRE(store.ok());
    QSize size;
    QList<int> caseSplit;
    QList<int> deskSplit;
    {
        MainWindow window(*store.value());
        window.showNormal();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        size = window.minimumSizeHint().expandedTo(QSize(760, 560));
        window.resize(size);
        auto *pages = child<QTabWidget>(&window, "pages");
        pages->setCurrentIndex(1);
        auto *splitter = child<QSplitter>(&window, "caseSplitter");
        splitter->setSizes({size.width() / 2, size.width() / 3});
        caseSplit = splitter->sizes();
        auto *desk = child<QSplitter>(&window, "deskSplitter");
        desk->setSizes({300, 150});
        deskSplit = desk->sizes();
        window.caseView()->setColumnWidth(2, 133);
        window.desk()->header()->resizeSection(1, 177);
        pages->setCurrentIndex(2);
        window.close();
    }
    MainWindow window(*store.value());
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    CHECK(window.size() == size);
    auto *pages = child<QTabWidget>(&window, "pages");
    CHECK(pages->currentIndex() == 2);
    pages->setCurrentIndex(1);
    CHECK(child<QSplitter>(&window, "caseSplitter")->sizes() == caseSplit);
    pages->setCurrentIndex(0);
    CHECK(child<QSplitter>(&window, "deskSplitter")->sizes() == deskSplit);
    CHECK(window.caseView()->columnWidth(2) == 133);
    CHECK(window.desk()->header()->sectionSize(1) == 177);
}

TEST_CASE("The charts count cases in whole numbers", "[ui][gui][report]")
{
    PeriodFigures one;
    one.newCases = 1;
    std::unique_ptr<QChart> chart(reportcharts::trend({{QStringLiteral("26-11"), one}}));
    auto *axis = qobject_cast<QValueAxis *>(chart->axes(Qt::Vertical).first());
    REQUIRE(axis != nullptr);
    // 0 and 1, not 0, 0.25 … shown as 0 0 0 0 1.
    CHECK(axis->max() == 1);
    CHECK(axis->tickCount() == 2);
    PeriodFigures many;
    many.concluded = 10;
    chart.reset(reportcharts::trend({{QStringLiteral("26-11"), many}}));
    axis = qobject_cast<QValueAxis *>(chart->axes(Qt::Vertical).first());
    CHECK(axis->max() == 12);
    CHECK(axis->tickCount() == 5);
}
