#pragma once

#include <QJsonObject>
#include <QUuid>

// Something that happened, appended to the event log in the same transaction as the change
// it describes. Reservation events carry the full state they leave the booking in, so the
// read models can be rebuilt from the log alone.
struct DomainEvent final
{
    qint64 seq = 0; // set by the log
    QUuid id;
    QString type;
    QUuid aggregateId;
    QJsonObject payload;
    qint64 occurredAt = 0;
};

namespace events {
inline const QString ResourceRegistered = QStringLiteral("ResourceRegistered");
inline const QString ResourceUpdated = QStringLiteral("ResourceUpdated");
inline const QString ResourceRetired = QStringLiteral("ResourceRetired");
inline const QString CustomerRegistered = QStringLiteral("CustomerRegistered");
inline const QString ReservationHeld = QStringLiteral("ReservationHeld");
inline const QString ReservationConfirmed = QStringLiteral("ReservationConfirmed");
inline const QString FulfilmentStarted = QStringLiteral("FulfilmentStarted");   // checked out, admitted, dispatched, delivered
inline const QString FulfilmentFinished = QStringLiteral("FulfilmentFinished"); // returned, visited, trip done
inline const QString ReservationCancelled = QStringLiteral("ReservationCancelled");
inline const QString ReservationForceCancelled = QStringLiteral("ReservationForceCancelled");
inline const QString HoldExpired = QStringLiteral("HoldExpired");
inline const QString ReservationRejected = QStringLiteral("ReservationRejected");
inline const QString PaymentApproved = QStringLiteral("PaymentApproved");
inline const QString PaymentDeclined = QStringLiteral("PaymentDeclined");
inline const QString PaymentDeferred = QStringLiteral("PaymentDeferred");
inline const QString PaymentRefunded = QStringLiteral("PaymentRefunded");
// A counter learned a booking's state from the server (sync pull).
inline const QString ReservationSynced = QStringLiteral("ReservationSynced");
// Accounts, for the audit trail (who did it is in the payload as "by"; never a password).
inline const QString AccountCreated = QStringLiteral("AccountCreated");
inline const QString AccountChanged = QStringLiteral("AccountChanged");
inline const QString AccountDisabled = QStringLiteral("AccountDisabled");
inline const QString AccountEnabled = QStringLiteral("AccountEnabled");
inline const QString PasswordReset = QStringLiteral("PasswordReset");
} // namespace events
