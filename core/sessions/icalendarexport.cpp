#include "icalendarexport.h"

#include "domain/vocabulary.h"

#include <cstdlib>
#include <libical/ical.h>
#include <memory>

namespace huajie {
namespace {
constexpr const char *kZone = "Asia/Shanghai";

struct ComponentDeleter
{
    void operator()(icalcomponent *c) const { icalcomponent_free(c); }
};

icaltimetype localTime(const QDateTime &t)
{
    icaltimetype time = icaltime_null_time();
    time.year = t.date().year();
    time.month = t.date().month();
    time.day = t.date().day();
    time.hour = t.time().hour();
    time.minute = t.time().minute();
    time.second = 0;
    time.is_date = 0;
    return time;
}

icalproperty *zoned(icalproperty *property)
{
    icalproperty_add_parameter(property, icalparameter_new_tzid(kZone));
    return property;
}

icalcomponent *shanghaiZone()
{
    icalcomponent *zone = icalcomponent_new(ICAL_VTIMEZONE_COMPONENT);
    icalcomponent_add_property(zone, icalproperty_new_tzid(kZone));
    icalcomponent *standard = icalcomponent_new(ICAL_XSTANDARD_COMPONENT);
    icalcomponent_add_property(standard,
                               icalproperty_new_dtstart(icaltime_from_string("19700101T000000")));
    icalcomponent_add_property(standard, icalproperty_new_tzoffsetfrom(8 * 3600));
    icalcomponent_add_property(standard, icalproperty_new_tzoffsetto(8 * 3600));
    icalcomponent_add_property(standard, icalproperty_new_tzname("CST"));
    icalcomponent_add_component(zone, standard);
    return zone;
}
} // namespace

QByteArray sessionsToICalendar(const QList<Session> &sessions, const QDateTime &stamp,
                               const OfferedTerms &roles)
{
    std::unique_ptr<icalcomponent, ComponentDeleter> calendar(
        icalcomponent_new(ICAL_VCALENDAR_COMPONENT));
    icalcomponent_add_property(calendar.get(), icalproperty_new_version("2.0"));
    icalcomponent_add_property(calendar.get(),
                               icalproperty_new_prodid("-//Huajie//Mediation sessions//ZH"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_method(ICAL_METHOD_PUBLISH));
    icalcomponent_add_component(calendar.get(), shanghaiZone());
    const icaltimetype stamped =
        icaltime_from_timet_with_zone(stamp.toSecsSinceEpoch(), 0, icaltimezone_get_utc_timezone());
    for (const Session &s : sessions) {
        icalcomponent *event = icalcomponent_new(ICAL_VEVENT_COMPONENT);
        const QByteArray uid = QStringLiteral("session-%1@huajie").arg(s.id).toUtf8();
        icalcomponent_add_property(event, icalproperty_new_uid(uid.constData()));
        icalcomponent_add_property(event, icalproperty_new_dtstamp(stamped));
        icalcomponent_add_property(event, zoned(icalproperty_new_dtstart(localTime(s.start))));
        icalcomponent_add_property(event, zoned(icalproperty_new_dtend(localTime(s.end()))));
        const QByteArray summary =
            QStringLiteral("%1 %2").arg(vocab::sessionKinds().label(s.kind), s.caseNumber).toUtf8();
        icalcomponent_add_property(event, icalproperty_new_summary(summary.constData()));
        const QByteArray location = (s.room.isEmpty() ? s.place : s.room).toUtf8();
        if (!location.isEmpty())
            icalcomponent_add_property(event, icalproperty_new_location(location.constData()));
        QStringList people;
        for (const Participant &p : s.participants)
            people.append(QStringLiteral("%1：%2").arg(roles.label(p.role), p.name));
        const QByteArray description = (vocab::sessionModes().label(s.mode) + QLatin1Char('\n') +
                                        people.join(QLatin1Char('\n')))
                                           .toUtf8();
        icalcomponent_add_property(event, icalproperty_new_description(description.constData()));
        icalcomponent_add_component(calendar.get(), event);
    }
    // The _r variant hands the text to the caller, who frees it.
    char *text = icalcomponent_as_ical_string_r(calendar.get());
    const QByteArray result(text);
    std::free(text);
    return result;
}

} // namespace huajie
