#pragma once

#include "domain/reservation.h"
#include "domain/resource.h"
#include "domain/result.h"
#include "sync/changelog.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QSqlDatabase>

#include <optional>

// Applying a pulled page of the server's change log (clientsync::applyPull) with a few
// queries for the whole page instead of several per row.
namespace pulledpage {

// What a pulled booking row is compared with: My bookings hears of it only when one of
// these changed.
struct Seen
{
    ReservationStatus status;
    PaymentStatus paymentStatus;

    bool operator==(const Seen &other) const = default;
};

std::optional<Seen> seenOf(const std::optional<Reservation> &r);

// The `id` a pulled row names (it should be the change's own).
QUuid idOf(const QJsonObject &row);

// The booking exactly as the upsert has just stored it, when the row holds every column
// reservationrepository::fromRow reads, each of the JSON type rowstore writes unchanged;
// nullopt when only reading it back can tell.
std::optional<Reservation> asStored(const QUuid &id, const QJsonObject &row);

// What the rows of one page need to know about this database, read in a few queries for the
// whole page, and kept up to date as the page's rows are written (a row may come twice, a
// resource may change before its bookings). Nothing else writes bookings meanwhile: the
// policies do not react to ReservationSynced, and the outbox does not change during a pull.
class State final
{
public:
    explicit State(const QSqlDatabase &db) : m_db(db) {}

    // Which of the page's rows wait in the outbox, and the bookings and resources it names.
    Result<void> readFor(const changelog::Page &page);

    bool waits(const QUuid &id) const { return m_waiting.contains(id); }

    // A booking's state before this row (read now if the page did not name it).
    Result<std::optional<Seen>> seen(const QUuid &id);
    void setSeen(const QUuid &id, std::optional<Seen> seen) { m_seen.insert(id, seen); }
    void forgetSeen(const QUuid &id) { m_seen.remove(id); }

    Result<std::optional<Resource>> resource(const QUuid &id);
    void forgetResource(const QUuid &id) { m_resources.remove(id); }

    // The longest booking the page wrote, noted once for the page (see noteLongest).
    void noteLength(qint64 seconds) { m_longest = std::max(m_longest.value_or(seconds), seconds); }
    std::optional<qint64> longest() const { return m_longest; }

private:
    QSqlDatabase m_db;
    QSet<QUuid> m_waiting;
    QHash<QUuid, std::optional<Seen>> m_seen;          // nullopt: no such booking; absent: not read
    QHash<QUuid, std::optional<Resource>> m_resources; // the same for resources
    std::optional<qint64> m_longest;
};

} // namespace pulledpage
