#pragma once

#include "paysimanswer.h"

#include <QJsonObject>
#include <QRandomGenerator>

// How the simulator misbehaves right now: the knobs of GET/PUT /control, also set from the
// command line. The failure rate draws from a generator seeded with --seed, so a run can be
// repeated exactly.
class PaySimControl final
{
public:
    enum class AnswerMode { Normal, Garbage, WrongAmount, UnknownStatus };

    struct Settings
    {
        int latencyMs = 0;
        double failureRate = 0.0;
        bool outage = false;
        int failNext = 0;
        AnswerMode answer = AnswerMode::Normal;
    };

    static constexpr int MaxLatencyMs = 600'000;

    PaySimControl(const Settings &settings, quint32 seed);

    const Settings &settings() const { return m_settings; }
    QJsonObject toJson() const;
    // PUT /control: all of `changes` or nothing; 200 with the new settings, or 400.
    PaySimAnswer apply(const QJsonObject &changes);

    // Whether this request fails with 500: the next of fail_next, or drawn at failure_rate.
    bool takeFailure();
    // What is sent instead of a successful `answer` in the current answer mode.
    PaySimAnswer disguise(const PaySimAnswer &answer) const;

private:
    Settings m_settings;
    QRandomGenerator m_random;
};
