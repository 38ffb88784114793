#include "api/reservationservice.h"

#include "api/cardpayments.h"
#include "commands/paymentcommands.h"
#include "commands/reservationcommands.h"
#include "core/commandexecutor.h"
#include "core/readerpool.h"
#include "domain/lifecycle.h"
#include "storage/paymentrepository.h"
#include "storage/reservationrepository.h"
#include "sync/syncedcommands.h"

ReservationService::ReservationService(CommandExecutor &executor, ReaderPool &readers, CardPayments &cards)
    : m_executor(executor), m_readers(readers), m_cards(cards)
{
}

QFuture<Result<Reservation>> ReservationService::hold(const HoldRequest &request)
{
    return m_executor.execute<Reservation>(
        [request](CommandContext &c) { return syncedcommands::hold(c, request); });
}

QFuture<Result<PaymentOutcome>> ReservationService::pay(const PaymentRequest &request)
{
    if (request.method == PaymentMethod::Card)
        return m_cards.pay(request);
    return m_executor.execute<PaymentOutcome>(
        [request](CommandContext &c) { return syncedcommands::pay(c, request); });
}

QFuture<Result<Reservation>> ReservationService::confirm(const QUuid &id)
{
    return m_executor.execute<Reservation>(
        [id](CommandContext &c) { return syncedcommands::confirm(c, id); });
}

QFuture<Result<Reservation>> ReservationService::startFulfilment(const QUuid &id, const QString &taxiPlate)
{
    return m_executor.execute<Reservation>(
        [id, taxiPlate](CommandContext &c) { return syncedcommands::startFulfilment(c, id, taxiPlate); });
}

QFuture<Result<Reservation>> ReservationService::finishFulfilment(const QUuid &id)
{
    return m_executor.execute<Reservation>(
        [id](CommandContext &c) { return syncedcommands::finishFulfilment(c, id); });
}

QFuture<Result<Reservation>> ReservationService::cancel(const QUuid &id)
{
    return m_executor.execute<Reservation>(
        [id](CommandContext &c) { return syncedcommands::cancel(c, id); });
}

QFuture<Result<Reservation>> ReservationService::refund(const QUuid &id)
{
    return m_executor.execute<Reservation>([id](CommandContext &c) { return syncedcommands::refund(c, id); });
}

QFuture<Result<int>> ReservationService::expireDueHolds()
{
    return m_executor.execute<int>([](CommandContext &c) { return reservationcommands::expireDueHolds(c); });
}

QFuture<Result<std::optional<Reservation>>> ReservationService::find(const QUuid &id)
{
    return m_readers.read<Result<std::optional<Reservation>>>(
        [id](const QSqlDatabase &db) { return reservationrepository::find(db, id); });
}

QFuture<Result<QList<Payment>>> ReservationService::payments(const QUuid &reservationId)
{
    return m_readers.read<Result<QList<Payment>>>(
        [reservationId](const QSqlDatabase &db) { return paymentrepository::forReservation(db, reservationId); });
}
