#pragma once

#include "domain/customer.h"
#include "queries/mybookingsquery.h"

#include <QFuture>

#include <optional>

class CommandExecutor;
class ReaderPool;

// Customers and what they see of their bookings (the My-bookings read model).
class CustomerService final
{
public:
    CustomerService(CommandExecutor &executor, ReaderPool &readers);

    QFuture<Result<Customer>> registerCustomer(const CustomerDraft &draft);
    QFuture<Result<std::optional<Customer>>> find(const QUuid &id);
    QFuture<Result<QList<Customer>>> page(int offset, int limit);
    QFuture<Result<QList<MyBooking>>> myBookings(const QUuid &customerId);
    // Replays the whole event log into an emptied read model, in one transaction.
    QFuture<Result<qint64>> rebuildMyBookings();

private:
    CommandExecutor &m_executor;
    ReaderPool &m_readers;
};
