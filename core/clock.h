#pragma once

#include <QDate>
#include <QDateTime>

namespace huajie {

// Where "today" comes from. Date rules take today as an argument; the
// programs ask this clock, which tests (and HUAJIE_TODAY=YYYY-MM-DD, for
// trying the program on another day) can set. A database with users refuses
// HUAJIE_TODAY (Store::open): their events carry the real time.
class Clock
{
public:
    static QDate today();
    static QDateTime now(); // UTC; on the fixed day when one is set
    // The system's time, whatever HUAJIE_TODAY says, for what a user must
    // not move (a sign-in lockout); tests still set it with setToday.
    static QDateTime systemNow();
    static void setToday(const QDate &date); // an invalid date returns to the system clock
    static bool dayFromEnvironment();        // HUAJIE_TODAY names a day

private:
    static QDate s_fixed;
};

} // namespace huajie
