#pragma once

#include <QList>
#include <QSet>
#include <QString>
#include <QUuid>

// Reading many rows by id with `IN (?, …)` lists instead of one statement per row. A list
// holds at most 500 ids and is filled up to one of a few fixed lengths by repeating its last
// id, so the statement cache holds three statements per query, not one per length.
namespace inlists {

// `ids` cut into padded lists (none when `ids` is empty).
QList<QList<QUuid>> of(const QSet<QUuid> &ids);
// "?,?,…,?" with `count` placeholders, for `IN (…)`.
QString placeholders(qsizetype count);

} // namespace inlists
