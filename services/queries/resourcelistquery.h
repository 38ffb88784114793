#pragma once

#include "domain/profile.h"
#include "domain/resource.h"

#include <QSqlDatabase>

#include <optional>

// The Inventory screen's list: resources filtered and sorted in SQL and read a page at a
// time, so ten thousand resources never have to be loaded to show, sort or filter the first
// screenful.
enum class ResourceColumn { Name, Profile, Status, Capacity, Price };

struct ResourceFilter final
{
    QString text;                          // part of the name or description; empty = all
    std::optional<Profile> profile;        // nullopt = every business
    std::optional<ResourceStatus> status;  // only this status; nullopt = see includeRetired
    bool includeRetired = false;           // with no status: retired ones too

    bool operator==(const ResourceFilter &) const = default;
};

struct ResourceOrder final
{
    ResourceColumn column = ResourceColumn::Name;
    bool descending = false;

    bool operator==(const ResourceOrder &) const = default;
};

namespace resourcelistquery {

// `limit` rows from `offset` in display order; ties are broken by name and id so that pages
// never overlap or skip a row.
Result<QList<Resource>> page(const QSqlDatabase &db, const ResourceFilter &filter, const ResourceOrder &order,
                             int offset, int limit);

} // namespace resourcelistquery
