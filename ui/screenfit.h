#pragma once

#include <QSize>

class QWidget;

namespace huajie {

// The size a window would like, made smaller where the screen it opens on
// has less room, so that its frame and buttons stay on a laptop's screen.
QSize sizeOnScreen(const QWidget *window, const QSize &wanted);

} // namespace huajie
