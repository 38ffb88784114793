#pragma once

#include "domain/result.h"

#include <optional>

// Who is signed in decides what exists on screen and what the services accept: a manager runs
// the shop, a clerk books and takes payment at the counter, a customer books and follows
// their own bookings.
enum class Role { Manager = 0, Clerk = 1, Customer = 2 };

// Everything a signed-in person may or may not do. The services check these, not the UI.
enum class Action {
    ManageInventory,   // register, edit, change status, retire resources
    ManageUsers,       // create staff and customer accounts
    ViewDashboard,     // utilisation and revenue
    ViewAllBookings,   // the Bookings screen with every reservation
    ManageBookings,    // confirm, dispatch, check out / admit / deliver, return / complete
    BookForOthers,     // hold a booking for any customer (at the counter)
    RegisterCustomers, // create customer records
    TakePayment,       // pay any booking, in cash, by card or later
    CancelAny,         // cancel any booking (refunding it)
    BookOwn,           // a customer books, pays and cancels their own bookings
    ViewOwnBookings,   // the My-bookings screen
    ManagePayments,    // the Payments screen: card work left over, retries, deferred payments
    BackUpDatabase,    // copy the whole database, every customer's details in it, to a file
};

namespace roles {

QString key(Role role);
std::optional<Role> fromKey(const QString &key);
QString displayName(Role role);
QList<Role> all();

bool allows(Role role, Action action);
// Refuses with `forbidden` when `role` may not do `action`.
Result<void> check(Role role, Action action);

} // namespace roles
