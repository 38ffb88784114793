#include "domain/errors.h"

#include <QCoreApplication>

namespace errors {
namespace {

Error make(const char *code, const QString &message)
{
    return Error{QString::fromLatin1(code), message};
}

QString tr(const char *text)
{
    return QCoreApplication::translate("Errors", text);
}

} // namespace

Error invalidQuantity(qint64 quantity)
{
    return make("invalid_quantity",
                tr("The quantity must be at least 1 (got %1).").arg(quantity));
}

Error invalidPeriod()
{
    return make("invalid_period", tr("The end of the period must be after its start."));
}

Error periodTooLong(int maxDays)
{
    return make("period_too_long", tr("A booking can last at most %1 days.").arg(maxDays));
}

Error textRequired(const QString &field)
{
    return make("text_required", tr("%1 is required.").arg(field));
}

Error textTooLong(const QString &field, int maxLength)
{
    return make("text_too_long",
                tr("%1 can be at most %2 characters long.").arg(field).arg(maxLength));
}

Error textHasControlCharacters(const QString &field)
{
    return make("text_invalid_characters", tr("%1 contains characters that are not allowed.").arg(field));
}

Error invalidPrice()
{
    return make("invalid_price", tr("The price cannot be negative."));
}

Error invalidCapacity(int maxCapacity)
{
    return make("invalid_capacity",
                tr("The capacity must be between 1 and %1.").arg(maxCapacity));
}

Error invalidPhone()
{
    return make("invalid_phone",
                tr("The phone number may contain only digits, spaces, '+', '-' and brackets."));
}

Error invalidEmail()
{
    return make("invalid_email", tr("The e-mail address is not valid."));
}

Error invalidCurrency()
{
    return make("invalid_currency", tr("The currency must be a three-letter ISO 4217 code."));
}

Error amountTooLarge()
{
    return make("amount_too_large", tr("The amount is too large."));
}

Error unknownProfile(const QString &key)
{
    return make("unknown_profile",
                tr("Unknown business profile \"%1\" (expected car, exhibition, item, taxi or product).")
                    .arg(key));
}

Error unknownResource()
{
    return make("unknown_resource", tr("This resource does not exist."));
}

Error resourceNotBookable(const QString &statusName)
{
    return make("resource_not_bookable",
                tr("This resource cannot be booked while it is %1.").arg(statusName));
}

Error resourceRetired()
{
    return make("resource_retired", tr("This resource has been retired and cannot be changed."));
}

Error capacityConflict(int free, qint64 requested)
{
    return make("capacity_conflict",
                tr("Not enough free capacity for this period: %1 free, %2 requested.")
                    .arg(free)
                    .arg(requested));
}

Error capacityBelowBookings(int peak)
{
    return make("capacity_below_bookings",
                tr("The capacity cannot be lower than the %1 already booked at one time.").arg(peak));
}

Error unknownCustomer()
{
    return make("unknown_customer", tr("This customer does not exist."));
}

Error unknownReservation()
{
    return make("unknown_reservation", tr("This booking does not exist."));
}

Error duplicateId()
{
    return make("duplicate_id", tr("A record with this identifier already exists."));
}

Error versionConflict()
{
    return make("version_conflict",
                tr("Someone else changed this record in the meantime. Reload it and try again."));
}

Error invalidTransition(const QString &from, const QString &to)
{
    return make("invalid_transition",
                tr("A booking that is %1 cannot become %2.").arg(from, to));
}

Error invalidPaymentTransition(const QString &from, const QString &to)
{
    return make("invalid_payment_transition",
                tr("A payment that is %1 cannot become %2.").arg(from, to));
}

Error paymentRequired()
{
    return make("payment_required", tr("The booking must be paid before this step."));
}

Error alreadyPaid()
{
    return make("already_paid", tr("This booking is already paid."));
}

Error nothingToPay()
{
    return make("nothing_to_pay", tr("This booking can no longer be paid."));
}

Error invalidCardDetails()
{
    return make("invalid_card_details",
                tr("The card details are incomplete: a payment token, the brand and the last four digits are needed."));
}

Error paymentDeclined(const QString &reason)
{
    return make("payment_declined", tr("The payment was declined: %1").arg(reason));
}

Error refundFailed(const QString &reason)
{
    return make("refund_failed", tr("The refund could not be made: %1").arg(reason));
}

Error gatewayUnavailable(const QString &detail)
{
    return make("gateway_unavailable", tr("The payment service is unavailable: %1").arg(detail));
}

Error storage(const QString &detail)
{
    return make("storage_error", tr("The database reported an error: %1").arg(detail));
}

Error deliveryFailed(const QString &detail)
{
    return make("delivery_failed", tr("The notification could not be delivered: %1").arg(detail));
}

} // namespace errors
