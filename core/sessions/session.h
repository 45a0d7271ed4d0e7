#pragma once

#include "result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace huajie {

struct CaseRecord;

// Someone taking part in a session, and afterwards whether they came.
struct Participant
{
    QString role; // vocab::participantRoles()
    QString name;
    QString party; // for an agent or the agency's people: whom they stand for
    std::optional<bool> attended;

    bool operator==(const Participant &) const = default;
};

// A mediation session of a case (SPEC §3.4, S0 §8, §9, §13–§17).
struct Session
{
    qint64 id = 0;
    qint64 caseId = 0;
    QString caseNumber;
    QString kind = QStringLiteral("hearing"); // vocab::sessionKinds()
    QDateTime start;                          // local time of the center, no zone
    int durationMinutes = 60;
    QString room;                                 // from the rooms directory, or empty with `place`
    QString place;                                // somewhere outside the center
    QString mode = QStringLiteral("in_person");   // vocab::sessionModes()
    bool remoteConsent = false;                   // every side agreed to meet remotely (S0 §13)
    QDate noticeOn;                               // when the participants were notified
    QString shortNoticeReason;                    // why fewer than the notice days were given
    QString status = QStringLiteral("scheduled"); // vocab::sessionStatuses()
    std::optional<bool> agencyHeadAttended;
    QString minutes;
    QList<Participant> participants;

    QDateTime end() const { return start.addSecs(qint64(durationMinutes) * 60); }
    bool isCancelled() const { return status == QLatin1String("cancelled"); }
    bool operator==(const Session &) const = default;

    // Who a session of this case would bring together: the parties (an
    // organisation with its legal representative), their agents, the lead
    // agency's named people and every other agency by its name, the lead
    // mediator, judge and procurator.
    static QList<Participant> defaultParticipants(const CaseRecord &record);
};

// A session moved to another time, and perhaps another room, for a reason.
// A new notice goes out (on `noticeOn`, today when not given), so the notice
// days are counted again.
struct Rescheduling
{
    QDateTime start;
    QString room; // empty: the room (or place) stays
    QDate noticeOn;
    QString shortNoticeReason;
    QString reason;
};

namespace sessionjson {
QJsonObject toJson(const Session &session);
Result<Session> fromJson(const QJsonObject &object); // strict, like the case
// Attendance and minutes after the session.
struct Outcome
{
    QList<std::pair<QString, bool>> attendance; // by participant name
    std::optional<bool> agencyHeadAttended;
    QString minutes;
};
Result<Outcome> outcomeFromJson(const QJsonObject &object);
} // namespace sessionjson

} // namespace huajie
