#pragma once

#include "calendar/holidaycalendar.h"
#include "profile/ruleprofile.h"

namespace huajie {

// What deadlines are counted with: the center's calendar and rule profile.
struct DeadlineSetup
{
    HolidayCalendar calendar;
    RuleProfile profile;
    QString profileProblem; // why the chosen profile could not be read, when it could not
};

} // namespace huajie
