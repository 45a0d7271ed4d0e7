#pragma once

#include <QCoreApplication>
#include <QInputMethodEvent>
#include <QWidget>

namespace huajie::test {

// Types text into a widget as a Chinese input method does: the finished
// characters arrive as one commit (QTest::keyClicks knows only ASCII keys).
inline void typeText(QWidget *widget, const QString &text)
{
    QInputMethodEvent event;
    event.setCommitString(text);
    QCoreApplication::sendEvent(widget, &event);
}

} // namespace huajie::test
