#pragma once

#include <QLabel>

namespace huajie {

// A widget with the object name tests and style sheets find it by.
template <typename Widget> Widget *named(Widget *widget, const char *objectName)
{
    widget->setObjectName(QString::fromLatin1(objectName));
    return widget;
}

// The line under a form that says what is wrong, in red; hidden until then.
inline QLabel *errorLabel(QWidget *parent, const char *objectName)
{
    auto *label = named(new QLabel(parent), objectName);
    label->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold"));
    label->setWordWrap(true);
    label->hide();
    return label;
}

} // namespace huajie
