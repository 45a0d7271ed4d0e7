#include "deskview.h"

#include "clock.h"
#include "domain/vocabulary.h"
#include "store/store.h"

#include <QElapsedTimer>
#include <QHeaderView>
#include <QLabel>
#include <QLoggingCategory>
#include <QSplitter>
#include <QTextBrowser>
#include <QThread>
#include <QTreeWidget>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcDesk, "huajie.ui.desk", QtInfoMsg)

namespace huajie {
namespace {
enum Column
{
    DueColumn,
    DeadlineColumn,
    CaseColumn,
    ApplicantColumn,
    AgencyColumn,
    StateColumn,
    StatusColumn,
    ColumnCount
};
constexpr int kItemRole = Qt::UserRole + 1;
constexpr int kSessionCaseRole = Qt::UserRole + 2;
} // namespace

DeskView::DeskView(Store &store, QWidget *parent)
    : QWidget(parent), m_store(store), m_summary(new QLabel(this)), m_tree(new QTreeWidget(this)),
      m_explanation(new QTextBrowser(this)), m_splitter(new QSplitter(Qt::Vertical, this))
{
    setObjectName(QStringLiteral("deskView"));
    m_summary->setObjectName(QStringLiteral("deskSummary"));
    m_summary->setStyleSheet(QStringLiteral("font-size: 13pt"));
    m_tree->setObjectName(QStringLiteral("deskTree"));
    m_tree->setColumnCount(ColumnCount);
    m_tree->setHeaderLabels({tr("Due"), tr("Deadline"), tr("Case"), tr("Applicants"),
                             tr("Respondent agencies"), tr("State"), tr("Status")});
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->resizeSection(DueColumn, 150);
    m_tree->header()->resizeSection(DeadlineColumn, 240);
    m_tree->header()->resizeSection(CaseColumn, 170);
    m_tree->header()->resizeSection(ApplicantColumn, 140);
    m_tree->header()->resizeSection(AgencyColumn, 200);
    m_tree->header()->resizeSection(StateColumn, 90);
    m_explanation->setObjectName(QStringLiteral("deskExplanation"));
    m_explanation->setPlaceholderText(tr("Click a deadline to see how it was counted."));

    m_splitter->setObjectName(QStringLiteral("deskSplitter"));
    m_splitter->addWidget(m_tree);
    m_splitter->addWidget(m_explanation);
    m_splitter->setSizes({520, 200});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_splitter, 1);

    connect(m_tree, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem *item) { explain(item); });
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QVariant index = item->data(0, kItemRole);
        if (index.isValid())
            Q_EMIT openCase(m_items.at(index.toInt()).caseId);
        else if (const QVariant session = item->data(0, kSessionCaseRole); session.isValid())
            Q_EMIT openCase(session.toLongLong());
    });
}

QHeaderView *DeskView::header() const
{
    return m_tree->header();
}

DeskView::~DeskView()
{
    for (const QPointer<QThread> &worker : std::as_const(m_workers))
        if (worker)
            worker->wait();
}

void DeskView::refresh()
{
    const int generation = ++m_generation;
    m_counting = true;
    m_summary->setText(tr("Counting deadlines…"));
    const QString path = m_store.path();
    const DeadlineSetup setup = m_store.deadlineSetup();
    const QDate today = Clock::today();
    QThread *worker = QThread::create([this, generation, path, setup, today] {
        // Its own connection: a Qt SQL connection belongs to one thread.
        QElapsedTimer timer;
        timer.start();
        DeskAgenda agenda;
        QString problem;
        if (auto store = Store::open(path, StoreAccess::ReadOnly); !store) {
            problem = store.error().describe();
        } else if (auto cases = store.value()->cases().casesInStates(
                       DeskAgenda::statesToLoad(setup.profile));
                   !cases) {
            problem = cases.error().describe();
        } else {
            agenda = DeskAgenda::build(cases.value(), setup.profile, setup.calendar, today);
            // The rows name the parties, as the case list does.
            if (auto rows = store.value()->cases().summaries())
                agenda.addNames(rows.value());
            qCDebug(lcDesk) << cases.value().size() << "cases counted in" << timer.elapsed()
                            << "ms";
        }
        QMetaObject::invokeMethod(
            this,
            [this, generation, agenda, problem] {
                if (generation == m_generation)
                    show(agenda, problem);
            },
            Qt::QueuedConnection);
    });
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    m_workers.removeIf([](const QPointer<QThread> &w) { return w.isNull(); });
    m_workers.append(worker);
    worker->start();
}

