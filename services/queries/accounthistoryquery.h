#pragma once

#include "domain/result.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QUuid>

// One entry of an account's audit trail (events AccountCreated … PasswordReset).
struct AccountEvent final
{
    qint64 seq = 0;
    QString type;
    QString by; // the user name of who did it
    QJsonObject payload;
    qint64 occurredAt = 0;
};

namespace accounthistoryquery {

// Through the events_of_accounts index (migration 12), oldest first.
Result<QList<AccountEvent>> forAccount(const QSqlDatabase &db, const QUuid &accountId);

} // namespace accounthistoryquery
