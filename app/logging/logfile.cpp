#include "logging/logfile.h"

#include <QDir>
#include <QFile>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace {

const QString BaseName = QStringLiteral("rentaldesk.log");

} // namespace

struct LogFile::Writer final
{
    Writer(const QString &dir, Limits l) : directory(dir), limits(l) {}

    void run();
    void write(const QList<QByteArray> &lines);
    void rotate();
    QString path(int generation) const
    {
        return QDir(directory).filePath(generation == 0 ? BaseName : BaseName + u'.' + QString::number(generation));
    }

    const QString directory;
    const Limits limits;

    mutable std::mutex mutex;
    std::condition_variable wake;    // lines queued, or stop
    std::condition_variable written; // the queue was written out
    QList<QByteArray> queue;
    std::deque<QString> recent;
    quint64 appended = 0; // lines queued so far
    quint64 done = 0;     // lines written so far
    bool stopping = false;

    QFile file; // the writer thread's only
    std::thread thread;
};

void LogFile::Writer::run()
{
    QDir().mkpath(directory);
    file.setFileName(path(0));
    (void)file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text);
    std::unique_lock lock(mutex);
    for (;;) {
        wake.wait(lock, [this] { return stopping || !queue.isEmpty(); });
        if (queue.isEmpty() && stopping)
            return;
        const QList<QByteArray> lines = std::exchange(queue, {});
        lock.unlock();
        write(lines);
        lock.lock();
        done += quint64(lines.size());
        written.notify_all();
    }
}

void LogFile::Writer::write(const QList<QByteArray> &lines)
{
    for (const QByteArray &line : lines) {
        if (file.isOpen() && file.size() > 0 && file.size() + line.size() > limits.maxBytes)
            rotate();
        if (file.isOpen())
            file.write(line);
    }
    file.flush();
}

// rentaldesk.log.N-1 → .N … rentaldesk.log → .1; the oldest beyond keptFiles goes.
void LogFile::Writer::rotate()
{
    file.close();
    QFile::remove(path(limits.keptFiles - 1));
    for (int generation = limits.keptFiles - 2; generation >= 0; --generation)
        QFile::rename(path(generation), path(generation + 1));
    (void)file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text);
}

LogFile::LogFile(const QString &directory, Limits limits) : m_writer(std::make_unique<Writer>(directory, limits))
{
    m_writer->thread = std::thread([writer = m_writer.get()] { writer->run(); });
}

LogFile::~LogFile()
{
    {
        std::lock_guard lock(m_writer->mutex);
        m_writer->stopping = true;
    }
    m_writer->wake.notify_one();
    m_writer->thread.join();
}

void LogFile::append(const QString &line)
{
    QByteArray bytes = line.toUtf8();
    bytes.append('\n');
    {
        std::lock_guard lock(m_writer->mutex);
        m_writer->queue.append(std::move(bytes));
        ++m_writer->appended;
        m_writer->recent.push_back(line);
        while (m_writer->recent.size() > size_t(m_writer->limits.recentLines))
            m_writer->recent.pop_front();
    }
    m_writer->wake.notify_one();
}

void LogFile::flush()
{
    std::unique_lock lock(m_writer->mutex);
    const quint64 target = m_writer->appended;
    m_writer->written.wait(lock, [this, target] { return m_writer->done >= target; });
}

QStringList LogFile::recentLines() const
{
    std::lock_guard lock(m_writer->mutex);
    return QStringList(m_writer->recent.begin(), m_writer->recent.end());
}

QString LogFile::directory() const
{
    return m_writer->directory;
}

QString LogFile::currentFilePath() const
{
    return m_writer->path(0);
}
