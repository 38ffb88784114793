#include "security/apitokens.h"

#include "core/commandcontext.h"
#include "core/commandexecutor.h"
#include "core/readerpool.h"
#include "domain/clock.h"
#include "domain/errors.h"
#include "storage/userrepository.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QMutexLocker>
#include <QRandomGenerator>

#include <algorithm>
#include <array>

namespace {

constexpr int TokenBytes = 32;

Result<void> validateDevice(const QString &device)
{
    const QString field = QCoreApplication::translate("Errors", "The device name");
    if (device.trimmed().isEmpty())
        return errors::textRequired(field);
    if (device.size() > ApiTokens::MaxDeviceLength)
        return errors::textTooLong(field, ApiTokens::MaxDeviceLength);
    for (const QChar c : device)
        if (c.category() == QChar::Other_Control)
            return errors::textHasControlCharacters(field);
    return {};
}

Result<IssuedToken> store(CommandContext &context, const User &user, const QString &device, qint64 lifetimeSecs)
{
    RD_TRY(validateDevice(device));
    const qint64 now = context.clock.nowSecs();
    IssuedToken issued{ApiTokens::generate(), now + lifetimeSecs, user, device.trimmed()};
    RD_TRY(apitokenrepository::insert(
        context.db, {ApiTokens::hashOf(issued.token), user.id, issued.device, now, issued.expiresAt}));
    // Expired tokens are worth nothing: issuing is rare, so tidy up here.
    RD_TRY(apitokenrepository::removeExpired(context.db, now));
    return issued;
}

} // namespace

ApiTokens::ApiTokens(CommandExecutor &executor, ReaderPool &readers, const Clock &clock)
    : m_executor(executor), m_readers(readers), m_clock(clock)
{
}

QFuture<Result<IssuedToken>> ApiTokens::issue(const User &user, const QString &device, qint64 lifetimeSecs)
{
    return m_executor.execute<IssuedToken>(
        [user, device, lifetimeSecs](CommandContext &c) { return store(c, user, device, lifetimeSecs); });
}

QFuture<Result<IssuedToken>> ApiTokens::issueFor(const QString &username, const QString &device, qint64 lifetimeSecs)
{
    return m_executor.execute<IssuedToken>([username, device, lifetimeSecs](CommandContext &c) -> Result<IssuedToken> {
        auto found = userrepository::findByUsername(c.db, username.trimmed().toLower());
        if (!found)
            return found.error();
        if (!found->has_value())
            return Error{QStringLiteral("unknown_user"),
                         QCoreApplication::translate("Errors", "There is no account named %1.").arg(username)};
        return store(c, found->value().user, device, lifetimeSecs);
    });
}

QFuture<Result<std::optional<apitokenrepository::Owner>>> ApiTokens::resolve(const QByteArray &token)
{
    using Found = Result<std::optional<apitokenrepository::Owner>>;
    const QString hash = hashOf(token);
    const qint64 now = m_clock.nowSecs();
    if (auto owner = cached(hash, now))
        return QtFuture::makeReadyFuture(Found(std::move(owner)));
    // The continuation runs on the reader thread; remember() only touches the locked cache.
    return m_readers
        .read<Found>([hash, now](const QSqlDatabase &db) { return apitokenrepository::findOwner(db, hash, now); })
        .then([this, hash, now](const Found &found) {
            if (found && found->has_value())
                remember(hash, found->value(), now);
            return found;
        });
}

std::optional<apitokenrepository::Owner> ApiTokens::cached(const QString &hash, qint64 now) const
{
    const QMutexLocker lock(&m_cacheMutex);
    const auto entry = m_cache.constFind(hash);
    if (entry == m_cache.cend() || entry->validUntil <= now)
        return std::nullopt;
    return entry->owner;
}

void ApiTokens::remember(const QString &hash, const apitokenrepository::Owner &owner, qint64 now)
{
    const QMutexLocker lock(&m_cacheMutex);
    if (m_cache.size() >= MaxCachedTokens)
        m_cache.clear(); // simpler than an LRU, and refilled by the next requests
    m_cache.insert(hash, Cached{owner, std::min(now + CacheSecs, owner.expiresAt)});
}

QByteArray ApiTokens::generate()
{
    std::array<quint32, TokenBytes / sizeof(quint32)> words;
    QRandomGenerator::system()->fillRange(words.data(), qsizetype(words.size()));
    return QByteArray(reinterpret_cast<const char *>(words.data()), TokenBytes)
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QString ApiTokens::hashOf(const QByteArray &token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token, QCryptographicHash::Sha256).toHex());
}
