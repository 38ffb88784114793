#include "domain/profile.h"

#include <QCoreApplication>

#include <array>

namespace profiles {
namespace {

constexpr std::array<ProfileTraits, 5> Traits{{
    {Profile::Car, "car", PricingUnit::PerDay, 1, true, PeriodStyle::Days, 0},
    {Profile::Exhibition, "exhibition", PricingUnit::PerSeat, 100, true, PeriodStyle::SingleDay, 0},
    {Profile::Item, "item", PricingUnit::PerDay, 1, true, PeriodStyle::Days, 0},
    {Profile::Taxi, "taxi", PricingUnit::PerBooking, 5, false, PeriodStyle::TimeSlot, 60},
    {Profile::Product, "product", PricingUnit::PerMonth, 10, true, PeriodStyle::Days, 0},
}};

} // namespace

const ProfileTraits &traits(Profile profile)
{
    return Traits[size_t(profile)];
}

QString key(Profile profile)
{
    return QString::fromLatin1(traits(profile).key);
}

std::optional<Profile> fromKey(const QString &key)
{
    for (const ProfileTraits &t : Traits) {
        if (key == QLatin1StringView(t.key))
            return t.profile;
    }
    return std::nullopt;
}

QList<Profile> all()
{
    return {Profile::Car, Profile::Exhibition, Profile::Item, Profile::Taxi, Profile::Product};
}

QString displayName(Profile profile)
{
    switch (profile) {
    case Profile::Car: return QCoreApplication::translate("Profile", "Car rental");
    case Profile::Exhibition: return QCoreApplication::translate("Profile", "Exhibition booking");
    case Profile::Item: return QCoreApplication::translate("Profile", "Item rental");
    case Profile::Taxi: return QCoreApplication::translate("Profile", "Taxi booking");
    case Profile::Product: return QCoreApplication::translate("Profile", "Product rental with delivery");
    }
    return {};
}

QString resourceNoun(Profile profile)
{
    switch (profile) {
    case Profile::Car: return QCoreApplication::translate("Profile", "Car");
    case Profile::Exhibition: return QCoreApplication::translate("Profile", "Session");
    case Profile::Item: return QCoreApplication::translate("Profile", "Item");
    case Profile::Taxi: return QCoreApplication::translate("Profile", "Taxi class");
    case Profile::Product: return QCoreApplication::translate("Profile", "Product");
    }
    return {};
}

QString resourcesNoun(Profile profile)
{
    switch (profile) {
    case Profile::Car: return QCoreApplication::translate("Profile", "Cars");
    case Profile::Exhibition: return QCoreApplication::translate("Profile", "Sessions");
    case Profile::Item: return QCoreApplication::translate("Profile", "Items");
    case Profile::Taxi: return QCoreApplication::translate("Profile", "Taxi classes");
    case Profile::Product: return QCoreApplication::translate("Profile", "Products");
    }
    return {};
}

QString unitNoun(Profile profile)
{
    switch (profile) {
    case Profile::Car: return QCoreApplication::translate("Profile", "Cars");
    case Profile::Exhibition: return QCoreApplication::translate("Profile", "Seats");
    case Profile::Item: return QCoreApplication::translate("Profile", "Items");
    case Profile::Taxi: return QCoreApplication::translate("Profile", "Taxis");
    case Profile::Product: return QCoreApplication::translate("Profile", "Units");
    }
    return {};
}

QString startFulfilmentVerb(Profile profile)
{
    switch (profile) {
    case Profile::Car: return QCoreApplication::translate("Profile", "Pick up");
    case Profile::Exhibition: return QCoreApplication::translate("Profile", "Admit");
    case Profile::Item: return QCoreApplication::translate("Profile", "Lend");
    case Profile::Taxi: return QCoreApplication::translate("Profile", "Dispatch");
    case Profile::Product: return QCoreApplication::translate("Profile", "Deliver");
    }
    return {};
}

QString finishFulfilmentVerb(Profile profile)
{
    switch (profile) {
    case Profile::Car: return QCoreApplication::translate("Profile", "Return");
    case Profile::Exhibition: return QCoreApplication::translate("Profile", "Complete visit");
    case Profile::Item: return QCoreApplication::translate("Profile", "Take back");
    case Profile::Taxi: return QCoreApplication::translate("Profile", "Complete trip");
    case Profile::Product: return QCoreApplication::translate("Profile", "Return");
    }
    return {};
}

} // namespace profiles
