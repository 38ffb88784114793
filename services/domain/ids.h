#pragma once

#include <QString>
#include <QUuid>

// Identifiers are UUIDs made on the device that creates the record (offline first). We make
// version 7 UUIDs (time-ordered, RFC 9562): rows are appended near the end of the B-tree
// instead of at random places, which keeps inserts fast at millions of rows.
namespace ids {

QUuid newId();
QString toText(const QUuid &id);
QUuid fromText(const QString &text);

} // namespace ids
