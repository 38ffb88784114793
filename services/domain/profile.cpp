#include "domain/profile.h"

#include <QCoreApplication>

#include <array>

namespace profiles {
namespace {

constexpr std::array<ProfileTraits, 5> Traits{{
    {Profile::Car, "car", PricingUnit::PerDay, 1, true},
    {Profile::Exhibition, "exhibition", PricingUnit::PerSeat, 100, true},
    {Profile::Item, "item", PricingUnit::PerDay, 1, true},
    {Profile::Taxi, "taxi", PricingUnit::PerBooking, 5, false},
    {Profile::Product, "product", PricingUnit::PerMonth, 10, true},
}};

QString tr(const char *text)
{
    return QCoreApplication::translate("Profile", text);
}

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
    case Profile::Car: return tr("Car rental");
    case Profile::Exhibition: return tr("Exhibition booking");
    case Profile::Item: return tr("Item rental");
    case Profile::Taxi: return tr("Taxi booking");
    case Profile::Product: return tr("Product rental with delivery");
    }
    return {};
}

QString resourceNoun(Profile profile)
{
    switch (profile) {
    case Profile::Car: return tr("Car");
    case Profile::Exhibition: return tr("Session");
    case Profile::Item: return tr("Item");
    case Profile::Taxi: return tr("Taxi class");
    case Profile::Product: return tr("Product");
    }
    return {};
}

QString startFulfilmentVerb(Profile profile)
{
    switch (profile) {
    case Profile::Car: return tr("Pick up");
    case Profile::Exhibition: return tr("Admit");
    case Profile::Item: return tr("Lend");
    case Profile::Taxi: return tr("Dispatch");
    case Profile::Product: return tr("Deliver");
    }
    return {};
}

QString finishFulfilmentVerb(Profile profile)
{
    switch (profile) {
    case Profile::Car: return tr("Return");
    case Profile::Exhibition: return tr("Complete visit");
    case Profile::Item: return tr("Take back");
    case Profile::Taxi: return tr("Complete trip");
    case Profile::Product: return tr("Return");
    }
    return {};
}

} // namespace profiles
