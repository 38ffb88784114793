#include "demo/demoplanner.h"

#include "demo/democalendar.h"
#include "domain/ids.h"
#include "storage/logging.h"

#include <algorithm>
#include <iterator>
#include <limits>

namespace {

constexpr qint64 Minute = 60;
constexpr qint64 Hour = 60 * Minute;
constexpr qint64 Day = 24 * Hour;
constexpr int PastDays = 60;
constexpr int FutureDays = 30;
constexpr int Attempts = 400;
constexpr quint32 Seed = 20'270'115;

using F = DemoFate;

// Fates whose booking is paid the ordinary way, by card or in cash.
bool paidOnce(DemoFate fate)
{
    switch (fate) {
    case F::Completed:
    case F::InUse:
    case F::Confirmed:
    case F::AwaitingDispatch:
    case F::Cancelled:
    case F::ForceCancelled:
    case F::RejectedPaid:
        return true;
    default:
        return false;
    }
}

// Fates in which a taxi dispatcher confirmed the booking at some point.
bool dispatched(DemoFate fate)
{
    switch (fate) {
    case F::Completed:
    case F::InUse:
    case F::Confirmed:
    case F::ConfirmedAfterDecline:
    case F::ConfirmedAtCounter:
    case F::Cancelled:
    case F::ForceCancelled:
        return true;
    default:
        return false;
    }
}

// Booked minutes ago and still held at "now".
bool fresh(DemoFate fate)
{
    return fate == F::HeldUnpaid || fate == F::HeldAtCounter || fate == F::HeldDeclined;
}

} // namespace

namespace demofates {

ReservationStatus finalStatus(DemoFate fate)
{
    switch (fate) {
    case F::Completed: return ReservationStatus::Completed;
    case F::InUse: return ReservationStatus::InUse;
    case F::Confirmed:
    case F::ConfirmedAfterDecline:
    case F::ConfirmedAtCounter: return ReservationStatus::Confirmed;
    case F::AwaitingDispatch:
    case F::HeldUnpaid:
    case F::HeldAtCounter:
    case F::HeldDeclined: return ReservationStatus::Held;
    case F::Cancelled:
    case F::CancelledUnpaid: return ReservationStatus::Cancelled;
    case F::ForceCancelled: return ReservationStatus::ForceCancelled;
    case F::Expired:
    case F::ExpiredDeclined: return ReservationStatus::Expired;
    case F::Rejected:
    case F::RejectedPaid: return ReservationStatus::Rejected;
    }
    return ReservationStatus::Held;
}

PaymentStatus finalPaymentStatus(DemoFate fate)
{
    switch (fate) {
    case F::Completed:
    case F::InUse:
    case F::Confirmed:
    case F::ConfirmedAfterDecline:
    case F::ConfirmedAtCounter:
    case F::AwaitingDispatch: return PaymentStatus::Approved;
    case F::HeldUnpaid:
    case F::CancelledUnpaid:
    case F::Expired:
    case F::Rejected: return PaymentStatus::Unpaid;
    case F::HeldAtCounter: return PaymentStatus::Deferred;
    case F::HeldDeclined:
    case F::ExpiredDeclined: return PaymentStatus::Declined;
    case F::Cancelled:
    case F::ForceCancelled:
    case F::RejectedPaid: return PaymentStatus::Refunded;
    }
    return PaymentStatus::Unpaid;
}

} // namespace demofates

DemoPlanner::DemoPlanner(Profile profile, const DemoCalendar &calendar,
                         const QList<democatalogue::DemoResource> &resources, int customerCount,
                         qint64 holdSeconds, qint64 earliestBooking)
    : m_profile(profile), m_calendar(calendar), m_resources(resources),
      m_customerCount(std::max(customerCount, 1)), m_holdSeconds(std::max<qint64>(holdSeconds, 0)),
      // Each script's commands stay well inside the hold time, so only the holds meant to
      // expire ever do.
      m_step(std::clamp<qint64>(m_holdSeconds / 10, 1, Minute)), m_earliest(earliestBooking),
      m_retireAt(calendar.at(-2, 17, 30)), m_maintenanceAt(calendar.at(-1, 9, 0)),
      m_random(Seed + quint32(profile)), m_planned(resources.size())
{
}

