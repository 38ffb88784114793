#pragma once

#include "domain/result.h"

#include <QByteArray>
#include <QList>

#include <array>

class QSqlDatabase;

// A booking as SQLite is handed it: every value already UTF-8 or a number, so that binding it
// costs SQLite's own work and nothing of ours (see SqliteFloorBench).
// Ids are held in the row itself and the few distinct short texts are shared, so that walking
// a million of them reads memory in order, as the import's generator hands rows over.
struct FloorBooking final
{
    using Id = std::array<char, 36>; // ids::toText's spelling, as UTF-8

    Id id;
    Id resourceId;
    Id customerId;
    qint64 quantity = 1;
    qint64 start = 0;
    qint64 end = 0;
    qint64 amount = 0;
    QByteArray currency;
    qint64 status = 0;
    qint64 paymentStatus = 0;
    qint64 holdExpiresAt = 0;
    QByteArray originDevice;
    qint64 version = 1;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
};

// …and what the event log and My bookings keep of it when it is held or synced.
struct FloorEvent final
{
    FloorBooking::Id id;
    QByteArray type;
    QByteArray payload; // the compact JSON the event log stores
    QByteArray resourceName;
    QByteArray profile;
    QByteArray status; // as My bookings and the timeline spell it
    QByteArray paymentStatus;
};

struct FloorRows final
{
    QList<FloorBooking> bookings;
    QList<FloorEvent> events; // one per booking, or none
};

namespace floorrows {

// Every booking of the database, as it is stored (the rows bulk_import inserted).
Result<QList<FloorBooking>> stored(const QSqlDatabase &db);

// `count` bookings shaped as the sync benches' offline bookings (each active resource in turn,
// two days apart, a hundred customers), with the ReservationHeld event each one makes.
Result<FloorRows> offline(const QSqlDatabase &db, int count);

} // namespace floorrows
