#pragma once

#include "dataset.h"
#include "domain/reservation.h"
#include "domain/resource.h"

#include <QRandomGenerator>

// The booking history and future of one resource, as a real shop would have it: bookings
// of 1–7 whole days one after another with random gaps, about two years around "now"; past
// ones finished or cancelled, the one running now in use, future ones confirmed or held.
struct Timeline final
{
    QList<Reservation> reservations;
    QList<Period> freeFuture;
    qint64 first = 0; // start of the first booking, end of the last
    qint64 last = 0;
};

class TimelineGenerator final
{
public:
    static constexpr qint64 Hour = 60 * 60;
    static constexpr qint64 Day = 24 * Hour;
    static constexpr qint64 HalfRange = 365 * Day;

    TimelineGenerator(qint64 now, int bookingsPerResource, const QList<QUuid> &customers,
                      quint32 seed);

    Timeline generate(const Resource &resource);

private:
    Reservation makeBooking(const Resource &resource, qint64 start, qint64 days);
    void decideState(Reservation &booking);
    qint64 between(qint64 lowest, qint64 highest); // inclusive

    qint64 m_now;
    int m_count;
    qint64 m_averageGapHours;
    const QList<QUuid> &m_customers;
    QRandomGenerator m_random;
};
