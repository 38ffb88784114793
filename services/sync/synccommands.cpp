#include "sync/synccommands.h"

#include "commands/customercommands.h"
#include "commands/inventorycommands.h"
#include "commands/paymentcommands.h"
#include "commands/reservationcommands.h"
#include "core/commandcontext.h"
#include "domain/domainevent.h"
#include "domain/errors.h"
#include "domain/ids.h"
#include "domain/lifecycle.h"
#include "http/json/resourcejson.h"
#include "sync/changelog.h"
#include "sync/rowstore.h"

#include <QCoreApplication>

namespace synccommands {
namespace {

const QString RegisterCustomer = QStringLiteral("customer.register");
const QString PaymentRecorded = QStringLiteral("payment.record");
const QString Refund = QStringLiteral("payment.refund");
const QString RegisterResource = QStringLiteral("resource.register");
const QString UpdateResource = QStringLiteral("resource.update");
const QString ResourceStatusChange = QStringLiteral("resource.status");
const QString RetireResource = QStringLiteral("resource.retire");

QString text(const QJsonObject &payload, const char *key)
{
    return payload.value(QLatin1StringView(key)).toString();
}

QUuid uuid(const QJsonObject &payload, const char *key)
{
    return ids::fromText(text(payload, key));
}

qint64 number(const QJsonObject &payload, const char *key)
{
    return payload.value(QLatin1StringView(key)).toInteger();
}

struct PaymentTransition
{
    PaymentStatus status;
    QString key;
    QString eventType;
};

const QList<PaymentTransition> &paymentTransitions()
{
    static const QList<PaymentTransition> list{
        {PaymentStatus::Approved, QStringLiteral("approved"), events::PaymentApproved},
        {PaymentStatus::Declined, QStringLiteral("declined"), events::PaymentDeclined},
        {PaymentStatus::Deferred, QStringLiteral("deferred"), events::PaymentDeferred},
    };
    return list;
}

Result<void> applyPayment(CommandContext &context, const QJsonObject &payload)
{
    auto reservation = reservationcommands::load(context, uuid(payload, "reservationId"));
    if (!reservation)
        return reservation.error();
    const QJsonObject payment = payload.value(QStringLiteral("payment")).toObject();
    if (!payment.isEmpty()) {
        if (ids::fromText(payment.value(QStringLiteral("reservation_id")).toString()) != reservation->id)
            return errors::unknownReservation();
        RD_TRY(rowstore::upsert(context.db, QStringLiteral("payments"), payment));
        context.changes.payments.insert(ids::fromText(payment.value(QStringLiteral("id")).toString()));
    }
    const QString status = text(payload, "status");
    for (const PaymentTransition &t : paymentTransitions()) {
        if (t.key == status) {
            QJsonObject extra;
            if (!payment.isEmpty())
                extra.insert(QStringLiteral("paymentId"), payment.value(QStringLiteral("id")));
            RD_TRY(reservationcommands::setPaymentStatus(context, reservation.value(), t.status, t.eventType, extra));
            return {};
        }
    }
    return errors::invalidPaymentTransition(QString(), status);
}

Result<void> applyTransition(CommandContext &context, const QString &kind, const QUuid &id, const QString &taxiPlate)
{
    Result<Reservation> done = errors::unknownReservation();
    if (kind == Confirm)
        done = reservationcommands::confirm(context, id);
    else if (kind == Start)
        done = reservationcommands::startFulfilment(context, id, taxiPlate);
    else if (kind == Finish)
        done = reservationcommands::finishFulfilment(context, id);
    else if (kind == Cancel)
        done = reservationcommands::cancel(context, id);
    if (!done)
        return done.error();
    return {};
}

Result<void> done(const Result<Resource> &result)
{
    if (!result)
        return result.error();
    return {};
}

Result<void> applyResource(CommandContext &context, const SyncCommand &command)
{
    const QJsonObject &p = command.payload;
    const QUuid id = uuid(p, "id");
    if (id.isNull())
        return errors::unknownResource();
    if (command.kind == ResourceStatusChange)
        return done(inventorycommands::setStatus(context, id, ResourceStatus(number(p, "status"))));
    if (command.kind == RetireResource)
        return done(inventorycommands::retire(context, id));
    auto draft = resourcejson::draftFromJson(p);
    if (!draft)
        return draft.error();
    if (command.kind == RegisterResource)
        return done(inventorycommands::registerResource(context, draft.value(), id));
    return done(inventorycommands::updateResource(context, id, draft.value(), int(number(p, "expectedVersion"))));
}

Result<void> applyRefund(CommandContext &context, const QUuid &reservationId)
{
    auto booking = reservationcommands::load(context, reservationId);
    if (!booking)
        return booking.error();
    RD_TRY(lifecycle::check(booking->paymentStatus, PaymentStatus::Refunded));
    return paymentcommands::refundIfPaid(context, reservationId);
}

} // namespace

SyncCommand registerResource(const Resource &resource)
{
    return SyncCommand{{}, RegisterResource, resource.id, resourcejson::toJson(resource)};
}

SyncCommand updateResource(const Resource &updated, int expectedVersion)
{
    QJsonObject payload = resourcejson::toJson(updated);
    payload.insert(QStringLiteral("expectedVersion"), expectedVersion);
    return SyncCommand{{}, UpdateResource, updated.id, payload};
}

SyncCommand setResourceStatus(const QUuid &id, ResourceStatus status)
{
    return SyncCommand{{}, ResourceStatusChange, id,
                       QJsonObject{{QStringLiteral("id"), ids::toText(id)}, {QStringLiteral("status"), int(status)}}};
}

SyncCommand retireResource(const QUuid &id)
{
    return SyncCommand{{}, RetireResource, id, QJsonObject{{QStringLiteral("id"), ids::toText(id)}}};
}

SyncCommand refund(const QUuid &reservationId)
{
    return SyncCommand{{}, Refund, reservationId, QJsonObject{{QStringLiteral("reservationId"), ids::toText(reservationId)}}};
}

SyncCommand registerCustomer(const Customer &customer)
{
    return SyncCommand{{}, RegisterCustomer, customer.id,
                       QJsonObject{{QStringLiteral("id"), ids::toText(customer.id)},
                                   {QStringLiteral("name"), customer.data.name},
                                   {QStringLiteral("phone"), customer.data.phone},
                                   {QStringLiteral("email"), customer.data.email}}};
}

SyncCommand hold(const Reservation &r)
{
    return SyncCommand{{}, Hold, r.id,
                       QJsonObject{{QStringLiteral("id"), ids::toText(r.id)},
                                   {QStringLiteral("resourceId"), ids::toText(r.resourceId)},
                                   {QStringLiteral("customerId"), ids::toText(r.customerId)},
                                   {QStringLiteral("quantity"), r.quantity},
                                   {QStringLiteral("start"), r.period.start},
                                   {QStringLiteral("end"), r.period.end},
                                   {QStringLiteral("details"), r.details}}};
}

SyncCommand transition(const QString &kind, const QUuid &reservationId, const QString &taxiPlate)
{
    QJsonObject payload{{QStringLiteral("id"), ids::toText(reservationId)}};
    if (!taxiPlate.isEmpty())
        payload.insert(QStringLiteral("taxi"), taxiPlate);
    return SyncCommand{{}, kind, reservationId, payload};
}

Result<SyncCommand> paymentRecorded(CommandContext &context, const PaymentOutcome &outcome,
                                    const QUuid &reservationId)
{
    QJsonObject payload{{QStringLiteral("reservationId"), ids::toText(reservationId)}};
    for (const PaymentTransition &t : paymentTransitions())
        if (t.status == outcome.paymentStatus)
            payload.insert(QStringLiteral("status"), t.key);
    if (outcome.payment) {
        auto row = changelog::row(context.db, QStringLiteral("payment"), outcome.payment->id);
        if (!row)
            return row.error();
        if (row.value())
            payload.insert(QStringLiteral("payment"), *row.value());
    }
    return SyncCommand{{}, PaymentRecorded, reservationId, payload};
}

HoldRequest holdRequest(const SyncCommand &command)
{
    const QJsonObject &p = command.payload;
    return HoldRequest{uuid(p, "id"),         uuid(p, "resourceId"), uuid(p, "customerId"),
                       number(p, "quantity"), number(p, "start"),     number(p, "end"),
                       p.value(QLatin1StringView("details")).toObject()};
}

Result<void> apply(CommandContext &context, const SyncCommand &command)
{
    const QJsonObject &p = command.payload;
    if (command.kind == Hold) {
        const HoldRequest request = holdRequest(command);
        if (request.id.isNull())
            return errors::textRequired(QStringLiteral("id"));
        auto held = reservationcommands::hold(context, request);
        if (!held)
            return held.error();
        return {};
    }
    if (command.kind == Confirm || command.kind == Start || command.kind == Finish || command.kind == Cancel)
        return applyTransition(context, command.kind, uuid(p, "id"), text(p, "taxi"));
    if (command.kind == PaymentRecorded)
        return applyPayment(context, p);
    if (command.kind == Refund)
        return applyRefund(context, uuid(p, "reservationId"));
    if (command.kind.startsWith(QLatin1String("resource.")))
        return applyResource(context, command);
    if (command.kind == RegisterCustomer) {
        const QUuid id = uuid(p, "id");
        if (id.isNull())
            return errors::textRequired(QStringLiteral("id"));
        auto registered = customercommands::registerCustomer(
            context, CustomerDraft{text(p, "name"), text(p, "phone"), text(p, "email")}, id);
        if (!registered)
            return registered.error();
        return {};
    }
    return Error{QStringLiteral("unknown_command"),
                 QCoreApplication::translate("Errors", "The server does not know the change \"%1\".").arg(command.kind)};
}

} // namespace synccommands
