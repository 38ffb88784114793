#pragma once

#include "displaycontext.h"
#include "domain/profile.h"

// What every screen needs to show things the way this shop speaks: the locale and time zone
// (DisplayContext) and the shop's business profile, whose vocabulary the screens use
// (profiles::resourceNoun, startFulfilmentVerb, …).
struct UiContext final
{
    DisplayContext display;
    Profile profile = Profile::Car;
};
