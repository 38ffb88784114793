#include "api/holdexpiryscheduler.h"

#include "api/reservationservice.h"
#include "storage/logging.h"

#include <QTimer>

HoldExpiryScheduler::HoldExpiryScheduler(ReservationService &reservations, int intervalMs, QObject *parent)
    : QObject(parent), m_reservations(reservations), m_timer(new QTimer(this))
{
    connect(m_timer, &QTimer::timeout, this, &HoldExpiryScheduler::runOnce);
    m_timer->start(intervalMs);
}

void HoldExpiryScheduler::runOnce()
{
    if (m_running)
        return;
    m_running = true;
    m_reservations.expireDueHolds().then(this, [this](const Result<int> &expired) {
        m_running = false;
        if (!expired) {
            qCWarning(lcServices) << "hold expiry failed:" << expired.error().message;
            return;
        }
        if (expired.value() > 0)
            Q_EMIT holdsExpired(expired.value());
    });
}
