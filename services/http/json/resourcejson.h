#pragma once

#include "domain/resource.h"
#include "queries/availabilityquery.h"

#include <QJsonObject>

// Resources, their drafts and availability answers in the API's JSON.
namespace resourcejson {

QJsonObject toJson(const Resource &resource);
QJsonObject toJson(const Availability &availability);

// A draft as POST /resources and PUT /resources/{id} send it. Pricing unit and capacity
// default to the profile's; the domain validates the values afterwards.
Result<ResourceDraft> draftFromJson(const QJsonObject &object);

QStringList statusKeys();
QStringList pricingUnitKeys();
QStringList profileKeys();

} // namespace resourcejson
