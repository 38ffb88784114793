#pragma once

#include "domain/reservation.h"
#include "domain/result.h"

#include <QJsonObject>

struct ResourceDraft;

// The taxis of a taxi class: drivers register their cars under a class, and the dispatcher
// sends one of them. Kept in the class's attributes ("taxis": [{plate, driver, phone}]); a
// class that lists taxis has as many available as it lists.
struct Taxi final
{
    QString plate;
    QString driver;
    QString phone;
    bool operator==(const Taxi &other) const = default;
};

namespace taxifleet {

inline const QString Key = QStringLiteral("taxis");

QList<Taxi> of(const QJsonObject &attributes);
QJsonObject toJson(const Taxi &taxi);
Taxi fromJson(const QJsonObject &object);
// Puts `fleet` in `attributes` (an empty fleet removes the key).
void store(QJsonObject &attributes, const QList<Taxi> &fleet);

// Every taxi has a plate (once), a driver and a valid phone; the capacity is the count.
Result<void> validate(const ResourceDraft &draft);

// The taxi an open booking was sent with, or none.
std::optional<Taxi> assigned(const Reservation &booking);
// The taxis of `fleet` no open booking in `open` was sent with.
QList<Taxi> free(const QList<Taxi> &fleet, const QList<Reservation> &open);

} // namespace taxifleet
