#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QString>

#include <array>
#include <functional>

class ApiRouter;

// The server's figures in the Prometheus text format (version 0.0.4), for GET /metrics:
// requests by route pattern, method and status; a request-duration histogram; the requests
// in flight; and gauges other parts register (sync backlog, payment breaker state, …).
// Routes are labelled by their pattern, never the raw path, so the label set stays small.
// Thread-safe.
class ApiMetrics final
{
public:
    static constexpr std::array<double, 11> DurationBuckets{0.005, 0.01, 0.025, 0.05, 0.1, 0.25,
                                                            0.5,   1.0,  2.5,   5.0,  10.0};

    void requestStarted();
    // `route` is the matched pattern, or empty for a path no route has.
    void requestFinished(const QString &route, const QByteArray &method, int status, double seconds);
    // `name` must be a valid metric name ("rentaldesk_sync_outbox_commands"); `value` is read
    // on every scrape, on the server's thread, and must be quick and thread-safe.
    void addGauge(const QString &name, const QString &help, std::function<double()> value);

    QByteArray render() const;

private:
    struct Series
    {
        QString route;
        QByteArray method;
        int status = 0;
        friend bool operator==(const Series &, const Series &) = default;
        friend size_t qHash(const Series &key, size_t seed = 0)
        {
            return qHashMulti(seed, key.route, key.method, key.status);
        }
    };
    struct Histogram
    {
        std::array<quint64, DurationBuckets.size()> buckets{};
        quint64 count = 0;
        double sum = 0;
    };
    struct Gauge
    {
        QString name;
        QString help;
        std::function<double()> value;
    };

    mutable QMutex m_mutex;
    qint64 m_inFlight = 0;
    QHash<Series, quint64> m_requests;
    QHash<QPair<QString, QByteArray>, Histogram> m_durations;
    QList<Gauge> m_gauges;
};

// GET /metrics, for a manager's token (a Prometheus scrape job sends one as a bearer token).
namespace metricsroutes {

void add(ApiRouter &router, ApiMetrics &metrics);

} // namespace metricsroutes
