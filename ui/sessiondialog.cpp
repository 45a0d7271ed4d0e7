#include "sessiondialog.h"

#include "clock.h"
#include "dayedit.h"
#include "domain/vocabulary.h"
#include "formwidgets.h"
#include "store/store.h"
#include "vocabularycombo.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace huajie {
namespace {
// "2026-11-30 09:30 第一调解室": a session as the dialogs name it.
QString whenAndWhere(const Session &s)
{
    return QStringLiteral("%1 %2").arg(s.start.toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                       s.room.isEmpty() ? s.place : s.room);
}
} // namespace

SessionDialog::SessionDialog(Store &store, const CaseRecord &record, QWidget *parent)
    : QDialog(parent), m_store(store), m_record(record),
      m_kind(named(new VocabularyCombo(vocab::sessionKinds(), QString(), this), "kind")),
      m_start(named(new QDateTimeEdit(this), "start")),
      m_duration(named(new QSpinBox(this), "duration")), m_room(named(new QComboBox(this), "room")),
      m_place(named(new QLineEdit(this), "place")),
      m_mode(named(new VocabularyCombo(vocab::sessionModes(), QString(), this), "mode")),
      m_remoteConsent(
          named(new QCheckBox(tr("Every side agreed to meet remotely"), this), "remoteConsent")),
      m_noticeOn(named(new DayEdit(Clock::today(), this), "noticeOn")),
      m_shortNoticeReason(named(new QLineEdit(this), "shortNoticeReason")),
      m_participants(named(new QTableWidget(0, 3, this), "participants")),
      m_error(errorLabel(this, "sessionError"))
{
    setObjectName(QStringLiteral("sessionDialog"));
    setWindowTitle(tr("Schedule a session — %1").arg(record.number));
    const QDate firstDay = m_store.sessions().earliestDay(Clock::today());
    m_start->setDateTime(QDateTime(firstDay, QTime(9, 30)));
    m_start->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_start->setCalendarPopup(true);
    m_duration->setRange(15, 720);
    m_duration->setSingleStep(15);
    m_duration->setValue(90);
    m_duration->setSuffix(tr(" min"));
    m_room->addItem(tr("— outside the center"), QString());
    if (auto rooms = m_store.directories().names(DirectoryKind::Rooms))
        for (const QString &room : rooms.value())
            m_room->addItem(room, room);
    m_room->setCurrentIndex(m_room->count() > 1 ? 1 : 0);
    m_place->setPlaceholderText(tr("where, when not in a room of the center"));
    m_noticeOn->setCalendarPopup(true);
    m_shortNoticeReason->setPlaceholderText(
        tr("only when the session is sooner than %1 days after the notice")
            .arg(m_store.deadlineSetup().profile.sessionNoticeDays));

    m_participants->setHorizontalHeaderLabels({tr("Role"), tr("Name"), tr("For")});
    m_participants->horizontalHeader()->setStretchLastSection(true);
    m_participants->setColumnWidth(0, 150);
    m_participants->setColumnWidth(1, 180);
    m_participants->verticalHeader()->hide();
    for (const Participant &p : Session::defaultParticipants(record))
        addParticipant(p);
    // Propose a room and time at which neither the room nor these people are booked.
    QStringList rooms;
    for (int i = 1; i < m_room->count(); ++i)
        rooms.append(m_room->itemData(i).toString());
    const Session proposed = m_store.sessions().proposeFreeSlot(collect(), rooms);
    m_start->setDateTime(proposed.start);
    if (const int room = m_room->findData(proposed.room); room >= 0)
        m_room->setCurrentIndex(room);
    auto *add = new QPushButton(tr("Add participant"), this);
    auto *remove = new QPushButton(tr("Remove participant"), this);
    connect(add, &QPushButton::clicked, this, [this] {
        addParticipant({QStringLiteral("invited_mediator"), QString(), QString(), std::nullopt});
        m_participants->editItem(m_participants->item(m_participants->rowCount() - 1, 1));
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_participants->currentRow() >= 0)
            m_participants->removeRow(m_participants->currentRow());
    });

    auto *form = new QFormLayout;
    form->addRow(tr("Kind"), m_kind);
    form->addRow(tr("Starts"), m_start);
    form->addRow(tr("Duration"), m_duration);
    form->addRow(tr("Room"), m_room);
    form->addRow(tr("Place"), m_place);
    form->addRow(tr("Mode"), m_mode);
    form->addRow(QString(), m_remoteConsent);
    form->addRow(tr("Participants notified on"), m_noticeOn);
    form->addRow(tr("Reason for short notice"), m_shortNoticeReason);
    auto *participantButtons = new QHBoxLayout;
    participantButtons->addWidget(new QLabel(tr("Participants:"), this));
    participantButtons->addStretch();
    participantButtons->addWidget(add);
    participantButtons->addWidget(remove);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveSession"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(participantButtons);
    layout->addWidget(m_participants, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(640, 680);
}

