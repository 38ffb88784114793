#pragma once

#include "benchscale.h"
#include "dataset.h"
#include "domain/reservation.h"
#include "storage/connection.h"

#include <QJsonObject>
#include <QRandomGenerator>

// Latency of holding a booking through the public service API, as a clerk's click feels
// it: submit, the service thread checks capacity and writes in one transaction, the future
// resolves. Aims at free future periods of the generated data, so most holds succeed, and
// uses each free period once, so later holds do not collide with earlier ones.
class HoldBench final
{
public:
    HoldBench(Dataset &dataset, const BenchScale &scale);

    Result<QJsonObject> run(DatabaseOptions::Durability durability);

private:
    HoldRequest nextRequest();

    Dataset &m_dataset;
    BenchScale m_scale;
    QRandomGenerator m_random;
};
