#pragma once

#include "domain/period.h"

#include <QList>
#include <QString>
#include <QUuid>

// A resource of the generated database as the benches that book need it: its free future
// periods are known, so holds can aim at "free-ish" time instead of colliding at random.
struct DatasetResource final
{
    QUuid id;
    int capacity = 1;
    QList<Period> freeFuture; // gaps of a day or more after "now", in time order
};

// The database the benches share and what they need to know about its contents.
struct Dataset final
{
    QString path;
    qint64 now = 0;        // the moment the bookings were generated around
    qint64 rangeStart = 0; // first and last instant any booking covers
    qint64 rangeEnd = 0;
    QList<QUuid> customers;
    QList<DatasetResource> bookable; // active resources only; retired ones refuse holds
};

// What loading the database cost.
struct ImportFigures final
{
    qint64 rows = 0;          // reservations inserted
    double seconds = 0;       // the measured part: rows, indexes and commit together
    double indexSeconds = 0;  // of which rebuilding the secondary indexes
    double commitSeconds = 0; // of which the commit
    double setupSeconds = 0;  // resources, customers and generating the rows
    int resources = 0;
    int customers = 0;
};
