#include "api/customerservice.h"

#include "commands/customercommands.h"
#include "core/commandcontext.h"
#include "core/commandexecutor.h"
#include "core/readerpool.h"
#include "policies/mybookingsprojector.h"
#include "storage/customerrepository.h"
#include "sync/syncedcommands.h"

CustomerService::CustomerService(CommandExecutor &executor, ReaderPool &readers)
    : m_executor(executor), m_readers(readers)
{
}

QFuture<Result<Customer>> CustomerService::registerCustomer(const CustomerDraft &draft)
{
    return m_executor.execute<Customer>(
        [draft](CommandContext &c) { return syncedcommands::registerCustomer(c, draft); });
}

QFuture<Result<std::optional<Customer>>> CustomerService::find(const QUuid &id)
{
    return m_readers.read<Result<std::optional<Customer>>>(
        [id](const QSqlDatabase &db) { return customerrepository::find(db, id); });
}

QFuture<Result<QList<Customer>>> CustomerService::page(int offset, int limit)
{
    return m_readers.read<Result<QList<Customer>>>(
        [offset, limit](const QSqlDatabase &db) { return customerrepository::page(db, offset, limit); });
}

QFuture<Result<QList<MyBooking>>> CustomerService::myBookings(const QUuid &customerId)
{
    return m_readers.read<Result<QList<MyBooking>>>(
        [customerId](const QSqlDatabase &db) { return mybookingsquery::forCustomer(db, customerId); });
}

QFuture<Result<qint64>> CustomerService::rebuildMyBookings()
{
    return m_executor.execute<qint64>(
        [](CommandContext &c) { return MyBookingsProjector::rebuild(c.db); });
}
