#pragma once

#include "domain/error.h"

// The catalogue of expected failures. Codes are stable identifiers; messages are written for
// a clerk and translated (context "Errors").
namespace errors {

Error invalidQuantity(qint64 quantity);
Error invalidPeriod();
Error periodTooLong(int maxDays);
Error textRequired(const QString &field);
Error textTooLong(const QString &field, int maxLength);
Error textHasControlCharacters(const QString &field);
Error invalidPrice();
Error invalidCapacity(int maxCapacity);
Error invalidPhone();
Error invalidEmail();
Error invalidCurrency();
Error amountTooLarge();
Error unknownProfile(const QString &key);
Error unknownResource();
Error resourceNotBookable(const QString &statusName);
Error resourceRetired();
Error capacityConflict(int free, qint64 requested);
Error capacityBelowBookings(int peak);
Error sessionSlotIncomplete();
Error invalidSessionDuration(int maxMinutes);
Error sessionInPast();
Error sessionStarted();
Error notTheSessionsSlot();
Error unknownBookingDetail(const QString &key);
Error invalidDeliverySlot(const QString &choices);
Error taxiRequired();
Error unknownTaxi(const QString &plate);
Error taxiBusy(const QString &plate);
Error duplicateTaxi(const QString &plate);
Error taxiCountMismatch(int taxis);
Error unknownCustomer();
Error unknownReservation();
Error duplicateId();
Error pushOutOfOrder();
Error versionConflict();
Error invalidTransition(const QString &from, const QString &to);
Error invalidPaymentTransition(const QString &from, const QString &to);
Error paymentRequired();
Error alreadyPaid();
Error nothingToPay();
Error invalidCardDetails();
Error cardRejected(const QString &reason);
Error paymentDeclined(const QString &reason);
Error refundFailed(const QString &reason);
Error gatewayUnavailable(const QString &detail);
Error paymentInProgress();
Error unknownCardTask();
Error storage(const QString &detail);
Error deliveryFailed(const QString &detail);
Error forbidden(const QString &roleName);
Error notOwnBooking();
Error invalidUsername(int minLength, int maxLength);
Error passwordTooShort(int minLength);
Error staffWithCustomer();
Error usernameTaken(const QString &username);
Error signInFailed();
Error accountDisabled();
Error unknownAccount();
Error lastManager();
Error ownAccount();
Error customerRoleFixed();
Error alreadySetUp();
Error staffAccountRequired();
Error invalidBackupTarget();
Error backupFailed(const QString &path, const QString &detail);
Error exportFailed(const QString &path, const QString &detail);
Error exportCancelled();

} // namespace errors
