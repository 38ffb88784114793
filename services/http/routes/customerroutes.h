#pragma once

class ApiRouter;
class Backend;

// /api/v1/customers: search and list (staff), register (staff), read (staff, or the
// customer themselves).
namespace customerroutes {
void add(ApiRouter &router, Backend &backend);
}
