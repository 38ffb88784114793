#pragma once

#include "core/shopsettings.h"
#include "domain/result.h"
#include "payment/paymentstack.h"
#include "sync/syncsettings.h"

// Reads the shop settings from the settings file, then lets the environment override them
// (RENTALDESK_CURRENCY, RENTALDESK_TIME_ZONE, RENTALDESK_HOLD_MINUTES, RENTALDESK_DEVICE_ID,
// RENTALDESK_SMS_URL), as a counter's deployment would.
namespace shopsettingsloader {
ShopSettings load();

// Where and as whom this counter synchronises: the settings file (sync/server, sync/device,
// sync/username, sync/password, sync/token), overridden by the environment
// (RENTALDESK_SERVER, RENTALDESK_DEVICE, RENTALDESK_SYNC_USER, RENTALDESK_SYNC_PASSWORD,
// RENTALDESK_SYNC_TOKEN), overridden by the command line's `server` and `device` when set.
// The device name defaults to the shop's device id. No server means no synchronisation; an
// address that is not one fails with `invalid_server_url`. The password and token are never
// printed.
Result<SyncSettings> loadSync(const ShopSettings &shop, const QUrl &server = {}, const QString &device = {});
// Where payments go: payments/providerUrl and payments/apiKey in the settings file,
// overridden by RENTALDESK_PAYMENT_URL and RENTALDESK_PAYMENT_API_KEY; the circuit breaker's
// settings under payments/breaker/ (windowCalls, minimumCalls, failureRatePercent,
// slowCallRatePercent, slowCallMs, callTimeoutMs, coolDownMs, halfOpenProbes). A URL that is
// not one or a breaker setting out of range fails with a message naming it.
Result<PaymentSettings> loadPayments();
// Why `text` cannot be a sync server's address (an http or https URL with a host and no
// user name or password in it), or empty when it can.
QString serverUrlProblem(const QString &text);
} // namespace shopsettingsloader
