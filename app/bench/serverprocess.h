#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QUrl>

// A real rentaldesk-server on loopback for the sync tests and benches: started on a SQLite
// file, killed hard (SIGKILL) when a test wants a crash, started again on the same port and
// file. RENTALDESK_SERVER_PATH is where the build put the executable.
class ServerProcess final
{
public:
    // `database`: what --database takes (sqlite:PATH or postgresql://…).
    explicit ServerProcess(QString database);
    static QString sqlite(const QString &path) { return QStringLiteral("sqlite:") + path; }
    ~ServerProcess();

    // Starts the server and waits until it listens. `port` 0 = any free port the first time.
    bool start(const QStringList &extraArguments = {}, quint16 port = 0);
    void kill();
    QUrl url() const;
    quint16 port() const { return m_port; }
    QString output() const { return m_output; }

private:
    QString m_database;
    QProcess m_process;
    quint16 m_port = 0;
    QString m_output;
};
