#pragma once

#include "domain/money.h"

#include <QUuid>

#include <optional>

// Card work the payment provider has not finished (table card_tasks). Its id is the
// idempotency key of every call made for it, so a retry never charges or refunds twice.
struct CardTask final
{
    enum class Kind { Charge, Refund };
    enum class State {
        InFlight,  // a call to the provider is under way (or was, when the process died)
        Waiting,   // to be tried again at nextAttemptAt
        Abandoned, // a charge nobody wants any more, whose lost answer must be looked up
        Failed,    // the provider refused it for good; waits for the manager
    };

    QUuid id;
    QUuid reservationId;
    Kind kind = Kind::Charge;
    State state = State::InFlight;
    Money amount;
    QString cardToken; // the provider's token (charges), never a card number
    QString cardBrand;
    QString cardLast4;
    QString reference; // the provider's charge to refund (refunds)
    int attempts = 0;
    qint64 nextAttemptAt = 0;
    QString lastError;
    qint64 createdAt = 0;
};

namespace cardtasks {
// The stored names of a task's state ("in_flight", "waiting", "abandoned", "failed").
QString stateKey(CardTask::State state);
std::optional<CardTask::State> stateFromKey(const QString &key);
} // namespace cardtasks
