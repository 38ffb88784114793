#include "timelinegenerator.h"

#include "domain/ids.h"

#include <algorithm>

namespace {

constexpr qint64 AverageBookingHours = 4 * 24; // 1–7 days, uniform
constexpr qint64 Minute = 60;

} // namespace

TimelineGenerator::TimelineGenerator(qint64 now, int bookingsPerResource,
                                     const QList<QUuid> &customers, quint32 seed)
    : m_now(now), m_count(bookingsPerResource),
      // Gaps fill what the bookings leave of the two years, so the last booking ends near
      // the end of the range whatever the count.
      m_averageGapHours(std::max<qint64>(
          0, (2 * HalfRange / Hour - bookingsPerResource * AverageBookingHours) / std::max(bookingsPerResource, 1))),
      m_customers(customers), m_random(seed)
{
}

qint64 TimelineGenerator::between(qint64 lowest, qint64 highest)
{
    return lowest + qint64(m_random.bounded(quint64(highest - lowest + 1)));
}

Timeline TimelineGenerator::generate(const Resource &resource)
{
    Timeline timeline;
    timeline.reservations.reserve(m_count);
    qint64 cursor = m_now - HalfRange + between(0, m_averageGapHours) * Hour;
    timeline.first = cursor;
    for (int i = 0; i < m_count; ++i) {
        timeline.reservations.append(makeBooking(resource, cursor, between(1, 7)));
        cursor = timeline.reservations.constLast().period.end;
        const qint64 next = cursor + between(0, 2 * m_averageGapHours) * Hour;
        // Only the future part of a gap can be held; a day at least, as rentals go.
        const qint64 freeFrom = std::max(cursor, m_now - m_now % Hour + Hour);
        if (next - freeFrom >= Day)
            timeline.freeFuture.append(Period{freeFrom, next});
        cursor = next;
    }
    timeline.last = timeline.reservations.isEmpty() ? cursor : timeline.reservations.constLast().period.end;
    return timeline;
}

Reservation TimelineGenerator::makeBooking(const Resource &resource, qint64 start, qint64 days)
{
    Reservation booking;
    booking.id = ids::newId();
    booking.resourceId = resource.id;
    booking.customerId = m_customers.at(qsizetype(m_random.bounded(quint64(m_customers.size()))));
    // Fleets lend a few units per booking; cars and single items are whole.
    booking.quantity = resource.data.capacity > 1 ? int(between(1, std::min(4, resource.data.capacity))) : 1;
    booking.period = Period{start, start + days * Day};
    auto price = resources::priceFor(resource.data, booking.quantity, days);
    booking.amount = price ? price.value() : Money{0, resource.data.price.currency};
    booking.originDevice = QStringLiteral("counter-1");
    decideState(booking);
    return booking;
}

void TimelineGenerator::decideState(Reservation &b)
{
    const int roll = int(m_random.bounded(100));
    if (b.period.end <= m_now) {
        b.createdAt = b.period.start - between(1, 60) * Day - between(0, 23) * Hour;
        if (roll < 85) {
            b.status = ReservationStatus::Completed;
            b.paymentStatus = PaymentStatus::Approved;
            b.version = 5; // held, paid, confirmed, started, finished
            b.updatedAt = b.period.end + between(0, 180) * Minute;
        } else if (roll < 97) {
            const bool paid = m_random.bounded(2) == 0;
            b.status = ReservationStatus::Cancelled;
            b.paymentStatus = paid ? PaymentStatus::Refunded : PaymentStatus::Unpaid;
            b.version = paid ? 4 : 2;
            b.updatedAt = b.createdAt + between(1, 48) * Hour;
        } else {
            b.status = ReservationStatus::Expired;
            b.version = 2;
            b.updatedAt = b.createdAt + 15 * Minute;
        }
    } else if (b.period.start <= m_now) {
        b.status = ReservationStatus::InUse;
        b.paymentStatus = PaymentStatus::Approved;
        b.version = 4;
        b.createdAt = b.period.start - between(1, 60) * Day;
        b.updatedAt = b.period.start + between(0, 60) * Minute;
    } else if (roll < 75) {
        b.status = ReservationStatus::Confirmed;
        b.paymentStatus = PaymentStatus::Approved;
        b.version = 3;
        b.createdAt = m_now - between(0, 60) * Day - between(1, 23) * Hour;
        b.updatedAt = b.createdAt + between(1, 30) * Minute;
    } else if (roll < 85) {
        // Made in the last quarter of an hour: an unpaid hold does not last longer.
        b.status = ReservationStatus::Held;
        b.createdAt = m_now - between(0, 14 * Minute);
        b.holdExpiresAt = b.createdAt + 15 * Minute;
        b.updatedAt = b.createdAt;
    } else {
        const bool paid = m_random.bounded(2) == 0;
        b.status = ReservationStatus::Cancelled;
        b.paymentStatus = paid ? PaymentStatus::Refunded : PaymentStatus::Unpaid;
        b.version = paid ? 4 : 2;
        b.createdAt = m_now - between(1, 60) * Day;
        b.updatedAt = b.createdAt + between(1, 48) * Hour;
    }
    b.updatedAt = std::min(b.updatedAt, m_now);
    b.createdAt = std::min(b.createdAt, b.updatedAt);
}
