#include "payment/paymentstack.h"

#include "payment/builtingateway.h"
#include "payment/httppaymentgateway.h"
#include "payment/protectedgateway.h"

PaymentStack::PaymentStack(const PaymentSettings &settings)
    : m_breaker(settings.breaker, m_clock), m_usesProvider(!settings.providerUrl.isEmpty())
{
    if (m_usesProvider)
        m_provider = std::make_unique<HttpPaymentGateway>(
            HttpGatewaySettings{settings.providerUrl, settings.apiKey, settings.breaker.callTimeoutMs});
    else
        m_provider = std::make_unique<BuiltinGateway>();
    m_protected = std::make_unique<ProtectedGateway>(*m_provider, m_breaker);
}

PaymentStack::~PaymentStack() = default;
