#pragma once

#include "domain/result.h"

#include <QUuid>

struct CustomerDraft final
{
    QString name;
    QString phone; // personal data: shown to staff only
    QString email; // personal data: shown to staff only
};

// A person who books. Walk-in customers may have only a name.
struct Customer final
{
    QUuid id;
    CustomerDraft data;
    qint64 createdAt = 0;
};

namespace customers {

constexpr int MaxNameLength = 200;
constexpr int MaxPhoneLength = 32;
constexpr int MaxEmailLength = 254;

// Every problem of the draft, name, phone and e-mail in that order, so a form shows them all
// at once; validate() refuses with the first.
QList<Error> problems(const CustomerDraft &draft);
Result<void> validate(const CustomerDraft &draft);

} // namespace customers
