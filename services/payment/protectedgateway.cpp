#include "payment/protectedgateway.h"

#include "domain/errors.h"
#include "resilience/circuitbreaker.h"

#include <QCoreApplication>

ProtectedGateway::ProtectedGateway(PaymentGateway &provider, CircuitBreaker &breaker)
    : m_provider(provider), m_breaker(breaker)
{
}

template<typename Call>
auto ProtectedGateway::guarded(Call call) -> decltype(call())
{
    const auto permit = m_breaker.tryAcquire();
    if (!permit) {
        const qint64 seconds = (m_breaker.snapshot().msUntilProbe + 999) / 1000;
        return errors::gatewayUnavailable(
            QCoreApplication::translate("Payment", "the provider is failing; payments are paused for %n second(s)",
                                        nullptr, int(std::max<qint64>(seconds, 1))));
    }
    auto result = call();
    m_breaker.record(*permit, result.ok());
    return result;
}

Result<GatewayCharge> ProtectedGateway::charge(const QUuid &idempotencyKey, const Money &amount,
                                               const QString &cardToken)
{
    return guarded([&]() { return m_provider.charge(idempotencyKey, amount, cardToken); });
}

Result<void> ProtectedGateway::refund(const QUuid &idempotencyKey, const QString &reference, const Money &amount)
{
    return guarded([&]() { return m_provider.refund(idempotencyKey, reference, amount); });
}
