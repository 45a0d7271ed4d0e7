#include "casepanel.h"

#include "actiondialog.h"
#include "casedetailview.h"
#include "casedocumentsview.h"
#include "clock.h"
#include "correctiondialog.h"
#include "deadline/casedeadlines.h"
#include "documents/documentlibrary.h"
#include "domain/vocabulary.h"
#include "io/changedescription.h"
#include "lifecycle/correction.h"
#include "lifecycle/eventnames.h"
#include "lifecycle/lifecycle.h"
#include "sessiondialog.h"
#include "store/store.h"

#include <QAction>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QSplitter>
#include <QTabWidget>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace huajie {
namespace {
QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

CasePanel::CasePanel(Store &store, QWidget *parent)
    : QWidget(parent), m_store(store), m_title(new QLabel(this)), m_status(new QLabel(this)),
      m_actionBar(new QWidget(this)), m_actionGrid(new QGridLayout(m_actionBar)),
      m_allActions(new QToolButton(this)), m_putRight(new QToolButton(this)),
      m_correct(new QAction(tr("Correct the last action…"), this)),
      m_withdraw(new QAction(tr("Withdraw the last action…"), this)),
      m_void(new QAction(tr("Void this registration…"), this)), m_tabs(new QTabWidget(this)),
      m_details(new CaseDetailView(this)), m_history(new QTextBrowser(this)),
      m_deadlines(new QTreeWidget(this)), m_deadlineExplanation(new QTextBrowser(this)),
      m_sessions(new QTreeWidget(this)), m_documents(new CaseDocumentsView(store, this))
{
    setObjectName(QStringLiteral("casePanel"));
    m_title->setObjectName(QStringLiteral("caseTitle"));
    m_title->setStyleSheet(QStringLiteral("font-size: 15pt; font-weight: bold"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setObjectName(QStringLiteral("caseStatus"));
    m_status->setWordWrap(true);
    m_actionGrid->setContentsMargins(0, 0, 0, 0);
    m_allActions->setObjectName(QStringLiteral("allActions"));
    m_allActions->setText(tr("All actions"));
    m_allActions->setPopupMode(QToolButton::InstantPopup);
    m_putRight->setObjectName(QStringLiteral("putRight"));
    m_putRight->setText(tr("Put a mistake right"));
    m_putRight->setPopupMode(QToolButton::InstantPopup);
    auto *putRight = new QMenu(m_putRight);
    putRight->setToolTipsVisible(true);
    m_correct->setObjectName(QStringLiteral("correctLastAction"));
    m_withdraw->setObjectName(QStringLiteral("withdrawLastAction"));
    m_void->setObjectName(QStringLiteral("voidRegistration"));
    putRight->addActions({m_correct, m_withdraw, m_void});
    m_putRight->setMenu(putRight);
    connect(m_correct, &QAction::triggered, this, &CasePanel::correctLastAction);
    connect(m_withdraw, &QAction::triggered, this, &CasePanel::withdrawLastAction);
    connect(m_void, &QAction::triggered, this, &CasePanel::voidRegistration);
    m_tabs->setObjectName(QStringLiteral("caseTabs"));
    m_history->setObjectName(QStringLiteral("caseHistory"));
    m_deadlines->setObjectName(QStringLiteral("caseDeadlines"));
    m_deadlines->setRootIsDecorated(false);
    m_deadlines->setHeaderLabels({tr("Deadline"), tr("Due"), tr("Status")});
    m_deadlines->header()->resizeSection(0, 200);
    m_deadlineExplanation->setObjectName(QStringLiteral("caseDeadlineExplanation"));
    m_deadlineExplanation->setPlaceholderText(tr("Click a deadline to see how it was counted."));
    auto *deadlines = new QSplitter(Qt::Vertical, this);
    deadlines->addWidget(m_deadlines);
    deadlines->addWidget(m_deadlineExplanation);
    connect(m_deadlines, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        m_deadlineExplanation->setPlainText(item ? item->data(0, Qt::UserRole).toString()
                                                 : QString());
    });
    m_sessions->setObjectName(QStringLiteral("caseSessions"));
    m_sessions->setRootIsDecorated(false);
    m_sessions->setHeaderLabels({tr("When"), tr("Kind"), tr("Where"), tr("Status")});
    m_sessions->header()->resizeSection(0, 130);
    auto *schedule = new QPushButton(tr("Schedule a session…"), this);
    schedule->setObjectName(QStringLiteral("scheduleSession"));
    auto *record = new QPushButton(tr("Attendance and minutes…"), this);
    record->setObjectName(QStringLiteral("recordSession"));
    auto *reschedule = new QPushButton(tr("Reschedule…"), this);
    reschedule->setObjectName(QStringLiteral("rescheduleSession"));
    auto *cancel = new QPushButton(tr("Cancel session…"), this);
    cancel->setObjectName(QStringLiteral("cancelSession"));
    connect(schedule, &QPushButton::clicked, this, &CasePanel::scheduleSession);
    connect(record, &QPushButton::clicked, this, &CasePanel::recordSession);
    connect(reschedule, &QPushButton::clicked, this, &CasePanel::rescheduleSession);
    connect(cancel, &QPushButton::clicked, this, &CasePanel::cancelSession);
    connect(m_sessions, &QTreeWidget::itemActivated, this, &CasePanel::recordSession);
    // The same on the selected session's context menu.
    m_sessions->setContextMenuPolicy(Qt::ActionsContextMenu);
    for (QPushButton *button : {record, reschedule, cancel}) {
        auto *action = new QAction(button->text(), m_sessions);
        connect(action, &QAction::triggered, button, &QPushButton::click);
        m_sessions->addAction(action);
    }
    auto *sessions = new QWidget(this);
    auto *sessionButtons = new QHBoxLayout;
    sessionButtons->addWidget(schedule);
    sessionButtons->addWidget(record);
    sessionButtons->addWidget(reschedule);
    sessionButtons->addWidget(cancel);
    sessionButtons->addStretch();
    auto *sessionLayout = new QVBoxLayout(sessions);
    sessionLayout->setContentsMargins(0, 4, 0, 0);
    sessionLayout->addLayout(sessionButtons);
    sessionLayout->addWidget(m_sessions);
    m_tabs->addTab(m_details, tr("Details"));
    m_tabs->addTab(deadlines, tr("Deadlines"));
    m_tabs->addTab(sessions, tr("Sessions"));
    m_tabs->addTab(m_documents, tr("Documents"));
    m_tabs->addTab(m_history, tr("History"));
    connect(m_documents, &CaseDocumentsView::caseChanged, this, [this](qint64 id) {
        showCase(id);
        Q_EMIT caseChanged(id);
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_status);
    layout->addWidget(m_actionBar);
    auto *menus = new QHBoxLayout;
    menus->addWidget(m_allActions);
    menus->addWidget(m_putRight);
    menus->addStretch();
    layout->addLayout(menus);
    layout->addWidget(m_tabs, 1);
    showNothing();
}

void CasePanel::showNothing()
{
    m_record = CaseRecord{};
    m_title->clear();
    m_status->setText(tr("Select a case to see it here."));
    m_actionBar->hide();
    m_allActions->hide();
    m_putRight->hide();
    updateCorrections();
    m_details->clear();
    m_history->clear();
    m_deadlines->clear();
    m_deadlineExplanation->clear();
    m_sessions->clear();
    m_documents->clear();
}

void CasePanel::showCase(qint64 caseId)
{
    auto record = m_store.cases().load(caseId);
    if (!record) {
        showNothing();
        m_status->setText(record.error().describe());
        return;
    }
    m_record = record.value();
    const CaseProgress &p = m_record.progress;
    m_title->setText(m_record.number);
    QStringList status{
        QStringLiteral("<b>%1</b>").arg(esc(vocab::caseStates().label(m_record.state)))};
    if (p.suspended())
        status << esc(tr("time limit suspended since %1 (%2)")
                          .arg(p.suspensions.last().from.toString(Qt::ISODate),
                               vocab::suspensionKinds().label(p.suspensions.last().kind)));
    if (p.extension)
        status << esc(tr("extended by %1 days").arg(p.extension->days));
    if (m_record.voided)
        status.prepend(
            QStringLiteral("<b style='color:#b00020'>%1</b>").arg(esc(tr("Registration voided"))));
    m_status->setText(status.join(QStringLiteral(" · ")));
    m_details->showCase(m_record, m_store.deadlineSetup().profile.vocabularies);
    auto events = m_store.cases().history(caseId);
    m_history->setHtml(events ? historyHtml(events.value()) : esc(events.error().describe()));
    rebuildActions();
    showDeadlines();
    showSessions();
    m_documents->showCase(m_record);
    m_actionBar->show();
    m_allActions->show();
    m_putRight->show();
    updateCorrections();
}

// What can be put right: the last action while one stands, the registration
// while it is not voided; on a read-only desk, nothing.
void CasePanel::updateCorrections()
{
    const bool open = m_record.id != 0 && !m_record.voided && !m_store.readOnly();
    QString noAction;
    if (m_record.id != 0) {
        auto last = m_store.cases().lastAction(m_record.id);
        noAction = last ? QString() : last.error().describe();
    }
    for (QAction *action : {m_correct, m_withdraw}) {
        action->setEnabled(open && noAction.isEmpty());
        action->setToolTip(noAction);
    }
    m_void->setEnabled(open);
}

void CasePanel::changed()
{
    const qint64 id = m_record.id;
    showCase(id);
    Q_EMIT caseChanged(id);
}

void CasePanel::correctLastAction()
{
    if (m_record.id == 0)
        return;
    auto last = m_store.cases().lastAction(m_record.id);
    if (!last) {
        QMessageBox::information(this, tr("Correct the last action"), last.error().describe());
        return;
    }
    const ActionSpec *spec = Lifecycle::find(last.value().event.action);
    CorrectionDialog dialog(m_store, m_record, *spec, last.value(), this);
    if (dialog.exec() == QDialog::Accepted)
        changed();
}

void CasePanel::withdrawLastAction()
{
    if (m_record.id == 0)
        return;
    auto last = m_store.cases().lastAction(m_record.id);
    if (!last) {
        QMessageBox::information(this, tr("Withdraw the last action"), last.error().describe());
        return;
    }
    const RecordedAction &action = last.value();
    const qint64 id = m_record.id;
    ReasonDialog dialog(
        tr("Withdraw the last action — %1").arg(m_record.number),
        tr("Withdraw \"%1\", recorded on %2 by %3? The case returns to \"%4\". The action "
           "stays in the history, marked as withdrawn.")
            .arg(Lifecycle::find(action.event.action)->translatedLabel(),
                 action.event.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                 action.event.user, vocab::caseStates().label(action.stateBefore)),
        tr("Withdraw"),
        [this, id](const QString &reason) -> Result<void> {
            auto done = m_store.cases().withdrawLastAction(id, reason);
            return done ? Result<void>() : done.error();
        },
        this);
    if (dialog.exec() == QDialog::Accepted)
        changed();
}

void CasePanel::voidRegistration()
{
    if (m_record.id == 0)
        return;
    const qint64 id = m_record.id;
    ReasonDialog dialog(
        tr("Void this registration — %1").arg(m_record.number),
        tr("Void the registration %1 as made in error? It leaves the case list, the desk, the "
           "schedule and the statistics, and no more can be done with it; it keeps its number, "
           "which is not given again, and its history. Voiding cannot be undone.")
            .arg(m_record.number),
        tr("Void the registration"),
        [this, id](const QString &reason) -> Result<void> {
            auto done = m_store.cases().voidCase(id, reason);
            return done ? Result<void>() : done.error();
        },
        this);
    if (dialog.exec() == QDialog::Accepted)
        changed();
}

void CasePanel::rebuildActions()
{
    while (QLayoutItem *item = m_actionGrid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    auto *menu = new QMenu(m_allActions);
    menu->setToolTipsVisible(true);
    const auto available = m_store.cases().availableActions(m_record, Clock::today());
    int shown = 0;
    for (const ActionAvailability &a : available) {
        QAction *entry = menu->addAction(a.action->translatedLabel());
        entry->setEnabled(a.enabled);
        entry->setToolTip(a.enabled ? QString() : a.reason);
        const ActionSpec *spec = a.action;
        connect(entry, &QAction::triggered, this, [this, spec] { runAction(*spec); });
        if (!a.enabled)
            continue;
        auto *button = new QPushButton(a.action->translatedLabel(), m_actionBar);
        button->setObjectName(QStringLiteral("action_") + QString::fromLatin1(a.action->code));
        connect(button, &QPushButton::clicked, this, [this, spec] { runAction(*spec); });
        m_actionGrid->addWidget(button, shown / 2, shown % 2);
        ++shown;
    }
    delete m_allActions->menu();
    m_allActions->setMenu(menu);
}

void CasePanel::showDeadlines()
{
    m_deadlines->clear();
    m_deadlineExplanation->clear();
    const DeadlineSetup &setup = m_store.deadlineSetup();
    for (const CaseDeadline &d :
         evaluateDeadlines(m_record, setup.profile, setup.calendar, Clock::today(), true)) {
        auto *item = new QTreeWidgetItem(
            m_deadlines, {d.rule.label(), d.deadline.due.toString(Qt::ISODate), d.statusText()});
        item->setData(0, Qt::UserRole, d.explanation().join(QLatin1Char('\n')));
        const QColor colour =
            d.status == CaseDeadline::Status::Overdue                 ? QColor(0xb0, 0x00, 0x20)
            : d.status == CaseDeadline::Status::DueToday              ? QColor(0xc0, 0x60, 0x00)
            : d.status == CaseDeadline::Status::StartUnknown          ? QColor(0xc0, 0x60, 0x00)
            : d.isOpen() || d.status == CaseDeadline::Status::Tracked ? palette().text().color()
                                                                      : QColor(0x77, 0x77, 0x77);
        for (int c = 0; c < 3; ++c)
            item->setForeground(c, colour);
    }
}

void CasePanel::showSessions()
{
    // The selected session stays selected when the case is shown again.
    const QTreeWidgetItem *current = m_sessions->currentItem();
    const qint64 selected = current ? current->data(0, Qt::UserRole).toLongLong() : 0;
    m_sessions->clear();
    auto sessions = m_store.sessions().forCase(m_record.id);
    if (!sessions)
        return;
    // The reason of each session's last change, from the case's history.
    QHash<qint64, QString> changes;
    if (auto events = m_store.cases().history(m_record.id))
        for (const CaseEvent &e : events.value())
            if (e.action == QLatin1String("cancel_session") ||
                e.action == QLatin1String("reschedule_session"))
                changes.insert(
                    e.input.value(QStringLiteral("session")).toInteger(),
                    tr("%1: %2").arg(eventName(e.action),
                                     e.input.value(QStringLiteral("reason")).toString()));
    for (const Session &s : sessions.value()) {
        auto *item = new QTreeWidgetItem(
            m_sessions, {s.start.toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                         vocab::sessionKinds().label(s.kind), s.room.isEmpty() ? s.place : s.room,
                         vocab::sessionStatuses().label(s.status)});
        item->setData(0, Qt::UserRole, s.id);
        if (s.id == selected)
            m_sessions->setCurrentItem(item);
        QStringList people;
        for (const Participant &p : s.participants)
            people.append(p.attended ? QStringLiteral("%1%2").arg(
                                           p.name, *p.attended ? QString() : tr(" (absent)"))
                                     : p.name);
        item->setToolTip(
            0, people.join(QStringLiteral("、")) +
                   (s.minutes.isEmpty() ? QString() : QStringLiteral("\n\n") + s.minutes) +
                   (changes.contains(s.id) ? QStringLiteral("\n\n") + changes.value(s.id)
                                           : QString()));
        if (s.isCancelled())
            for (int column = 0; column < m_sessions->columnCount(); ++column)
                item->setForeground(column, QColor(0x77, 0x77, 0x77));
    }
}

void CasePanel::scheduleSession()
{
    if (m_record.id == 0)
        return;
    SessionDialog dialog(m_store, m_record, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const qint64 id = m_record.id;
    showCase(id);
    Q_EMIT caseChanged(id);
}

std::optional<Session> CasePanel::selectedSession() const
{
    const QTreeWidgetItem *item = m_sessions->currentItem();
    if (!item)
        return std::nullopt;
    auto session = m_store.sessions().load(item->data(0, Qt::UserRole).toLongLong());
    if (!session)
        return std::nullopt;
    return session.value();
}

void CasePanel::recordSession()
{
    const auto session = selectedSession();
    if (!session)
        return;
    SessionOutcomeDialog dialog(m_store, *session, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const qint64 id = m_record.id;
    showCase(id);
    Q_EMIT caseChanged(id);
}

void CasePanel::rescheduleSession()
{
    const auto session = selectedSession();
    if (!session)
        return;
    if (auto changeable = SessionStore::checkChangeable(*session); !changeable) {
        QMessageBox::warning(this, tr("Reschedule"), changeable.error().describe());
        return;
    }
    SessionRescheduleDialog dialog(m_store, *session, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const qint64 id = m_record.id;
    showCase(id);
    Q_EMIT caseChanged(id);
    // Everyone called is told the new time: offer the notice.
    const Session &moved = dialog.moved();
    QStringList people;
    for (const Participant &p : moved.participants)
        people.append(p.name);
    const auto answer = QMessageBox::question(
        this, tr("Reschedule"),
        tr("The session is now on %1, %2. Its participants are to be notified again: %3.\n\n"
           "Make the session notice now?")
            .arg(moved.start.toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                 moved.room.isEmpty() ? moved.place : moved.room,
                 people.join(QStringLiteral("、"))));
    if (answer != QMessageBox::Yes)
        return;
    m_tabs->setCurrentWidget(m_documents);
    m_documents->newDocument(QStringLiteral("session-notice"));
}

void CasePanel::cancelSession()
{
    const auto session = selectedSession();
    if (!session)
        return;
    if (auto changeable = SessionStore::checkChangeable(*session); !changeable) {
        QMessageBox::warning(this, tr("Cancel session"), changeable.error().describe());
        return;
    }
    SessionCancelDialog dialog(m_store, *session, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const qint64 id = m_record.id;
    showCase(id);
    Q_EMIT caseChanged(id);
}

void CasePanel::runAction(const ActionSpec &action)
{
    if (m_record.id == 0)
        return;
    ActionDialog dialog(m_store, m_record, action, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const qint64 id = m_record.id;
    showCase(id);
    Q_EMIT caseChanged(id);
}

// A correction, withdrawal or voiding: which action, what changed, and why.
QString CasePanel::correctionHtml(const CaseEvent &e, const QList<CaseEvent> &events)
{
    QString html;
    const auto line = [&html](const QString &text) {
        html += QStringLiteral("<br><span style='color:#555'>%1</span>").arg(esc(text));
    };
    const qint64 sequence = e.input.value(QStringLiteral("event")).toInteger();
    const auto original = std::find_if(events.cbegin(), events.cend(),
                                       [&](const CaseEvent &o) { return o.sequence == sequence; });
    if (const ActionSpec *spec =
            Lifecycle::find(e.input.value(QStringLiteral("action")).toString())) {
        line(original == events.cend()
                 ? spec->translatedLabel()
                 : tr("%1, recorded %2")
                       .arg(spec->translatedLabel(),
                            QLocale().toString(original->at.toLocalTime(),
                                               QStringLiteral("yyyy-MM-dd HH:mm"))));
        // What the correction changed of what the action had recorded.
        if (e.action == correction::kCorrect && original != events.cend()) {
            QJsonObject previous = original->input;
            for (const CaseEvent &o : events)
                if (o.sequence < e.sequence && o.action == correction::kCorrect &&
                    o.input.value(QStringLiteral("event")).toInteger() == sequence)
                    previous = o.input.value(QStringLiteral("input")).toObject();
            const QJsonObject now = e.input.value(QStringLiteral("input")).toObject();
            for (const ActionField &field : spec->fields) {
                const QString key = QString::fromLatin1(field.key);
                const QString before = describeValue(previous.value(key), field.vocabulary);
                const QString after = describeValue(now.value(key), field.vocabulary);
                if (before != after)
                    line(QStringLiteral("%1：%2 → %3").arg(field.translatedLabel(), before, after));
            }
        }
    }
    line(tr("Reason: %1").arg(e.input.value(QStringLiteral("reason")).toString()));
    return html;
}

QString CasePanel::historyHtml(const QList<CaseEvent> &events)
{
    QString html;
    QSet<qint64> withdrawn;
    for (const CaseEvent &e : events)
        if (e.action == correction::kWithdraw)
            withdrawn.insert(e.input.value(QStringLiteral("event")).toInteger());
    // Newest first, as a timeline reads.
    for (auto it = events.crbegin(); it != events.crend(); ++it) {
        const CaseEvent &e = *it;
        const QString label = withdrawn.contains(e.sequence)
                                  ? tr("%1 (withdrawn)").arg(eventName(e.action))
                                  : eventName(e.action);
        html += QStringLiteral("<p><span style='color:#777'>%1 · %2</span><br><b>%3</b>")
                    .arg(esc(QLocale().toString(e.at.toLocalTime(),
                                                QStringLiteral("yyyy-MM-dd HH:mm"))),
                         esc(e.user), esc(label));
        if (e.fromState != e.toState && !e.fromState.isEmpty())
            html += QStringLiteral("：%1 → %2")
                        .arg(esc(vocab::caseStates().label(e.fromState)),
                             esc(vocab::caseStates().label(e.toState)));
        // An action shows what was entered for it; an edit, the old and new values.
        if (const ActionSpec *spec = Lifecycle::find(e.action)) {
            for (const ActionField &field : spec->fields) {
                const QJsonValue value = e.input.value(QString::fromLatin1(field.key));
                if (value.isUndefined() || describeValue(value) == QLatin1String("—"))
                    continue;
                html += QStringLiteral("<br><span style='color:#555'>%1：%2</span>")
                            .arg(esc(field.translatedLabel()),
                                 esc(describeValue(value, field.vocabulary)));
            }
        } else if (e.input.contains(QStringLiteral("document"))) {
            // What was issued or served, as a mediator names it.
            QStringList parts{
                DocumentLibrary::title(e.input.value(QStringLiteral("kind")).toString())};
            for (const char *key :
                 {"number", "recipient", "trackingNumber", "sentOn", "receivedOn"})
                if (const QString v = e.input.value(QString::fromLatin1(key)).toString();
                    !v.isEmpty())
                    parts.append(key == std::string_view("sentOn")       ? tr("sent %1").arg(v)
                                 : key == std::string_view("receivedOn") ? tr("received %1").arg(v)
                                                                         : v);
            html += QStringLiteral("<br><span style='color:#555'>%1</span>")
                        .arg(esc(parts.join(QStringLiteral(" · "))));
        } else if (e.action == QLatin1String("cancel_session") ||
                   e.action == QLatin1String("reschedule_session")) {
            const QString where = e.input.value(QStringLiteral("room")).toString();
            QStringList parts{
                e.input.value(QStringLiteral("start"))
                    .toString()
                    .replace(QLatin1Char('T'), QLatin1Char(' ')),
                where.isEmpty() ? e.input.value(QStringLiteral("place")).toString() : where,
                tr("reason: %1").arg(e.input.value(QStringLiteral("reason")).toString())};
            html += QStringLiteral("<br><span style='color:#555'>%1</span>")
                        .arg(esc(parts.join(QStringLiteral(" · "))));
        } else if (e.action == correction::kCorrect || e.action == correction::kWithdraw ||
                   e.action == correction::kVoid) {
            html += correctionHtml(e, events);
        } else {
            for (const FieldChange &change : describeEventChanges(e.action, e.changes))
                html += QStringLiteral("<br><span style='color:#555'>%1</span>")
                            .arg(esc(change.text()));
        }
        html += QStringLiteral("</p>");
    }
    return html;
}

} // namespace huajie
