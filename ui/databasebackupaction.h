#pragma once

#include <QAction>
#include <QLocale>

class Session;

// File → Back up database… for those who may (managers): asks where, with a dated name in the
// folder used last time, copies the database on a reader while the counter goes on working,
// and says how it went. Disabled while a copy is under way.
class DatabaseBackupAction final : public QAction
{
    Q_OBJECT

public:
    DatabaseBackupAction(QLocale locale, QWidget *window);

    // The signed-in person, or none: only those who may back up see the action.
    void setSession(Session *session);
    // Copies to `path` without asking: what the file dialog chose (and what tests choose).
    void backUpTo(const QString &path);

Q_SIGNALS:
    void started(const QString &message);
    // `message` says what happened, in words for the person who asked.
    void finished(bool succeeded, const QString &message);

private:
    void chooseFile();

    QLocale m_locale;
    QWidget *m_window;
    Session *m_session = nullptr; // owned by the window; replaced or cleared on sign-in and out
};
