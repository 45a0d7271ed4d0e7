#pragma once

#include "domain/caserecord.h"
#include "sessions/session.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTableWidget;

namespace huajie {

class Store;
class VocabularyCombo;

// Schedules a session of a case: when, where, how, who. The rules (notice
// days, remote consent, double bookings) answer on saving; a session called
// at shorter notice is saved once the reason is given.
class SessionDialog : public QDialog
{
    Q_OBJECT

public:
    SessionDialog(Store &store, const CaseRecord &record, QWidget *parent = nullptr);

    const Session &scheduled() const { return m_scheduled; }
    QString errorText() const;
    void accept() override;

private:
    Session collect() const;
    void addParticipant(const Participant &participant);

    Store &m_store;
    CaseRecord m_record;
    Session m_scheduled;
    VocabularyCombo *m_kind;
    QDateTimeEdit *m_start;
    QSpinBox *m_duration;
    QComboBox *m_room;
    QLineEdit *m_place;
    VocabularyCombo *m_mode;
    QCheckBox *m_remoteConsent;
    QDateEdit *m_noticeOn;
    QLineEdit *m_shortNoticeReason;
    QTableWidget *m_participants;
    QLabel *m_error;
};

// Moves a scheduled session to another time, and perhaps another room,
// with the reason; the new time is checked as a new session's is.
class SessionRescheduleDialog : public QDialog
{
    Q_OBJECT

public:
    SessionRescheduleDialog(Store &store, const Session &session, QWidget *parent = nullptr);

    // The session as moved, with the participants to notify again.
    const Session &moved() const { return m_moved; }
    QString errorText() const;
    void accept() override;

private:
    Store &m_store;
    Session m_session;
    Session m_moved;
    QDateTimeEdit *m_start;
    QComboBox *m_room;
    QDateEdit *m_noticeOn;
    QLineEdit *m_shortNoticeReason;
    QLineEdit *m_reason;
    QLabel *m_error;
};

// Cancels a scheduled session that will not take place, with the reason.
class SessionCancelDialog : public QDialog
{
    Q_OBJECT

public:
    SessionCancelDialog(Store &store, const Session &session, QWidget *parent = nullptr);

    QString errorText() const;
    void accept() override;

private:
    Store &m_store;
    Session m_session;
    QLineEdit *m_reason;
    QLabel *m_error;
};

// Records a held session: who came, whether the agency head did, the minutes.
class SessionOutcomeDialog : public QDialog
{
    Q_OBJECT

public:
    SessionOutcomeDialog(Store &store, const Session &session, QWidget *parent = nullptr);

    QString errorText() const;
    void accept() override;

private:
    Store &m_store;
    Session m_session;
    QTableWidget *m_attendance;
    QCheckBox *m_agencyHead;
    QPlainTextEdit *m_minutes;
    QLabel *m_error;
};

} // namespace huajie
