#pragma once

#include "benchscale.h"
#include "domain/result.h"

#include <QJsonObject>
#include <QStringList>

class ServerProcess;

// server_get (issue 4): GET one reservation by id from a real rentaldesk-server on SQLite,
// over 32 keep-alive connections at once, each asking again as soon as it has its answer.
class ServerGetBench final
{
public:
    ServerGetBench(ServerProcess &server, QString serverDatabase, const BenchScale &scale);
    Result<QJsonObject> run();

private:
    ServerProcess &m_server;
    QString m_serverDatabase;
    BenchScale m_scale;
};
