#pragma once

#include "domain/payment.h"

#include <QSqlDatabase>

#include <optional>

// Rows of the `payments` table: every attempt, approved or declined, and refunds.
namespace paymentrepository {

Result<void> insert(const QSqlDatabase &db, const Payment &payment);
Result<void> setStatus(const QSqlDatabase &db, const QUuid &paymentId, PaymentRecordStatus status);
// The approved (not yet refunded) payment of a booking, if any.
Result<std::optional<Payment>> approvedFor(const QSqlDatabase &db, const QUuid &reservationId);
Result<QList<Payment>> forReservation(const QSqlDatabase &db, const QUuid &reservationId);

} // namespace paymentrepository
