#include "demo/demodata.h"

#include "commands/customercommands.h"
#include "commands/inventorycommands.h"
#include "commands/paymentcommands.h"
#include "commands/reservationcommands.h"
#include "core/commandcontext.h"
#include "demo/demoaccounts.h"
#include "demo/democalendar.h"
#include "demo/democatalogue.h"
#include "demo/demodetails.h"
#include "demo/demoplanner.h"
#include "domain/clock.h"
#include "domain/lifecycle.h"
#include "queries/dispatchquery.h"
#include "storage/customerrepository.h"
#include "storage/logging.h"
#include "storage/notificationrepository.h"
#include "storage/resourcerepository.h"

#include <QCoreApplication>

#include <algorithm>

namespace demodata {
namespace {

constexpr qint64 Minute = 60;
constexpr qint64 Hour = 60 * Minute;

// Everything the steps of a plan refer to by index.
struct Cast
{
    Profile profile = Profile::Car;
    QList<QUuid> resources;
    QList<QUuid> customers;
    QList<DemoBooking> bookings;
};

Error failed(const QString &detail)
{
    return Error{QStringLiteral("demo_data_failed"),
                 QCoreApplication::translate("Demo", "The demo data could not be created: %1").arg(detail)};
}

Result<void> expectPayment(const Result<PaymentOutcome> &outcome, PaymentStatus expected)
{
    if (!outcome)
        return outcome.error();
    if (outcome->paymentStatus != expected)
        return failed(QStringLiteral("a payment ended %1 instead of %2 (%3)")
                          .arg(lifecycle::key(outcome->paymentStatus), lifecycle::key(expected),
                               outcome->reason));
    return {};
}

Result<void> pay(CommandContext &context, const QUuid &id, PaymentMethod method,
                 const QString &token, const QString &last4, PaymentStatus expected)
{
    PaymentRequest request{id, method, {}, {}, {}};
    if (method == PaymentMethod::Card) {
        request.cardToken = token;
        request.cardBrand = QStringLiteral("VISA");
        request.cardLast4 = last4;
    }
    return expectPayment(paymentcommands::pay(context, request), expected);
}

Result<void> check(const Result<Reservation> &result)
{
    if (!result)
        return result.error();
    return {};
}

Result<void> check(const Result<Resource> &result)
{
    if (!result)
        return result.error();
    return {};
}

// A taxi goes out as the first of its class's taxis not on a trip, as a dispatcher would send it.
Result<void> startFulfilment(CommandContext &context, const QUuid &id)
{
    auto taxis = dispatchquery::freeTaxis(context.db, id);
    if (!taxis)
        return taxis.error();
    const QString plate = taxis->free.isEmpty() ? QString() : taxis->free.constFirst().plate;
    return check(reservationcommands::startFulfilment(context, id, plate));
}

Result<void> perform(CommandContext &context, const DemoStep &step, const Cast &cast)
{
    if (step.action == DemoAction::Retire)
        return check(inventorycommands::retire(context, cast.resources[step.target]));
    if (step.action == DemoAction::SetMaintenance)
        return check(inventorycommands::setStatus(context, cast.resources[step.target],
                                                  ResourceStatus::Maintenance));

    const DemoBooking &b = cast.bookings[step.target];
    switch (step.action) {
    case DemoAction::Hold: {
        HoldRequest request;
        request.id = b.id;
        request.resourceId = cast.resources[b.resource];
        request.customerId = cast.customers[b.customer];
        request.quantity = b.quantity;
        request.start = b.period.start;
        request.end = b.period.end;
        request.details = demodetails::forBooking(cast.profile, step.target);
        return check(reservationcommands::hold(context, request));
    }
    case DemoAction::PayByCard:
        return pay(context, b.id, PaymentMethod::Card, QStringLiteral("tok_visa"),
                   QStringLiteral("4242"), PaymentStatus::Approved);
    case DemoAction::PayWithDeclinedCard:
        return pay(context, b.id, PaymentMethod::Card, QStringLiteral("tok_decline"),
                   QStringLiteral("0002"), PaymentStatus::Declined);
    case DemoAction::PayCash:
        return pay(context, b.id, PaymentMethod::Cash, {}, {}, PaymentStatus::Approved);
    case DemoAction::PayAtCounter:
        return pay(context, b.id, PaymentMethod::PayAtCounter, {}, {}, PaymentStatus::Deferred);
    case DemoAction::Confirm:
        return check(reservationcommands::confirm(context, b.id));
    case DemoAction::StartFulfilment:
        return startFulfilment(context, b.id);
    case DemoAction::FinishFulfilment:
        return check(reservationcommands::finishFulfilment(context, b.id));
    case DemoAction::Cancel:
        return check(reservationcommands::cancel(context, b.id));
    case DemoAction::Reject:
        return check(reservationcommands::reject(context, b.id, QStringLiteral("capacity_conflict")));
    case DemoAction::ExpireHolds: {
        auto expired = reservationcommands::expireDueHolds(context);
        if (!expired)
            return expired.error();
        if (expired.value() < 1)
            return failed(QStringLiteral("a hold did not expire"));
        return {};
    }
    case DemoAction::Retire:
    case DemoAction::SetMaintenance:
        break;
    }
    return {};
}

// Every booking must have ended where its script meant it to; anything else is a bug in the
// plan or a rule that changed, better caught here than shown in a demo.
Result<void> verify(CommandContext &context, const Cast &cast)
{
    for (const DemoBooking &b : cast.bookings) {
        auto r = reservationcommands::load(context, b.id);
        if (!r)
            return r.error();
        const ReservationStatus status = demofates::finalStatus(b.fate);
        const PaymentStatus payment = demofates::finalPaymentStatus(b.fate);
        if (r->status != status || r->paymentStatus != payment)
            return failed(QStringLiteral("booking %1 ended %2/%3 instead of %4/%5")
                              .arg(b.id.toString(QUuid::WithoutBraces), lifecycle::key(r->status),
                                   lifecycle::key(r->paymentStatus), lifecycle::key(status),
                                   lifecycle::key(payment)));
    }
    return {};
}

// The notifications of the demo's history would have gone out when they were queued; only the
// last hour's are left for the dispatcher, so opening the demo shows a few, not a flood.
Result<void> settleHistory(CommandContext &context, qint64 before)
{
    constexpr int Limit = 100'000;
    auto old = notificationrepository::due(context.db, before, Limit);
    if (!old)
        return old.error();
    for (const Notification &n : old.value()) {
        RD_TRY(notificationrepository::markDelivered(context.db, n.id));
        context.changes.notifications.insert(n.id);
    }
    return {};
}

Result<DemoSummary> run(CommandContext &past, ManualClock &clock, Profile profile,
                        const DemoCalendar &calendar)
{
    const QList<democatalogue::DemoResource> catalogue =
        democatalogue::resources(profile, calendar, past.settings.currency);
    const QList<CustomerDraft> people = democatalogue::customers();
    Cast cast;
    cast.profile = profile;

    // The shop opened its books 80 days ago; customers signed up over the following week.
    const qint64 opening = calendar.at(-80, 9);
    for (int i = 0; i < catalogue.size(); ++i) {
        clock.set(opening + i * 20 * Minute);
        auto made = inventorycommands::registerResource(past, catalogue[i].draft);
        if (!made)
            return made.error();
        cast.resources.append(made->id);
    }
    for (int i = 0; i < people.size(); ++i) {
        clock.set(calendar.at(-79 + i / 2, 10 + 5 * (i % 2), 7 * i % 60));
        auto made = customercommands::registerCustomer(past, people[i]);
        if (!made)
            return made.error();
        cast.customers.append(made->id);
    }
    RD_TRY(demoaccounts::create(past, profile, cast.customers.first()));

    DemoPlanner planner(profile, calendar, catalogue, int(cast.customers.size()),
                        past.settings.holdSeconds, clock.nowSecs() + Hour);
    const DemoPlan plan = planner.plan();
    cast.bookings = plan.bookings;
    for (const DemoStep &step : plan.steps) {
        clock.set(step.at);
        RD_TRY(perform(past, step, cast));
    }
    RD_TRY(verify(past, cast));
    RD_TRY(settleHistory(past, calendar.now() - Hour));

    DemoSummary summary;
    summary.resources = int(cast.resources.size());
    summary.customers = int(cast.customers.size());
    summary.reservations = int(cast.bookings.size());
    return summary;
}

Result<bool> isEmpty(const QSqlDatabase &db)
{
    auto resources = resourcerepository::count(db);
    if (!resources)
        return resources.error();
    auto customers = customerrepository::page(db, 0, 1);
    if (!customers)
        return customers.error();
    return resources.value() == 0 && customers->isEmpty();
}

} // namespace

Result<DemoSummary> fill(CommandContext &context, Profile profile)
{
    auto empty = isEmpty(context.db);
    if (!empty)
        return empty.error();
    if (!empty.value()) {
        DemoSummary skipped;
        skipped.skipped = true;
        return skipped;
    }

    const DemoCalendar calendar(context.clock.nowSecs(), context.settings.timeZone);
    // The same commands, run with a clock set to when each step would have happened.
    ManualClock clock(context.clock.nowSecs());
    CommandContext past{context.db, clock, context.settings, context.gateway, context.events, {}, context.remote, context.remoteDevice};
    auto summary = run(past, clock, profile, calendar);
    context.changes.unite(past.changes);
    if (summary)
        qCInfo(lcServices) << "demo data for" << profiles::key(profile) << ":"
                           << summary->resources << "resources," << summary->customers
                           << "customers," << summary->reservations << "bookings";
    return summary;
}

} // namespace demodata
