#include "security/passwordhash.h"

#include <QRandomGenerator>

#include <argon2.h>

#include <array>

namespace passwordhash {
namespace {

// OWASP's minimum for Argon2id (2023): 19 MiB of memory, two passes, one lane.
constexpr uint32_t MemoryKiB = 19 * 1024;
constexpr uint32_t Passes = 2;
constexpr uint32_t Lanes = 1;
constexpr size_t SaltBytes = 16;
constexpr size_t HashBytes = 32;

} // namespace

QByteArray hash(const QString &password)
{
    const QByteArray utf8 = password.toUtf8();
    std::array<quint32, SaltBytes / sizeof(quint32)> salt{};
    QRandomGenerator::system()->fillRange(salt.data(), salt.size());
    const size_t length = argon2_encodedlen(Passes, MemoryKiB, Lanes, SaltBytes, HashBytes, Argon2_id);
    QByteArray encoded(qsizetype(length), '\0');
    const int status = argon2id_hash_encoded(Passes, MemoryKiB, Lanes, utf8.constData(), size_t(utf8.size()),
                                             salt.data(), SaltBytes, HashBytes, encoded.data(), length);
    Q_ASSERT_X(status == ARGON2_OK, "passwordhash::hash", argon2_error_message(status));
    encoded.truncate(encoded.indexOf('\0')); // argon2 writes a C string
    return encoded;
}

bool verify(const QByteArray &encoded, const QString &password)
{
    if (!encoded.startsWith("$argon2id$"))
        return false;
    const QByteArray utf8 = password.toUtf8();
    return argon2id_verify(encoded.constData(), utf8.constData(), size_t(utf8.size())) == ARGON2_OK;
}

} // namespace passwordhash
