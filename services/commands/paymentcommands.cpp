#include "commands/paymentcommands.h"

#include "commands/reservationcommands.h"
#include "core/commandcontext.h"
#include "domain/clock.h"
#include "domain/domainevent.h"
#include "domain/errors.h"
#include "domain/ids.h"
#include "domain/lifecycle.h"
#include "payment/paymentgateway.h"
#include "storage/paymentrepository.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace paymentcommands {
namespace {

QJsonObject paymentPayload(const Payment &payment)
{
    return QJsonObject{{QStringLiteral("paymentId"), ids::toText(payment.id)},
                       {QStringLiteral("method"), payments::methodKey(payment.method)},
                       {QStringLiteral("amount"), payment.amount.minor}};
}

Result<PaymentOutcome> record(CommandContext &context, const Reservation &reservation,
                              const Payment &payment)
{
    RD_TRY(paymentrepository::insert(context.db, payment));
    context.changes.payments.insert(payment.id);
    const bool approved = payment.status == PaymentRecordStatus::Approved;
    RD_TRY(reservationcommands::setPaymentStatus(
        context, reservation, approved ? PaymentStatus::Approved : PaymentStatus::Declined,
        approved ? events::PaymentApproved : events::PaymentDeclined, paymentPayload(payment)));
    const auto status = approved ? PaymentStatus::Approved : PaymentStatus::Declined;
    return PaymentOutcome{status, payment, payment.declineReason};
}

Result<PaymentOutcome> defer(CommandContext &context, const Reservation &reservation,
                             const Payment &attempt, const QString &reason)
{
    RD_TRY(reservationcommands::setPaymentStatus(context, reservation, PaymentStatus::Deferred,
                                                 events::PaymentDeferred, paymentPayload(attempt)));
    return PaymentOutcome{PaymentStatus::Deferred, std::nullopt, reason};
}

} // namespace

Result<PaymentOutcome> pay(CommandContext &context, const PaymentRequest &request)
{
    RD_TRY(payments::validate(request));
    auto reservation = reservationcommands::load(context, request.reservationId);
    if (!reservation)
        return reservation.error();
    const Reservation &r = reservation.value();
    if (r.paymentStatus == PaymentStatus::Approved)
        return errors::alreadyPaid();
    if (r.status != ReservationStatus::Held && r.status != ReservationStatus::Confirmed)
        return errors::nothingToPay();

    Payment payment;
    payment.id = ids::newId();
    payment.reservationId = r.id;
    payment.amount = r.amount;
    payment.method = request.method;
    payment.createdAt = context.clock.nowSecs();

    switch (request.method) {
    case PaymentMethod::PayAtCounter:
        return defer(context, r, payment,
                     QCoreApplication::translate("Payment", "Please pay at the counter."));
    case PaymentMethod::Cash:
        payment.status = PaymentRecordStatus::Approved;
        return record(context, r, payment);
    case PaymentMethod::Card:
        break;
    }

    payment.cardBrand = request.cardBrand;
    payment.cardLast4 = request.cardLast4;
    auto answer = context.gateway.charge(payment.id, payment.amount, request.cardToken);
    if (!answer) {
        // The provider could not be asked: keep the booking, pay a little later.
        return defer(context, r, payment,
                     QCoreApplication::translate(
                         "Payment", "Card payment is not available right now. Your booking is kept: "
                                    "please pay a little later."));
    }
    payment.gatewayReference = answer->reference;
    payment.status = answer->approved ? PaymentRecordStatus::Approved : PaymentRecordStatus::Declined;
    payment.declineReason = answer->declineReason;
    return record(context, r, payment);
}

Result<void> refundIfPaid(CommandContext &context, const QUuid &reservationId)
{
    auto approved = paymentrepository::approvedFor(context.db, reservationId);
    if (!approved)
        return approved.error();
    if (!approved.value())
        return {};
    const Payment &payment = *approved.value();
    if (payment.method == PaymentMethod::Card)
        RD_TRY(context.gateway.refund(payment.id, payment.gatewayReference, payment.amount));
    RD_TRY(paymentrepository::setStatus(context.db, payment.id, PaymentRecordStatus::Refunded));
    context.changes.payments.insert(payment.id);
    auto reservation = reservationcommands::load(context, reservationId);
    if (!reservation)
        return reservation.error();
    RD_TRY(reservationcommands::setPaymentStatus(context, reservation.value(), PaymentStatus::Refunded,
                                                 events::PaymentRefunded, paymentPayload(payment)));
    return {};
}

} // namespace paymentcommands
