#pragma once

#include <QJsonObject>
#include <QString>

enum class Profile;

// A booking's details (bookingdetails.h) in words, for lists, panes and receipts.
namespace bookingdetailstext {

// "Pickup → destination" for a taxi, "address, slot" for a delivery; empty when there are none.
QString where(Profile profile, const QJsonObject &details);
// The caption of where(): "Trip" or "Delivery".
QString whereCaption(Profile profile);
// "plate · driver · phone" of the taxi sent; empty before dispatch.
QString taxi(const QJsonObject &details);

} // namespace bookingdetailstext
