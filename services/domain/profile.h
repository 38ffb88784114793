#pragma once

#include "domain/resource.h"

#include <QString>

#include <optional>

// The business a shop runs. A profile sets vocabulary and defaults; the rules are the same
// code for all five (DESIGN.md §2).
enum class Profile { Car, Exhibition, Item, Taxi, Product };

struct ProfileTraits final
{
    Profile profile;
    const char *key;
    PricingUnit defaultPricingUnit;
    int defaultCapacity;
    // Car, item, product and exhibition bookings confirm themselves once paid; a taxi
    // booking waits for the dispatcher even when paid.
    bool confirmsWhenPaid;
};

namespace profiles {

const ProfileTraits &traits(Profile profile);
QString key(Profile profile);
std::optional<Profile> fromKey(const QString &key);
QList<Profile> all();

// Translated vocabulary (context "Profile").
QString displayName(Profile profile);
QString resourceNoun(Profile profile);
QString startFulfilmentVerb(Profile profile);
QString finishFulfilmentVerb(Profile profile);

} // namespace profiles
