#pragma once

class ApiRouter;
class Backend;

// /api/v1/resources: list (paged, filtered), register, read, update (with the version read),
// retire (DELETE; force-cancels the resource's open bookings).
namespace resourceroutes {
void add(ApiRouter &router, Backend &backend);
}
