#pragma once

#include "displaycontext.h"
#include "domain/profile.h"
#include "domain/resource.h"
#include "queries/resourcenowquery.h"

#include <QCoreApplication>

// The Inventory list's "Now" and details texts, in each business's own words.
class ResourceNowText final
{
    Q_DECLARE_TR_FUNCTIONS(ResourceNowText)

public:
    // What the resource is doing at `nowSecs`: free, reserved, or out (rented, lent, admitted,
    // dispatched, delivered) until when; for several units, how many of them.
    static QString describe(const Resource &resource, const ResourceNow &now, const DisplayContext &display, qint64 nowSecs);

    // The attribute that tells a business's resources apart (a car's plate number, …), and the
    // column title for it.
    static QString detailsTitle(Profile profile);
    static QString details(const Resource &resource);
};
