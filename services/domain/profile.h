#pragma once

#include "domain/resource.h"

#include <QString>

#include <optional>

// The business a shop runs. A profile sets vocabulary and defaults; the rules are the same
// code for all five (DESIGN.md §2).
enum class Profile { Car, Exhibition, Item, Taxi, Product };

// How a booking's period is asked for: a range of days (car, item, product), one day
// (an exhibition session's date) or a pickup time (taxi).
enum class PeriodStyle { Days, SingleDay, TimeSlot };

struct ProfileTraits final
{
    Profile profile;
    const char *key;
    PricingUnit defaultPricingUnit;
    int defaultCapacity;
    // Car, item, product and exhibition bookings confirm themselves once paid; a taxi
    // booking waits for the dispatcher even when paid.
    bool confirmsWhenPaid;
    PeriodStyle periodStyle;
    // A taxi booking lasts this long from the pickup time (the slot the dispatcher plans).
    int slotMinutes;
};

namespace profiles {

const ProfileTraits &traits(Profile profile);
QString key(Profile profile);
std::optional<Profile> fromKey(const QString &key);
QList<Profile> all();

// Translated vocabulary (context "Profile").
QString displayName(Profile profile);
QString resourceNoun(Profile profile);
QString resourcesNoun(Profile profile); // plural, for screen titles ("Cars", "Sessions")
QString unitNoun(Profile profile);      // what the quantity counts ("Seats", "Taxis", "Units")
QString startFulfilmentVerb(Profile profile);
QString finishFulfilmentVerb(Profile profile);

} // namespace profiles
