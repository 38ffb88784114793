#pragma once

#include "domain/result.h"

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QUuid>

#include <optional>

struct CommandContext;

// The server's ordered record of which rows changed (DESIGN.md §4, pull). An entry names a
// row; a pull sends the row as it is now, so a counter that missed several changes of one
// booking gets its latest state once. Entries are written in the transaction of the change.
namespace changelog {

// The entities counters copy, in the order their rows must be applied (foreign keys).
const QStringList &entities();
// "reservation" → "reservations"; empty for anything else (never SQL from the wire).
QString tableOf(const QString &entity);

struct Change
{
    qint64 seq = 0;
    QString entity;
    QUuid id;
    QJsonObject row; // empty when the row no longer exists
};

struct Page
{
    QList<Change> changes;
    qint64 cursor = 0; // the last entry this page covers
    bool more = false;
    qint64 latest = 0; // the log's newest entry when the page was read: what a counter catching up still has to pull
};

// Notes every row `context.changes` names (runs just before the command commits).
Result<void> record(CommandContext &context);
// Entries after `after`, at most `limit`, with their rows' current state.
Result<Page> read(const QSqlDatabase &db, qint64 after, int limit);
// One row as JSON (column → value), read from its table.
Result<std::optional<QJsonObject>> row(const QSqlDatabase &db, const QString &entity, const QUuid &id);

} // namespace changelog
