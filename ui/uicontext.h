#pragma once

#include "displaycontext.h"
#include "domain/profile.h"

class Clock;
class QDateTime;

// What every screen needs to show things the way this shop speaks: the locale and time zone
// (DisplayContext), the shop's business profile, whose vocabulary the screens use
// (profiles::resourceNoun, startFulfilmentVerb, …), and the clock the services run on, so
// that "today" on a screen is the services' today (a test's clock, too).
struct UiContext final
{
    DisplayContext display;
    Profile profile = Profile::Car;
    const Clock *clock = nullptr; // the backend's; none: the system's

    qint64 nowSecs() const;
    QDateTime now() const; // in the shop's time zone (the machine's when none is set)
};

// Money and dates follow the interface language ("en", "ko"): Korean formats for Korean, the
// system's own English formats for English (American ones when the system is not English).
QLocale displayLocaleFor(const QString &language);
