#pragma once

#include "domain/result.h"
#include "kiosksettings.h"

// How the self-service kiosk behaves, from the settings file: kiosk/idleSeconds (10–3600,
// default 60) and kiosk/highContrast (true/false); `staffPin` (4–12 digits) is the secret
// Secret::KioskStaffPin (the keychain or RENTALDESK_KIOSK_PIN). Without a PIN staff could
// never leave the kiosk: that is refused, except for a demo (`demo`), whose PIN is
// demoaccounts::KioskPin. The PIN is never printed.
namespace kiosksettingsloader {
Result<KioskSettings> load(bool demo, const QString &staffPin);
}
