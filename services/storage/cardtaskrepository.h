#pragma once

#include "domain/cardtask.h"
#include "domain/result.h"

#include <QSqlDatabase>

#include <optional>

// Rows of the local `card_tasks` table (never synchronised).
namespace cardtaskrepository {

Result<void> insert(const QSqlDatabase &db, const CardTask &task);
// Writes everything but the id, booking, amount and card.
Result<void> update(const QSqlDatabase &db, const CardTask &task);
Result<void> remove(const QSqlDatabase &db, const QUuid &id);
Result<std::optional<CardTask>> find(const QSqlDatabase &db, const QUuid &id);
Result<QList<CardTask>> forReservation(const QSqlDatabase &db, const QUuid &reservationId);
// Waiting and abandoned tasks whose time has come, the longest waiting first.
Result<QList<CardTask>> due(const QSqlDatabase &db, qint64 now, int limit);
// Every task but those in flight, for the manager's Payments screen.
Result<QList<CardTask>> all(const QSqlDatabase &db, int limit);
// Calls under way when the process stopped will never answer: they become due at `now`.
Result<int> releaseInFlight(const QSqlDatabase &db, qint64 now);

} // namespace cardtaskrepository
