#include "http/routes/mybookingsroutes.h"

#include "http/json/reservationjson.h"
#include "http/routes/routesupport.h"

using namespace routesupport;

namespace mybookingsroutes {

void add(ApiRouter &router, Backend &backend)
{
    Backend *b = &backend;
    router.add("GET", Prefix + QStringLiteral("/my-bookings"), ApiRouter::Access::SignedIn,
               [b](const ApiRequest &request) {
                   return answer(session(*b, request).myBookings(), 200, [](const QList<MyBooking> &bookings) {
                       return QJsonObject{{QStringLiteral("items"), array(bookings, [](const MyBooking &booking) {
                                               return reservationjson::toJson(booking);
                                           })}};
                   });
               });
}

} // namespace mybookingsroutes
