#pragma once

#include <QMetaType>
#include <QSet>
#include <QUuid>

// What one committed command changed, so views refetch only those rows.
struct ChangeSet final
{
    QSet<QUuid> resources;
    QSet<QUuid> customers;
    QSet<QUuid> reservations;
    QSet<QUuid> payments;
    QSet<QUuid> notifications;
    qint64 lastEventSeq = 0; // highest event appended; 0 = none

    bool isEmpty() const
    {
        return resources.isEmpty() && customers.isEmpty() && reservations.isEmpty()
               && payments.isEmpty() && notifications.isEmpty() && lastEventSeq == 0;
    }
};

Q_DECLARE_METATYPE(ChangeSet)
