#pragma once

class ApiRouter;
class Backend;

// GET /api/v1/availability?start=&end=&quantity=&profile=: the resources with enough free
// units over the whole period, with what the booking would cost.
namespace availabilityroutes {
void add(ApiRouter &router, Backend &backend);
}
