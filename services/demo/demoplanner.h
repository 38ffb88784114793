#pragma once

#include "demo/democatalogue.h"
#include "domain/occupancy.h"
#include "domain/reservation.h"

#include <QList>
#include <QRandomGenerator>

#include <optional>

class DemoCalendar;

// Where a demo booking ends up. Each fate is a short script of ordinary commands (hold, pay,
// confirm, start, finish, cancel, reject, expire), so the rules, events, read model and
// notifications see exactly what a real shop would have produced.
enum class DemoFate {
    Completed,
    InUse,
    Confirmed,
    ConfirmedAfterDecline, // a card was declined, a second card went through
    ConfirmedAtCounter,    // "pay at the counter" first (deferred), then cash
    AwaitingDispatch,      // taxi: paid, waiting for the dispatcher
    HeldUnpaid,
    HeldAtCounter,
    HeldDeclined,
    Cancelled, // paid, then cancelled: refunded
    CancelledUnpaid,
    ForceCancelled, // the resource was retired
    Expired,
    ExpiredDeclined,
    Rejected, // refused at sync (capacity_conflict)
    RejectedPaid,
};

struct DemoBooking final
{
    QUuid id; // chosen up front so later steps can name it
    int resource = 0;
    int customer = 0;
    int quantity = 1;
    Period period;
    qint64 createdAt = 0;
    qint64 cancelAt = 0; // Cancelled and CancelledUnpaid only
    DemoFate fate = DemoFate::Confirmed;
    bool cash = false;
};

enum class DemoAction {
    Hold,
    PayByCard,
    PayWithDeclinedCard,
    PayCash,
    PayAtCounter,
    Confirm,
    StartFulfilment,
    FinishFulfilment,
    Cancel,
    Reject,
    ExpireHolds,
    Retire,         // target is a resource
    SetMaintenance, // target is a resource
};

struct DemoStep final
{
    qint64 at = 0;
    DemoAction action = DemoAction::Hold;
    int target = 0; // index of the booking, or of the resource for Retire / SetMaintenance
};

struct DemoPlan final
{
    QList<DemoBooking> bookings;
    QList<DemoStep> steps; // in time order
};

namespace demofates {
ReservationStatus finalStatus(DemoFate fate);
PaymentStatus finalPaymentStatus(DemoFate fate);
} // namespace demofates

// Decides which bookings the demo makes, on which resource, for whom, over which period, and
// when each command of their scripts runs. Deterministic for a given "now" (fixed seed), so
// the demo looks the same every time relative to today. Bookings never exceed capacity even
// if all of them were open at once, so every hold succeeds whatever the order.
class DemoPlanner final
{
public:
    DemoPlanner(Profile profile, const DemoCalendar &calendar,
                const QList<democatalogue::DemoResource> &resources, int customerCount,
                qint64 holdSeconds, qint64 earliestBooking);

    DemoPlan plan();

private:
    enum class Window { Past, Current, Future };
    struct Slot
    {
        Period period;
        int quantity = 1;
    };

    QList<DemoFate> fates();
    bool place(DemoFate fate);
    std::optional<int> chooseResource(DemoFate fate);
    Window windowFor(DemoFate fate);
    std::optional<Slot> propose(int resource, Window window);
    bool inWindow(const Period &period, Window window) const;
    bool allowedOn(int resource, DemoFate fate, const Period &period) const;
    bool fits(int resource, const Slot &slot) const;
    std::optional<qint64> creationTime(DemoFate fate, const Period &period);
    qint64 closedAt(int resource) const;
    void addSteps(int index, QList<DemoStep> &steps);
    qint64 between(qint64 low, qint64 high);

    Profile m_profile;
    const DemoCalendar &m_calendar;
    const QList<democatalogue::DemoResource> &m_resources;
    int m_customerCount;
    qint64 m_holdSeconds;
    qint64 m_step; // between the commands of one booking's script
    qint64 m_earliest;
    qint64 m_retireAt;
    qint64 m_maintenanceAt;
    QRandomGenerator m_random;
    QList<QList<Occupancy>> m_planned; // per resource, every planned booking
    QList<DemoBooking> m_bookings;
    int m_fresh = 0; // bookings made minutes ago (still held)
};
