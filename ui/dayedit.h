#pragma once

#include <QDateEdit>

namespace huajie {

// A day shown and typed as it is written, 2026-11-28. A plain QDateEdit moves on to
// the month once the four digits of the year are in, and then takes the "-"
// typed next as a move to the day: the month is skipped and the day gets
// the month's digits. Here a "-" right after a field has moved on is taken
// as already done.
class DayEdit : public QDateEdit
{
public:
    explicit DayEdit(const QDate &date = {}, QWidget *parent = nullptr);

protected:
    void keyPressEvent(QKeyEvent *event) override;
};

} // namespace huajie
