#include "clock.h"
#include "i18n/translations.h"
#include "logindialog.h"
#include "mainwindow.h"
#include "openstore.h"
#include "store/backups.h"
#include "store/store.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFontDatabase>
#include <QIcon>
#include <QMessageBox>
#include <QProgressDialog>
#include <QTemporaryFile>
#include <QTimer>

namespace {
// Qt would pick the Japanese face of Noto CJK first; Chinese text wants the
// Simplified Chinese one.
void preferSimplifiedChineseFont(QApplication &app)
{
    const QString family = QStringLiteral("Noto Sans CJK SC");
    if (QFontDatabase::families().contains(family)) {
        QFont font = app.font();
        font.setFamilies({family});
        app.setFont(font);
    }
}

// Puts the backup in place of the database the desk had open, which the
// restore closes (or refuses, leaving the database as it was). `decrypted`
// is the decrypted copy of an encrypted backup, removed once restored.
void restoreAtDesk(const QString &path, const QString &backup, std::unique_ptr<huajie::Store> store,
                   std::unique_ptr<QTemporaryFile> decrypted)
{
    QProgressDialog busy(QApplication::translate("main", "Restoring…"), QString(), 0, 0);
    busy.setMinimumDuration(0);
    busy.show();
    QCoreApplication::processEvents();
    auto kept = huajie::Backups(path).restore(decrypted ? decrypted->fileName() : backup,
                                              huajie::Clock::now(), std::move(store), backup);
    busy.close();
    if (kept)
        QMessageBox::information(
            nullptr, QApplication::translate("main", "Restore"),
            QApplication::translate("main", "Restored from %1. The database it replaced "
                                            "is kept as %2.")
                .arg(backup, kept.value()));
    else
        QMessageBox::critical(nullptr, QApplication::translate("main", "Restore"),
                              kept.error().describe());
}

// One opening of the database at the desk: sign in, the day's backup, the
// window, and the backup at close, or the restore the user asked for.
// Returns the exit code; `reopen` is set after a restore.
int runDesk(QApplication &app, const QString &path, bool &reopen)
{
    reopen = false;
    auto store = huajie::openStoreAtDesk(path);
    if (!store)
        return 1;
    // Users sign in, unless this is a one-person desk or the center lets
    // them in without it.
    if (store->accounts().loginRequired()) {
        huajie::LoginDialog login(*store);
        if (login.exec() != QDialog::Accepted)
            return 0;
    }

    // A copy a day, made at the first start of the day, and one at every
    // close; older copies are thinned out (Backups). A read-only desk
    // leaves that to the one that writes.
    const bool writer = !store->readOnly();
    const huajie::Backups backups(path);
    const auto made = backups.list();
    if (writer && made &&
        (made.value().isEmpty() || made.value().first().madeAt.date() < huajie::Clock::today()))
        if (auto daily =
                backups.make(store->connection(), QStringLiteral("daily"), huajie::Clock::now());
            !daily)
            qWarning("%s", qPrintable(daily.error().describe()));

    QString restoreFrom;
    std::unique_ptr<QTemporaryFile> decrypted;
    int code = 0;
    {
        huajie::MainWindow window(*store);
        if (!writer)
            window.setWindowTitle(window.windowTitle() + QLatin1Char(' ') +
                                  QApplication::translate("main", "(read-only)"));
        QObject::connect(&window, &huajie::MainWindow::restoreRequested, &app,
                         [&](const QString &backup) {
                             restoreFrom = backup;
                             decrypted = window.takeDecryptedBackup();
                             app.quit();
                         });
        window.show();
        QTimer::singleShot(0, &window, &huajie::MainWindow::greet);
        code = app.exec();
    }
    // Before a restore, the restore itself keeps a copy.
    if (!restoreFrom.isEmpty()) {
        restoreAtDesk(path, restoreFrom, std::move(store), std::move(decrypted));
        reopen = code == 0;
        return code;
    }
    if (!writer)
        return code;
    if (auto closing =
            backups.makeAtClose(store->connection(),
                                huajie::BackupPolicy::fromText(
                                    store->settings().value(huajie::CenterSetting::BackupPolicy))
                                    .value_or(huajie::BackupPolicy{}),
                                huajie::Clock::now());
        !closing)
        qWarning("%s", qPrintable(closing.error().describe()));
    return code;
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Huajie"));
    QApplication::setApplicationName(QStringLiteral("huajie"));
    QApplication::setApplicationDisplayName(QStringLiteral("Huajie"));
    QApplication::setApplicationVersion(QStringLiteral(HUAJIE_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/huajie.svg")));
    const QLocale locale = huajie::effectiveLocale();
    QLocale::setDefault(locale);
    huajie::installTranslations(app, locale);
    if (locale.language() == QLocale::Chinese)
        QApplication::setApplicationDisplayName(QStringLiteral("化解"));
    preferSimplifiedChineseFont(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "The mediation desk."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(QStringLiteral("db"),
                                QApplication::translate("main", "The case database (default: %1).")
                                    .arg(huajie::Store::defaultPath()),
                                QApplication::translate("main", "FILE"));
    parser.addOption(db);
    parser.process(app);

    const QString path = parser.isSet(db) ? parser.value(db) : huajie::Store::defaultPath();
    // A restore asked for at the desk closes the database, puts the backup
    // in its place and opens it again.
    bool reopen = false;
    int code = 0;
    do
        code = runDesk(app, path, reopen);
    while (reopen);
    return code;
}
