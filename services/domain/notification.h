#pragma once

#include <QUuid>

enum class NotificationChannel { Desktop = 0, Sms = 1, Email = 2 };
enum class NotificationStatus { Pending = 0, Delivered = 1 };

// A message to a customer queued by a policy in the same transaction as the event that
// caused it (outbox), delivered later by a channel and retried until it goes through.
struct Notification final
{
    QUuid id;
    QUuid customerId;
    QUuid reservationId;
    NotificationChannel channel = NotificationChannel::Desktop;
    QString templateKey; // e.g. "reservation_confirmed"
    QString recipient;   // phone number for SMS; empty for desktop
    QString body;
    NotificationStatus status = NotificationStatus::Pending;
    int attempts = 0;
    qint64 nextAttemptAt = 0;
    QString lastError;
    qint64 createdAt = 0;
};
