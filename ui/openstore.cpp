#include "openstore.h"

#include "clock.h"
#include "store/backups.h"
#include "store/writerlock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>

#include <optional>

namespace huajie {
namespace {
// Puts the newest backup in place of the missing database (the restore
// takes the writer lock). False when it could not: the reason has been shown.
bool restoreNewest(const QString &path, const BackupFile &newest, QWidget *parent)
{
    auto restored = Backups(path).restore(newest.path, Clock::now(), nullptr);
    if (!restored)
        QMessageBox::critical(parent, QCoreApplication::translate("OpenStore", "Restore"),
                              restored.error().describe());
    return restored.ok();
}

// How to open a database that is not there. On the first start ever there
// is nothing to lose: it is created. With backups beside it, it was lost
// (a restore cut short, a file deleted): an empty one in its place would
// number cases from 1 again, so the user chooses. Nothing when they quit.
std::optional<StoreAccess> accessToMissing(const QString &path, QWidget *parent)
{
    const Backups backups(path);
    const auto copies = backups.list();
    if (!copies || copies.value().isEmpty())
        return StoreAccess::Create;
    const BackupFile &newest = copies.value().first();
    QMessageBox question(
        QMessageBox::Warning, QCoreApplication::translate("OpenStore", "Database missing"),
        QCoreApplication::translate(
            "OpenStore",
            "The database %1 is missing, but there are backups of it in %2: it may have been "
            "lost. The newest copy was made %3 (%4):\n%5")
                .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(backups.folder()),
                     newest.madeAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                     newest.reasonLabel(), QDir::toNativeSeparators(newest.path)) +
            QStringLiteral("\n\n") +
            QCoreApplication::translate(
                "OpenStore",
                "Restore that copy, or create a new, empty database? A new one numbers cases "
                "from 1 again; the backups stay where they are."),
        QMessageBox::NoButton, parent);
    QPushButton *restore =
        question.addButton(QCoreApplication::translate("OpenStore", "Restore the newest copy"),
                           QMessageBox::AcceptRole);
    QPushButton *create =
        question.addButton(QCoreApplication::translate("OpenStore", "Create a new, empty database"),
                           QMessageBox::DestructiveRole);
    question.addButton(QCoreApplication::translate("OpenStore", "Quit"), QMessageBox::RejectRole);
    question.setDefaultButton(restore);
    question.exec();
    if (question.clickedButton() == create)
        return StoreAccess::Create;
    if (question.clickedButton() == restore && restoreNewest(path, newest, parent))
        return StoreAccess::Write;
    return std::nullopt;
}
} // namespace

std::unique_ptr<Store> openStoreAtDesk(const QString &path, QWidget *parent)
{
    StoreAccess access = StoreAccess::Write;
    if (!QFileInfo::exists(path)) {
        const auto chosen = accessToMissing(path, parent);
        if (!chosen)
            return nullptr;
        access = *chosen;
    }
    auto opened = Store::open(path, access);
    if (!opened && WriterLock::holder(path)) {
        QMessageBox question(
            QMessageBox::Question, QCoreApplication::translate("OpenStore", "Database in use"),
            opened.error().describe() + QStringLiteral("\n\n") +
                QCoreApplication::translate(
                    "OpenStore", "Only one desk may change a database. Open it read-only, "
                                 "to look without changing anything?"),
            QMessageBox::NoButton, parent);
        QPushButton *readOnly = question.addButton(
            QCoreApplication::translate("OpenStore", "Open read-only"), QMessageBox::AcceptRole);
        question.addButton(QMessageBox::Cancel);
        question.setDefaultButton(readOnly);
        question.exec();
        if (question.clickedButton() != readOnly)
            return nullptr;
        opened = Store::open(path, StoreAccess::ReadOnly);
    }
    if (!opened) {
        QMessageBox::critical(parent, QCoreApplication::translate("OpenStore", "Huajie"),
                              opened.error().describe());
        return nullptr;
    }
    return std::move(opened).value();
}

} // namespace huajie
