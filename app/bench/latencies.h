#pragma once

#include <QList>

// Per-call latencies of one bench, in microseconds, and the percentiles reported of them.
class Latencies final
{
public:
    void add(double micros) { m_samples.append(micros); }
    qsizetype count() const { return m_samples.size(); }
    // Nearest-rank percentile (p in 0..100): a value that was really measured, never an
    // interpolation between two calls.
    double percentile(double p) const;
    double mean() const;

private:
    QList<double> m_samples;
};
