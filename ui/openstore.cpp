#include "openstore.h"

#include "store/writerlock.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

namespace huajie {

std::unique_ptr<Store> openStoreAtDesk(const QString &path, QWidget *parent)
{
    auto opened = Store::open(path);
    if (!opened && WriterLock::holder(path)) {
        QMessageBox question(QMessageBox::Question,
                             QCoreApplication::translate("OpenStore", "Database in use"),
                             opened.error().describe() + QStringLiteral("\n\n") +
                                 QCoreApplication::translate(
                                     "OpenStore", "Only one desk may change a database. Open it "
                                                  "read-only, to look without changing anything?"),
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
