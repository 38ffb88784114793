#include "databasebackupaction.h"

#include "api/session.h"
#include "savefilechooser.h"

#include <QDir>
#include <QWidget>

DatabaseBackupAction::DatabaseBackupAction(QLocale locale, QWidget *window)
    : QAction(tr("&Back up database…"), window), m_locale(std::move(locale)), m_window(window)
{
    setObjectName(QStringLiteral("backUpDatabase"));
    setStatusTip(tr("Save a copy of this counter's database, with every booking in it, to a file."));
    setVisible(false);
    connect(this, &QAction::triggered, this, &DatabaseBackupAction::chooseFile);
}

void DatabaseBackupAction::setSession(Session *session)
{
    m_session = session;
    setVisible(session && session->can(Action::BackUpDatabase));
}

void DatabaseBackupAction::chooseFile()
{
    const QString path = savefilechooser::ask(m_window, tr("Back up database"), QStringLiteral("backup/folder"),
                                              QStringLiteral("rentaldesk-%1.sqlite"),
                                              tr("RentalDesk database (*.sqlite);;All files (*)"));
    if (!path.isEmpty()) // empty: the person changed their mind
        backUpTo(path);
}

void DatabaseBackupAction::backUpTo(const QString &path)
{
    if (!m_session || !isEnabled())
        return;
    setEnabled(false);
    Q_EMIT started(tr("Backing up the database to %1…").arg(QDir::toNativeSeparators(path)));
    m_session->backUpDatabase(path).then(this, [this, path](const Result<qint64> &written) {
        setEnabled(true);
        if (!written)
            return Q_EMIT finished(false, written.error().message);
        Q_EMIT finished(true, tr("The database was backed up to %1 (%2).")
                                  .arg(QDir::toNativeSeparators(path), m_locale.formattedDataSize(written.value())));
    });
}
