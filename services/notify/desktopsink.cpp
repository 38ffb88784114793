#include "notify/desktopsink.h"

void DesktopSink::deliver(const Notification &notification, std::function<void(Result<void>)> done)
{
    Q_EMIT notificationShown(notification.customerId, notification.body);
    done({});
}
