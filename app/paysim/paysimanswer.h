#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>

// One HTTP answer of the simulator, before it is written: the handler and the ledger build
// these without touching a socket, the server writes them (possibly later, after a latency).
struct PaySimAnswer final
{
    int status = 200;
    QByteArray contentType;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    static PaySimAnswer json(int status, const QJsonObject &object);
    // application/problem+json with the stable `code` clients switch on.
    static PaySimAnswer problem(int status, const QString &code, const QString &detail);

    bool isSuccess() const { return status >= 200 && status < 300; }
    QJsonObject jsonObject() const; // empty when the body is not a JSON object
    QByteArray header(QByteArrayView name) const; // empty when absent

    bool operator==(const PaySimAnswer &) const = default;
};
