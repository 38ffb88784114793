#include "commands/paymentcommands.h"

#include "commands/cardpaymentcommands.h"
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

QJsonObject eventPayload(const Payment &payment)
{
    return QJsonObject{{QStringLiteral("paymentId"), ids::toText(payment.id)},
                       {QStringLiteral("method"), payments::methodKey(payment.method)},
                       {QStringLiteral("amount"), payment.amount.minor}};
}

Result<PaymentOutcome> recordAttempt(CommandContext &context, const Reservation &reservation,
                                     const Payment &payment)
{
    RD_TRY(paymentrepository::insert(context.db, payment));
    context.changes.payments.insert(payment.id);
    const bool approved = payment.status == PaymentRecordStatus::Approved;
    const auto status = approved ? PaymentStatus::Approved : PaymentStatus::Declined;
    RD_TRY(reservationcommands::setPaymentStatus(context, reservation, status,
                                                 approved ? events::PaymentApproved : events::PaymentDeclined,
                                                 eventPayload(payment)));
    return PaymentOutcome{status, payment, payment.declineReason, 0};
}

Result<PaymentOutcome> defer(CommandContext &context, const Reservation &reservation,
                             const Payment &attempt, const QString &reason)
{
    // A card retried later is already deferred: one event for the whole wait.
    if (reservation.paymentStatus != PaymentStatus::Deferred)
        RD_TRY(reservationcommands::setPaymentStatus(context, reservation, PaymentStatus::Deferred,
                                                     events::PaymentDeferred, eventPayload(attempt)));
    return PaymentOutcome{PaymentStatus::Deferred, std::nullopt, reason, reservation.holdExpiresAt};
}

Result<PaymentOutcome> pay(CommandContext &context, const PaymentRequest &request)
{
    RD_TRY(payments::validate(request));
    auto reservation = reservationcommands::load(context, request.reservationId);
    if (!reservation)
        return reservation.error();
    const Reservation &r = reservation.value();
    RD_TRY(payments::checkPayable(r));
    RD_TRY(cardpaymentcommands::checkNoChargeInFlight(context, r.id));
    // Paid another way: a card charge still waiting for the provider is dropped.
    RD_TRY(cardpaymentcommands::abandonCharges(context, r.id));

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
        return recordAttempt(context, r, payment);
    case PaymentMethod::Card:
        break;
    }

    payment.cardBrand = request.cardBrand;
    payment.cardLast4 = request.cardLast4;
    auto answer = context.gateway.charge(payment.id, payment.amount, request.cardToken);
    if (!answer)
        return defer(context, r, payment, payments::cardUnavailableReason());
    payment.gatewayReference = answer->reference;
    payment.status = answer->approved ? PaymentRecordStatus::Approved : PaymentRecordStatus::Declined;
    payment.declineReason = answer->declineReason;
    return recordAttempt(context, r, payment);
}

Result<void> refundIfPaid(CommandContext &context, const QUuid &reservationId)
{
    auto approved = paymentrepository::approvedFor(context.db, reservationId);
    if (!approved)
        return approved.error();
    if (!approved.value())
        return {};
    const Payment &payment = *approved.value();
    if (payment.method == PaymentMethod::Card) {
        auto refunded = context.gateway.refund(payment.id, payment.gatewayReference, payment.amount);
        if (!refunded)
            return cardpaymentcommands::queueRefund(context, payment, refunded.error());
    }
    return recordRefund(context, payment);
}

Result<void> recordRefund(CommandContext &context, const Payment &payment)
{
    RD_TRY(paymentrepository::setStatus(context.db, payment.id, PaymentRecordStatus::Refunded));
    context.changes.payments.insert(payment.id);
    auto stillApproved = paymentrepository::approvedFor(context.db, payment.reservationId);
    if (!stillApproved)
        return stillApproved.error();
    auto reservation = reservationcommands::load(context, payment.reservationId);
    if (!reservation)
        return reservation.error();
    // A charge taken by mistake (the booking was paid another way) leaves the booking paid.
    if (stillApproved.value() || reservation->paymentStatus != PaymentStatus::Approved)
        return {};
    RD_TRY(reservationcommands::setPaymentStatus(context, reservation.value(), PaymentStatus::Refunded,
                                                 events::PaymentRefunded, eventPayload(payment)));
    return {};
}

} // namespace paymentcommands
