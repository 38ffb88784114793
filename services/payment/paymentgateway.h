#pragma once

#include "domain/money.h"

#include <QUuid>

#include <optional>

// What the payment side answered to a charge.
struct GatewayCharge final
{
    bool approved = false;
    QString reference;     // the provider's id of the charge, needed to refund it
    QString declineReason; // when not approved
};

// The payment provider as RentalDesk sees it. An Error means the provider could not be asked
// or did not answer (unavailable); a decline is an answer, not an error. `idempotencyKey`
// makes a retried call charge or refund at most once.
class PaymentGateway
{
public:
    virtual ~PaymentGateway() = default;
    virtual Result<GatewayCharge> charge(const QUuid &idempotencyKey, const Money &amount,
                                         const QString &cardToken) = 0;
    virtual Result<void> refund(const QUuid &idempotencyKey, const QString &reference,
                                const Money &amount) = 0;
    // What became of an earlier charge() whose answer was lost, asked by its idempotency key
    // without charging again: nothing (the call never arrived, or did nothing), or the charge
    // as it stands (approved = the money was taken and is still taken).
    virtual Result<std::optional<GatewayCharge>> findCharge(const QUuid &idempotencyKey,
                                                            const Money &amount) = 0;
};
