#pragma once

#include <QDate>
#include <QWidget>

class QCalendarWidget;
class QLineEdit;
class QToolButton;

namespace huajie {

// A date that may stay unknown: empty until the user types one or picks it
// from the calendar (which opens on today, or on the date typed), and
// emptied again with the clear button. Text that is not a date is kept as
// typed, so that the form can say so rather than save without it.
class OptionalDateEdit : public QWidget
{
    Q_OBJECT

public:
    explicit OptionalDateEdit(QWidget *parent = nullptr);

    // The date, or an invalid one when empty or not a date.
    QDate date() const;
    void setDate(const QDate &date);
    bool isEmpty() const;
    // Something is typed that is not a date.
    bool isInvalid() const;

    QLineEdit *lineEdit() const { return m_text; }
    QToolButton *calendarButton() const { return m_pick; }
    QCalendarWidget *calendar() const { return m_calendar; }

    // The dates a user types: 2026-11-23, 2026/11/23, 2026.11.23, 20261123 or 2026年11月23日.
    static QDate parse(const QString &text);

private:
    void showCalendar();

    QLineEdit *m_text;
    QToolButton *m_pick;
    QCalendarWidget *m_calendar;
};

} // namespace huajie
