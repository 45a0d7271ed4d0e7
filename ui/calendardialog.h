#pragma once

#include <QDialog>

class QCalendarWidget;
class QLabel;
class QLineEdit;
class QTreeWidget;

namespace huajie {

class Store;

// The holiday calendar as the center has it: a month at a glance with rest
// days marked, the day's basis, changes to single days and imports of a new
// year's notice, each with its reason, and the list of changes made.
class CalendarDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CalendarDialog(Store &store, QWidget *parent = nullptr);

    bool changed() const { return m_changed; }
    // The file dialog is skipped when a path is given (for scripts and tests).
    void importFile(const QString &path = {});
    void setDay(bool rest);
    void clearDay();
    QLineEdit *reasonField() const { return m_reason; }
    QLineEdit *nameField() const { return m_name; }
    QCalendarWidget *calendarWidget() const { return m_calendar; }
    QString message() const;

private:
    void paintMonth();
    void showDay();
    void showChanges();
    bool afterChange(const QString &problem);

    Store &m_store;
    QCalendarWidget *m_calendar;
    QLabel *m_day;
    QLineEdit *m_name;
    QLineEdit *m_reason;
    QLabel *m_message;
    QTreeWidget *m_changes;
    bool m_changed = false;
};

} // namespace huajie
