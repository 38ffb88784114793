#pragma once

#include "domain/notification.h"
#include "domain/result.h"

#include <QSqlDatabase>

// What a customer was told, as their My-bookings screen lists it. No recipient, attempts or
// delivery errors: those are the shop's business, not the customer's.
struct CustomerNotification final
{
    QUuid id;
    QUuid reservationId;
    NotificationChannel channel = NotificationChannel::Desktop;
    QString templateKey;
    QString body;
    NotificationStatus status = NotificationStatus::Pending;
    qint64 createdAt = 0;

    bool operator==(const CustomerNotification &) const = default;
};

// The notifications of ONE customer. The caller passes the signed-in customer's own id
// (Session::user().customerId), never an id that came from the screen.
namespace customernotificationsquery {

constexpr int DefaultLimit = 200;

// Newest first; only those about `reservationId` when it is not null.
Result<QList<CustomerNotification>> forCustomer(const QSqlDatabase &db, const QUuid &customerId,
                                                const QUuid &reservationId = {}, int limit = DefaultLimit);

} // namespace customernotificationsquery
