#pragma once

#include <QObject>
#include <QSet>
#include <QThread>

#include <atomic>
#include <memory>

namespace huajie {

class SearchWorker;

// Runs the store's case search (CaseSearch) for the list's filter line on a
// thread of its own, over a read-only connection of its own, so that typing
// stays fast on 100,000 cases whatever a search takes (a word of one or two
// characters reads every case's text). Only the newest text counts: a
// search asked for while an older one runs replaces it, and only its
// answer is told.
class CaseSearchRunner : public QObject
{
    Q_OBJECT

public:
    explicit CaseSearchRunner(const QString &databasePath, QObject *parent = nullptr);
    ~CaseSearchRunner() override;

    void search(const QString &text);
    // Forgets the search running, if any: its answer is not told.
    void cancel();
    // A search asked for has not been answered yet.
    bool busy() const { return m_answered != m_asked; }

Q_SIGNALS:
    void found(const QSet<qint64> &caseIds);
    void failed(const QString &message);

private:
    void answer(int generation, const QSet<qint64> &caseIds, const QString &problem);

    QThread m_thread;
    SearchWorker *m_worker; // lives on m_thread, deleted when it finishes
    // The newest search asked for, read by the worker to skip older ones.
    std::shared_ptr<std::atomic<int>> m_newest;
    int m_asked = 0;
    int m_answered = 0;
};

} // namespace huajie
