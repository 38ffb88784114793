#pragma once

#include "domain/money.h"
#include "domain/period.h"

#include <QJsonObject>
#include <QUuid>

// Stored as integers; the values are part of the schema (partial indexes name 0, 1, 2).
enum class ReservationStatus {
    Held = 0,      // capacity held, waiting for payment or confirmation
    Confirmed = 1,
    InUse = 2,     // checked out / admitted / dispatched / delivered
    Completed = 3, // returned / visited / trip done
    Cancelled = 4,
    ForceCancelled = 5, // the manager retired the resource
    Expired = 6,        // an unpaid hold timed out
    Rejected = 7,       // the server refused an offline booking during sync
};

enum class PaymentStatus { Unpaid = 0, Approved = 1, Refunded = 2, Deferred = 3, Declined = 4 };

// What a clerk or customer asks for. `id` may be set by the caller (a device that made the
// booking offline); otherwise a new one is made.
struct HoldRequest final
{
    QUuid id;
    QUuid resourceId;
    QUuid customerId;
    qint64 quantity = 1;
    qint64 start = 0; // UTC seconds
    qint64 end = 0;
    QJsonObject details; // pickup and destination, delivery address and slot (bookingdetails.h)
};

struct Reservation final
{
    QUuid id;
    QUuid resourceId;
    QUuid customerId;
    int quantity = 1;
    Period period;
    Money amount;
    ReservationStatus status = ReservationStatus::Held;
    PaymentStatus paymentStatus = PaymentStatus::Unpaid;
    qint64 holdExpiresAt = 0; // 0 = does not expire
    QString originDevice;
    QJsonObject details; // bookingdetails.h
    int version = 1;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
};
