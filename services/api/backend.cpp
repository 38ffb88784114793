#include "api/backend.h"

Backend::Backend(const DatabaseOptions &database, const ShopSettings &shop, const Clock &clock,
                 PaymentGateway &gateway, WorkerPriority priority)
    : m_executor(database, shop, clock, gateway, priority), m_readers(database, priority),
      m_inventory(m_executor, m_readers), m_customers(m_executor, m_readers),
      m_reservations(m_executor, m_readers), m_accounts(m_executor, m_readers)
{
}
