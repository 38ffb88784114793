#pragma once

#include <QByteArray>
#include <QString>

// Passwords are kept only as Argon2id hashes in the PHC string format
// ("$argon2id$v=19$m=…,t=…,p=…$salt$hash"), so the cost travels with each hash and can be
// raised later without breaking old ones. Hashing is deliberately slow (tens of
// milliseconds): call it on a worker thread, never on the GUI thread.
namespace passwordhash {

QByteArray hash(const QString &password);
bool verify(const QByteArray &encoded, const QString &password);

} // namespace passwordhash
