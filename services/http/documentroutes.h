#pragma once

class ApiRouter;

// GET /api/v1/openapi.json, without a token: the OpenAPI document of this build
// (resources/api/openapi.json, compiled in), so clients and tools can read what the server they
// talk to offers without a copy of the sources.
namespace documentroutes {

void add(ApiRouter &router);

} // namespace documentroutes
