#include "http/apimetrics.h"

#include "domain/errors.h"
#include "domain/role.h"
#include "http/apirouter.h"

#include <QMutexLocker>

#include <algorithm>
#include <map>

namespace {

QByteArray escapeLabel(const QString &value)
{
    QByteArray escaped = value.toUtf8();
    escaped.replace('\\', "\\\\").replace('"', "\\\"").replace('\n', "\\n");
    return escaped;
}

QByteArray number(double value)
{
    return QByteArray::number(value, 'g', 15);
}

QByteArray routeLabel(const QString &route)
{
    return route.isEmpty() ? QByteArray("unmatched") : escapeLabel(route);
}

} // namespace

void ApiMetrics::requestStarted()
{
    const QMutexLocker lock(&m_mutex);
    ++m_inFlight;
}

void ApiMetrics::requestFinished(const QString &route, const QByteArray &method, int status, double seconds)
{
    const QMutexLocker lock(&m_mutex);
    --m_inFlight;
    ++m_requests[Series{route, method, status}];
    Histogram &histogram = m_durations[qMakePair(route, method)];
    for (size_t i = 0; i < DurationBuckets.size(); ++i)
        if (seconds <= DurationBuckets[i])
            ++histogram.buckets[i];
    ++histogram.count;
    histogram.sum += seconds;
}

void ApiMetrics::addGauge(const QString &name, const QString &help, std::function<double()> value)
{
    const QMutexLocker lock(&m_mutex);
    m_gauges.append(Gauge{name, help, std::move(value)});
}

QByteArray ApiMetrics::render() const
{
    const QMutexLocker lock(&m_mutex);
    QByteArray out;
    out += "# HELP rentaldesk_http_requests_total HTTP requests answered, by route pattern, method and status.\n"
           "# TYPE rentaldesk_http_requests_total counter\n";
    // Sorted, so that scrapes are stable and diffable.
    std::map<std::tuple<QString, QByteArray, int>, quint64> requests;
    for (auto it = m_requests.cbegin(); it != m_requests.cend(); ++it)
        requests[{it.key().route, it.key().method, it.key().status}] = it.value();
    for (const auto &[series, count] : requests)
        out += "rentaldesk_http_requests_total{route=\"" + routeLabel(std::get<0>(series)) + "\",method=\""
            + escapeLabel(QString::fromLatin1(std::get<1>(series))) + "\",status=\""
            + QByteArray::number(std::get<2>(series)) + "\"} " + QByteArray::number(count) + '\n';

    out += "# HELP rentaldesk_http_request_duration_seconds Time from a request's arrival to its answer.\n"
           "# TYPE rentaldesk_http_request_duration_seconds histogram\n";
    std::map<std::pair<QString, QByteArray>, Histogram> durations;
    for (auto it = m_durations.cbegin(); it != m_durations.cend(); ++it)
        durations[{it.key().first, it.key().second}] = it.value();
    for (const auto &[key, histogram] : durations) {
        const QByteArray labels =
            "route=\"" + routeLabel(key.first) + "\",method=\"" + escapeLabel(QString::fromLatin1(key.second)) + '"';
        for (size_t i = 0; i < DurationBuckets.size(); ++i)
            out += "rentaldesk_http_request_duration_seconds_bucket{" + labels + ",le=\"" + number(DurationBuckets[i])
                + "\"} " + QByteArray::number(histogram.buckets[i]) + '\n';
        out += "rentaldesk_http_request_duration_seconds_bucket{" + labels + ",le=\"+Inf\"} "
            + QByteArray::number(histogram.count) + '\n';
        out += "rentaldesk_http_request_duration_seconds_sum{" + labels + "} " + number(histogram.sum) + '\n';
        out += "rentaldesk_http_request_duration_seconds_count{" + labels + "} " + QByteArray::number(histogram.count)
            + '\n';
    }

    out += "# HELP rentaldesk_http_requests_in_flight HTTP requests received and not answered yet.\n"
           "# TYPE rentaldesk_http_requests_in_flight gauge\n"
           "rentaldesk_http_requests_in_flight "
        + QByteArray::number(m_inFlight) + '\n';

    for (const Gauge &gauge : m_gauges) {
        const QByteArray name = gauge.name.toLatin1();
        out += "# HELP " + name + ' ' + gauge.help.toUtf8().replace('\\', "\\\\").replace('\n', "\\n") + '\n';
        out += "# TYPE " + name + " gauge\n";
        out += name + ' ' + number(gauge.value()) + '\n';
    }
    return out;
}

namespace metricsroutes {

void add(ApiRouter &router, ApiMetrics &metrics)
{
    router.add("GET", QStringLiteral("/metrics"), ApiRouter::Access::SignedIn, [&metrics](const ApiRequest &request) {
        if (auto allowed = roles::check(request.user->role, Action::ViewDashboard); !allowed)
            return QtFuture::makeReadyFuture(ApiResponse::fromError(allowed.error()));
        return QtFuture::makeReadyFuture(
            ApiResponse::text(200, "text/plain; version=0.0.4; charset=utf-8", metrics.render()));
    });
}

} // namespace metricsroutes