DemoPlan DemoPlanner::plan()
{
    const QList<DemoFate> wanted = fates();
    for (DemoFate fate : wanted) {
        if (!place(fate))
            qCWarning(lcServices) << "demo data: no room for a booking of fate" << int(fate);
    }

    DemoPlan plan;
    plan.bookings = m_bookings;
    for (int i = 0; i < m_bookings.size(); ++i)
        addSteps(i, plan.steps);
    for (int r = 0; r < m_resources.size(); ++r) {
        if (m_resources[r].ending == democatalogue::Ending::Retired)
            plan.steps.append(DemoStep{m_retireAt, DemoAction::Retire, r});
        else if (m_resources[r].ending == democatalogue::Ending::Maintenance)
            plan.steps.append(DemoStep{m_maintenanceAt, DemoAction::SetMaintenance, r});
    }
    // Stable: the steps of one booking at the same second keep their script order.
    std::stable_sort(plan.steps.begin(), plan.steps.end(),
                     [](const DemoStep &a, const DemoStep &b) { return a.at < b.at; });
    return plan;
}

QList<DemoFate> DemoPlanner::fates()
{
    QList<DemoFate> list;
    const auto add = [&list](DemoFate fate, int count) {
        for (int i = 0; i < count; ++i)
            list.append(fate);
    };
    // The most constrained first: they need particular resources or the present moment.
    add(F::ForceCancelled, 2);
    add(F::InUse, 3);
    add(F::HeldUnpaid, 1);
    add(F::HeldAtCounter, 1);
    add(F::HeldDeclined, 1);
    if (!profiles::traits(m_profile).confirmsWhenPaid)
        add(F::AwaitingDispatch, 2);
    add(F::Confirmed, 8 + m_random.bounded(4));
    add(F::ConfirmedAfterDecline, 1);
    add(F::ConfirmedAtCounter, 1);
    add(F::Cancelled, 3);
    add(F::CancelledUnpaid, 1);
    add(F::Expired, 1);
    add(F::ExpiredDeclined, 1);
    add(F::Rejected, 1);
    add(F::RejectedPaid, 1);
    add(F::Completed, 13 + m_random.bounded(5));
    return list;
}

bool DemoPlanner::place(DemoFate fate)
{
    for (int attempt = 0; attempt < Attempts; ++attempt) {
        const auto resource = chooseResource(fate);
        if (!resource)
            return false;
        const Window window = windowFor(fate);
        const auto slot = propose(*resource, window);
        if (!slot || !inWindow(slot->period, window) || !allowedOn(*resource, fate, slot->period)
            || !fits(*resource, *slot))
            continue;
        const auto created = creationTime(fate, slot->period);
        if (!created)
            continue;

        DemoBooking booking;
        booking.createdAt = *created;
        if (fate == F::CancelledUnpaid) {
            booking.cancelAt = booking.createdAt + 3 * m_step;
        } else if (fate == F::Cancelled) {
            // Some time after paying, before the booking starts.
            const qint64 earliest = booking.createdAt + 6 * m_step;
            const qint64 latest = std::min(slot->period.start, m_calendar.now()) - Minute;
            if (latest < earliest)
                continue;
            booking.cancelAt = between(earliest, latest);
        }
        booking.id = ids::newId();
        booking.resource = *resource;
        booking.customer = m_random.bounded(m_customerCount);
        booking.quantity = slot->quantity;
        booking.period = slot->period;
        booking.fate = fate;
        booking.cash = paidOnce(fate) && m_random.bounded(4) == 0;
        if (fresh(fate))
            ++m_fresh;
        m_planned[*resource].append(Occupancy{slot->period.start, slot->period.end, slot->quantity});
        m_bookings.append(booking);
        return true;
    }
    return false;
}

std::optional<int> DemoPlanner::chooseResource(DemoFate fate)
{
    QList<int> candidates;
    for (int r = 0; r < m_resources.size(); ++r) {
        const auto ending = m_resources[r].ending;
        const bool ok = fate == F::ForceCancelled ? ending == democatalogue::Ending::Retired
                        : fate == F::Completed    ? true
                                                  : ending == democatalogue::Ending::Active;
        if (ok)
            candidates.append(r);
    }
    if (candidates.isEmpty())
        return std::nullopt;
    return candidates[m_random.bounded(int(candidates.size()))];
}

