#include "domain/lifecycle.h"

#include "domain/profile.h"

#include "domain/errors.h"

#include <QCoreApplication>

namespace lifecycle {
namespace {
using RS = ReservationStatus;
using PS = PaymentStatus;

} // namespace

bool allowed(ReservationStatus from, ReservationStatus to)
{
    switch (from) {
    case RS::Held:
        return to == RS::Confirmed || to == RS::Cancelled || to == RS::ForceCancelled
               || to == RS::Expired || to == RS::Rejected;
    case RS::Confirmed:
        return to == RS::InUse || to == RS::Cancelled || to == RS::ForceCancelled
               || to == RS::Rejected;
    case RS::InUse:
        return to == RS::Completed;
    case RS::Completed:
    case RS::Cancelled:
    case RS::ForceCancelled:
    case RS::Expired:
    case RS::Rejected:
        return false;
    }
    return false;
}

bool allowed(PaymentStatus from, PaymentStatus to)
{
    switch (from) {
    case PS::Unpaid:
    case PS::Deferred:
    case PS::Declined:
        // A declined or deferred payment may be tried again.
        return to == PS::Approved || to == PS::Declined || to == PS::Deferred;
    case PS::Approved:
        return to == PS::Refunded;
    case PS::Refunded:
        return false;
    }
    return false;
}

Result<void> check(ReservationStatus from, ReservationStatus to)
{
    if (!allowed(from, to))
        return errors::invalidTransition(displayName(from), displayName(to));
    return {};
}

Result<void> check(PaymentStatus from, PaymentStatus to)
{
    if (!allowed(from, to))
        return errors::invalidPaymentTransition(displayName(from), displayName(to));
    return {};
}

bool occupiesCapacity(ReservationStatus status)
{
    return status == RS::Held || status == RS::Confirmed || status == RS::InUse;
}

bool isFinal(ReservationStatus status)
{
    return !occupiesCapacity(status);
}

QList<ReservationStatus> allStatuses()
{
    return {RS::Held,      RS::Confirmed,      RS::InUse,   RS::Completed,
            RS::Cancelled, RS::ForceCancelled, RS::Expired, RS::Rejected};
}

QList<PaymentStatus> allPaymentStatuses()
{
    return {PS::Unpaid, PS::Approved, PS::Refunded, PS::Deferred, PS::Declined};
}

QString key(ReservationStatus status)
{
    switch (status) {
    case RS::Held: return QStringLiteral("held");
    case RS::Confirmed: return QStringLiteral("confirmed");
    case RS::InUse: return QStringLiteral("in_use");
    case RS::Completed: return QStringLiteral("completed");
    case RS::Cancelled: return QStringLiteral("cancelled");
    case RS::ForceCancelled: return QStringLiteral("force_cancelled");
    case RS::Expired: return QStringLiteral("expired");
    case RS::Rejected: return QStringLiteral("rejected");
    }
    return {};
}

QString key(PaymentStatus status)
{
    switch (status) {
    case PS::Unpaid: return QStringLiteral("unpaid");
    case PS::Approved: return QStringLiteral("approved");
    case PS::Refunded: return QStringLiteral("refunded");
    case PS::Deferred: return QStringLiteral("deferred");
    case PS::Declined: return QStringLiteral("declined");
    }
    return {};
}

QString displayName(ReservationStatus status)
{
    switch (status) {
    case RS::Held: return QCoreApplication::translate("Status", "held");
    case RS::Confirmed: return QCoreApplication::translate("Status", "confirmed");
    case RS::InUse: return QCoreApplication::translate("Status", "in use");
    case RS::Completed: return QCoreApplication::translate("Status", "completed");
    case RS::Cancelled: return QCoreApplication::translate("Status", "cancelled");
    case RS::ForceCancelled: return QCoreApplication::translate("Status", "force-cancelled");
    case RS::Expired: return QCoreApplication::translate("Status", "expired");
    case RS::Rejected: return QCoreApplication::translate("Status", "rejected");
    }
    return {};
}

QString displayName(ReservationStatus status, Profile profile)
{
    if (status == RS::InUse) {
        switch (profile) {
        case Profile::Car: return QCoreApplication::translate("Status", "rented out");
        case Profile::Exhibition: return QCoreApplication::translate("Status", "admitted");
        case Profile::Item: return QCoreApplication::translate("Status", "lent out");
        case Profile::Taxi: return QCoreApplication::translate("Status", "dispatched");
        case Profile::Product: return QCoreApplication::translate("Status", "delivered");
        }
    }
    if (status == RS::Completed) {
        switch (profile) {
        case Profile::Car:
        case Profile::Item:
        case Profile::Product: return QCoreApplication::translate("Status", "returned");
        case Profile::Exhibition: return QCoreApplication::translate("Status", "visited");
        case Profile::Taxi: return QCoreApplication::translate("Status", "trip completed");
        }
    }
    return displayName(status);
}

QString displayName(PaymentStatus status)
{
    switch (status) {
    case PS::Unpaid: return QCoreApplication::translate("Status", "unpaid");
    case PS::Approved: return QCoreApplication::translate("Status", "paid");
    case PS::Refunded: return QCoreApplication::translate("Status", "refunded");
    case PS::Deferred: return QCoreApplication::translate("Status", "to pay later");
    case PS::Declined: return QCoreApplication::translate("Status", "declined");
    }
    return {};
}

} // namespace lifecycle
