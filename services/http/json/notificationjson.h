#pragma once

#include "domain/notification.h"
#include "queries/customernotificationsquery.h"

#include <QJsonObject>

// Notifications in the API's JSON: the shop's full view (recipient, attempts, last error)
// for staff, and the customer's own view without them.
namespace notificationjson {

QJsonObject toJson(const Notification &notification);
QJsonObject toJson(const CustomerNotification &notification);

QString channelKey(NotificationChannel channel);
QString statusKey(NotificationStatus status);

} // namespace notificationjson
