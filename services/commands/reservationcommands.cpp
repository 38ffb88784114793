#include "commands/reservationcommands.h"

#include "commands/reservationevents.h"
#include "core/commandcontext.h"
#include "core/eventlog.h"
#include "domain/clock.h"
#include "domain/errors.h"
#include "domain/ids.h"
#include "domain/lifecycle.h"
#include "domain/profile.h"
#include "domain/resource.h"
#include "domain/sessionslot.h"
#include "domain/taxifleet.h"
#include "domain/bookingdetails.h"
#include "storage/customerrepository.h"
#include "storage/reservationrepository.h"
#include "storage/resourcerepository.h"

#include <algorithm>

namespace reservationcommands {
namespace {

Result<Resource> bookableResource(CommandContext &context, const QUuid &id)
{
    RD_TRY(resourcerepository::lockForDecision(context.db, id)); // capacity is decided on it
    auto found = resourcerepository::find(context.db, id);
    if (!found)
        return found.error();
    if (!found.value())
        return errors::unknownResource();
    const Resource &resource = *found.value();
    if (resource.status == ResourceStatus::Retired)
        return errors::resourceRetired();
    if (resource.status != ResourceStatus::Active)
        return errors::resourceNotBookable(resources::statusName(resource.status));
    return resource;
}

// A seat in a session books exactly the session's slot, and only until the session starts.
// A seat another device sold is believed: it was sold before the start, maybe pushed late.
Result<void> checkSessionSeat(CommandContext &context, const Resource &resource, const Period &period)
{
    if (resource.data.profile != Profile::Exhibition)
        return {};
    const auto slot = sessionslot::of(resource.data.attributes, QTimeZone(context.settings.timeZone));
    if (!slot)
        return errors::sessionSlotIncomplete();
    if (*slot != period)
        return errors::notTheSessionsSlot();
    if (!context.remote && slot->start <= context.clock.nowSecs())
        return errors::sessionStarted();
    return {};
}

Result<void> checkFreeCapacity(CommandContext &context, const Resource &resource,
                               const Period &period, qint64 quantity)
{
    auto bookings = reservationrepository::occupying(context.db, resource.id, period);
    if (!bookings)
        return bookings.error();
    const int free = resource.data.capacity - occupancy::peak(bookings.value(), period);
    if (quantity > free)
        return errors::capacityConflict(std::max(free, 0), quantity);
    return {};
}

// A booking's details are asked of the customer or clerk (bookingdetails.h); a booking another
// device made is believed, with what it carried.
Result<QJsonObject> checkDetails(CommandContext &context, const Resource &resource, const QJsonObject &given)
{
    if (context.remote)
        return given;
    return bookingdetails::validate(resource.data.profile, given);
}

// The taxi a dispatch sends: one of the class's taxis that is not on another trip. A class
// that lists no taxis (registered before taxis were) dispatches without one; a dispatch
// another device made is believed.
Result<std::optional<Taxi>> taxiToSend(CommandContext &context, const Reservation &booking, const QString &plate)
{
    auto resource = resourcerepository::find(context.db, booking.resourceId);
    if (!resource)
        return resource.error();
    if (!resource.value() || resource.value()->data.profile != Profile::Taxi)
        return std::optional<Taxi>();
    const QList<Taxi> fleet = taxifleet::of(resource.value()->data.attributes);
    if (fleet.isEmpty() && plate.isEmpty())
        return std::optional<Taxi>();
    if (plate.isEmpty())
        return errors::taxiRequired();
    const auto named = std::find_if(fleet.cbegin(), fleet.cend(), [&](const Taxi &t) { return t.plate == plate; });
    if (context.remote)
        return std::optional(named == fleet.cend() ? Taxi{plate, {}, {}} : *named);
    if (named == fleet.cend())
        return errors::unknownTaxi(plate);
    auto open = reservationrepository::openForResource(context.db, booking.resourceId);
    if (!open)
        return open.error();
    if (!taxifleet::free(fleet, open.value()).contains(*named))
        return errors::taxiBusy(plate);
    return std::optional(*named);
}

Result<Reservation> save(CommandContext &context, Reservation reservation, int expectedVersion,
                         const DomainEvent &eventTemplate)
{
    RD_TRY(reservationrepository::updateState(context.db, reservation, expectedVersion));
    context.changes.reservations.insert(reservation.id);
    RD_TRY(context.events.append(context, eventTemplate));
    return reservation;
}

} // namespace

Result<Reservation> load(CommandContext &context, const QUuid &id)
{
    auto found = reservationrepository::find(context.db, id);
    if (!found)
        return found.error();
    if (!found.value())
        return errors::unknownReservation();
    return *found.value();
}

Result<Reservation> hold(CommandContext &context, const HoldRequest &request)
{
    if (request.quantity < 1 || request.quantity > resources::MaxCapacity)
        return errors::invalidQuantity(request.quantity);
    auto period = Period::make(request.start, request.end);
    if (!period)
        return period.error();
    auto resource = bookableResource(context, request.resourceId);
    if (!resource)
        return resource.error();
    auto customer = customerrepository::find(context.db, request.customerId);
    if (!customer)
        return customer.error();
    if (!customer.value())
        return errors::unknownCustomer();
    if (!request.id.isNull()) {
        auto existing = reservationrepository::find(context.db, request.id);
        if (!existing)
            return existing.error();
        if (existing.value())
            return errors::duplicateId();
    }
    RD_TRY(checkSessionSeat(context, resource.value(), period.value()));
    RD_TRY(checkFreeCapacity(context, resource.value(), period.value(), request.quantity));
    auto details = checkDetails(context, resource.value(), request.details);
    if (!details)
        return details.error();
    auto amount = resources::priceFor(resource->data, request.quantity, period->days());
    if (!amount)
        return amount.error();

    const qint64 now = context.clock.nowSecs();
    Reservation r;
    r.id = request.id.isNull() ? ids::newId() : request.id;
    r.resourceId = request.resourceId;
    r.customerId = request.customerId;
    r.quantity = int(request.quantity);
    r.period = period.value();
    r.amount = amount.value();
    r.holdExpiresAt = now + context.settings.holdSeconds;
    r.originDevice = context.remoteDevice.isEmpty() ? context.settings.deviceId : context.remoteDevice;
    r.details = details.value();
    r.createdAt = now;
    r.updatedAt = now;
    RD_TRY(reservationrepository::insert(context.db, r));
    context.changes.reservations.insert(r.id);
    context.changes.resources.insert(r.resourceId);
    RD_TRY(context.events.append(context, reservationevents::held(r, resource.value())));
    // Policies may have moved it on (a free booking confirms itself): answer the final state.
    return load(context, r.id);
}

Result<Reservation> transition(CommandContext &context, Reservation r, ReservationStatus to,
                               const QString &eventType, const QJsonObject &extra)
{
    RD_TRY(lifecycle::check(r.status, to));
    const int expected = r.version;
    r.status = to;
    if (to != ReservationStatus::Held)
        r.holdExpiresAt = 0;
    r.version += 1;
    r.updatedAt = context.clock.nowSecs();
    context.changes.resources.insert(r.resourceId);
    return save(context, r, expected, reservationevents::stateChange(eventType, r, extra));
}

Result<Reservation> setPaymentStatus(CommandContext &context, Reservation r, PaymentStatus to,
                                     const QString &eventType, const QJsonObject &extra)
{
    RD_TRY(lifecycle::check(r.paymentStatus, to));
    const int expected = r.version;
    r.paymentStatus = to;
    // A paid hold no longer expires; it waits for confirmation (the taxi dispatcher).
    if (to == PaymentStatus::Approved)
        r.holdExpiresAt = 0;
    r.version += 1;
    r.updatedAt = context.clock.nowSecs();
    return save(context, r, expected, reservationevents::stateChange(eventType, r, extra));
}

Result<Reservation> confirm(CommandContext &context, const QUuid &id)
{
    auto r = load(context, id);
    if (!r)
        return r;
    if (r->status == ReservationStatus::Held && r->paymentStatus != PaymentStatus::Approved
        && r->amount.minor > 0)
        return errors::paymentRequired();
    return transition(context, r.value(), ReservationStatus::Confirmed, events::ReservationConfirmed);
}

Result<Reservation> startFulfilment(CommandContext &context, const QUuid &id, const QString &taxiPlate)
{
    auto r = load(context, id);
    if (!r)
        return r;
    RD_TRY(lifecycle::check(r->status, ReservationStatus::InUse));
    auto taxi = taxiToSend(context, r.value(), taxiPlate);
    if (!taxi)
        return taxi.error();
    if (!taxi.value())
        return transition(context, r.value(), ReservationStatus::InUse, events::FulfilmentStarted);
    Reservation sent = r.value();
    sent.details.insert(bookingdetails::TaxiKey, taxifleet::toJson(*taxi.value()));
    return transition(context, sent, ReservationStatus::InUse, events::FulfilmentStarted,
                      QJsonObject{{QStringLiteral("details"), sent.details}});
}

Result<Reservation> finishFulfilment(CommandContext &context, const QUuid &id)
{
    auto r = load(context, id);
    if (!r)
        return r;
    return transition(context, r.value(), ReservationStatus::Completed, events::FulfilmentFinished);
}

Result<Reservation> cancel(CommandContext &context, const QUuid &id)
{
    auto r = load(context, id);
    if (!r)
        return r;
    RD_TRY(transition(context, r.value(), ReservationStatus::Cancelled, events::ReservationCancelled));
    return load(context, id); // after the refund policy ran
}

Result<Reservation> forceCancel(CommandContext &context, const QUuid &id)
{
    auto r = load(context, id);
    if (!r)
        return r;
    RD_TRY(transition(context, r.value(), ReservationStatus::ForceCancelled,
                      events::ReservationForceCancelled));
    return load(context, id);
}

Result<Reservation> reject(CommandContext &context, const QUuid &id, const QString &reasonCode)
{
    auto r = load(context, id);
    if (!r)
        return r;
    RD_TRY(transition(context, r.value(), ReservationStatus::Rejected, events::ReservationRejected,
                      QJsonObject{{QStringLiteral("reason"), reasonCode}}));
    return load(context, id);
}

Result<void> recordRefusedHold(CommandContext &context, const HoldRequest &request, const QString &reasonCode)
{
    auto period = Period::make(request.start, request.end);
    auto resource = resourcerepository::find(context.db, request.resourceId);
    auto customer = customerrepository::find(context.db, request.customerId);
    if (!period || !resource || !resource.value() || !customer || !customer.value() || request.id.isNull()
        || request.quantity < 1 || request.quantity > resources::MaxCapacity)
        return {};
    auto amount = resources::priceFor(resource.value()->data, request.quantity, period->days());
    if (!amount)
        return {};
    const qint64 now = context.clock.nowSecs();
    Reservation r;
    r.id = request.id;
    r.resourceId = request.resourceId;
    r.customerId = request.customerId;
    r.quantity = int(request.quantity);
    r.period = period.value();
    r.amount = amount.value();
    r.status = ReservationStatus::Rejected;
    r.originDevice = context.remoteDevice.isEmpty() ? context.settings.deviceId : context.remoteDevice;
    r.createdAt = now;
    r.updatedAt = now;
    RD_TRY(reservationrepository::insert(context.db, r));
    context.changes.reservations.insert(r.id);
    DomainEvent event = reservationevents::held(r, *resource.value());
    event.type = events::ReservationRejected;
    event.payload.insert(QStringLiteral("reason"), reasonCode);
    RD_TRY(context.events.append(context, event));
    return {};
}

Result<int> expireDueHolds(CommandContext &context)
{
    constexpr int BatchLimit = 500;
    auto due = reservationrepository::expiredHolds(context.db, context.clock.nowSecs(), BatchLimit);
    if (!due)
        return due.error();
    int expired = 0;
    for (const QUuid &id : due.value()) {
        auto r = load(context, id);
        if (!r)
            return r.error();
        if (r->paymentStatus == PaymentStatus::Approved)
            continue; // paid: waits for confirmation, never expires
        RD_TRY(transition(context, r.value(), ReservationStatus::Expired, events::HoldExpired));
        ++expired;
    }
    return expired;
}

} // namespace reservationcommands
