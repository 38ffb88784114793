#pragma once

#include "domain/user.h"
#include "storage/apitokenrepository.h"

#include <QByteArray>
#include <QFuture>
#include <QHash>
#include <QMutex>

#include <optional>

class Clock;
class CommandExecutor;
class ReaderPool;

// A bearer token as handed out once: the caller shows `token` to its owner and forgets it.
struct IssuedToken final
{
    QByteArray token; // base64url, never logged
    qint64 expiresAt = 0;
    User user;
    QString device;
};

// Bearer tokens of the server API: 32 random bytes from the system's generator, returned once;
// only their SHA-256 is stored, so the database cannot hand one out again. Issuing writes on
// the service thread, resolving reads on the reader pool: neither blocks the caller. Every API
// request resolves its token, so owners found are remembered for CacheSecs: a token deleted
// from the database, or a role changed, takes effect within that time.
class ApiTokens final
{
public:
    static constexpr qint64 DefaultLifetimeSecs = 90LL * 24 * 3600;
    static constexpr int MaxDeviceLength = 100;
    static constexpr qint64 CacheSecs = 30;
    static constexpr int MaxCachedTokens = 10'000;

    ApiTokens(CommandExecutor &executor, ReaderPool &readers, const Clock &clock);

    QFuture<Result<IssuedToken>> issue(const User &user, const QString &device,
                                       qint64 lifetimeSecs = DefaultLifetimeSecs);
    // For the command line: the account is looked up by name (`unknown_user` if none).
    QFuture<Result<IssuedToken>> issueFor(const QString &username, const QString &device,
                                          qint64 lifetimeSecs = DefaultLifetimeSecs);
    // Who an unexpired token belongs to; none for an unknown or expired token.
    QFuture<Result<std::optional<apitokenrepository::Owner>>> resolve(const QByteArray &token);

    static QByteArray generate();
    static QString hashOf(const QByteArray &token);

private:
    struct Cached
    {
        apitokenrepository::Owner owner;
        qint64 validUntil = 0;
    };
    std::optional<apitokenrepository::Owner> cached(const QString &hash, qint64 now) const;
    void remember(const QString &hash, const apitokenrepository::Owner &owner, qint64 now);

    CommandExecutor &m_executor;
    ReaderPool &m_readers;
    const Clock &m_clock;
    mutable QMutex m_cacheMutex;
    QHash<QString, Cached> m_cache; // by token hash
};
