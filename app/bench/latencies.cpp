#include "latencies.h"

#include <algorithm>
#include <cmath>
#include <numeric>

double Latencies::percentile(double p) const
{
    if (m_samples.isEmpty())
        return 0;
    QList<double> sorted = m_samples;
    std::sort(sorted.begin(), sorted.end());
    const auto rank = qsizetype(std::ceil(p / 100.0 * double(sorted.size())));
    return sorted.at(std::clamp<qsizetype>(rank - 1, 0, sorted.size() - 1));
}

double Latencies::mean() const
{
    if (m_samples.isEmpty())
        return 0;
    return std::accumulate(m_samples.cbegin(), m_samples.cend(), 0.0) / double(m_samples.size());
}
