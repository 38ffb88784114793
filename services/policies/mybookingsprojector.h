#pragma once

#include "core/eventhandler.h"

#include <QSqlDatabase>

// Feeds the My-bookings read model (tables my_bookings and my_booking_timeline) from
// reservation and payment events, and nothing else, so it can be rebuilt from the log.
class MyBookingsProjector final : public EventHandler
{
public:
    Result<void> handle(CommandContext &context, const DomainEvent &event) override;

    static Result<void> apply(const QSqlDatabase &db, const DomainEvent &event);
    // Empties the read model and replays the whole log into it; the caller owns the
    // transaction. Returns the number of events replayed.
    static Result<qint64> rebuild(const QSqlDatabase &db);
};
