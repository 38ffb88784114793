#include "storage/reservationrepository.h"

#include "domain/errors.h"
#include "domain/ids.h"
#include "storage/metavalues.h"
#include "storage/sqldialect.h"
#include "storage/sqlquery.h"

#include <QJsonDocument>
#include <QSqlError>

namespace reservationrepository {
namespace {

const QString Columns = QStringLiteral(
    "id, resource_id, customer_id, quantity, start_at, end_at, amount, currency, status, "
    "payment_status, hold_expires_at, origin_device, version, created_at, updated_at, details");
const QString InsertSql = QStringLiteral("INSERT INTO reservations(") + Columns
                          + QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");

} // namespace

QString detailsText(const QJsonObject &details)
{
    return details.isEmpty() ? QStringLiteral("{}")
                             : QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact));
}

QJsonObject detailsFromText(const QString &text)
{
    if (text.size() <= 2)
        return {};
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

Reservation fromRow(const SqlQuery &q)
{
    Reservation r;
    r.id = q.uuid(0);
    r.resourceId = q.uuid(1);
    r.customerId = q.uuid(2);
    r.quantity = int(q.integer(3));
    r.period = Period{q.integer(4), q.integer(5)};
    r.amount = Money{q.integer(6), q.text(7)};
    r.status = ReservationStatus(q.integer(8));
    r.paymentStatus = PaymentStatus(q.integer(9));
    r.holdExpiresAt = q.integer(10);
    r.originDevice = q.text(11);
    r.version = int(q.integer(12));
    r.createdAt = q.integer(13);
    r.updatedAt = q.integer(14);
    r.details = detailsFromText(q.text(15));
    return r;
}

QString insertSql()
{
    return InsertSql;
}

QString columns(const QString &tableAlias)
{
    if (tableAlias.isEmpty())
        return Columns;
    QStringList qualified;
    for (const QString &column : Columns.split(QStringLiteral(", ")))
        qualified << tableAlias + u'.' + column;
    return qualified.join(QStringLiteral(", "));
}

void bindRow(SqlQuery &q, const Reservation &r)
{
    q.bind(r.id)
        .bind(r.resourceId)
        .bind(r.customerId)
        .bind(r.quantity)
        .bind(r.period.start)
        .bind(r.period.end)
        .bind(r.amount.minor)
        .bind(r.amount.currency)
        .bind(int(r.status))
        .bind(int(r.paymentStatus))
        .bind(r.holdExpiresAt)
        .bind(r.originDevice)
        .bind(r.version)
        .bind(r.createdAt)
        .bind(r.updatedAt)
        .bind(detailsText(r.details));
}

Result<void> noteLongest(const QSqlDatabase &db, qint64 seconds)
{
    SqlQuery q(db, QStringLiteral("UPDATE meta SET value = ? WHERE key = 'max_reservation_seconds' "
                                  "AND value < ?"));
    q.bind(seconds).bind(seconds);
    return q.exec();
}

Result<void> insert(const QSqlDatabase &db, const Reservation &r)
{
    SqlQuery q(db, InsertSql);
    bindRow(q, r);
    RD_TRY(q.exec());
    return noteLongest(db, r.period.seconds());
}

Result<void> insertMany(const QSqlDatabase &db, const QList<Reservation> &list)
{
    SqlQuery q(db, InsertSql);
    qint64 longest = 0;
    for (const Reservation &r : list) {
        bindRow(q, r);
        RD_TRY(q.exec());
        longest = std::max(longest, r.period.seconds());
    }
    return noteLongest(db, longest);
}

Result<void> updateState(const QSqlDatabase &db, const Reservation &r, int expectedVersion)
{
    SqlQuery q(db, QStringLiteral("UPDATE reservations SET status = ?, payment_status = ?, "
                                  "hold_expires_at = ?, version = ?, updated_at = ?, details = ? "
                                  "WHERE id = ? AND version = ?"));
    q.bind(int(r.status))
        .bind(int(r.paymentStatus))
        .bind(r.holdExpiresAt)
        .bind(r.version)
        .bind(r.updatedAt)
        .bind(detailsText(r.details))
        .bind(r.id)
        .bind(expectedVersion);
    RD_TRY(q.exec());
    if (q.rowsAffected() != 1)
        return errors::versionConflict();
    return {};
}

Result<std::optional<Reservation>> find(const QSqlDatabase &db, const QUuid &id)
{
    SqlQuery q(db, QStringLiteral("SELECT ") + Columns + QStringLiteral(" FROM reservations WHERE id = ?"));
    q.bind(id);
    return q.first(fromRow);
}

Result<QList<Reservation>> findMany(const QSqlDatabase &db, const QList<QUuid> &ids)
{
    if (ids.isEmpty())
        return QList<Reservation>();
    const QString placeholders = QStringList(ids.size(), QStringLiteral("?")).join(QLatin1Char(','));
    SqlQuery q(db, QStringLiteral("SELECT ") + Columns + QStringLiteral(" FROM reservations WHERE id IN (")
                       + placeholders + u')');
    for (const QUuid &id : ids)
        q.bind(id);
    return q.collect(fromRow);
}

Result<QList<Occupancy>> occupying(const QSqlDatabase &db, const QUuid &resourceId,
                                   const Period &period)
{
    auto longest = maxReservationSeconds(db);
    if (!longest)
        return longest.error();
    SqlQuery q(db, QStringLiteral("SELECT start_at, end_at, quantity FROM reservations")
                       + sqldialect::indexedBy(db, "reservations_by_resource")
                       + QStringLiteral("WHERE resource_id = ? AND start_at < ? AND start_at > ? AND end_at > ? "
                                        "AND status IN (0, 1, 2)"));
    q.bind(resourceId).bind(period.end).bind(period.start - longest.value() - 1).bind(period.start);
    return q.collect([](const SqlQuery &row) { return Occupancy{row.integer(0), row.integer(1), int(row.integer(2))}; });
}

Result<QList<Reservation>> openForResource(const QSqlDatabase &db, const QUuid &resourceId)
{
    SqlQuery q(db, QStringLiteral("SELECT ") + Columns
                       + QStringLiteral(" FROM reservations") + sqldialect::indexedBy(db, "reservations_by_resource")
                       + QStringLiteral("WHERE resource_id = ? AND status IN (0, 1, 2) ORDER BY start_at"));
    q.bind(resourceId);
    return q.collect(fromRow);
}

Result<QList<QUuid>> expiredHolds(const QSqlDatabase &db, qint64 now, int limit)
{
    SqlQuery q(db, QStringLiteral("SELECT id FROM reservations") + sqldialect::indexedBy(db, "reservations_hold_expiry")
                       + QStringLiteral("WHERE status = 0 AND hold_expires_at > 0 AND hold_expires_at <= ? "
                                        "ORDER BY hold_expires_at LIMIT ?"));
    q.bind(now).bind(limit);
    return q.collect([](const SqlQuery &row) { return row.uuid(0); });
}

Result<qint64> maxReservationSeconds(const QSqlDatabase &db)
{
    return metavalues::read(db, QStringLiteral("max_reservation_seconds"));
}

} // namespace reservationrepository
