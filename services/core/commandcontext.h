#pragma once

#include "core/changeset.h"
#include "core/shopsettings.h"

#include <QSqlDatabase>

class Clock;
class EventLog;
class PaymentGateway;

// Everything one command may touch while it runs on the service thread, inside its
// transaction. Commands record what they changed in `changes`.
struct CommandContext final
{
    QSqlDatabase db;
    const Clock &clock;
    const ShopSettings &settings;
    PaymentGateway &gateway;
    EventLog &events;
    ChangeSet changes;
    // True while the server applies a command another device already carried out (sync
    // push): the payment provider and the customer were contacted there, not again here.
    bool remote = false;
    // The device a remote command came from: its bookings keep their origin.
    QString remoteDevice;
};
