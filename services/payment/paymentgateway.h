#pragma once

#include "domain/cardentry.h"
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
    // A card typed by a customer on their own device, turned into a token by the provider
    // (the only call that ever carries a card number; nothing is charged). An Error with
    // code card_rejected when the provider will not take the card as typed.
    virtual Result<CardToken> tokenize(const CardEntry &card) = 0;
};
