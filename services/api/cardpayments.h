#pragma once

#include "domain/cardentry.h"
#include "domain/cardtask.h"
#include "domain/payment.h"

#include <QFuture>
#include <QThreadPool>

#include <atomic>

class CommandExecutor;
class PaymentGateway;

// Card payments and the card work left over (charges deferred while the provider was down,
// charges nobody wants any more, refunds that failed), from any thread. The provider is
// called on this object's own threads, between the commands that record what it answered
// (cardpaymentcommands): never inside a transaction, never on the GUI thread.
class CardPayments final
{
public:
    CardPayments(CommandExecutor &executor, PaymentGateway &gateway);
    // Waits for the calls under way (their answers are recorded).
    ~CardPayments();

    // Charges the card: approved, declined, or deferred (the booking is kept and the card
    // charged later by settleDue). `requiredCustomer`: only that customer's booking.
    QFuture<Result<PaymentOutcome>> pay(const PaymentRequest &request, const QUuid &requiredCustomer = {});
    // A card a customer typed, handed to the provider for a token to pay() with. Nothing is
    // recorded: the card itself is never kept, and no booking changes.
    QFuture<Result<CardToken>> tokenize(const CardEntry &card);
    // Works through the due tasks once; resolves to how many calls reached the provider's
    // side (answered or not). Stops at the first call the provider could not answer: it is
    // down (or its circuit breaker open), and the other tasks keep waiting. Runs one at a
    // time: a call while a round is under way resolves to 0 at once.
    QFuture<Result<int>> settleDue();
    // The manager's "retry now": the task is due at once (settleDue does it).
    QFuture<Result<CardTask>> retryNow(const QUuid &taskId);
    // Every task but those in flight, newest first.
    QFuture<Result<QList<CardTask>>> tasks(int limit);
    // At start: calls under way when the process stopped will never answer; they are retried
    // with the same idempotency key, so a charge that did go through is not made twice.
    QFuture<Result<int>> releaseInFlight();

private:
    Result<int> settle();
    // Makes the call a claimed task needs and records its answer; false when the provider
    // could not answer.
    Result<bool> work(const CardTask &task);

    CommandExecutor &m_executor;
    PaymentGateway &m_gateway;
    std::atomic<bool> m_settling = false;
    QThreadPool m_pool; // last: destroyed (and joined) first
};
