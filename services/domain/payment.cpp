#include "domain/payment.h"

#include "domain/errors.h"

#include <algorithm>

namespace payments {

Result<void> validate(const PaymentRequest &request)
{
    if (request.method != PaymentMethod::Card)
        return {};
    const bool lastFourAreDigits = request.cardLast4.size() == 4
                                   && std::all_of(request.cardLast4.begin(), request.cardLast4.end(),
                                                  [](QChar c) { return c.isDigit(); });
    const bool tokenLooksSane = !request.cardToken.isEmpty() && request.cardToken.size() <= 200;
    const bool brandLooksSane = !request.cardBrand.isEmpty() && request.cardBrand.size() <= 40;
    if (!lastFourAreDigits || !tokenLooksSane || !brandLooksSane)
        return errors::invalidCardDetails();
    return {};
}

QString methodKey(PaymentMethod method)
{
    switch (method) {
    case PaymentMethod::Card: return QStringLiteral("card");
    case PaymentMethod::Cash: return QStringLiteral("cash");
    case PaymentMethod::PayAtCounter: return QStringLiteral("pay_at_counter");
    }
    return {};
}

} // namespace payments
