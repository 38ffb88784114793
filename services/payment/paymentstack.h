#pragma once

#include "payment/paymentgateway.h"
#include "resilience/circuitbreaker.h"

#include <QUrl>

#include <memory>

// Where payments go: a provider speaking the REST contract (resources/api/payment-provider.md)
// when a URL is configured, otherwise the built-in gateway. Settings file keys and
// environment variables are in the README ("Payments").
struct PaymentSettings final
{
    QUrl providerUrl; // empty: the built-in gateway
    QString apiKey;   // never logged
    CircuitBreakerSettings breaker;
};

// The gateway the services get, and the breaker every call goes through (the manager's
// screens and the server's /metrics read its state). Owns everything it hands out.
class PaymentStack final
{
public:
    explicit PaymentStack(const PaymentSettings &settings);
    ~PaymentStack();

    PaymentGateway &gateway() { return *m_protected; }
    CircuitBreaker &breaker() { return m_breaker; }
    bool usesProvider() const { return m_usesProvider; }

private:
    SteadyClock m_clock;
    CircuitBreaker m_breaker;
    std::unique_ptr<PaymentGateway> m_provider;
    std::unique_ptr<PaymentGateway> m_protected;
    bool m_usesProvider;
};
