// A holiday-cn year file, as Tools › Holiday calendar and `calendar import`
// read it, then the days it sets asked for.
#include "calendar/holidaycalendar.h"
#include "fuzzsupport.h"

using namespace huajie;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::startApplication(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    HolidayCalendar calendar;
    const auto year = calendar.addYear(fuzz::bytes(data, size));
    if (!year)
        return 0;
    const QDate newYear(year.value(), 1, 1);
    for (QDate d = newYear.addDays(-7); d < newYear.addDays(380); d = d.addDays(7))
        (void)calendar.day(d);
    (void)calendar.addWorkingDays(newYear, 60);
    return 0;
}