void SessionDialog::addParticipant(const Participant &p)
{
    const int row = m_participants->rowCount();
    m_participants->insertRow(row);
    auto *role = new VocabularyCombo(m_store.deadlineSetup().profile.vocabularies.participantRoles,
                                     QString(), m_participants);
    role->setCode(p.role);
    m_participants->setCellWidget(row, 0, role);
    m_participants->setItem(row, 1, new QTableWidgetItem(p.name));
    m_participants->setItem(row, 2, new QTableWidgetItem(p.party));
}

Session SessionDialog::collect() const
{
    Session s;
    s.kind = m_kind->code();
    s.start = QDateTime(m_start->date(), m_start->time());
    s.durationMinutes = m_duration->value();
    s.room = m_room->currentData().toString();
    s.place = m_place->text().trimmed();
    s.mode = m_mode->code();
    s.remoteConsent = m_remoteConsent->isChecked();
    s.noticeOn = m_noticeOn->date();
    s.shortNoticeReason = m_shortNoticeReason->text().trimmed();
    for (int row = 0; row < m_participants->rowCount(); ++row) {
        const auto text = [this, row](int column) {
            const QTableWidgetItem *item = m_participants->item(row, column);
            return item ? item->text().trimmed() : QString();
        };
        const QString role =
            static_cast<VocabularyCombo *>(m_participants->cellWidget(row, 0))->code();
        if (!text(1).isEmpty())
            s.participants.append({role, text(1), text(2), std::nullopt});
    }
    return s;
}

QString SessionDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void SessionDialog::accept()
{
    const Session s = collect();
    if (s.participants.isEmpty()) {
        m_error->setText(tr("Name at least one participant."));
        m_error->show();
        return;
    }
    auto scheduled = m_store.sessions().schedule(m_record.id, s, Clock::today());
    if (!scheduled) {
        m_error->setText(scheduled.error().describe());
        m_error->show();
        return;
    }
    m_scheduled = scheduled.value();
    QDialog::accept();
}

SessionRescheduleDialog::SessionRescheduleDialog(Store &store, const Session &session,
                                                 QWidget *parent)
    : QDialog(parent), m_store(store), m_session(session),
      m_start(named(new QDateTimeEdit(session.start, this), "start")),
      m_room(named(new QComboBox(this), "room")),
      m_noticeOn(named(new DayEdit(Clock::today(), this), "noticeOn")),
      m_shortNoticeReason(named(new QLineEdit(this), "shortNoticeReason")),
      m_reason(named(new QLineEdit(this), "reason")), m_error(errorLabel(this, "sessionError"))
{
    setObjectName(QStringLiteral("sessionRescheduleDialog"));
    setWindowTitle(tr("Reschedule the session — %1").arg(session.caseNumber));
    m_start->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_start->setCalendarPopup(true);
    // Empty: where it is now. A session in a room moves to a room.
    if (session.room.isEmpty())
        m_room->addItem(tr("— the same place (%1)").arg(session.place), QString());
    if (auto rooms = m_store.directories().names(DirectoryKind::Rooms))
        for (const QString &room : rooms.value())
            m_room->addItem(room, room);
    if (const int room = m_room->findData(session.room); room >= 0)
        m_room->setCurrentIndex(room);
    m_noticeOn->setCalendarPopup(true);
    m_shortNoticeReason->setPlaceholderText(
        tr("only when the session is sooner than %1 days after the notice")
            .arg(m_store.deadlineSetup().profile.sessionNoticeDays));
    m_reason->setPlaceholderText(tr("why the session is moved (required)"));

    auto *form = new QFormLayout;
    form->addRow(tr("Now"), new QLabel(whenAndWhere(session), this));
    form->addRow(tr("New start"), m_start);
    form->addRow(tr("Room"), m_room);
    form->addRow(tr("New notice on"), m_noticeOn);
    form->addRow(tr("Reason for short notice"), m_shortNoticeReason);
    form->addRow(tr("Reason for the change"), m_reason);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveReschedule"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(buttons);
    resize(520, 300);
}

