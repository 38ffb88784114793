#pragma once

#include "domain/profile.h"
#include "domain/result.h"

#include <QMetaType>

struct CommandContext;

// What filling the demo database created.
struct DemoSummary final
{
    int resources = 0;
    int customers = 0;
    int reservations = 0;
    bool skipped = false; // the database was not empty
};

Q_DECLARE_METATYPE(DemoSummary)

// Realistic demo data for `rentaldesk --demo PROFILE`: the profile's inventory, customers and
// bookings from about 60 days ago to 30 days ahead, in every reservation and payment state.
// Everything is made by the ordinary commands at the time it would have happened (a clock set
// in the past), so the event log, the My-bookings read model, refunds and notifications are
// exactly what a real shop would have. Run it as one command: it runs in one transaction.
namespace demodata {

// Fills an empty database with the profile's demo inventory, customers and bookings in every
// state; does nothing (skipped = true) when the database already has resources or customers.
Result<DemoSummary> fill(CommandContext &context, Profile profile);

} // namespace demodata
