#pragma once

#include "domain/result.h"

#include <QSqlDatabase>

// The `meta` table: counters and bounds the storage keeps about itself (the longest booking,
// the resource catalogue's version, the
// shop's business profile).
namespace metavalues {

// 0 when the key has never been written.
Result<qint64> read(const QSqlDatabase &db, const QString &key);
Result<void> write(const QSqlDatabase &db, const QString &key, qint64 value);

} // namespace metavalues
