#pragma once

#include <QString>
#include <QWidget>

#include <catch2/catch.hpp>

namespace huajie::test {

// The widget of that type and object name under `parent`; the test stops when there is none.
template <typename T> T *child(QWidget *parent, const char *name)
{
    T *widget = parent->findChild<T *>(QString::fromLatin1(name));
    REQUIRE(widget != nullptr);
    return widget;
}

// With HUAJIE_SCREENSHOTS=DIR, the test leaves pictures of what it saw there.
inline void screenshot(QWidget *widget, const char *name)
{
    const QString dir = qEnvironmentVariable("HUAJIE_SCREENSHOTS");
    if (!dir.isEmpty())
        widget->grab().save(dir + QLatin1Char('/') + QString::fromLatin1(name) +
                            QStringLiteral(".png"));
}

} // namespace huajie::test
