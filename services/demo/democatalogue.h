#pragma once

#include "domain/customer.h"
#include "domain/period.h"
#include "domain/profile.h"
#include "domain/resource.h"

#include <QList>

#include <optional>

class DemoCalendar;

// The demo inventory and customers of each business profile: Korean and English names,
// realistic prices (KRW scale) and attributes. Kept as tables in code rather than data files
// so the demo needs no resource system and the compiler checks every entry's shape.
namespace democatalogue {

// How a demo resource ends the story: most stay active; one per profile is retired (its open
// bookings are force-cancelled) and some go into maintenance.
enum class Ending { Active, Maintenance, Retired };

struct DemoResource final
{
    ResourceDraft draft;
    Ending ending = Ending::Active;
    // Exhibition sessions take place at one fixed time; other resources are booked any time.
    std::optional<Period> session;
};

// Exhibition sessions are dated relative to the calendar's "now"; one is under way now.
QList<DemoResource> resources(Profile profile, const DemoCalendar &calendar, const QString &currency);
QList<CustomerDraft> customers();

} // namespace democatalogue
