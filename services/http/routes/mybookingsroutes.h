#pragma once

class ApiRouter;
class Backend;

// GET /api/v1/my-bookings: the signed-in customer's bookings from the My-bookings read model.
namespace mybookingsroutes {
void add(ApiRouter &router, Backend &backend);
}
