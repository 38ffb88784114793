#pragma once

class ApiRouter;
class Backend;

// /api/v1/reservations: the staff list (filtered, paged), hold, read, and one route per
// life-cycle transition: confirm, cancel, check-out (start fulfilment), return (finish it).
namespace reservationroutes {
void add(ApiRouter &router, Backend &backend);
}
