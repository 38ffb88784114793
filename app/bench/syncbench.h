#pragma once

#include "benchscale.h"
#include "domain/result.h"
#include "http/syncroutes.h"

#include <QJsonObject>
#include <QString>

class ServerProcess;

// sync_push and sync_pull (issue 4), against a real rentaldesk-server on SQLite over
// loopback. sync_push: a counter's outbox of `syncCommands` offline bookings is pushed until
// it is empty. sync_pull: an empty counter pulls everything the server then has.
class SyncBench final
{
public:
    // Commands per push (the most the server takes: an outbox drains fastest so) and
    // changes per pull page (larger pages measured no faster).
    static constexpr int PushBatch = syncroutes::MaxCommandsPerPush;
    static constexpr int PullLimit = 2000;

    SyncBench(ServerProcess &server, QString folder, const BenchScale &scale);
    Result<QJsonObject> push();
    Result<QJsonObject> pull();

private:
    ServerProcess &m_server;
    QString m_folder;
    BenchScale m_scale;
};
