#pragma once

#include "domain/result.h"
#include "domain/role.h"

#include <QUuid>

// What a manager fills in to create an account (or the first run, for the manager's own).
// The password is only ever held here in memory on its way to the hasher.
struct UserDraft final
{
    QString username;
    QString displayName;
    QString password;
    Role role = Role::Clerk;
    QUuid customerId; // a customer account books as this customer; empty for staff
};

// Someone who can sign in. The password hash never leaves the storage layer.
struct User final
{
    QUuid id;
    QString username;
    QString displayName;
    Role role = Role::Clerk;
    QUuid customerId;
    qint64 createdAt = 0;
    bool disabled = false; // cannot sign in; kept for the history it made
};

namespace users {
constexpr int MinUsernameLength = 3;
constexpr int MaxUsernameLength = 40;
constexpr int MaxDisplayNameLength = 200;
constexpr int MinPasswordLength = 8;
constexpr int MaxPasswordLength = 256;

// Usernames are lower-case letters, digits, '.', '_' and '-'; customer accounts need a
// customer, staff accounts must not have one.
// Every problem of the user name, name and password, in that order, so a form shows them
// all at once; validate() refuses with the first (or with a role that does not fit).
QList<Error> problems(const UserDraft &draft);
Result<void> validate(const UserDraft &draft);
Result<void> validatePassword(const QString &password);
Result<void> validateDisplayName(const QString &displayName);
} // namespace users
