#include "casesearchrunner.h"

#include "store/casesearch.h"
#include "store/sqliteconnection.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QSqlDatabase>

Q_LOGGING_CATEGORY(lcSearch, "huajie.ui.search", QtInfoMsg)

namespace huajie {

// Lives on the runner's thread: its connection is opened, used and closed there.
class SearchWorker : public QObject
{
public:
    SearchWorker(QString path, std::shared_ptr<std::atomic<int>> newest)
        : m_path(std::move(path)),
          m_connection(QStringLiteral("case-search-%1").arg(quintptr(this), 0, 16)),
          m_newest(std::move(newest))
    {}

    ~SearchWorker() override
    {
        if (!m_opened)
            return;
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
    }

    // Searches unless a newer search was asked for meanwhile (false then).
    bool run(int generation, const QString &text, QSet<qint64> *found, QString *problem)
    {
        if (generation != m_newest->load())
            return false;
        if (!m_opened) {
            m_opened = true;
            if (auto db = sqlite::open(m_path, m_connection, true); !db) {
                *problem = db.error().describe();
                return true;
            }
        }
        QElapsedTimer timer;
        timer.start();
        auto ids = CaseSearch(QSqlDatabase::database(m_connection, false)).matching(text);
        if (!ids) {
            *problem = ids.error().describe();
            return true;
        }
        *found = std::move(ids).value();
        qCDebug(lcSearch) << text << found->size() << "cases in" << timer.elapsed() << "ms";
        return true;
    }

private:
    QString m_path;
    QString m_connection;
    std::shared_ptr<std::atomic<int>> m_newest;
    bool m_opened = false;
};

CaseSearchRunner::CaseSearchRunner(const QString &databasePath, QObject *parent)
    : QObject(parent), m_newest(std::make_shared<std::atomic<int>>(0))
{
    m_worker = new SearchWorker(databasePath, m_newest);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.setObjectName(QStringLiteral("case search"));
    m_thread.start();
}

CaseSearchRunner::~CaseSearchRunner()
{
    cancel();
    m_thread.quit();
    m_thread.wait();
}

void CaseSearchRunner::search(const QString &text)
{
    const int generation = ++m_asked;
    m_newest->store(generation);
    SearchWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        m_worker,
        [this, worker, generation, text] {
            QSet<qint64> found;
            QString problem;
            if (!worker->run(generation, text, &found, &problem))
                return;
            QMetaObject::invokeMethod(
                this, [this, generation, found, problem] { answer(generation, found, problem); },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void CaseSearchRunner::cancel()
{
    m_answered = ++m_asked;
    m_newest->store(m_asked);
}

void CaseSearchRunner::answer(int generation, const QSet<qint64> &caseIds, const QString &problem)
{
    if (generation != m_asked)
        return;
    m_answered = generation;
    if (problem.isEmpty())
        Q_EMIT found(caseIds);
    else
        Q_EMIT failed(problem);
}

} // namespace huajie
