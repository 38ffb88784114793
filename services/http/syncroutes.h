#pragma once

class ApiRouter;
class Backend;
class ChangeWaiter;

// /api/v1/sync/push and /api/v1/sync/pull (DESIGN.md §4), for staff devices. A push is one
// transaction on the server: every command in it is applied at most once and answered. A
// pull with `wait` holds the request until something changes (long poll).
namespace syncroutes {

// The most commands one push may carry.
constexpr int MaxCommandsPerPush = 2000;
// The most changes one pull answers with, whatever `limit` asks for.
constexpr int MaxPullLimit = 5000;

void add(ApiRouter &router, Backend &backend, ChangeWaiter &waiter);

} // namespace syncroutes
