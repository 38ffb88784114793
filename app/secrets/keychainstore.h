#pragma once

#include "secrets/secretstore.h"

// The operating system's keychain through QtKeychain: Credential Manager on Windows, the
// Keychain on macOS, the Secret Service (GNOME Keyring, KWallet) on Linux. Entries belong to
// the service "RentalDesk" under the secret's settings key ("sync/password").
class KeychainStore final : public SecretStore
{
public:
    // Each call gives up after `timeoutMs` (a keychain that asks for an unlock may wait for the
    // user; one that hangs must not stop the program).
    explicit KeychainStore(int timeoutMs = 30'000) : m_timeoutMs(timeoutMs) {}

    Result<std::optional<QString>> read(Secret secret) override;
    Result<void> write(Secret secret, const QString &value) override;
    Result<void> remove(Secret secret) override;

private:
    int m_timeoutMs;
};
