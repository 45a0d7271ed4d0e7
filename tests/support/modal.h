#pragma once

#include <QApplication>
#include <QDialog>
#include <QTimer>

#include <catch2/catch.hpp>

#include <functional>

namespace huajie::test {

// Runs `open`, which shows a modal dialog of type Dialog and waits for it;
// `drive` works on the dialog while it is open, as a user would, and the
// dialog is closed afterwards if it is still showing. The dialog is looked
// for until it is the active modal one, so that a busy dialog shown before
// it does not get in the way.
template <typename Dialog>
void withModal(const std::function<void()> &open, const std::function<void(Dialog *)> &drive)
{
    bool driven = false;
    QTimer look;
    look.setInterval(10);
    QObject::connect(&look, &QTimer::timeout, [&] {
        auto *dialog = qobject_cast<Dialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        look.stop();
        drive(dialog);
        driven = true;
        // Closed as the test leaves it, without the questions a user's
        // Cancel may ask (unsaved input).
        if (dialog->isVisible())
            static_cast<QDialog *>(dialog)->done(QDialog::Rejected);
    });
    look.start();
    open();
    look.stop();
    REQUIRE(driven);
}

} // namespace huajie::test
