#include "http/json/notificationjson.h"

#include "http/json/jsonfields.h"

namespace notificationjson {

QString channelKey(NotificationChannel channel)
{
    switch (channel) {
    case NotificationChannel::Desktop: return QStringLiteral("desktop");
    case NotificationChannel::Sms: return QStringLiteral("sms");
    case NotificationChannel::Email: return QStringLiteral("email");
    }
    return {};
}

QString statusKey(NotificationStatus status)
{
    return status == NotificationStatus::Delivered ? QStringLiteral("delivered") : QStringLiteral("pending");
}

QJsonObject toJson(const Notification &n)
{
    return QJsonObject{{QStringLiteral("id"), jsonfields::id(n.id)},
                       {QStringLiteral("customer"), jsonfields::id(n.customerId)},
                       {QStringLiteral("reservation"), jsonfields::id(n.reservationId)},
                       {QStringLiteral("channel"), channelKey(n.channel)},
                       {QStringLiteral("template"), n.templateKey},
                       {QStringLiteral("recipient"), n.recipient},
                       {QStringLiteral("body"), n.body},
                       {QStringLiteral("status"), statusKey(n.status)},
                       {QStringLiteral("attempts"), n.attempts},
                       {QStringLiteral("lastError"), n.lastError},
                       {QStringLiteral("createdAt"), jsonfields::time(n.createdAt)}};
}

QJsonObject toJson(const CustomerNotification &n)
{
    return QJsonObject{{QStringLiteral("id"), jsonfields::id(n.id)},
                       {QStringLiteral("reservation"), jsonfields::id(n.reservationId)},
                       {QStringLiteral("channel"), channelKey(n.channel)},
                       {QStringLiteral("template"), n.templateKey},
                       {QStringLiteral("body"), n.body},
                       {QStringLiteral("status"), statusKey(n.status)},
                       {QStringLiteral("createdAt"), jsonfields::time(n.createdAt)}};
}

} // namespace notificationjson
