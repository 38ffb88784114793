#include "api/session.h"

#include "commands/paymentcommands.h"
#include "commands/reservationcommands.h"
#include "core/commandcontext.h"
#include "domain/errors.h"
#include "storage/cardtaskrepository.h"
#include "storage/databasebackup.h"
#include "sync/clientsync.h"
#include "sync/syncedcommands.h"

Session::Session(Backend &backend, User user) : m_backend(backend), m_user(std::move(user)) {}

template<typename T>
QFuture<Result<T>> Session::refuse(Action action)
{
    return QtFuture::makeReadyFuture(Result<T>(roles::check(m_user.role, action).error()));
}

template<typename T>
QFuture<Result<T>> Session::onBooking(const QUuid &id, Action staffAction,
                                      std::function<Result<T>(CommandContext &)> command)
{
    if (can(staffAction))
        return m_backend.executor().execute<T>(std::move(command));
    if (!can(Action::BookOwn))
        return refuse<T>(staffAction);
    // The owner is checked in the same transaction as the change, so it cannot go stale.
    const QUuid customerId = m_user.customerId;
    return m_backend.executor().execute<T>([id, customerId, command](CommandContext &c) -> Result<T> {
        auto booking = reservationcommands::load(c, id);
        if (!booking)
            return booking.error();
        if (booking->customerId != customerId)
            return errors::notOwnBooking();
        return command(c);
    });
}

QFuture<Result<Resource>> Session::registerResource(const ResourceDraft &draft)
{
    return can(Action::ManageInventory) ? m_backend.inventory().registerResource(draft)
                                        : refuse<Resource>(Action::ManageInventory);
}

QFuture<Result<Resource>> Session::updateResource(const QUuid &id, const ResourceDraft &draft, int expectedVersion)
{
    return can(Action::ManageInventory) ? m_backend.inventory().updateResource(id, draft, expectedVersion)
                                        : refuse<Resource>(Action::ManageInventory);
}

QFuture<Result<Resource>> Session::setResourceStatus(const QUuid &id, ResourceStatus status)
{
    return can(Action::ManageInventory) ? m_backend.inventory().setStatus(id, status)
                                        : refuse<Resource>(Action::ManageInventory);
}

QFuture<Result<Resource>> Session::retireResource(const QUuid &id)
{
    return can(Action::ManageInventory) ? m_backend.inventory().retire(id) : refuse<Resource>(Action::ManageInventory);
}

QFuture<Result<int>> Session::retirementImpact(const QUuid &id)
{
    return can(Action::ManageInventory) ? m_backend.inventory().retirementImpact(id)
                                        : refuse<int>(Action::ManageInventory);
}

QFuture<Result<QList<Availability>>> Session::availability(const Period &period, qint64 quantity,
                                                           std::optional<Profile> profile)
{
    return m_backend.inventory().availability(period, quantity, profile);
}

QFuture<Result<Customer>> Session::registerCustomer(const CustomerDraft &draft)
{
    return can(Action::RegisterCustomers) ? m_backend.customers().registerCustomer(draft)
                                          : refuse<Customer>(Action::RegisterCustomers);
}

QFuture<Result<std::optional<Customer>>> Session::findCustomer(const QUuid &id)
{
    if (can(Action::RegisterCustomers) || id == m_user.customerId)
        return m_backend.customers().find(id);
    return refuse<std::optional<Customer>>(Action::RegisterCustomers);
}

QFuture<Result<Reservation>> Session::hold(HoldRequest request)
{
    if (!can(Action::BookForOthers)) {
        if (!can(Action::BookOwn))
            return refuse<Reservation>(Action::BookForOthers);
        request.customerId = m_user.customerId;
    }
    return m_backend.reservations().hold(request);
}

QFuture<Result<CardToken>> Session::tokenizeCard(const CardEntry &card)
{
    if (!can(Action::TakePayment) && !can(Action::BookOwn))
        return refuse<CardToken>(Action::TakePayment);
    return m_backend.cardPayments().tokenize(card);
}

