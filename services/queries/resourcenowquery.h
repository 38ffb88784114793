#pragma once

#include "domain/resource.h"
#include "domain/result.h"
#include "queries/resourcelistquery.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QUuid>

// What a resource is doing now, as the Inventory list shows it: how many units are out
// (rented, lent, admitted, dispatched, delivered) and when the first comes back, how many are
// booked for a time that has come but not handed out yet, and when the next booking starts.
struct ResourceNow final
{
    int out = 0;
    qint64 backAt = 0;    // the earliest return of what is out (may be past: overdue)
    int due = 0;          // booked units whose time has come, not handed out yet
    qint64 nextStart = 0; // the next booking's start; 0: none

    bool operator==(const ResourceNow &) const = default;
};

// A resource with what it is doing now, as the Inventory list shows it.
struct ResourceRow final
{
    Resource resource;
    ResourceNow now;
};

namespace resourcenowquery {

// The state of each of `ids` at `nowSecs`; resources without open bookings are left out.
// Reads the bookings of those resources only (the index by resource), a page at a time.
Result<QHash<QUuid, ResourceNow>> of(const QSqlDatabase &db, const QList<QUuid> &ids, qint64 nowSecs);

// A page of the Inventory list (resourcelistquery::page) with the state of each at `nowSecs`.
Result<QList<ResourceRow>> page(const QSqlDatabase &db, const ResourceFilter &filter, const ResourceOrder &order,
                                int offset, int limit, qint64 nowSecs);

} // namespace resourcenowquery
