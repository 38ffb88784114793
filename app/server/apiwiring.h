#pragma once

#include <functional>

class ApiMetrics;
class ApiRouter;
class ApiTokens;
class Backend;
class ChangeWaiter;
class CircuitBreaker;
class SignInThrottle;

// What the routes need besides the backend and the metrics; all of it outlives the router.
struct ApiContext final
{
    ApiTokens &tokens;
    SignInThrottle &throttle;
    std::function<bool()> migrated; // true once the database is open and migrated
    ChangeWaiter &changes;          // wakes long-polling pulls
    const CircuitBreaker &paymentBreaker; // its state is exported at /metrics
};

// The server's whole route table in one place: each area adds its routes
// (`<area>routes::add(router, …)`).
void registerApi(ApiRouter &router, Backend &backend, ApiMetrics &metrics, const ApiContext &context);
