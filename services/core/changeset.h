#pragma once

#include <QMetaType>
#include <QSet>
#include <QUuid>

#include <algorithm>

// What one committed command changed, so views refetch only those rows.
struct ChangeSet final
{
    QSet<QUuid> resources;
    QSet<QUuid> customers;
    QSet<QUuid> reservations;
    QSet<QUuid> payments;
    QSet<QUuid> notifications;
    QSet<QUuid> cardTasks; // local card work (the manager's Payments screen)
    qint64 lastEventSeq = 0; // highest event appended; 0 = none

    void unite(const ChangeSet &other)
    {
        resources.unite(other.resources);
        customers.unite(other.customers);
        reservations.unite(other.reservations);
        payments.unite(other.payments);
        notifications.unite(other.notifications);
        cardTasks.unite(other.cardTasks);
        lastEventSeq = std::max(lastEventSeq, other.lastEventSeq);
    }

    bool isEmpty() const
    {
        return resources.isEmpty() && customers.isEmpty() && reservations.isEmpty()
               && payments.isEmpty() && notifications.isEmpty() && cardTasks.isEmpty()
               && lastEventSeq == 0;
    }
};

Q_DECLARE_METATYPE(ChangeSet)
