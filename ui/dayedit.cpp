#include "dayedit.h"

#include <QKeyEvent>
#include <QLineEdit>

namespace huajie {

DayEdit::DayEdit(const QDate &date, QWidget *parent) : QDateEdit(parent)
{
    setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    if (date.isValid())
        setDate(date);
}

void DayEdit::keyPressEvent(QKeyEvent *event)
{
    const QLineEdit *line = lineEdit();
    const int at = line->hasSelectedText() ? line->selectionStart() : line->cursorPosition();
    if (event->text() == QLatin1String("-") && at > 0 &&
        line->text().at(at - 1) == QLatin1Char('-')) {
        event->accept();
        return;
    }
    QDateEdit::keyPressEvent(event);
}

} // namespace huajie
