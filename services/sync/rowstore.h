#pragma once

#include "domain/result.h"

#include <QJsonObject>
#include <QSqlDatabase>

// Writes a row the server sent (changelog::row's JSON) into the same table here. Only the
// table's own columns are written, whatever else the JSON holds: the wire never names SQL.
namespace rowstore {

Result<void> upsert(const QSqlDatabase &db, const QString &table, const QJsonObject &row);

} // namespace rowstore
