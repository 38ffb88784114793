#pragma once

#include "domain/customer.h"
#include "domain/payment.h"
#include "domain/reservation.h"
#include "domain/resource.h"
#include "domain/result.h"
#include "sync/synccommand.h"

struct CommandContext;

// The changes a counter sends to the server, each as a SyncCommand: how a local change is
// written down (the builders) and how the server carries it out again (apply), re-checking
// every rule there. A payment is sent as its outcome, never as a charge to make again.
namespace synccommands {

SyncCommand registerCustomer(const Customer &customer);
SyncCommand registerResource(const Resource &resource);
SyncCommand updateResource(const Resource &updated, int expectedVersion);
SyncCommand setResourceStatus(const QUuid &id, ResourceStatus status);
SyncCommand retireResource(const QUuid &id);
SyncCommand refund(const QUuid &reservationId);
SyncCommand hold(const Reservation &reservation);
// kind: one of the transition kinds below.
// `taxiPlate`: the taxi a Start (dispatch) sent.
SyncCommand transition(const QString &kind, const QUuid &reservationId, const QString &taxiPlate = {});
// The payment status a payment left the booking in, with the payment row when one was made.
Result<SyncCommand> paymentRecorded(CommandContext &context, const PaymentOutcome &outcome,
                                    const QUuid &reservationId);

inline const QString Confirm = QStringLiteral("reservation.confirm");
inline const QString Start = QStringLiteral("reservation.start");
inline const QString Finish = QStringLiteral("reservation.finish");
inline const QString Cancel = QStringLiteral("reservation.cancel");
inline const QString Hold = QStringLiteral("reservation.hold");

// Carries the command out in `context`'s transaction; an error means it was refused.
Result<void> apply(CommandContext &context, const SyncCommand &command);
// The hold a command asks for (kind Hold).
HoldRequest holdRequest(const SyncCommand &command);

} // namespace synccommands
