#pragma once

#include "domain/customer.h"

#include <QJsonObject>

// Customers in the API's JSON. Phone and e-mail are personal data: only staff and the
// customer themselves reach the routes that return them.
namespace customerjson {

QJsonObject toJson(const Customer &customer);
Result<CustomerDraft> draftFromJson(const QJsonObject &object);

} // namespace customerjson
