#include "storage/databasebackup.h"

#include "domain/errors.h"
#include "storage/sqlquery.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <filesystem>
#include <system_error>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace databasebackup {
namespace {

Result<QString> livePath(const QSqlDatabase &db)
{
    SqlQuery list(db, QStringLiteral("SELECT file FROM pragma_database_list WHERE name = 'main'"));
    auto file = list.first([](const SqlQuery &q) { return q.text(0); });
    if (!file)
        return file.error();
    return file->value_or(QString());
}

// The database file, or one of the files SQLite keeps beside it: replacing any of them would
// lose what the counter holds.
bool isLiveFile(const QString &live, const QString &target)
{
    if (live.isEmpty())
        return false;
    const QString liveFile = QFileInfo(live).absoluteFilePath();
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        if (target == liveFile + QLatin1StringView(suffix))
            return true;
    return QFileInfo(target).canonicalFilePath() == QFileInfo(live).canonicalFilePath();
}

// Asks the operating system to put a file (or a folder's entries) on disk now. SQLite commits
// the copy with the connection's synchronous setting already; this also covers settings and
// file systems where that commit does not reach the disk, before the rename makes it the backup.
bool syncToDisk(const QString &path)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY);
    if (fd < 0)
        return false;
    const bool synced = ::fsync(fd) == 0;
    ::close(fd);
    return synced;
#else
    Q_UNUSED(path);
    return true; // SQLite's commit of the copy is all there is to rely on here
#endif
}

// Readers are query_only, which refuses VACUUM INTO although it writes only the copy: lifted
// for the copy, and put back however it ends, so the connection stays a reader.
class WritableForTheCopy final
{
public:
    explicit WritableForTheCopy(const QSqlDatabase &db) : m_db(db)
    {
        SqlQuery mode(m_db, QStringLiteral("PRAGMA query_only"));
        auto on = mode.first([](const SqlQuery &q) { return q.integer(0) != 0; });
        m_wasReadOnly = on && on->value_or(false);
        if (m_wasReadOnly)
            (void)SqlQuery(m_db, QStringLiteral("PRAGMA query_only=OFF")).exec();
    }
    ~WritableForTheCopy()
    {
        if (m_wasReadOnly)
            (void)SqlQuery(m_db, QStringLiteral("PRAGMA query_only=ON")).exec();
    }
    WritableForTheCopy(const WritableForTheCopy &) = delete;
    WritableForTheCopy &operator=(const WritableForTheCopy &) = delete;

private:
    QSqlDatabase m_db;
    bool m_wasReadOnly = false;
};

} // namespace

Result<qint64> write(const QSqlDatabase &db, const QString &path)
{
    if (path.trimmed().isEmpty())
        return errors::invalidBackupTarget();
    const QString target = QFileInfo(path).absoluteFilePath();
    auto live = livePath(db);
    if (!live)
        return live.error();
    if (isLiveFile(live.value(), target) || QFileInfo(target).isDir())
        return errors::invalidBackupTarget();

    const QString part = target + QStringLiteral(".part");
    QFile::remove(part); // left by a backup that was interrupted
    Result<void> copied;
    {
        const WritableForTheCopy writable(db);
        SqlQuery vacuum(db, QStringLiteral("VACUUM INTO ?"));
        vacuum.bind(part);
        copied = vacuum.exec();
    }
    if (!copied) {
        QFile::remove(part);
        return errors::backupFailed(target, copied.error().message);
    }
    if (!syncToDisk(part)) {
        QFile::remove(part);
        return errors::backupFailed(target, QCoreApplication::translate("Errors", "the copy could not be put on disk"));
    }
    std::error_code renamed;
    std::filesystem::rename(QFile::encodeName(part).toStdString(), QFile::encodeName(target).toStdString(), renamed);
    if (renamed) {
        QFile::remove(part);
        return errors::backupFailed(target, QString::fromLocal8Bit(renamed.message()));
    }
    syncToDisk(QFileInfo(target).absolutePath()); // the rename itself
    return QFileInfo(target).size();
}

} // namespace databasebackup
