#include "screenfit.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

namespace huajie {

QSize sizeOnScreen(const QWidget *window, const QSize &wanted)
{
    const QScreen *screen = window->screen() ? window->screen() : QGuiApplication::primaryScreen();
    // Room for the title bar and borders a window manager adds, which are
    // not known before the window is first shown.
    const QSize frame(24, 64);
    return wanted.boundedTo(screen->availableGeometry().size() - frame);
}

} // namespace huajie
