#pragma once

#include <functional>

class ApiRouter;
class ReaderPool;

// Probes for an orchestrator, without a token: GET /health/live answers 200 as long as the
// process serves requests; GET /health/ready answers 200 only once the database is open and
// migrated (`migrated` says so) and a reader can still query it, 503 `not_ready` otherwise.
namespace healthroutes {

void add(ApiRouter &router, std::function<bool()> migrated, ReaderPool &readers);

} // namespace healthroutes
