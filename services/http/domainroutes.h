#pragma once

class ApiRouter;
class Backend;

// The domain part of the REST API under /api/v1: resources, availability, reservations and
// their transitions, payments, customers, my-bookings and notifications. Every route needs a
// signed-in caller; what the caller may do is decided by Session (services/api/session.h).
namespace domainroutes {
void add(ApiRouter &router, Backend &backend);
}
