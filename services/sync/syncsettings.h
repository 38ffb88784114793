#pragma once

#include <QMetaType>
#include <QString>
#include <QUrl>

// Where and as whom a counter synchronises. The password is kept only in memory, to ask the
// server for a token; neither is ever logged.
struct SyncSettings final
{
    QUrl server;          // e.g. http://127.0.0.1:8080
    QString device;       // names this counter on the server
    QString username;
    QString password;
    QString token;        // a device token from `rentaldesk-server --issue-token`; else sign in
    int pushBatch = 500;  // commands per push
    int pullLimit = 1000; // changes per pull
    int longPollMs = 20'000;
    int firstRetryMs = 500;
    int maxRetryMs = 30'000;
};

// What the status bar and the Sync screen show.
struct SyncStatus final
{
    bool online = false;
    qint64 pending = 0;     // commands waiting in the outbox
    qint64 conflicts = 0;   // refused commands not yet resolved
    qint64 lastSuccess = 0; // UTC seconds of the last completed push or pull; 0 = never
    qint64 receiving = 0;   // changes the server still has for this counter while it catches up
    QString lastError;      // why the last attempt failed, for staff (no secrets)
};

Q_DECLARE_METATYPE(SyncStatus)
