#pragma once

#include "domain/caserecord.h"
#include "sessions/session.h"
#include "store/eventlog.h"

#include <QWidget>

#include <optional>

class QAction;
class QGridLayout;
class QLabel;
class QTabWidget;
class QTextBrowser;
class QToolButton;
class QTreeWidget;

namespace huajie {

class CaseDetailView;
class CaseDocumentsView;
class Store;
struct ActionSpec;

// The selected case beside the list: its state, the actions possible now
// (the others disabled, with the reason), its details and its history.
class CasePanel : public QWidget
{
    Q_OBJECT

public:
    explicit CasePanel(Store &store, QWidget *parent = nullptr);

    void showCase(qint64 caseId);
    void showNothing();
    // Opens the action's dialog for the shown case.
    void runAction(const ActionSpec &action);

    // Putting mistakes right, each asking for the reason and confirming;
    // the Case menu offers the same actions.
    void correctLastAction();
    void withdrawLastAction();
    void voidRegistration();
    QList<QAction *> correctionActions() const { return {m_correct, m_withdraw, m_void}; }

    static QString historyHtml(const QList<CaseEvent> &events);
    static QString correctionHtml(const CaseEvent &event, const QList<CaseEvent> &events);

Q_SIGNALS:
    void caseChanged(qint64 caseId);

private:
    void rebuildActions();
    void showDeadlines();
    void showSessions();
    void scheduleSession();
    void recordSession();
    void rescheduleSession();
    void cancelSession();
    // The session selected in the Sessions tab, if one is and it loads.
    std::optional<Session> selectedSession() const;
    void updateCorrections();
    void changed();

    Store &m_store;
    CaseRecord m_record;
    QLabel *m_title;
    QLabel *m_status;
    QWidget *m_actionBar;
    QGridLayout *m_actionGrid;
    QToolButton *m_allActions;
    QToolButton *m_putRight;
    QAction *m_correct;
    QAction *m_withdraw;
    QAction *m_void;
    QTabWidget *m_tabs;
    CaseDetailView *m_details;
    QTextBrowser *m_history;
    QTreeWidget *m_deadlines;
    QTextBrowser *m_deadlineExplanation;
    QTreeWidget *m_sessions;
    CaseDocumentsView *m_documents;
};

} // namespace huajie
