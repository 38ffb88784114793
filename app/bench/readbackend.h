#pragma once

#include "api/backend.h"
#include "dataset.h"
#include "domain/clock.h"
#include "payment/builtingateway.h"

// The services over the bench's database for read benches, at the dataset's moment: reads do
// not depend on the durability setting, and NORMAL is what the targets assume.
class ReadBackend final
{
public:
    explicit ReadBackend(const Dataset &dataset)
        : m_clock(dataset.now),
          m_backend(DatabaseOptions{dataset.path, DatabaseOptions::Durability::Normal}, ShopSettings{}, m_clock, m_gateway)
    {
    }

    // Opens the database (its migrations have run when the dataset was built).
    Result<void> open()
    {
        auto opened = m_backend.open();
        opened.waitForFinished();
        if (const Result<int> version = opened.result(); !version)
            return version.error();
        return {};
    }

    Backend &backend() { return m_backend; }

private:
    ManualClock m_clock;
    BuiltinGateway m_gateway;
    Backend m_backend;
};
