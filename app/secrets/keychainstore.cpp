#include "secrets/keychainstore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

#include <qt6keychain/keychain.h>

namespace {

const QString Service = QStringLiteral("RentalDesk");

Error unavailable(const QString &why)
{
    return Error{QStringLiteral("keychain_unavailable"),
                 QCoreApplication::translate("Secrets", "The keychain cannot be used: %1").arg(why)};
}

// Runs `job` and waits for it; false when it did not finish in time.
bool runAndWait(QKeychain::Job &job, int timeoutMs)
{
    QEventLoop loop;
    bool finished = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&loop, &finished]() {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    job.setAutoDelete(false);
    job.start();
    if (!finished)
        loop.exec();
    return finished;
}

} // namespace

Result<std::optional<QString>> KeychainStore::read(Secret secret)
{
    QKeychain::ReadPasswordJob job(Service);
    job.setKey(secrets::settingsKey(secret));
    if (!runAndWait(job, m_timeoutMs))
        return unavailable(QCoreApplication::translate("Secrets", "it did not answer in time."));
    if (job.error() == QKeychain::EntryNotFound)
        return std::optional<QString>();
    if (job.error() != QKeychain::NoError)
        return unavailable(job.errorString());
    return std::optional<QString>(job.textData());
}

Result<void> KeychainStore::write(Secret secret, const QString &value)
{
    QKeychain::WritePasswordJob job(Service);
    job.setKey(secrets::settingsKey(secret));
    job.setTextData(value);
    if (!runAndWait(job, m_timeoutMs))
        return unavailable(QCoreApplication::translate("Secrets", "it did not answer in time."));
    if (job.error() != QKeychain::NoError)
        return unavailable(job.errorString());
    return {};
}

Result<void> KeychainStore::remove(Secret secret)
{
    QKeychain::DeletePasswordJob job(Service);
    job.setKey(secrets::settingsKey(secret));
    if (!runAndWait(job, m_timeoutMs))
        return unavailable(QCoreApplication::translate("Secrets", "it did not answer in time."));
    if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound)
        return unavailable(job.errorString());
    return {};
}
