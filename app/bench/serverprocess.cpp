#include "serverprocess.h"

#include <QDeadlineTimer>
#include <QRegularExpression>

#include <csignal>

ServerProcess::ServerProcess(QString database) : m_database(std::move(database))
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
}

ServerProcess::~ServerProcess()
{
    if (m_process.state() != QProcess::NotRunning)
        kill();
}

bool ServerProcess::start(const QStringList &extraArguments, quint16 port)
{
    QStringList arguments{QStringLiteral("--database"), m_database,
                          QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port)};
    arguments += extraArguments;
    m_output.clear();
    m_process.start(QStringLiteral(RENTALDESK_SERVER_PATH), arguments);
    if (!m_process.waitForStarted(10'000))
        return false;
    // Ready once it listens and has opened, migrated and (with --demo) filled its database.
    static const QRegularExpression listening(QStringLiteral("listening on http://127\\.0\\.0\\.1:(\\d+)"));
    const QDeadlineTimer deadline(60'000);
    while (!deadline.hasExpired() && m_process.state() == QProcess::Running) {
        // Blocks on the pipe, not a sleep: returns as soon as the server writes a line.
        m_process.waitForReadyRead(int(std::max<qint64>(deadline.remainingTime(), 1)));
        m_output += QString::fromUtf8(m_process.readAll());
        const auto match = listening.match(m_output);
        if (match.hasMatch() && m_output.contains(QLatin1String("Database ready"))) {
            m_port = quint16(match.captured(1).toUInt());
            return true;
        }
    }
    m_output += QString::fromUtf8(m_process.readAll());
    return false;
}

void ServerProcess::kill()
{
    ::kill(pid_t(m_process.processId()), SIGKILL);
    m_process.waitForFinished(10'000);
}

QUrl ServerProcess::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}
