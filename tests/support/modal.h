#pragma once

#include <QApplication>
#include <QDialog>
#include <QTimer>

#include <catch2/catch.hpp>

#include <functional>

namespace huajie::test {

// Runs `open`, which shows a modal dialog of type Dialog and waits for it;
// `drive` works on the dialog while it is open, as a user would, and the
// dialog is closed afterwards if it is still showing.
template <typename Dialog>
void withModal(const std::function<void()> &open, const std::function<void(Dialog *)> &drive)
{
    bool driven = false;
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<Dialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog != nullptr);
        drive(dialog);
        driven = true;
        if (dialog->isVisible())
            dialog->reject();
    });
    open();
    REQUIRE(driven);
}

} // namespace huajie::test
