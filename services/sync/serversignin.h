#pragma once

#include "domain/result.h"
#include "domain/user.h"

#include <QFuture>
#include <QUrl>

class QNetworkAccessManager;

// A server account as the server described it when it issued this device a token.
struct ServerAccount final
{
    User user;        // the server's user: name, display name, role
    QByteArray token; // for sync; never logged
};

namespace serversignin {

// Signs in to `server` as `username` for the device `device` (POST /api/v1/auth/token), the
// way a new counter joins a shop that already has a server. Asynchronous on `network`'s
// thread. A wrong name or password is sign_in_failed; no answer is server_unreachable.
QFuture<Result<ServerAccount>> signIn(QNetworkAccessManager &network, const QUrl &server, const QString &device,
                                      const QString &username, const QString &password);

} // namespace serversignin
