#include "api/cardpayments.h"

#include "commands/cardpaymentcommands.h"
#include "core/commandcontext.h"
#include "core/commandexecutor.h"
#include "domain/clock.h"
#include "payment/paymentgateway.h"
#include "storage/cardtaskrepository.h"
#include "sync/syncedcommands.h"

#include <QtConcurrent/QtConcurrentRun>

namespace {

// Payments of several counters (or server requests) wait for the provider side by side.
constexpr int PaymentThreads = 4;
// A round takes this many due tasks at a time, and at most this many batches.
constexpr int BatchSize = 50;
constexpr int MostBatches = 20;

} // namespace

CardPayments::CardPayments(CommandExecutor &executor, PaymentGateway &gateway)
    : m_executor(executor), m_gateway(gateway)
{
    m_pool.setMaxThreadCount(PaymentThreads);
}

CardPayments::~CardPayments()
{
    m_pool.waitForDone();
}

QFuture<Result<PaymentOutcome>> CardPayments::pay(const PaymentRequest &request, const QUuid &requiredCustomer)
{
    return QtConcurrent::run(&m_pool, [this, request, requiredCustomer]() -> Result<PaymentOutcome> {
        auto task = m_executor.execute<CardTask>([request, requiredCustomer](CommandContext &c) {
            return cardpaymentcommands::begin(c, request, requiredCustomer);
        }).result();
        if (!task)
            return task.error();
        const auto answer = m_gateway.charge(task->id, task->amount, task->cardToken);
        return m_executor.execute<PaymentOutcome>([id = task->id, answer](CommandContext &c) {
            return syncedcommands::finishCardCharge(c, id, answer);
        }).result();
    });
}

QFuture<Result<CardToken>> CardPayments::tokenize(const CardEntry &card)
{
    return QtConcurrent::run(&m_pool, [this, card]() { return m_gateway.tokenize(card); });
}

QFuture<Result<int>> CardPayments::settleDue()
{
    return QtConcurrent::run(&m_pool, [this]() { return settle(); });
}

QFuture<Result<CardTask>> CardPayments::retryNow(const QUuid &taskId)
{
    return m_executor.execute<CardTask>(
        [taskId](CommandContext &c) { return cardpaymentcommands::retryNow(c, taskId); });
}

QFuture<Result<QList<CardTask>>> CardPayments::tasks(int limit)
{
    return m_executor.execute<QList<CardTask>>(
        [limit](CommandContext &c) { return cardtaskrepository::all(c.db, limit); });
}

QFuture<Result<int>> CardPayments::releaseInFlight()
{
    return m_executor.execute<int>([](CommandContext &c) { return cardpaymentcommands::releaseInFlight(c); });
}

Result<int> CardPayments::settle()
{
    if (m_settling.exchange(true))
        return 0;
    struct Done { std::atomic<bool> &flag; ~Done() { flag = false; } } done{m_settling};

    int calls = 0;
    for (int batch = 0; batch < MostBatches; ++batch) {
        auto due = m_executor.execute<QList<CardTask>>([](CommandContext &c) {
            return cardtaskrepository::due(c.db, c.clock.nowSecs(), BatchSize);
        }).result();
        if (!due)
            return due.error();
        if (due->isEmpty())
            return calls;
        for (const CardTask &candidate : due.value()) {
            auto claimed = m_executor.execute<std::optional<CardTask>>(
                [id = candidate.id](CommandContext &c) { return cardpaymentcommands::claim(c, id); }).result();
            if (!claimed)
                return claimed.error();
            if (!claimed.value())
                continue;
            ++calls;
            auto answered = work(*claimed.value());
            if (!answered)
                return answered.error();
            if (!answered.value())
                return calls; // the provider is down: the rest wait for the next round
        }
    }
    return calls;
}

Result<bool> CardPayments::work(const CardTask &task)
{
    const QUuid id = task.id;
    if (task.state == CardTask::State::Abandoned) {
        const auto found = m_gateway.findCharge(id, task.amount);
        const auto recorded = m_executor.execute<bool>([id, found](CommandContext &c) -> Result<bool> {
            auto done = cardpaymentcommands::finishLookup(c, id, found);
            return done ? Result<bool>(true) : Result<bool>(done.error());
        }).result();
        return recorded ? Result<bool>(found.ok()) : recorded;
    }
    if (task.kind == CardTask::Kind::Charge) {
        const auto answer = m_gateway.charge(id, task.amount, task.cardToken);
        const auto recorded = m_executor.execute<PaymentOutcome>([id, answer](CommandContext &c) {
            return syncedcommands::finishCardCharge(c, id, answer);
        }).result();
        return recorded ? Result<bool>(answer.ok()) : Result<bool>(recorded.error());
    }
    const auto refunded = m_gateway.refund(id, task.reference, task.amount);
    const auto recorded = m_executor.execute<bool>([id, refunded](CommandContext &c) -> Result<bool> {
        auto done = cardpaymentcommands::finishRefund(c, id, refunded);
        return done ? Result<bool>(true) : Result<bool>(done.error());
    }).result();
    // A refund the provider refused for good is an answer: the provider is up.
    const bool answered = refunded.ok() || refunded.error().code == QLatin1StringView("refund_failed");
    return recorded ? Result<bool>(answered) : recorded;
}
