#include "domain/payment.h"

#include "domain/cardnumbers.h"
#include "domain/errors.h"

#include <QCoreApplication>

#include <algorithm>

namespace payments {

Result<void> validate(const PaymentRequest &request)
{
    if (request.method != PaymentMethod::Card)
        return {};
    const bool lastFourAreDigits = request.cardLast4.size() == 4
                                   && std::all_of(request.cardLast4.begin(), request.cardLast4.end(),
                                                  [](QChar c) { return c.isDigit(); });
    // A card number where a token or brand belongs is refused before it is stored anywhere.
    const bool tokenLooksSane = !request.cardToken.isEmpty() && request.cardToken.size() <= 200
                                && !cardnumbers::looksTyped(request.cardToken);
    const bool brandLooksSane = !request.cardBrand.isEmpty() && request.cardBrand.size() <= 40
                                && !cardnumbers::looksTyped(request.cardBrand);
    if (!lastFourAreDigits || !tokenLooksSane || !brandLooksSane)
        return errors::invalidCardDetails();
    return {};
}

bool wantsPayment(const Reservation &r)
{
    return (r.status == ReservationStatus::Held || r.status == ReservationStatus::Confirmed)
           && r.paymentStatus != PaymentStatus::Approved && r.paymentStatus != PaymentStatus::Refunded;
}

Result<void> checkPayable(const Reservation &r)
{
    if (r.paymentStatus == PaymentStatus::Approved)
        return errors::alreadyPaid();
    if (r.status != ReservationStatus::Held && r.status != ReservationStatus::Confirmed)
        return errors::nothingToPay();
    return {};
}

QString cardUnavailableReason()
{
    return QCoreApplication::translate("Payment", "Card payment is not available right now. Your booking is kept "
                                                  "and we will charge the card a little later.");
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
