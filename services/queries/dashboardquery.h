#pragma once

#include "domain/money.h"
#include "domain/period.h"
#include "domain/profile.h"

#include <QDate>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QTimeZone>
#include <QUuid>

// What the manager's dashboard asks for: consecutive days of the shop's time zone, given as
// their boundaries in UTC seconds (n + 1 values for n days; a day may last 23 or 25 hours),
// the shop's currency and how many of the most used resources to list.
struct DashboardRequest final
{
    QList<qint64> dayBounds;
    QString currency;
    int topResources = 10;
};

// How much of one resource's capacity was booked during the range.
struct ResourceUtilisation final
{
    QUuid resourceId;
    QString name;
    Profile profile{};
    int capacity = 0;
    qint64 bookedUnitSeconds = 0;
    double utilisation = 0; // 0…1 of capacity × range length
    QJsonObject session{};  // an exhibition session's attributes: its date, time and hall tell it apart

    bool operator==(const ResourceUtilisation &) const = default;
};

// One local day: booked share of every resource's capacity and the money taken.
struct DayFigures final
{
    Period day;
    qint64 bookedUnitSeconds = 0;
    qint64 capacityUnitSeconds = 0; // all counted resources' capacity × the day's length
    double utilisation = 0;
    qint64 received = 0; // minor units: payments taken that day (later refunded or not)
    qint64 refunded = 0; // the part of `received` that was refunded since
    qint64 revenue() const { return received - refunded; }
};

struct DashboardFigures final
{
    Period range;
    QString currency;
    QList<DayFigures> days;
    QList<ResourceUtilisation> topResources; // most used first, at most `topResources`
    int resourceCount = 0;                   // resources counted (not retired)
    double utilisation = 0;                  // the whole range, every counted resource
    qint64 revenue = 0;                      // the whole range, minor units
    int openHolds = 0;                       // Held bookings, any date
    int pendingPayments = 0;                 // open, unpaid or "pay later", starting before range.end
    Money pendingAmount;
};

// The manager's figures for a range of days. Booked time counts Held, Confirmed, InUse and
// Completed bookings clipped to the range (quantity × seconds), over the capacity of the
// resources that are not retired (a retired resource's past is left out with it).
//
// It stays fast on a million bookings because every scan is bounded by the range: occupying
// bookings come from the partial index `reservations_occupying`, completed ones from
// `reservations_by_resource` (per resource, a start_at range), both looking back only
// `max_reservation_seconds` before the range. Two figures are bounded on purpose:
// - revenue attributes a refund to the day the refunded payment was taken: the payments
//   table keeps no refund time, and the event log has no index to search by time;
// - pending payments count open bookings that start before the end of the range ("due by"),
//   a range scan of the occupying index; counting every future booking would read them all.
namespace dashboardquery {

Result<DashboardFigures> compute(const QSqlDatabase &db, const DashboardRequest &request);

// The UTC boundaries of `days` local days from `first` in `zone`, for DashboardRequest.
QList<qint64> dayBounds(QDate first, int days, const QTimeZone &zone);

} // namespace dashboardquery
