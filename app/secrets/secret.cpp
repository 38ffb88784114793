#include "secrets/secret.h"

namespace secrets {

QList<Secret> all()
{
    return {Secret::SyncPassword, Secret::SyncToken, Secret::PaymentApiKey, Secret::KioskStaffPin};
}

QString settingsKey(Secret secret)
{
    switch (secret) {
    case Secret::SyncPassword: return QStringLiteral("sync/password");
    case Secret::SyncToken: return QStringLiteral("sync/token");
    case Secret::PaymentApiKey: return QStringLiteral("payments/apiKey");
    case Secret::KioskStaffPin: return QStringLiteral("kiosk/staffPin");
    }
    Q_UNREACHABLE();
    return {};
}

const char *environmentVariable(Secret secret)
{
    switch (secret) {
    case Secret::SyncPassword: return "RENTALDESK_SYNC_PASSWORD";
    case Secret::SyncToken: return "RENTALDESK_SYNC_TOKEN";
    case Secret::PaymentApiKey: return "RENTALDESK_PAYMENT_API_KEY";
    case Secret::KioskStaffPin: return "RENTALDESK_KIOSK_PIN";
    }
    Q_UNREACHABLE();
    return nullptr;
}

QString name(Secret secret)
{
    switch (secret) {
    case Secret::SyncPassword: return QStringLiteral("sync-password");
    case Secret::SyncToken: return QStringLiteral("sync-token");
    case Secret::PaymentApiKey: return QStringLiteral("payment-api-key");
    case Secret::KioskStaffPin: return QStringLiteral("kiosk-pin");
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<Secret> fromName(const QString &text)
{
    for (Secret secret : all())
        if (name(secret) == text)
            return secret;
    return std::nullopt;
}

} // namespace secrets