QFuture<Result<PaymentOutcome>> Session::pay(const PaymentRequest &request)
{
    // Cash changes hands at the counter: only staff may say it did.
    if (request.method == PaymentMethod::Cash && !can(Action::TakePayment))
        return refuse<PaymentOutcome>(Action::TakePayment);
    if (request.method == PaymentMethod::Card) {
        if (can(Action::TakePayment))
            return m_backend.cardPayments().pay(request);
        if (!can(Action::BookOwn))
            return refuse<PaymentOutcome>(Action::TakePayment);
        // The owner is checked in the transaction that starts the charge.
        return m_backend.cardPayments().pay(request, m_user.customerId);
    }
    return onBooking<PaymentOutcome>(request.reservationId, Action::TakePayment,
                                     [request](CommandContext &c) { return syncedcommands::pay(c, request); });
}

QFuture<Result<Reservation>> Session::cancel(const QUuid &id)
{
    return onBooking<Reservation>(id, Action::CancelAny,
                                  [id](CommandContext &c) { return syncedcommands::cancel(c, id); });
}

QFuture<Result<Reservation>> Session::confirm(const QUuid &id)
{
    return can(Action::ManageBookings) ? m_backend.reservations().confirm(id)
                                       : refuse<Reservation>(Action::ManageBookings);
}

QFuture<Result<Reservation>> Session::startFulfilment(const QUuid &id)
{
    return can(Action::ManageBookings) ? m_backend.reservations().startFulfilment(id)
                                       : refuse<Reservation>(Action::ManageBookings);
}

QFuture<Result<Reservation>> Session::dispatch(const QUuid &id, const QString &taxiPlate)
{
    return can(Action::ManageBookings) ? m_backend.reservations().startFulfilment(id, taxiPlate)
                                       : refuse<Reservation>(Action::ManageBookings);
}

QFuture<Result<dispatchquery::FreeTaxis>> Session::freeTaxis(const QUuid &reservationId)
{
    return read<dispatchquery::FreeTaxis>(Action::ManageBookings,
                             [reservationId](const QSqlDatabase &db) { return dispatchquery::freeTaxis(db, reservationId); });
}

QFuture<Result<Reservation>> Session::finishFulfilment(const QUuid &id)
{
    return can(Action::ManageBookings) ? m_backend.reservations().finishFulfilment(id)
                                       : refuse<Reservation>(Action::ManageBookings);
}

QFuture<Result<std::optional<bookinglookup::FoundBooking>>> Session::findBookingByCode(const QString &code,
                                                                                        const QString &phone)
{
    return read<std::optional<bookinglookup::FoundBooking>>(
        Action::ViewAllBookings,
        [code, phone](const QSqlDatabase &db) { return bookinglookup::find(db, code, phone); });
}

QFuture<Result<std::optional<Reservation>>> Session::findReservation(const QUuid &id)
{
    if (can(Action::ViewAllBookings))
        return m_backend.reservations().find(id);
    if (!can(Action::ViewOwnBookings))
        return refuse<std::optional<Reservation>>(Action::ViewAllBookings);
    const QUuid customerId = m_user.customerId;
    return m_backend.reservations().find(id).then([customerId](const Result<std::optional<Reservation>> &found) {
        if (found && found->has_value() && found->value().customerId != customerId)
            return Result<std::optional<Reservation>>(errors::notOwnBooking());
        return found;
    });
}

QFuture<Result<QList<Payment>>> Session::payments(const QUuid &reservationId)
{
    if (can(Action::TakePayment))
        return m_backend.reservations().payments(reservationId);
    if (!can(Action::ViewOwnBookings))
        return refuse<QList<Payment>>(Action::TakePayment);
    auto &reservations = m_backend.reservations();
    return findReservation(reservationId).then([&reservations, reservationId](const Result<std::optional<Reservation>> &own) {
        if (!own)
            return QtFuture::makeReadyFuture(Result<QList<Payment>>(own.error()));
        return reservations.payments(reservationId);
    }).unwrap();
}

QFuture<Result<Reservation>> Session::refund(const QUuid &reservationId)
{
    return can(Action::TakePayment) ? m_backend.reservations().refund(reservationId)
                                    : refuse<Reservation>(Action::TakePayment);
}

QFuture<Result<QList<MyBooking>>> Session::myBookings()
{
    return can(Action::ViewOwnBookings) ? m_backend.customers().myBookings(m_user.customerId)
                                        : refuse<QList<MyBooking>>(Action::ViewOwnBookings);
}

