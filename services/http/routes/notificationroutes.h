#pragma once

class ApiRouter;
class Backend;

// GET /api/v1/notifications: staff read every notification the shop queued (paged, newest
// first, optionally for one customer); a customer reads only their own.
namespace notificationroutes {
void add(ApiRouter &router, Backend &backend);
}
