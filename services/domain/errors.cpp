#include "domain/errors.h"

#include <QCoreApplication>

namespace errors {
namespace {

Error make(const char *code, const QString &message)
{
    return Error{QString::fromLatin1(code), message};
}


} // namespace

Error invalidQuantity(qint64 quantity)
{
    return make("invalid_quantity",
                QCoreApplication::translate("Errors", "The quantity must be at least 1 (got %1).").arg(quantity));
}

Error invalidPeriod()
{
    return make("invalid_period", QCoreApplication::translate("Errors", "The end of the period must be after its start."));
}

Error periodTooLong(int maxDays)
{
    return make("period_too_long", QCoreApplication::translate("Errors", "A booking can last at most %1 days.").arg(maxDays));
}

Error textRequired(const QString &field)
{
    return make("text_required", QCoreApplication::translate("Errors", "%1 is required.").arg(field));
}

Error textTooLong(const QString &field, int maxLength)
{
    return make("text_too_long",
                QCoreApplication::translate("Errors", "%1 can be at most %2 characters long.").arg(field).arg(maxLength));
}

Error textHasControlCharacters(const QString &field)
{
    return make("text_invalid_characters", QCoreApplication::translate("Errors", "%1 contains characters that are not allowed.").arg(field));
}

Error invalidPrice()
{
    return make("invalid_price", QCoreApplication::translate("Errors", "The price cannot be negative."));
}

Error invalidCapacity(int maxCapacity)
{
    return make("invalid_capacity",
                QCoreApplication::translate("Errors", "The capacity must be between 1 and %1.").arg(maxCapacity));
}

Error invalidPhone()
{
    return make("invalid_phone",
                QCoreApplication::translate("Errors", "The phone number may contain only digits, spaces, '+', '-' and brackets."));
}

Error invalidEmail()
{
    return make("invalid_email", QCoreApplication::translate("Errors", "The e-mail address is not valid."));
}

Error invalidCurrency()
{
    return make("invalid_currency", QCoreApplication::translate("Errors", "The currency must be a three-letter ISO 4217 code."));
}

Error amountTooLarge()
{
    return make("amount_too_large", QCoreApplication::translate("Errors", "The amount is too large."));
}

Error unknownProfile(const QString &key)
{
    return make("unknown_profile",
                QCoreApplication::translate("Errors", "Unknown business profile \"%1\" (expected car, exhibition, item, taxi or product).")
                    .arg(key));
}

Error unknownResource()
{
    return make("unknown_resource", QCoreApplication::translate("Errors", "This resource does not exist."));
}

Error resourceNotBookable(const QString &statusName)
{
    return make("resource_not_bookable",
                QCoreApplication::translate("Errors", "This resource cannot be booked while it is %1.").arg(statusName));
}

Error resourceRetired()
{
    return make("resource_retired", QCoreApplication::translate("Errors", "This resource has been retired and cannot be changed."));
}

Error capacityConflict(int free, qint64 requested)
{
    return make("capacity_conflict",
                QCoreApplication::translate("Errors", "Not enough free capacity for this period: %1 free, %2 requested.")
                    .arg(free)
                    .arg(requested));
}

Error capacityBelowBookings(int peak)
{
    return make("capacity_below_bookings",
                QCoreApplication::translate("Errors", "The capacity cannot be lower than the %1 already booked at one time.").arg(peak));
}

Error sessionSlotIncomplete()
{
    return make("session_slot_incomplete",
                QCoreApplication::translate("Errors", "A session needs a date and a start time."));
}

Error invalidSessionDuration(int maxMinutes)
{
    return make("invalid_session_duration",
                QCoreApplication::translate("Errors", "A session lasts between 1 and %1 minutes.").arg(maxMinutes));
}

Error sessionInPast()
{
    return make("session_in_past", QCoreApplication::translate("Errors", "A session cannot start in the past."));
}

Error sessionStarted()
{
    return make("session_started",
                QCoreApplication::translate("Errors", "This session has already started; choose a later one."));
}

Error notTheSessionsSlot()
{
    return make("not_the_sessions_slot",
                QCoreApplication::translate("Errors", "A seat is booked for the session's own date and time."));
}

Error unknownBookingDetail(const QString &key)
{
    return make("unknown_booking_detail",
                QCoreApplication::translate("Errors", "This booking does not take \"%1\".").arg(key));
}

Error invalidDeliverySlot(const QString &choices)
{
    return make("invalid_delivery_slot",
                QCoreApplication::translate("Errors", "Choose a delivery slot: %1.").arg(choices));
}

Error taxiRequired()
{
    return make("taxi_required", QCoreApplication::translate("Errors", "Choose the taxi to dispatch."));
}

Error unknownTaxi(const QString &plate)
{
    return make("unknown_taxi",
                QCoreApplication::translate("Errors", "There is no taxi %1 in this class.").arg(plate));
}

Error taxiBusy(const QString &plate)
{
    return make("taxi_busy", QCoreApplication::translate("Errors", "Taxi %1 is on another trip.").arg(plate));
}

Error duplicateTaxi(const QString &plate)
{
    return make("duplicate_taxi",
                QCoreApplication::translate("Errors", "Taxi %1 is listed twice.").arg(plate));
}

Error taxiCountMismatch(int taxis)
{
    return make("taxi_count_mismatch",
                QCoreApplication::translate("Errors", "A class with %n taxi(s) listed has that many taxis available.",
                                            nullptr, taxis));
}

Error unknownCustomer()
{
    return make("unknown_customer", QCoreApplication::translate("Errors", "This customer does not exist."));
}

Error unknownReservation()
{
    return make("unknown_reservation", QCoreApplication::translate("Errors", "This booking does not exist."));
}

Error duplicateId()
{
    return make("duplicate_id", QCoreApplication::translate("Errors", "A record with this identifier already exists."));
}

Error pushOutOfOrder()
{
    return make("push_out_of_order",
                QCoreApplication::translate("Errors", "The changes sent before these have not reached the server yet. "
                                                      "Send them first."));
}

Error versionConflict()
{
    return make("version_conflict",
                QCoreApplication::translate("Errors", "Someone else changed this record in the meantime. Reload it and try again."));
}

Error invalidTransition(const QString &from, const QString &to)
{
    return make("invalid_transition",
                QCoreApplication::translate("Errors", "A booking that is %1 cannot become %2.").arg(from, to));
}

Error invalidPaymentTransition(const QString &from, const QString &to)
{
    return make("invalid_payment_transition",
                QCoreApplication::translate("Errors", "A payment that is %1 cannot become %2.").arg(from, to));
}

Error paymentRequired()
{
    return make("payment_required", QCoreApplication::translate("Errors", "The booking must be paid before this step."));
}

Error alreadyPaid()
{
    return make("already_paid", QCoreApplication::translate("Errors", "This booking is already paid."));
}

Error nothingToPay()
{
    return make("nothing_to_pay", QCoreApplication::translate("Errors", "This booking can no longer be paid."));
}

Error invalidCardDetails()
{
    return make("invalid_card_details",
                QCoreApplication::translate("Errors", "The card details are incomplete: a payment token, the brand and the last four digits are needed."));
}

Error cardRejected(const QString &reason)
{
    return make("card_rejected",
                QCoreApplication::translate("Errors", "The payment service did not accept the card: %1. Check the number, the expiry date and the security code.").arg(reason));
}

Error paymentDeclined(const QString &reason)
{
    return make("payment_declined", QCoreApplication::translate("Errors", "The payment was declined: %1").arg(reason));
}

Error refundFailed(const QString &reason)
{
    return make("refund_failed", QCoreApplication::translate("Errors", "The refund could not be made: %1").arg(reason));
}

Error gatewayUnavailable(const QString &detail)
{
    return make("gateway_unavailable", QCoreApplication::translate("Errors", "The payment service is unavailable: %1").arg(detail));
}

Error paymentInProgress()
{
    return make("payment_in_progress",
                QCoreApplication::translate("Errors", "A card payment for this booking is under way. Wait for its result, then try again."));
}

Error unknownCardTask()
{
    return make("unknown_card_task", QCoreApplication::translate("Errors", "This card payment has already been settled."));
}

Error storage(const QString &detail)
{
    return make("storage_error", QCoreApplication::translate("Errors", "The database reported an error: %1").arg(detail));
}

Error deliveryFailed(const QString &detail)
{
    return make("delivery_failed", QCoreApplication::translate("Errors", "The notification could not be delivered: %1").arg(detail));
}

Error forbidden(const QString &roleName)
{
    return make("forbidden", QCoreApplication::translate("Errors", "A %1 may not do this.").arg(roleName));
}

Error notOwnBooking()
{
    return make("forbidden", QCoreApplication::translate("Errors", "This booking belongs to another customer."));
}

Error invalidUsername(int minLength, int maxLength)
{
    return make("invalid_username",
                QCoreApplication::translate("Errors", "A user name has %1 to %2 characters: lower-case letters, digits, '.', '_' or '-'.")
                    .arg(minLength)
                    .arg(maxLength));
}

Error passwordTooShort(int minLength)
{
    return make("password_too_short",
                QCoreApplication::translate("Errors", "The password must have at least %1 characters.").arg(minLength));
}

Error staffWithCustomer()
{
    return make("staff_with_customer",
                QCoreApplication::translate("Errors", "Only a customer account can be linked to a customer."));
}

Error usernameTaken(const QString &username)
{
    return make("username_taken", QCoreApplication::translate("Errors", "The user name %1 is already taken.").arg(username));
}

Error signInFailed()
{
    // The same words for an unknown name and a wrong password: neither is confirmed.
    return make("sign_in_failed", QCoreApplication::translate("Errors", "The user name or the password is wrong."));
}

Error accountDisabled()
{
    return make("account_disabled",
                QCoreApplication::translate("Errors", "This account is disabled. A manager can enable it again."));
}

Error unknownAccount()
{
    return make("unknown_account", QCoreApplication::translate("Errors", "There is no such account."));
}

Error lastManager()
{
    return make("last_manager", QCoreApplication::translate("Errors", "The shop needs at least one manager who can sign in."));
}

Error ownAccount()
{
    return make("own_account", QCoreApplication::translate("Errors", "You cannot disable or demote your own account."));
}

Error customerRoleFixed()
{
    return make("customer_role_fixed",
                QCoreApplication::translate("Errors", "A customer account stays a customer account, and a staff account "
                                                      "stays staff: create a new account instead."));
}

Error staffAccountRequired()
{
    return make("staff_account_required",
                QCoreApplication::translate("Errors", "A customer's account cannot set up a counter: sign in with a manager's or a clerk's account of the server."));
}

Error alreadySetUp()
{
    return make("already_set_up", QCoreApplication::translate("Errors", "This shop already has a manager account."));
}

Error invalidBackupTarget()
{
    return make("invalid_backup_target",
                QCoreApplication::translate("Errors", "Choose a file for the backup: not a folder, and not the database in use."));
}

Error backupFailed(const QString &path, const QString &detail)
{
    return make("backup_failed",
                QCoreApplication::translate("Errors", "The backup could not be written to %1: %2").arg(path, detail));
}

Error exportFailed(const QString &path, const QString &detail)
{
    return make("export_failed",
                QCoreApplication::translate("Errors", "The bookings could not be exported to %1: %2").arg(path, detail));
}

Error exportCancelled()
{
    return make("export_cancelled", QCoreApplication::translate("Errors", "The export was stopped; no file was written."));
}

} // namespace errors
