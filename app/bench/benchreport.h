#pragma once

#include <QJsonObject>
#include <QTextStream>

// Writes each bench's figures to stdout as soon as they are known, flushed, so a run that
// dies later still leaves its finished results behind. One compact JSON object per line
// with --json; otherwise "name key=value …" for people.
class BenchReport final
{
public:
    BenchReport(QTextStream &out, bool json) : m_out(out), m_json(json) {}

    void print(const QJsonObject &figures);

    // Figures are rounded before printing: nobody reads a latency to the nanosecond, and
    // doubles would print 17 digits.
    static double rounded(double value, int decimals);

private:
    QTextStream &m_out;
    bool m_json;
};
