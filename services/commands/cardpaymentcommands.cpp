#include "commands/cardpaymentcommands.h"

#include "commands/paymentcommands.h"
#include "commands/reservationcommands.h"
#include "core/commandcontext.h"
#include "domain/clock.h"
#include "domain/errors.h"
#include "storage/cardtaskrepository.h"
#include "storage/paymentrepository.h"

#include <QCoreApplication>

namespace cardpaymentcommands {
namespace {

using State = CardTask::State;
using Kind = CardTask::Kind;

// A claimed abandoned task is not offered again for this long, so two settlers (two server
// processes on one database) never look it up at the same time.
constexpr qint64 LookupLeaseSeconds = 60;

Result<void> save(CommandContext &context, const CardTask &task)
{
    context.changes.cardTasks.insert(task.id);
    return cardtaskrepository::update(context.db, task);
}

Result<void> drop(CommandContext &context, const CardTask &task)
{
    context.changes.cardTasks.insert(task.id);
    return cardtaskrepository::remove(context.db, task.id);
}

Result<CardTask> load(CommandContext &context, const QUuid &taskId)
{
    auto task = cardtaskrepository::find(context.db, taskId);
    if (!task)
        return task.error();
    if (!task.value())
        return errors::unknownCardTask();
    return *task.value();
}

Payment answeredCharge(const CardTask &task, const GatewayCharge &answer, qint64 now)
{
    Payment p;
    p.id = task.id;
    p.reservationId = task.reservationId;
    p.amount = task.amount;
    p.method = PaymentMethod::Card;
    p.status = answer.approved ? PaymentRecordStatus::Approved : PaymentRecordStatus::Declined;
    p.gatewayReference = answer.reference;
    p.cardBrand = task.cardBrand;
    p.cardLast4 = task.cardLast4;
    p.declineReason = answer.declineReason;
    p.createdAt = now;
    return p;
}

// Money taken for a booking that no longer wants it goes back: the task becomes its refund.
Result<void> refundTaken(CommandContext &context, CardTask task, const QString &reference)
{
    task.kind = Kind::Refund;
    task.state = State::Waiting;
    task.reference = reference;
    task.attempts = 0;
    task.nextAttemptAt = context.clock.nowSecs();
    task.lastError = QCoreApplication::translate("Payment", "The booking ended before the card payment went through.");
    return save(context, task);
}

Result<void> waitAfterFailure(CommandContext &context, CardTask task, const Error &error)
{
    ++task.attempts;
    task.lastError = error.message;
    task.nextAttemptAt = context.clock.nowSecs() + retryDelaySeconds(task.attempts);
    if (task.state == State::InFlight)
        task.state = State::Waiting;
    return save(context, task);
}

} // namespace

qint64 retryDelaySeconds(int attempts)
{
    constexpr qint64 First = 10;
    constexpr qint64 Longest = 120;
    qint64 delay = First;
    for (int i = 1; i < attempts && delay < Longest; ++i)
        delay *= 2;
    return std::min(delay, Longest);
}

Result<CardTask> begin(CommandContext &context, const PaymentRequest &request, const QUuid &requiredCustomer)
{
    if (request.method != PaymentMethod::Card)
        return errors::invalidCardDetails();
    RD_TRY(payments::validate(request));
    auto booking = reservationcommands::load(context, request.reservationId);
    if (!booking)
        return booking.error();
    if (!requiredCustomer.isNull() && booking->customerId != requiredCustomer)
        return errors::notOwnBooking();
    RD_TRY(payments::checkPayable(booking.value()));
    RD_TRY(checkNoChargeInFlight(context, booking->id));
    // A new card replaces one still waiting for the provider.
    RD_TRY(abandonCharges(context, booking->id));

    CardTask task;
    task.id = QUuid::createUuid();
    task.reservationId = booking->id;
    task.kind = Kind::Charge;
    task.state = State::InFlight;
    task.amount = booking->amount;
    task.cardToken = request.cardToken;
    task.cardBrand = request.cardBrand;
    task.cardLast4 = request.cardLast4;
    task.nextAttemptAt = context.clock.nowSecs();
    task.createdAt = context.clock.nowSecs();
    RD_TRY(cardtaskrepository::insert(context.db, task));
    context.changes.cardTasks.insert(task.id);
    return task;
}

Result<PaymentOutcome> finishCharge(CommandContext &context, const QUuid &taskId,
                                    const Result<GatewayCharge> &answer)
{
    auto task = load(context, taskId);
    if (!task)
        return task.error();
    auto booking = reservationcommands::load(context, task->reservationId);
    if (!booking)
        return booking.error();
    const bool wanted = payments::wantsPayment(booking.value());
    const qint64 now = context.clock.nowSecs();

    if (!answer) {
        if (!wanted) { // nobody waits for this charge: find out later whether it was taken
            CardTask abandoned = task.value();
            abandoned.state = State::Abandoned;
            RD_TRY(waitAfterFailure(context, abandoned, answer.error()));
            return PaymentOutcome{booking->paymentStatus, std::nullopt, answer.error().message, 0};
        }
        RD_TRY(waitAfterFailure(context, task.value(), answer.error()));
        Payment attempt = answeredCharge(task.value(), GatewayCharge{}, now);
        return paymentcommands::defer(context, booking.value(), attempt, payments::cardUnavailableReason());
    }

    const Payment payment = answeredCharge(task.value(), answer.value(), now);
    if (wanted) {
        RD_TRY(drop(context, task.value()));
        return paymentcommands::recordAttempt(context, booking.value(), payment);
    }
    // The booking ended (or was paid another way) while the card was being charged: the
    // attempt is kept for the record, and money taken goes back.
    RD_TRY(paymentrepository::insert(context.db, payment));
    context.changes.payments.insert(payment.id);
    if (payment.status == PaymentRecordStatus::Approved)
        RD_TRY(refundTaken(context, task.value(), payment.gatewayReference));
    else
        RD_TRY(drop(context, task.value()));
    return PaymentOutcome{booking->paymentStatus, payment, errors::nothingToPay().message, 0};
}

Result<std::optional<CardTask>> claim(CommandContext &context, const QUuid &taskId)
{
    auto found = cardtaskrepository::find(context.db, taskId);
    if (!found)
        return found.error();
    const qint64 now = context.clock.nowSecs();
    if (!found.value() || found.value()->nextAttemptAt > now)
        return std::optional<CardTask>(); // settled meanwhile, or someone else's turn
    CardTask task = *found.value();
    if (task.state == State::InFlight || task.state == State::Failed)
        return std::optional<CardTask>();
    if (task.state == State::Abandoned) {
        task.nextAttemptAt = now + LookupLeaseSeconds;
        RD_TRY(save(context, task));
        return std::optional<CardTask>(task);
    }
    if (task.kind == Kind::Charge) {
        auto booking = reservationcommands::load(context, task.reservationId);
        if (!booking)
            return booking.error();
        if (!payments::wantsPayment(booking.value())) {
            task.state = State::Abandoned;
            RD_TRY(save(context, task));
            return std::optional<CardTask>(task);
        }
    }
    task.state = State::InFlight;
    RD_TRY(save(context, task));
    return std::optional<CardTask>(task);
}

Result<void> finishLookup(CommandContext &context, const QUuid &taskId,
                          const Result<std::optional<GatewayCharge>> &found)
{
    auto task = load(context, taskId);
    if (!task)
        return task.error();
    if (task->state != State::Abandoned)
        return {};
    if (!found)
        return waitAfterFailure(context, task.value(), found.error());
    if (!found.value() || !found.value()->approved)
        return drop(context, task.value()); // nothing was taken
    const Payment taken = answeredCharge(task.value(), *found.value(), context.clock.nowSecs());
    RD_TRY(paymentrepository::insert(context.db, taken));
    context.changes.payments.insert(taken.id);
    return refundTaken(context, task.value(), taken.gatewayReference);
}

Result<void> finishRefund(CommandContext &context, const QUuid &taskId, const Result<void> &answer)
{
    auto task = load(context, taskId);
    if (!task)
        return task.error();
    if (task->kind != Kind::Refund)
        return {};
    if (!answer) {
        if (answer.error().code == QLatin1StringView("refund_failed")) { // refused for good
            CardTask failed = task.value();
            failed.state = State::Failed;
            ++failed.attempts;
            failed.lastError = answer.error().message;
            return save(context, failed);
        }
        return waitAfterFailure(context, task.value(), answer.error());
    }
    RD_TRY(drop(context, task.value()));
    const auto payments = paymentrepository::forReservation(context.db, task->reservationId);
    if (!payments)
        return payments.error();
    for (const Payment &payment : payments.value())
        if (payment.id == task->id && payment.status == PaymentRecordStatus::Approved)
            return paymentcommands::recordRefund(context, payment);
    return {}; // already recorded (a synchronised state got here first)
}

Result<void> queueRefund(CommandContext &context, const Payment &payment, const Error &why)
{
    auto existing = cardtaskrepository::find(context.db, payment.id);
    if (!existing)
        return existing.error();
    CardTask task = existing.value().value_or(CardTask{});
    task.kind = Kind::Refund;
    task.state = why.code == QLatin1StringView("refund_failed") ? State::Failed : State::Waiting;
    task.reference = payment.gatewayReference;
    ++task.attempts;
    task.lastError = why.message;
    task.nextAttemptAt = context.clock.nowSecs() + retryDelaySeconds(task.attempts);
    context.changes.cardTasks.insert(payment.id);
    if (existing.value())
        return cardtaskrepository::update(context.db, task);
    task.id = payment.id;
    task.reservationId = payment.reservationId;
    task.amount = payment.amount;
    task.cardBrand = payment.cardBrand;
    task.cardLast4 = payment.cardLast4;
    task.createdAt = context.clock.nowSecs();
    return cardtaskrepository::insert(context.db, task);
}

Result<void> abandonCharges(CommandContext &context, const QUuid &reservationId)
{
    auto tasks = cardtaskrepository::forReservation(context.db, reservationId);
    if (!tasks)
        return tasks.error();
    for (CardTask task : tasks.value()) {
        if (task.kind != Kind::Charge || task.state != State::Waiting)
            continue;
        task.state = State::Abandoned;
        task.nextAttemptAt = context.clock.nowSecs();
        RD_TRY(save(context, task));
    }
    return {};
}

Result<void> checkNoChargeInFlight(CommandContext &context, const QUuid &reservationId)
{
    auto tasks = cardtaskrepository::forReservation(context.db, reservationId);
    if (!tasks)
        return tasks.error();
    for (const CardTask &task : tasks.value())
        if (task.kind == Kind::Charge && task.state == State::InFlight)
            return errors::paymentInProgress();
    return {};
}

Result<CardTask> retryNow(CommandContext &context, const QUuid &taskId)
{
    auto loaded = load(context, taskId);
    if (!loaded)
        return loaded.error();
    CardTask task = loaded.value();
    if (task.state == State::InFlight)
        return errors::paymentInProgress();
    if (task.state == State::Failed)
        task.state = State::Waiting;
    task.nextAttemptAt = context.clock.nowSecs();
    RD_TRY(save(context, task));
    return task;
}

Result<int> releaseInFlight(CommandContext &context)
{
    return cardtaskrepository::releaseInFlight(context.db, context.clock.nowSecs());
}

} // namespace cardpaymentcommands
