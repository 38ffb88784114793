#pragma once

#include "api/backend.h"
#include "domain/cardentry.h"
#include "domain/user.h"
#include "queries/bookingexport.h"
#include "queries/bookinglookup.h"
#include "queries/dispatchquery.h"
#include "queries/paymentoverview.h"

#include <QFuture>

#include <memory>

// The services as one signed-in person may use them. The role decides what is allowed
// (roles::allows), and a customer may only book, pay, cancel and see their own bookings: the
// checks are here, in the services, so a button shown by mistake still cannot do harm.
// Everything returns at once with a future, like the services underneath.
class Session final
{
public:
    Session(Backend &backend, User user);

    const User &user() const { return m_user; }
    bool can(Action action) const { return roles::allows(m_user.role, action); }
    // Direct access for reads the role was checked for (models, reports); see read().
    Backend &backend() { return m_backend; }

    // Runs `query` on a reader if the role may do `action`.
    template<typename T>
    QFuture<Result<T>> read(Action action, std::function<Result<T>(const QSqlDatabase &)> query)
    {
        if (auto allowed = roles::check(m_user.role, action); !allowed)
            return QtFuture::makeReadyFuture(Result<T>(allowed.error()));
        return m_backend.readers().read<Result<T>>(std::move(query));
    }

    // Inventory (managers).
    QFuture<Result<Resource>> registerResource(const ResourceDraft &draft);
    QFuture<Result<Resource>> updateResource(const QUuid &id, const ResourceDraft &draft, int expectedVersion);
    QFuture<Result<Resource>> setResourceStatus(const QUuid &id, ResourceStatus status);
    QFuture<Result<Resource>> retireResource(const QUuid &id);
    QFuture<Result<int>> retirementImpact(const QUuid &id);

    // Anyone signed in may look for free resources.
    QFuture<Result<QList<Availability>>> availability(const Period &period, qint64 quantity,
                                                      std::optional<Profile> profile = std::nullopt);

    // Customers (staff).
    QFuture<Result<Customer>> registerCustomer(const CustomerDraft &draft);
    QFuture<Result<std::optional<Customer>>> findCustomer(const QUuid &id);

    // Bookings: staff for anyone, a customer for themselves (their customer id is used
    // whatever the request says).
    QFuture<Result<Reservation>> hold(HoldRequest request);
    QFuture<Result<PaymentOutcome>> pay(const PaymentRequest &request);
    // A customer's own card, typed on their device, turned into a token to pay with.
    QFuture<Result<CardToken>> tokenizeCard(const CardEntry &card);
    QFuture<Result<Reservation>> cancel(const QUuid &id);
    QFuture<Result<Reservation>> confirm(const QUuid &id);
    QFuture<Result<Reservation>> startFulfilment(const QUuid &id);
    // A taxi booking's dispatch, sending one of its class's free taxis (see freeTaxis).
    QFuture<Result<Reservation>> dispatch(const QUuid &id, const QString &taxiPlate);
    // The taxis of the booking's class that are not on a trip now (staff).
    QFuture<Result<dispatchquery::FreeTaxis>> freeTaxis(const QUuid &reservationId);
    QFuture<Result<Reservation>> finishFulfilment(const QUuid &id);
    QFuture<Result<std::optional<Reservation>>> findReservation(const QUuid &id);
    // A booking by the code its customer was given and their phone number (staff, and the
    // self-service kiosk, which runs as staff and shows a customer only what they proved).
    QFuture<Result<std::optional<bookinglookup::FoundBooking>>> findBookingByCode(const QString &code,
                                                                                   const QString &phone);
    QFuture<Result<QList<Payment>>> payments(const QUuid &reservationId);
    // Staff who take payments may give one back.
    QFuture<Result<Reservation>> refund(const QUuid &reservationId);

    // The customer's own bookings from the read model.
    QFuture<Result<QList<MyBooking>>> myBookings();

    // Accounts (managers).
    QFuture<Result<User>> createUser(const UserDraft &draft);
    // A new customer and their account together.
    QFuture<Result<User>> createCustomerAccount(const CustomerDraft &customer, const QString &username,
                                                const QString &password);
    QFuture<Result<QList<User>>> users();
    // Changes to an account, in its audit trail with this session's user as "by".
    QFuture<Result<User>> editAccount(const QUuid &id, const accountchanges::AccountEdit &change);
    QFuture<Result<User>> setAccountDisabled(const QUuid &id, bool disabled);
    QFuture<Result<User>> resetPassword(const QUuid &id, const QString &password);
    QFuture<Result<QList<AccountEvent>>> accountHistory(const QUuid &id);

    // Sync (staff who manage bookings): a refused change staff have dealt with.
    QFuture<Result<bool>> resolveConflict(const QUuid &commandId);

    // The Payments screen (managers): one of its lists, with how many rows each list has.
    QFuture<Result<PaymentOverview>> paymentOverview(PaymentView view, int limit);
    // "Retry now" for a waiting or failed card task: it is due at once and a settling round
    // runs. Resolves to the task as it stands after that round; none when it went through.
    QFuture<Result<std::optional<CardTask>>> retryCardTask(const QUuid &taskId);

    // The Bookings list as CSV at `path` (staff who see every booking; see bookingexport::write),
    // on a reader; `progress` says how far it is and takes a cancel.
    QFuture<Result<qint64>> exportBookings(const BookingFilter &filter, const BookingOrder &order, const QTimeZone &zone,
                                           const QString &path, std::shared_ptr<bookingexport::Progress> progress);

    // A copy of this counter's database at `path` (managers; see databasebackup::write), on a
    // reader: bookings go on meanwhile. Resolves to the copy's size in bytes.
    QFuture<Result<qint64>> backUpDatabase(const QString &path);

private:
    template<typename T>
    QFuture<Result<T>> refuse(Action action);
    // Runs `command` for a booking the session may act on: staff with `staffAction`, or the
    // customer who owns it.
    template<typename T>
    QFuture<Result<T>> onBooking(const QUuid &id, Action staffAction,
                                 std::function<Result<T>(CommandContext &)> command);

    Backend &m_backend;
    User m_user;
};