void DeskView::show(const DeskAgenda &agenda, const QString &problem)
{
    m_counting = false;
    m_tree->clear();
    m_items.clear();
    m_explanation->clear();
    m_agenda = agenda;
    if (!problem.isEmpty()) {
        m_summary->setText(problem);
        Q_EMIT refreshed();
        return;
    }
    const DeadlineSetup &setup = m_store.deadlineSetup();
    m_summary->setText(
        tr("%1 · <span style='color:#b00020'>%2 overdue</span> · %3 due today · %4 due in "
           "the coming week")
            .arg(QLocale().toString(Clock::today(), QStringLiteral("yyyy-MM-dd dddd")))
            .arg(m_agenda.overdue.size())
            .arg(m_agenda.dueToday.size())
            .arg(m_agenda.dueThisWeek.size()));
    addGroup(tr("Overdue"), m_agenda.overdue, QColor(0xb0, 0x00, 0x20));
    addGroup(tr("Due today"), m_agenda.dueToday, QColor(0xc0, 0x60, 0x00));
    addGroup(tr("Due in the coming week"), m_agenda.dueThisWeek, palette().text().color());
    addGroup(tr("Close to the time limit"), m_agenda.closeToLimit, QColor(0xc0, 0x60, 0x00));
    if (!m_agenda.tracked.isEmpty())
        addGroup(tr("Tracked, with no time limit"), m_agenda.tracked, palette().text().color());
    addSessions();
    if (!setup.profileProblem.isEmpty())
        m_explanation->setPlainText(
            tr("The chosen rule profile cannot be read, so the default counts: %1")
                .arg(setup.profileProblem));
    Q_EMIT refreshed();
}

void DeskView::addGroup(const QString &title, const QList<AgendaItem> &items, const QColor &colour)
{
    auto *group =
        new QTreeWidgetItem(m_tree, {QStringLiteral("%1 (%2)").arg(title).arg(items.size())});
    QFont bold = group->font(0);
    bold.setBold(true);
    group->setFont(0, bold);
    group->setForeground(0, colour);
    group->setFirstColumnSpanned(true);
    for (const AgendaItem &item : items) {
        const CaseDeadline &d = item.deadline;
        auto *row =
            new QTreeWidgetItem(group, {d.deadline.due.toString(Qt::ISODate), d.rule.label(),
                                        item.caseNumber, item.applicants, item.agencies,
                                        vocab::caseStates().label(item.caseState), d.statusText()});
        for (int c = 0; c < ColumnCount; ++c)
            row->setForeground(c, colour);
        row->setToolTip(CaseColumn, item.disputedAct);
        row->setToolTip(ApplicantColumn, item.applicants);
        row->setToolTip(AgencyColumn, item.agencies);
        row->setData(0, kItemRole, int(m_items.size()));
        m_items.append(item);
    }
    group->setExpanded(true);
}

void DeskView::addSessions()
{
    auto sessions = m_store.sessions().between(Clock::today(), Clock::today().addDays(7));
    if (!sessions)
        return;
    auto *group = new QTreeWidgetItem(m_tree, {QStringLiteral("%1 (%2)")
                                                   .arg(tr("Sessions in the coming week"))
                                                   .arg(sessions.value().size())});
    QFont bold = group->font(0);
    bold.setBold(true);
    group->setFont(0, bold);
    group->setForeground(0, QColor(0x1f, 0x5f, 0xbf));
    group->setFirstColumnSpanned(true);
    for (const Session &s : sessions.value()) {
        // In the columns of the deadlines: what is due (the session and its
        // room), the case, and the session's status.
        const QString what = QStringLiteral("%1 · %2").arg(vocab::sessionKinds().label(s.kind),
                                                           s.room.isEmpty() ? s.place : s.room);
        auto *row = new QTreeWidgetItem(group);
        row->setText(DueColumn, s.start.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        row->setText(DeadlineColumn, what);
        row->setText(CaseColumn, s.caseNumber);
        row->setText(StatusColumn, vocab::sessionStatuses().label(s.status));
        row->setData(0, kSessionCaseRole, s.caseId);
    }
    group->setExpanded(true);
}

void DeskView::explain(QTreeWidgetItem *item)
{
    const QVariant index = item ? item->data(0, kItemRole) : QVariant();
    if (!index.isValid()) {
        m_explanation->clear();
        return;
    }
    const AgendaItem &a = m_items.at(index.toInt());
    QString html = QStringLiteral("<b>%1 · %2</b><br>%3<ol>")
                       .arg(a.caseNumber.toHtmlEscaped(), a.deadline.statusText().toHtmlEscaped(),
                            a.disputedAct.toHtmlEscaped());
    for (const QString &line :
         a.deadline.explanation(m_store.deadlineSetup().calendar, Clock::today()))
        html += QStringLiteral("<li>%1</li>").arg(line.toHtmlEscaped());
    m_explanation->setHtml(html + QStringLiteral("</ol>"));
}

QString DeskView::overdueSummary(int atMost) const
{
    QStringList lines;
    for (const AgendaItem &item : m_agenda.overdue.mid(0, atMost))
        lines.append(
            tr("%1 %2: %3")
                .arg(item.caseNumber, item.deadline.rule.label(), item.deadline.statusText()));
    if (m_agenda.overdue.size() > atMost)
        lines.append(tr("… and %1 more: see the desk.").arg(m_agenda.overdue.size() - atMost));
    return lines.join(QLatin1Char('\n'));
}

} // namespace huajie
