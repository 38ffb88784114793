#include "apiwiring.h"

#include "api/backend.h"
#include "http/apimetrics.h"
#include "http/apirouter.h"
#include "http/authroutes.h"
#include "http/breakermetrics.h"
#include "http/documentroutes.h"
#include "http/domainroutes.h"
#include "http/healthroutes.h"
#include "http/syncroutes.h"

void registerApi(ApiRouter &router, Backend &backend, ApiMetrics &metrics, const ApiContext &context)
{
    healthroutes::add(router, context.migrated, backend.readers());
    documentroutes::add(router);
    authroutes::add(router, backend.accounts(), context.tokens, context.throttle);
    metricsroutes::add(router, metrics);
    breakermetrics::add(metrics, context.paymentBreaker, QStringLiteral("rentaldesk_payment_breaker"));
    domainroutes::add(router, backend);
    syncroutes::add(router, backend, context.changes);
}
