#pragma once

#include "core/shopsettings.h"

// Reads the shop settings from the settings file, then lets the environment override them
// (RENTALDESK_CURRENCY, RENTALDESK_TIME_ZONE, RENTALDESK_HOLD_MINUTES, RENTALDESK_DEVICE_ID,
// RENTALDESK_SMS_URL), as a counter's deployment would.
namespace shopsettingsloader {
ShopSettings load();
} // namespace shopsettingsloader
