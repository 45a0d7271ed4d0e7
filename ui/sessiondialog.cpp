#include "sessiondialog.h"

#include "clock.h"
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

SessionDialog::SessionDialog(Store &store, const CaseRecord &record, QWidget *parent)
    : QDialog(parent), m_store(store), m_record(record),
      m_kind(named(new VocabularyCombo(vocab::sessionKinds(), QString(), this), "kind")),
      m_start(named(new QDateTimeEdit(this), "start")),
      m_duration(named(new QSpinBox(this), "duration")), m_room(named(new QComboBox(this), "room")),
      m_place(named(new QLineEdit(this), "place")),
      m_mode(named(new VocabularyCombo(vocab::sessionModes(), QString(), this), "mode")),
      m_remoteConsent(
          named(new QCheckBox(tr("Every side agreed to meet remotely"), this), "remoteConsent")),
      m_noticeOn(named(new QDateEdit(Clock::today(), this), "noticeOn")),
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
    m_noticeOn->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
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
    auto *role = new VocabularyCombo(vocab::participantRoles(), QString(), m_participants);
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
        auto *role = new QTableWidgetItem(vocab::participantRoles().label(p.role));
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
