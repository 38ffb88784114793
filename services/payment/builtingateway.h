#pragma once

#include "payment/paymentgateway.h"

#include <QHash>
#include <QMutex>

// The simple in-process gateway used until a real provider is configured: it approves every
// card token except those starting with "tok_decline", and "tok_unavailable" behaves as if
// the provider were down. Refunds of charges it made succeed once. Typed cards get tokens
// that behave like the payment simulator's test cards: a number ending in 0002 or 9995 is
// declined, one ending in 0119 finds the provider down, any other valid number is approved.
class BuiltinGateway final : public PaymentGateway
{
public:
    Result<GatewayCharge> charge(const QUuid &idempotencyKey, const Money &amount,
                                 const QString &cardToken) override;
    Result<void> refund(const QUuid &idempotencyKey, const QString &reference,
                        const Money &amount) override;
    Result<std::optional<GatewayCharge>> findCharge(const QUuid &idempotencyKey,
                                                    const Money &amount) override;
    Result<CardToken> tokenize(const CardEntry &card) override;

private:
    QMutex m_mutex;
    QHash<QUuid, GatewayCharge> m_charges; // by idempotency key
};
