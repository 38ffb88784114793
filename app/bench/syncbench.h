#pragma once

#include "benchscale.h"
#include "domain/result.h"

#include <QJsonObject>
#include <QString>

class ServerProcess;

// sync_push and sync_pull (issue 4), against a real rentaldesk-server on SQLite over
// loopback. sync_push: a counter's outbox of `syncCommands` offline bookings is pushed until
// it is empty. sync_pull: an empty counter pulls everything the server then has.
class SyncBench final
{
public:
    // Commands per push and changes per pull page, as the bench's counters ask.
    static constexpr int PushBatch = 1000;
    static constexpr int PullLimit = 2000;

    SyncBench(ServerProcess &server, QString folder, const BenchScale &scale);
    Result<QJsonObject> push();
    Result<QJsonObject> pull();

private:
    ServerProcess &m_server;
    QString m_folder;
    BenchScale m_scale;
};
