#pragma once

class ApiRouter;
class Backend;

// A booking's payments: pay (card, cash for staff only, or at the counter later), list the
// attempts, and refund (staff).
namespace paymentroutes {
void add(ApiRouter &router, Backend &backend);
}
