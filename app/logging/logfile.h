#pragma once

#include <QString>
#include <QStringList>

#include <memory>

// A log file that rotates: `rentaldesk.log` in `directory` grows to `maxBytes`, then becomes
// `rentaldesk.log.1` (the older ones move up, the oldest of `keptFiles` goes). Lines are
// written by a thread of its own, so whoever logs — the GUI thread included — never waits for
// the disk. The last lines are also kept in memory for Help → Copy diagnostics.
class LogFile final
{
public:
    struct Limits final
    {
        qint64 maxBytes = 1024 * 1024;
        int keptFiles = 5; // rentaldesk.log and 4 older ones
        int recentLines = 200;
    };

    explicit LogFile(const QString &directory, Limits limits);
    explicit LogFile(const QString &directory) : LogFile(directory, Limits{}) {}
    ~LogFile(); // writes what is queued, then stops its thread

    LogFile(const LogFile &) = delete;
    LogFile &operator=(const LogFile &) = delete;

    // Thread-safe; returns at once. `line` has no line break.
    void append(const QString &line);
    // Waits until every line appended so far is in the file (tests, and before a crash report).
    void flush();
    QStringList recentLines() const;
    QString directory() const;
    QString currentFilePath() const;

private:
    struct Writer;
    std::unique_ptr<Writer> m_writer;
};
