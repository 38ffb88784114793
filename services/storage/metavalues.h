#pragma once

#include "domain/result.h"

#include <QSqlDatabase>

// The `meta` table: counters and bounds the storage keeps about itself (the longest booking,
// the resource catalogue's version).
namespace metavalues {

Result<qint64> read(const QSqlDatabase &db, const QString &key);

} // namespace metavalues