DemoPlanner::Window DemoPlanner::windowFor(DemoFate fate)
{
    switch (fate) {
    case F::Completed:
        return Window::Past;
    case F::InUse:
        return Window::Current;
    case F::Cancelled:
    case F::Expired:
    case F::ExpiredDeclined:
    case F::Rejected:
    case F::RejectedPaid:
        return m_random.bounded(2) == 0 ? Window::Past : Window::Future;
    default:
        return Window::Future;
    }
}

std::optional<DemoPlanner::Slot> DemoPlanner::propose(int resource, Window window)
{
    const int dayOffset = window == Window::Past      ? m_random.bounded(-PastDays, 0)
                          : window == Window::Current ? m_random.bounded(-7, 1)
                                                      : m_random.bounded(0, FutureDays + 1);
    switch (m_profile) {
    case Profile::Exhibition: {
        // The session fixes the period; a party books one to four seats.
        constexpr int Seats[] = {1, 2, 2, 2, 3, 4, 1, 2};
        const auto &session = m_resources[resource].session;
        if (!session)
            return std::nullopt;
        return Slot{*session, Seats[m_random.bounded(int(std::size(Seats)))]};
    }
    case Profile::Taxi: {
        if (window == Window::Current) {
            const qint64 start = m_calendar.slotUnderWay();
            return Slot{Period{start, start + DemoCalendar::SlotSeconds}, 1};
        }
        // A pickup slot of one or two hours, starting on the hour or the half hour.
        const qint64 start = m_calendar.at(dayOffset, m_random.bounded(6, 23), 30 * m_random.bounded(2));
        return Slot{Period{start, start + Hour * (1 + m_random.bounded(2))}, 1};
    }
    case Profile::Car: {
        constexpr int Days[] = {1, 1, 2, 2, 3, 3, 4, 5, 7};
        const int days = Days[m_random.bounded(int(std::size(Days)))];
        return Slot{Period{m_calendar.at(dayOffset, 10), m_calendar.at(dayOffset + days, 10)}, 1};
    }
    case Profile::Item: {
        // Neighbours hand things over after work.
        constexpr int Days[] = {1, 1, 1, 2, 2, 3, 4};
        const int days = Days[m_random.bounded(int(std::size(Days)))];
        return Slot{Period{m_calendar.at(dayOffset, 19), m_calendar.at(dayOffset + days, 19)}, 1};
    }
    case Profile::Product: {
        constexpr int Months[] = {1, 1, 1, 2, 3};
        const int days = 30 * Months[m_random.bounded(int(std::size(Months)))];
        const int offset = window == Window::Current ? m_random.bounded(std::max(-days + 1, -PastDays), 1)
                                                     : dayOffset;
        const int quantity = m_random.bounded(5) == 0 ? 2 : 1;
        return Slot{Period{m_calendar.at(offset, 14), m_calendar.at(offset + days, 14)}, quantity};
    }
    }
    return std::nullopt;
}

bool DemoPlanner::inWindow(const Period &period, Window window) const
{
    const qint64 now = m_calendar.now();
    if (period.start < now - (PastDays + 1) * Day)
        return false;
    switch (window) {
    case Window::Past:
        return period.end <= now - Hour;
    case Window::Current:
        return period.start <= now - 30 * Minute && period.end >= now + 30 * Minute;
    case Window::Future:
        return period.start >= now + 2 * Hour && period.start <= now + (FutureDays + 1) * Day;
    }
    return false;
}

bool DemoPlanner::allowedOn(int resource, DemoFate fate, const Period &period) const
{
    // A resource that is retired or in maintenance takes new bookings only before that (its
    // force-cancelled bookings excepted: retiring them is the point).
    if (fate == F::ForceCancelled || m_resources[resource].ending == democatalogue::Ending::Active)
        return true;
    return period.end <= closedAt(resource) - Day;
}

bool DemoPlanner::fits(int resource, const Slot &slot) const
{
    const int capacity = m_resources[resource].draft.capacity;
    return occupancy::peak(m_planned[resource], slot.period) + slot.quantity <= capacity;
}