QFuture<Result<User>> Session::createUser(const UserDraft &draft)
{
    return can(Action::ManageUsers) ? m_backend.accounts().createUser(draft, m_user.username)
                                    : refuse<User>(Action::ManageUsers);
}

QFuture<Result<User>> Session::createCustomerAccount(const CustomerDraft &customer, const QString &username,
                                                     const QString &password)
{
    return can(Action::ManageUsers) ? m_backend.accounts().registerCustomerAccount(customer, username, password, m_user.username)
                                    : refuse<User>(Action::ManageUsers);
}

QFuture<Result<User>> Session::editAccount(const QUuid &id, const accountchanges::AccountEdit &change)
{
    return can(Action::ManageUsers) ? m_backend.accounts().edit(m_user.username, id, change)
                                    : refuse<User>(Action::ManageUsers);
}

QFuture<Result<User>> Session::setAccountDisabled(const QUuid &id, bool disabled)
{
    return can(Action::ManageUsers) ? m_backend.accounts().setDisabled(m_user.username, id, disabled)
                                    : refuse<User>(Action::ManageUsers);
}

QFuture<Result<User>> Session::resetPassword(const QUuid &id, const QString &password)
{
    return can(Action::ManageUsers) ? m_backend.accounts().resetPassword(m_user.username, id, password)
                                    : refuse<User>(Action::ManageUsers);
}

QFuture<Result<QList<AccountEvent>>> Session::accountHistory(const QUuid &id)
{
    return can(Action::ManageUsers) ? m_backend.accounts().history(id) : refuse<QList<AccountEvent>>(Action::ManageUsers);
}

QFuture<Result<QList<User>>> Session::users()
{
    return can(Action::ManageUsers) ? m_backend.accounts().users() : refuse<QList<User>>(Action::ManageUsers);
}

QFuture<Result<bool>> Session::resolveConflict(const QUuid &commandId)
{
    if (!can(Action::ManageBookings))
        return refuse<bool>(Action::ManageBookings);
    return m_backend.executor().execute<bool>([commandId](CommandContext &context) -> Result<bool> {
        RD_TRY(clientsync::resolveConflict(context, commandId));
        return true;
    });
}

QFuture<Result<qint64>> Session::exportBookings(const BookingFilter &filter, const BookingOrder &order, const QTimeZone &zone,
                                                const QString &path, std::shared_ptr<bookingexport::Progress> progress)
{
    return read<qint64>(Action::ViewAllBookings, [=](const QSqlDatabase &db) {
        return bookingexport::write(db, filter, order, zone, path, *progress);
    });
}

QFuture<Result<qint64>> Session::backUpDatabase(const QString &path)
{
    return read<qint64>(Action::BackUpDatabase, [path](const QSqlDatabase &db) { return databasebackup::write(db, path); });
}

QFuture<Result<PaymentOverview>> Session::paymentOverview(PaymentView view, int limit)
{
    return read<PaymentOverview>(Action::ManagePayments, [view, limit](const QSqlDatabase &db) {
        return paymentoverview::load(db, view, limit);
    });
}

QFuture<Result<std::optional<CardTask>>> Session::retryCardTask(const QUuid &taskId)
{
    using Outcome = Result<std::optional<CardTask>>;
    if (!can(Action::ManagePayments))
        return refuse<std::optional<CardTask>>(Action::ManagePayments);
    // The backend outlives every session and the futures they start.
    CardPayments &cards = m_backend.cardPayments();
    ReaderPool &readers = m_backend.readers();
    return cards.retryNow(taskId)
        .then([&cards, &readers, taskId](const Result<CardTask> &due) {
            if (!due)
                return QtFuture::makeReadyFuture(Outcome(due.error()));
            return cards.settleDue().then([&readers, taskId](const Result<int> &settled) {
                if (!settled)
                    return QtFuture::makeReadyFuture(Outcome(settled.error()));
                return readers.read<Outcome>([taskId](const QSqlDatabase &db) -> Outcome {
                    auto found = cardtaskrepository::find(db, taskId);
                    if (found && found.value())
                        found.value()->cardToken.clear(); // the screen has no use for it
                    return found;
                });
            }).unwrap();
        })
        .unwrap();
}
