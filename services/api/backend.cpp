#include "api/backend.h"

#include <QTimeZone>

Backend::Backend(const DatabaseOptions &database, const ShopSettings &shop, const Clock &clock,
                 PaymentGateway &gateway, WorkerPriority priority)
    : m_clock(clock), m_executor(database, shop, clock, gateway, priority), m_readers(database, priority),
      m_cardPayments(m_executor, gateway), m_inventory(m_executor, m_readers, QTimeZone(shop.timeZone), clock),
      m_customers(m_executor, m_readers), m_reservations(m_executor, m_readers, m_cardPayments),
      m_accounts(m_executor, m_readers)
{
}

QFuture<Result<int>> Backend::open()
{
    auto opened = m_executor.open();
    // Queued behind the migrations; fails harmlessly with them when the database cannot open.
    m_cardPayments.releaseInFlight();
    return opened;
}
