#pragma once

#include "domain/payment.h"
#include "domain/reservation.h"

#include <QFuture>

#include <optional>

class CardPayments;
class CommandExecutor;
class ReaderPool;

// Booking, paying and moving bookings through their life cycle, from any thread: every call
// returns at once with a future; the work runs on the service thread or a reader.
class ReservationService final
{
public:
    ReservationService(CommandExecutor &executor, ReaderPool &readers, CardPayments &cards);

    QFuture<Result<Reservation>> hold(const HoldRequest &request);
    // A card is charged by CardPayments; cash and "pay at the counter" are one command.
    QFuture<Result<PaymentOutcome>> pay(const PaymentRequest &request);
    QFuture<Result<Reservation>> confirm(const QUuid &id);
    // `taxiPlate`: the taxi a taxi booking is dispatched with.
    QFuture<Result<Reservation>> startFulfilment(const QUuid &id, const QString &taxiPlate = {});
    QFuture<Result<Reservation>> finishFulfilment(const QUuid &id);
    QFuture<Result<Reservation>> cancel(const QUuid &id);
    // Gives back the approved payment of a booking that stays as it is (a goodwill refund);
    // refused with invalid_payment_transition unless it was paid.
    QFuture<Result<Reservation>> refund(const QUuid &id);
    QFuture<Result<int>> expireDueHolds();

    QFuture<Result<std::optional<Reservation>>> find(const QUuid &id);
    QFuture<Result<QList<Payment>>> payments(const QUuid &reservationId);

private:
    CommandExecutor &m_executor;
    ReaderPool &m_readers;
    CardPayments &m_cards;
};
