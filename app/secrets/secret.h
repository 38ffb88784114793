#pragma once

#include <QList>
#include <QString>

#include <optional>

// The secrets a counter holds: they live in the operating system's keychain (secretstore.h),
// never in the settings file. Each has the settings key it was kept under before (read once to
// move it into the keychain), its environment variable (which always wins, for deployments
// that inject secrets) and the name `rentaldesk --store-secret` knows it by.
enum class Secret { SyncPassword, SyncToken, PaymentApiKey, KioskStaffPin };

namespace secrets {

QList<Secret> all();
QString settingsKey(Secret secret);          // "sync/password"
const char *environmentVariable(Secret secret); // "RENTALDESK_SYNC_PASSWORD"
QString name(Secret secret);                 // "sync-password"
std::optional<Secret> fromName(const QString &name);

} // namespace secrets
