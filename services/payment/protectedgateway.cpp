#include "payment/protectedgateway.h"

#include "domain/errors.h"
#include "resilience/circuitbreaker.h"

#include <QCoreApplication>

ProtectedGateway::ProtectedGateway(PaymentGateway &provider, CircuitBreaker &breaker)
    : m_provider(provider), m_breaker(breaker)
{
}

Result<CircuitBreaker::Permit> ProtectedGateway::admit()
{
    if (const auto permit = m_breaker.tryAcquire())
        return *permit;
    // Worked out before translate(): lupdate's parser never returns from a template argument
    // list inside its arguments.
    const int seconds = int(std::max(qint64(1), (m_breaker.snapshot().msUntilProbe + 999) / 1000));
    return errors::gatewayUnavailable(
        QCoreApplication::translate("Payment", "the provider is failing; payments are paused for %n second(s)",
                                    nullptr, seconds));
}

Result<GatewayCharge> ProtectedGateway::charge(const QUuid &idempotencyKey, const Money &amount,
                                               const QString &cardToken)
{
    const auto permit = admit();
    if (!permit)
        return permit.error();
    auto answer = m_provider.charge(idempotencyKey, amount, cardToken);
    m_breaker.record(permit.value(), answer.ok());
    return answer;
}

Result<void> ProtectedGateway::refund(const QUuid &idempotencyKey, const QString &reference, const Money &amount)
{
    const auto permit = admit();
    if (!permit)
        return permit.error();
    auto answer = m_provider.refund(idempotencyKey, reference, amount);
    m_breaker.record(permit.value(), answer.ok());
    return answer;
}

Result<CardToken> ProtectedGateway::tokenize(const CardEntry &card)
{
    const auto permit = admit();
    if (!permit)
        return permit.error();
    auto answer = m_provider.tokenize(card);
    // A card the provider refused is an answer: the provider is up.
    m_breaker.record(permit.value(), answer.ok() || answer.error().code == QLatin1StringView("card_rejected"));
    return answer;
}

Result<std::optional<GatewayCharge>> ProtectedGateway::findCharge(const QUuid &idempotencyKey, const Money &amount)
{
    const auto permit = admit();
    if (!permit)
        return permit.error();
    auto answer = m_provider.findCharge(idempotencyKey, amount);
    m_breaker.record(permit.value(), answer.ok());
    return answer;
}