QString SessionRescheduleDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void SessionRescheduleDialog::accept()
{
    Rescheduling change;
    change.start = QDateTime(m_start->date(), m_start->time());
    change.room = m_room->currentData().toString();
    change.noticeOn = m_noticeOn->date();
    change.shortNoticeReason = m_shortNoticeReason->text();
    change.reason = m_reason->text();
    auto moved = m_store.sessions().reschedule(m_session.id, change, Clock::today());
    if (!moved) {
        m_error->setText(moved.error().describe());
        m_error->show();
        return;
    }
    m_moved = moved.value();
    QDialog::accept();
}

SessionCancelDialog::SessionCancelDialog(Store &store, const Session &session, QWidget *parent)
    : QDialog(parent), m_store(store), m_session(session),
      m_reason(named(new QLineEdit(this), "reason")), m_error(errorLabel(this, "sessionError"))
{
    setObjectName(QStringLiteral("sessionCancelDialog"));
    setWindowTitle(tr("Cancel the session — %1").arg(session.caseNumber));
    m_reason->setPlaceholderText(tr("why the session will not take place (required)"));
    auto *explanation = new QLabel(
        tr("The session of %1 leaves the schedule and frees its room and people. It stays "
           "with the case as cancelled.")
            .arg(whenAndWhere(session)),
        this);
    explanation->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Reason"), m_reason);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *confirm = buttons->addButton(tr("Cancel the session"), QDialogButtonBox::AcceptRole);
    confirm->setObjectName(QStringLiteral("confirmCancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(buttons);
    resize(480, 200);
}

QString SessionCancelDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void SessionCancelDialog::accept()
{
    auto cancelled = m_store.sessions().cancel(m_session.id, m_reason->text());
    if (!cancelled) {
        m_error->setText(cancelled.error().describe());
        m_error->show();
        return;
    }
    QDialog::accept();
}

SessionOutcomeDialog::SessionOutcomeDialog(Store &store, const Session &session, QWidget *parent)
    : QDialog(parent), m_store(store), m_session(session),
      m_attendance(
          named(new QTableWidget(int(session.participants.size()), 2, this), "attendance")),
      m_agencyHead(
          named(new QCheckBox(tr("The agency's head attended"), this), "agencyHeadAttended")),
      m_minutes(named(new QPlainTextEdit(this), "minutes")),
      m_error(errorLabel(this, "sessionError"))
{
    setObjectName(QStringLiteral("sessionOutcomeDialog"));
    setWindowTitle(
        tr("After the session — %1, %2")
            .arg(session.caseNumber, session.start.toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    m_attendance->setHorizontalHeaderLabels({tr("Participant"), tr("Role")});
    m_attendance->horizontalHeader()->setStretchLastSection(true);
    m_attendance->setColumnWidth(0, 220);
    m_attendance->verticalHeader()->hide();
    for (int row = 0; row < session.participants.size(); ++row) {
        const Participant &p = session.participants[row];
        auto *name = new QTableWidgetItem(p.name);
        name->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        name->setCheckState(p.attended.value_or(true) ? Qt::Checked : Qt::Unchecked);
        m_attendance->setItem(row, 0, name);
        auto *role = new QTableWidgetItem(
            m_store.deadlineSetup().profile.vocabularies.participantRoles.label(p.role));
        role->setFlags(Qt::ItemIsEnabled);
        m_attendance->setItem(row, 1, role);
    }
    m_agencyHead->setChecked(session.agencyHeadAttended.value_or(false));
    m_minutes->setPlainText(session.minutes);
    m_minutes->setPlaceholderText(tr("What was said and agreed"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveOutcome"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Who attended (checked):"), this));
    layout->addWidget(m_attendance, 1);
    layout->addWidget(m_agencyHead);
    layout->addWidget(new QLabel(tr("Minutes:"), this));
    layout->addWidget(m_minutes, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(560, 620);
}

QString SessionOutcomeDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void SessionOutcomeDialog::accept()
{
    sessionjson::Outcome outcome;
    for (int row = 0; row < m_attendance->rowCount(); ++row)
        outcome.attendance.append({m_attendance->item(row, 0)->text(),
                                   m_attendance->item(row, 0)->checkState() == Qt::Checked});
    outcome.agencyHeadAttended = m_agencyHead->isChecked();
    outcome.minutes = m_minutes->toPlainText();
    auto recorded = m_store.sessions().recordOutcome(m_session.id, outcome, Clock::today());
    if (!recorded) {
        m_error->setText(recorded.error().describe());
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace huajie