std::optional<qint64> DemoPlanner::creationTime(DemoFate fate, const Period &period)
{
    const qint64 now = m_calendar.now();
    // How long before the start customers of this business book.
    qint64 lead = 0;
    switch (m_profile) {
    case Profile::Car: lead = between(6 * Hour, 14 * Day); break;
    case Profile::Exhibition: lead = between(Day, 21 * Day); break;
    case Profile::Item: lead = between(3 * Hour, 7 * Day); break;
    case Profile::Taxi: lead = between(Hour, 3 * Day); break;
    case Profile::Product: lead = between(Day, 14 * Day); break;
    }
    lead -= lead % Minute;
    qint64 created = period.start - lead;

    if (fresh(fate)) {
        created = now - 4 * m_step - 7 * m_fresh;
    } else if (fate == F::AwaitingDispatch) {
        created = now - between(20 * Minute, 3 * Hour);
    } else if (fate == F::ForceCancelled) {
        if (created > m_retireAt - Hour)
            created = m_retireAt - between(Hour, 5 * Day);
    } else if (fate == F::Expired || fate == F::ExpiredDeclined) {
        const qint64 latest = now - m_holdSeconds - Hour;
        if (created > latest)
            created = latest - between(0, 5 * Day);
    } else if (created > now - Hour) {
        created = now - between(Hour, 4 * Day);
    }

    // Every command of the script has run by now, before the booking starts, and after the
    // resource and the customers were registered.
    const qint64 scriptEnds = fresh(fate) ? created + m_step : created + 6 * m_step;
    if (created < m_earliest || scriptEnds > now || created > period.start - 10 * Minute)
        return std::nullopt;
    return created;
}

qint64 DemoPlanner::closedAt(int resource) const
{
    switch (m_resources[resource].ending) {
    case democatalogue::Ending::Retired: return m_retireAt;
    case democatalogue::Ending::Maintenance: return m_maintenanceAt;
    case democatalogue::Ending::Active: break;
    }
    return std::numeric_limits<qint64>::max();
}

void DemoPlanner::addSteps(int index, QList<DemoStep> &steps)
{
    const DemoBooking &b = m_bookings[index];
    qint64 at = b.createdAt;
    const auto add = [&](qint64 time, DemoAction action) {
        steps.append(DemoStep{time, action, index});
    };
    const auto next = [&](DemoAction action) {
        at += m_step;
        add(at, action);
    };

    add(at, DemoAction::Hold);
    if (paidOnce(b.fate))
        next(b.cash ? DemoAction::PayCash : DemoAction::PayByCard);
    switch (b.fate) {
    case F::ConfirmedAfterDecline:
        next(DemoAction::PayWithDeclinedCard);
        next(DemoAction::PayByCard);
        break;
    case F::ConfirmedAtCounter:
        next(DemoAction::PayAtCounter);
        at += m_step; // the customer walks to the counter
        next(DemoAction::PayCash);
        break;
    case F::HeldAtCounter:
        next(DemoAction::PayAtCounter);
        break;
    case F::HeldDeclined:
    case F::ExpiredDeclined:
        next(DemoAction::PayWithDeclinedCard);
        break;
    default:
        break;
    }
    if (dispatched(b.fate) && !profiles::traits(m_profile).confirmsWhenPaid)
        next(DemoAction::Confirm);

    // Pickups and returns happen a few minutes either side of the booked times.
    const qint64 slack = std::min<qint64>(20 * Minute, b.period.seconds() / 4);
    switch (b.fate) {
    case F::Completed:
        add(b.period.start + between(0, slack), DemoAction::StartFulfilment);
        add(b.period.end - between(0, slack), DemoAction::FinishFulfilment);
        break;
    case F::InUse:
        add(b.period.start + between(0, slack), DemoAction::StartFulfilment);
        break;
    case F::Cancelled:
    case F::CancelledUnpaid:
        add(b.cancelAt, DemoAction::Cancel);
        break;
    case F::Expired:
    case F::ExpiredDeclined:
        add(b.createdAt + m_holdSeconds + m_step, DemoAction::ExpireHolds);
        break;
    case F::Rejected:
    case F::RejectedPaid:
        next(DemoAction::Reject); // the server answered at the next sync
        break;
    default:
        break;
    }
}

qint64 DemoPlanner::between(qint64 low, qint64 high)
{
    if (high <= low)
        return low;
    return m_random.bounded(low, high + 1);
}
