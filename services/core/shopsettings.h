#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

// The shop-wide settings the rules need (DESIGN.md §6 "ConfigMap"): loaded by the app from
// the settings file, the environment and the command line, then passed in by value.
struct ShopSettings final
{
    QString currency = QStringLiteral("KRW");
    QByteArray timeZone = "Asia/Seoul";
    // An unpaid hold releases its capacity after this long.
    qint64 holdSeconds = 15 * 60;
    // Names the device in every reservation it creates (origin device).
    QString deviceId = QStringLiteral("counter-1");
    // Where SMS notifications are POSTed; empty = no SMS channel.
    QUrl smsGatewayUrl;
    // A counter that synchronises with a server keeps each change it makes in its outbox.
    bool syncClient = false;
    // The server notes every changed row in its change log, which counters pull.
    bool recordChangeLog = false;
};
