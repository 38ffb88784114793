#include "storage/cardtaskrepository.h"

#include "storage/sqlquery.h"

namespace cardtaskrepository {
namespace {

const QString Columns = QStringLiteral(
    "id, reservation_id, kind, state, amount, currency, card_token, card_brand, card_last4, "
    "reference, attempts, next_attempt_at, last_error, created_at");

QString kindKey(CardTask::Kind kind)
{
    return kind == CardTask::Kind::Charge ? QStringLiteral("charge") : QStringLiteral("refund");
}

CardTask fromRow(const SqlQuery &q)
{
    CardTask t;
    t.id = q.uuid(0);
    t.reservationId = q.uuid(1);
    t.kind = q.text(2) == kindKey(CardTask::Kind::Charge) ? CardTask::Kind::Charge : CardTask::Kind::Refund;
    t.state = cardtasks::stateFromKey(q.text(3)).value_or(CardTask::State::Failed);
    t.amount = Money{q.integer(4), q.text(5)};
    t.cardToken = q.text(6);
    t.cardBrand = q.text(7);
    t.cardLast4 = q.text(8);
    t.reference = q.text(9);
    t.attempts = int(q.integer(10));
    t.nextAttemptAt = q.integer(11);
    t.lastError = q.text(12);
    t.createdAt = q.integer(13);
    return t;
}

QString select(const char *rest)
{
    return QStringLiteral("SELECT ") + Columns + QStringLiteral(" FROM card_tasks ") + QLatin1StringView(rest);
}

} // namespace

Result<void> insert(const QSqlDatabase &db, const CardTask &t)
{
    SqlQuery q(db, QStringLiteral("INSERT INTO card_tasks(") + Columns
                       + QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.bind(t.id)
        .bind(t.reservationId)
        .bind(kindKey(t.kind))
        .bind(cardtasks::stateKey(t.state))
        .bind(t.amount.minor)
        .bind(t.amount.currency)
        .bind(t.cardToken)
        .bind(t.cardBrand)
        .bind(t.cardLast4)
        .bind(t.reference)
        .bind(t.attempts)
        .bind(t.nextAttemptAt)
        .bind(t.lastError)
        .bind(t.createdAt);
    return q.exec();
}

Result<void> update(const QSqlDatabase &db, const CardTask &t)
{
    SqlQuery q(db, QStringLiteral("UPDATE card_tasks SET kind = ?, state = ?, reference = ?, attempts = ?, "
                                  "next_attempt_at = ?, last_error = ? WHERE id = ?"));
    q.bind(kindKey(t.kind))
        .bind(cardtasks::stateKey(t.state))
        .bind(t.reference)
        .bind(t.attempts)
        .bind(t.nextAttemptAt)
        .bind(t.lastError)
        .bind(t.id);
    return q.exec();
}

Result<void> remove(const QSqlDatabase &db, const QUuid &id)
{
    SqlQuery q(db, QStringLiteral("DELETE FROM card_tasks WHERE id = ?"));
    q.bind(id);
    return q.exec();
}

Result<std::optional<CardTask>> find(const QSqlDatabase &db, const QUuid &id)
{
    SqlQuery q(db, select("WHERE id = ?"));
    q.bind(id);
    return q.first(fromRow);
}

Result<QList<CardTask>> forReservation(const QSqlDatabase &db, const QUuid &reservationId)
{
    SqlQuery q(db, select("WHERE reservation_id = ? ORDER BY created_at, rowid"));
    q.bind(reservationId);
    return q.collect(fromRow);
}

Result<QList<CardTask>> due(const QSqlDatabase &db, qint64 now, int limit)
{
    SqlQuery q(db, select("WHERE next_attempt_at <= ? AND state IN ('waiting', 'abandoned') "
                          "ORDER BY next_attempt_at, rowid LIMIT ?"));
    q.bind(now).bind(limit);
    return q.collect(fromRow);
}

Result<QList<CardTask>> all(const QSqlDatabase &db, int limit)
{
    SqlQuery q(db, select("ORDER BY created_at DESC, rowid DESC LIMIT ?"));
    q.bind(limit);
    return q.collect(fromRow);
}

Result<int> releaseInFlight(const QSqlDatabase &db, qint64 now)
{
    SqlQuery q(db, QStringLiteral("UPDATE card_tasks SET state = 'waiting', next_attempt_at = ? "
                                  "WHERE state = 'in_flight'"));
    q.bind(now);
    RD_TRY(q.exec());
    return q.rowsAffected();
}

} // namespace cardtaskrepository
