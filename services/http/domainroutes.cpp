#include "http/domainroutes.h"

#include "http/routes/availabilityroutes.h"
#include "http/routes/customerroutes.h"
#include "http/routes/mybookingsroutes.h"
#include "http/routes/notificationroutes.h"
#include "http/routes/paymentroutes.h"
#include "http/routes/reservationroutes.h"
#include "http/routes/resourceroutes.h"

namespace domainroutes {

void add(ApiRouter &router, Backend &backend)
{
    resourceroutes::add(router, backend);
    availabilityroutes::add(router, backend);
    reservationroutes::add(router, backend);
    paymentroutes::add(router, backend);
    customerroutes::add(router, backend);
    mybookingsroutes::add(router, backend);
    notificationroutes::add(router, backend);
}

} // namespace domainroutes
