#pragma once

#include "core/shopsettings.h"
#include "domain/result.h"
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
// Why `text` cannot be a sync server's address (an http or https URL with a host and no
// user name or password in it), or empty when it can.
QString serverUrlProblem(const QString &text);
} // namespace shopsettingsloader
