#include "commands/inventorycommands.h"

#include "core/commandcontext.h"
#include "core/eventlog.h"
#include "domain/clock.h"
#include "domain/domainevent.h"
#include "domain/errors.h"
#include "domain/ids.h"
#include "domain/profile.h"
#include "domain/sessionslot.h"
#include "domain/taxifleet.h"
#include "storage/reservationrepository.h"
#include "storage/resourcerepository.h"

#include <limits>

namespace inventorycommands {
namespace {

DomainEvent resourceEvent(const QString &type, const Resource &r)
{
    DomainEvent event;
    event.type = type;
    event.aggregateId = r.id;
    event.payload = QJsonObject{
        {QStringLiteral("profile"), profiles::key(r.data.profile)},
        {QStringLiteral("name"), r.data.name},
        {QStringLiteral("description"), r.data.description},
        {QStringLiteral("attributes"), r.data.attributes},
        {QStringLiteral("price"), r.data.price.minor},
        {QStringLiteral("currency"), r.data.price.currency},
        {QStringLiteral("pricingUnit"), resources::pricingUnitKey(r.data.pricingUnit)},
        {QStringLiteral("capacity"), r.data.capacity},
        {QStringLiteral("status"), resources::statusKey(r.status)},
        {QStringLiteral("version"), r.version},
    };
    return event;
}

Result<Resource> loadChangeable(CommandContext &context, const QUuid &id)
{
    RD_TRY(resourcerepository::lockForDecision(context.db, id)); // a new capacity is checked against its bookings
    auto found = resourcerepository::find(context.db, id);
    if (!found)
        return found.error();
    if (!found.value())
        return errors::unknownResource();
    if (found.value()->status == ResourceStatus::Retired)
        return errors::resourceRetired();
    return *found.value();
}

Result<int> peakBooked(CommandContext &context, const QUuid &id)
{
    auto open = reservationrepository::openForResource(context.db, id);
    if (!open)
        return open.error();
    QList<Occupancy> bookings;
    Period span{std::numeric_limits<qint64>::max(), std::numeric_limits<qint64>::min()};
    for (const Reservation &r : open.value()) {
        bookings.append(Occupancy{r.period.start, r.period.end, r.quantity});
        span.start = std::min(span.start, r.period.start);
        span.end = std::max(span.end, r.period.end);
    }
    return bookings.isEmpty() ? 0 : occupancy::peak(bookings, span);
}

// A session is a slot (sessionslot.h): its date and time are complete, and a new or moved
// one starts in the future. A session another device registered is believed: it was in the
// future there, and it may have been pushed late.
Result<void> checkSessionSlot(CommandContext &context, Profile profile, const ResourceDraft &draft,
                              const std::optional<Period> &before = std::nullopt)
{
    if (profile != Profile::Exhibition)
        return {};
    auto slot = sessionslot::validate(draft.attributes, QTimeZone(context.settings.timeZone));
    if (!slot)
        return slot.error();
    const bool moved = !before || *before != slot.value();
    if (!context.remote && moved && slot->start <= context.clock.nowSecs())
        return errors::sessionInPast();
    return {};
}

// Rules only some businesses have: a session's slot, a taxi class's taxis.
Result<void> checkProfileRules(CommandContext &context, Profile profile, const ResourceDraft &draft,
                               const std::optional<Period> &before = std::nullopt)
{
    if (profile == Profile::Taxi)
        return taxifleet::validate(draft);
    return checkSessionSlot(context, profile, draft, before);
}

Result<Resource> store(CommandContext &context, Resource r, int expectedVersion, const QString &eventType)
{
    r.version = expectedVersion + 1;
    r.updatedAt = context.clock.nowSecs();
    RD_TRY(resourcerepository::update(context.db, r, expectedVersion));
    context.changes.resources.insert(r.id);
    RD_TRY(context.events.append(context, resourceEvent(eventType, r)));
    return r;
}

} // namespace

Result<Resource> registerResource(CommandContext &context, const ResourceDraft &draft, const QUuid &id)
{
    RD_TRY(resources::validate(draft));
    RD_TRY(checkProfileRules(context, draft.profile, draft));
    Resource r;
    r.id = id.isNull() ? ids::newId() : id;
    r.data = draft;
    r.data.name = draft.name.trimmed();
    r.createdAt = r.updatedAt = context.clock.nowSecs();
    RD_TRY(resourcerepository::insert(context.db, r));
    context.changes.resources.insert(r.id);
    RD_TRY(context.events.append(context, resourceEvent(events::ResourceRegistered, r)));
    return r;
}

Result<Resource> updateResource(CommandContext &context, const QUuid &id, const ResourceDraft &draft,
                                int expectedVersion)
{
    RD_TRY(resources::validate(draft));
    auto current = loadChangeable(context, id);
    if (!current)
        return current;
    if (current->version != expectedVersion)
        return errors::versionConflict();
    const Profile profile = current->data.profile;
    RD_TRY(checkProfileRules(context, profile, draft,
                             sessionslot::of(current->data.attributes, QTimeZone(context.settings.timeZone))));
    if (draft.capacity < current->data.capacity) {
        auto peak = peakBooked(context, id);
        if (!peak)
            return peak.error();
        if (draft.capacity < peak.value())
            return errors::capacityBelowBookings(peak.value());
    }
    Resource updated = current.value();
    updated.data = draft;
    updated.data.profile = profile;
    updated.data.name = draft.name.trimmed();
    return store(context, updated, expectedVersion, events::ResourceUpdated);
}

Result<Resource> setStatus(CommandContext &context, const QUuid &id, ResourceStatus status)
{
    if (status == ResourceStatus::Retired)
        return retire(context, id);
    auto current = loadChangeable(context, id);
    if (!current || current->status == status)
        return current;
    Resource updated = current.value();
    updated.status = status;
    return store(context, updated, current->version, events::ResourceUpdated);
}

Result<Resource> retire(CommandContext &context, const QUuid &id)
{
    auto current = loadChangeable(context, id);
    if (!current)
        return current;
    Resource updated = current.value();
    updated.status = ResourceStatus::Retired;
    return store(context, updated, current->version, events::ResourceRetired);
}

} // namespace inventorycommands
