#pragma once

#include "notify/notificationsink.h"

#include <QObject>

// Desktop notifications: handed to whoever shows them (the window's tray or banner) through
// a signal. Delivered as soon as the signal is emitted.
class DesktopSink final : public QObject, public NotificationSink
{
    Q_OBJECT

public:
    using QObject::QObject;
    NotificationChannel channel() const override { return NotificationChannel::Desktop; }
    void deliver(const Notification &notification, std::function<void(Result<void>)> done) override;

Q_SIGNALS:
    void notificationShown(const QUuid &customerId, const QString &body);
};
