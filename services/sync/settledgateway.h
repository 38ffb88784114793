#pragma once

#include "payment/paymentgateway.h"

// The gateway a remote command sees on the server (CommandContext::remote). The device that
// made the change has already talked to the payment provider: a refund it carried out is
// only recorded here, and no card is ever charged while replaying someone else's command.
class SettledGateway final : public PaymentGateway
{
public:
    Result<GatewayCharge> charge(const QUuid &idempotencyKey, const Money &amount,
                                 const QString &cardToken) override;
    Result<void> refund(const QUuid &idempotencyKey, const QString &reference,
                        const Money &amount) override;
    Result<std::optional<GatewayCharge>> findCharge(const QUuid &idempotencyKey,
                                                    const Money &amount) override;
    Result<CardToken> tokenize(const CardEntry &card) override;
};
