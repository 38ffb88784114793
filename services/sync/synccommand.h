#pragma once

#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QUuid>

// One change a counter made, as it travels to the server (DESIGN.md §4): the server applies
// the command with the same id at most once and answers it.
struct SyncCommand final
{
    QUuid id;
    QString kind;     // "reservation.hold", "payment.record", ... (see synccommands)
    QUuid entityId;   // the row it changes: pulled rows never overwrite it while it waits
    QJsonObject payload;
    qint64 createdAt = 0;
};

// The server's answer to one command.
struct SyncAnswer final
{
    QUuid id;
    bool applied = false;
    QString code;    // why it was rejected
    QString message;
};

Q_DECLARE_METATYPE(SyncCommand)
