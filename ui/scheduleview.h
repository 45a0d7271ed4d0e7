#pragma once

#include "sessions/session.h"

#include <QDate>
#include <QWidget>

class QButtonGroup;
class QComboBox;
class QLabel;
class QListWidget;
class QSplitter;
class QTableWidget;

namespace huajie {

class DeskView;
class Store;
struct AgendaItem;

// The schedule: a month or a week with sessions and deadlines together,
// coloured by their state, filtered by mediator and room. A click on a day
// lists it; a double click on an entry opens its case.
class ScheduleView : public QWidget
{
    Q_OBJECT

public:
    ScheduleView(Store &store, DeskView &desk, QWidget *parent = nullptr);

    void refresh();
    void showMonth(const QDate &day);
    void showWeek(const QDate &day);
    QTableWidget *grid() const { return m_grid; }
    QDate firstShown() const { return m_first; }
    // The mediators and rooms to filter by, read again from the directories.
    void reloadFilters();
    QSplitter *splitter() const { return m_splitter; }
    QComboBox *mediatorFilter() const { return m_mediator; }
    QComboBox *roomFilter() const { return m_room; }
    // Writes the sessions shown to an iCalendar file; asks where when no path is given.
    bool exportICalendar(const QString &path = {});

Q_SIGNALS:
    void openCase(qint64 caseId);

private:
    struct Entry
    {
        QDateTime when; // a session's start; a deadline's day at 23:59, after the sessions
        QString text;   // in the day's list
        QString brief;  // in the grid's cell
        QColor colour;
        qint64 caseId;
    };

    void step(int direction);
    QList<Entry> entriesOn(const QDate &day) const;
    void showDay(const QDate &day);

    Store &m_store;
    DeskView &m_desk;
    QDate m_anchor;
    QDate m_first;
    bool m_week = false;
    QList<Session> m_sessions;
    QLabel *m_title;
    QComboBox *m_mediator;
    QComboBox *m_room;
    QTableWidget *m_grid;
    QListWidget *m_day;
    QSplitter *m_splitter;
};

} // namespace huajie
