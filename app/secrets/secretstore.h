#pragma once

#include "domain/result.h"
#include "secrets/secret.h"

#include <optional>

// Where secrets are kept. KeychainStore is the operating system's keychain; tests use a
// real keychain too (tests/keychain/). Calls wait for their answer: they run before any
// window exists or from the command line.
class SecretStore
{
public:
    virtual ~SecretStore() = default;
    // Nothing stored is an empty optional, not an error; an unreachable keychain fails with
    // `keychain_unavailable` and says why.
    virtual Result<std::optional<QString>> read(Secret secret) = 0;
    virtual Result<void> write(Secret secret, const QString &value) = 0;
    virtual Result<void> remove(Secret secret) = 0;
};
