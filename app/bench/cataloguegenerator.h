#pragma once

#include "domain/customer.h"
#include "domain/resource.h"

#include <QRandomGenerator>

// The shop's catalogue and clientele for the benchmark database: cars, items and gallery
// sessions with believable names and prices, and customers with names and phone numbers,
// so that sorting by name and pricing cost what they cost with real data.
class CatalogueGenerator final
{
public:
    CatalogueGenerator(qint64 now, quint32 seed);

    // The index makes names unique and fixes the mix of kinds.
    Resource resource(int index);
    Customer customer(int index);

private:
    qint64 m_now;
    QRandomGenerator m_random;
};
