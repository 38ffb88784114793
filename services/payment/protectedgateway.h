#pragma once

#include "payment/paymentgateway.h"
#include "resilience/circuitbreaker.h"

// The provider behind a circuit breaker: every charge and refund asks the breaker first, and
// while it is open the call fails at once with gateway_unavailable, without waiting for a
// provider that is known to be failing. The caller's fallback (a deferred payment, a refund
// left pending) takes over. Any Error from the provider counts against it; a decline is an
// answer and counts as a success.
class ProtectedGateway final : public PaymentGateway
{
public:
    ProtectedGateway(PaymentGateway &provider, CircuitBreaker &breaker);

    Result<GatewayCharge> charge(const QUuid &idempotencyKey, const Money &amount,
                                 const QString &cardToken) override;
    Result<void> refund(const QUuid &idempotencyKey, const QString &reference,
                        const Money &amount) override;
    Result<std::optional<GatewayCharge>> findCharge(const QUuid &idempotencyKey,
                                                    const Money &amount) override;
    Result<CardToken> tokenize(const CardEntry &card) override;

private:
    // Leave from the breaker to make one call, or the error to answer with while it is open.
    Result<CircuitBreaker::Permit> admit();

    PaymentGateway &m_provider;
    CircuitBreaker &m_breaker;
};
