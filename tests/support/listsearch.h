#pragma once

#include "mainwindow.h"
#include "support/typing.h"

#include <QLineEdit>
#include <QTest>

namespace huajie::test {

// Types into the case list's search field as a Chinese input method does,
// and waits until the list shows what the store found for it.
inline bool searchList(MainWindow &window, const QString &text)
{
    typeText(window.searchField(), text);
    return QTest::qWaitFor([&] { return !window.searching(); }, 10000);
}

} // namespace huajie::test
