#include "storage/paymentrepository.h"

#include "storage/sqlquery.h"

namespace paymentrepository {
namespace {

const QString Columns = QStringLiteral(
    "id, reservation_id, amount, currency, method, status, gateway_reference, card_brand, "
    "card_last4, decline_reason, created_at");

Payment fromRow(const SqlQuery &q)
{
    Payment p;
    p.id = q.uuid(0);
    p.reservationId = q.uuid(1);
    p.amount = Money{q.integer(2), q.text(3)};
    p.method = PaymentMethod(q.integer(4));
    p.status = PaymentRecordStatus(q.integer(5));
    p.gatewayReference = q.text(6);
    p.cardBrand = q.text(7);
    p.cardLast4 = q.text(8);
    p.declineReason = q.text(9);
    p.createdAt = q.integer(10);
    return p;
}

} // namespace

Result<void> insert(const QSqlDatabase &db, const Payment &p)
{
    SqlQuery q(db, QStringLiteral("INSERT INTO payments(") + Columns
                       + QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.bind(p.id)
        .bind(p.reservationId)
        .bind(p.amount.minor)
        .bind(p.amount.currency)
        .bind(int(p.method))
        .bind(int(p.status))
        .bind(p.gatewayReference)
        .bind(p.cardBrand)
        .bind(p.cardLast4)
        .bind(p.declineReason)
        .bind(p.createdAt);
    return q.exec();
}

Result<void> setStatus(const QSqlDatabase &db, const QUuid &paymentId, PaymentRecordStatus status)
{
    SqlQuery q(db, QStringLiteral("UPDATE payments SET status = ? WHERE id = ?"));
    q.bind(int(status)).bind(paymentId);
    return q.exec();
}

Result<std::optional<Payment>> approvedFor(const QSqlDatabase &db, const QUuid &reservationId)
{
    SqlQuery q(db, QStringLiteral("SELECT ") + Columns
                       + QStringLiteral(" FROM payments WHERE reservation_id = ? AND status = ? "
                                        "ORDER BY created_at DESC LIMIT 1"));
    q.bind(reservationId).bind(int(PaymentRecordStatus::Approved));
    return q.first(fromRow);
}

Result<QList<Payment>> forReservation(const QSqlDatabase &db, const QUuid &reservationId)
{
    SqlQuery q(db, QStringLiteral("SELECT ") + Columns
                       + QStringLiteral(" FROM payments WHERE reservation_id = ? ORDER BY created_at, rowid"));
    q.bind(reservationId);
    return q.collect(fromRow);
}

} // namespace paymentrepository
