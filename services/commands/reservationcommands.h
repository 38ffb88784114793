#pragma once

#include "domain/reservation.h"

#include <QJsonObject>

struct CommandContext;

// The reservation rules, run on the service thread inside the caller's transaction. Each
// either changes the booking, appends its event and returns the new state, or returns an
// error and changes nothing (the transaction is rolled back).
namespace reservationcommands {

Result<Reservation> hold(CommandContext &context, const HoldRequest &request);
Result<Reservation> confirm(CommandContext &context, const QUuid &id);
// Check-out / admit / lend / dispatch / deliver. A taxi is dispatched as one of its class's
// free taxis, named by `taxiPlate` (taxifleet.h).
Result<Reservation> startFulfilment(CommandContext &context, const QUuid &id, const QString &taxiPlate = {});
// Return / visit done / take back / trip done.
Result<Reservation> finishFulfilment(CommandContext &context, const QUuid &id);
// By the customer or a clerk; a paid booking is refunded (RefundPolicy).
Result<Reservation> cancel(CommandContext &context, const QUuid &id);
// Because the resource was retired; paid bookings are refunded.
Result<Reservation> forceCancel(CommandContext &context, const QUuid &id);
// The server refused a booking made offline (sync): capacity is released, a paid booking is
// refunded, and `reasonCode` (e.g. capacity_conflict) is kept in the event.
Result<Reservation> reject(CommandContext &context, const QUuid &id, const QString &reasonCode);
// The server keeps a hold it refused to a device that made it offline, as Rejected, so every
// counter learns the booking's fate. Unknown resource or customer: nothing to keep.
Result<void> recordRefusedHold(CommandContext &context, const HoldRequest &request, const QString &reasonCode);
// Unpaid holds whose time ran out release their capacity. Returns how many expired.
Result<int> expireDueHolds(CommandContext &context);

Result<Reservation> load(CommandContext &context, const QUuid &id);
// Moves the booking to `to` (checked against the life cycle) and appends `eventType`.
Result<Reservation> transition(CommandContext &context, Reservation reservation,
                               ReservationStatus to, const QString &eventType,
                               const QJsonObject &extra = {});
// Stores a new payment status (checked against the payment graph) and appends `eventType`.
Result<Reservation> setPaymentStatus(CommandContext &context, Reservation reservation,
                                     PaymentStatus to, const QString &eventType,
                                     const QJsonObject &extra = {});

} // namespace reservationcommands
