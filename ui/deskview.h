#pragma once

#include "deadline/deskagenda.h"

#include <QPointer>
#include <QThread>
#include <QWidget>

class QHeaderView;
class QLabel;
class QSplitter;
class QTextBrowser;
class QTreeWidget;
class QTreeWidgetItem;

namespace huajie {

class Store;

// The desk: what is overdue, due today, due in the coming week, and the
// cases close to their time limit. One click on a deadline explains it; a
// double click opens its case.
class DeskView : public QWidget
{
    Q_OBJECT

public:
    explicit DeskView(Store &store, QWidget *parent = nullptr);
    ~DeskView() override;

    // Counts the deadlines again, in the background: a desk of 100,000 cases
    // reads for half a second, and the window must not wait for that.
    void refresh();
    bool isCounting() const { return m_counting; }
    const DeskAgenda &agenda() const { return m_agenda; }
    // The overdue deadlines in a few lines, for the reminder at start-up.
    QString overdueSummary(int atMost = 10) const;
    // For the window to remember their sizes.
    QSplitter *splitter() const { return m_splitter; }
    QHeaderView *header() const;

Q_SIGNALS:
    void openCase(qint64 caseId);
    void refreshed(); // the agenda is up to date

private:
    void show(const DeskAgenda &agenda, const QString &problem);
    void addSessions();
    void addGroup(const QString &title, const QList<AgendaItem> &items, const QColor &colour);
    void explain(QTreeWidgetItem *item);

    Store &m_store;
    DeskAgenda m_agenda;
    QLabel *m_summary;
    QTreeWidget *m_tree;
    QTextBrowser *m_explanation;
    QSplitter *m_splitter;
    QList<AgendaItem> m_items; // indexed by the tree items' data
    int m_generation = 0;      // a newer refresh makes an older one's result stale
    bool m_counting = false;
    QList<QPointer<QThread>> m_workers; // waited for on destruction
};

} // namespace huajie
