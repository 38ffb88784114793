#pragma once

#include "api/accountservice.h"
#include "api/cardpayments.h"
#include "api/customerservice.h"
#include "api/inventoryservice.h"
#include "api/reservationservice.h"
#include "core/commandexecutor.h"
#include "core/readerpool.h"
#include "domain/clock.h"

// The services of one database, as the app (or a test, or the benchmark) wires them: the
// service thread, the readers and the facades over them. The clock and the payment gateway
// are the caller's and must outlive it.
class Backend final
{
public:
    Backend(const DatabaseOptions &database, const ShopSettings &shop, const Clock &clock,
            PaymentGateway &gateway, WorkerPriority priority = WorkerPriority::Normal);

    // Opens the database and applies migrations; resolves to the schema version. Card calls
    // cut short by the last stop are released right after, before any new command.
    QFuture<Result<int>> open();

    CommandExecutor &executor() { return m_executor; }
    ReaderPool &readers() { return m_readers; }
    InventoryService &inventory() { return m_inventory; }
    CustomerService &customers() { return m_customers; }
    ReservationService &reservations() { return m_reservations; }
    AccountService &accounts() { return m_accounts; }
    CardPayments &cardPayments() { return m_cardPayments; }
    const Clock &clock() const { return m_clock; } // what the services take as "now"

private:
    const Clock &m_clock;
    CommandExecutor m_executor; // destroyed last: finishes queued commands first
    ReaderPool m_readers;
    CardPayments m_cardPayments; // before the services that use it, after what it uses
    InventoryService m_inventory;
    CustomerService m_customers;
    ReservationService m_reservations;
    AccountService m_accounts;
};
