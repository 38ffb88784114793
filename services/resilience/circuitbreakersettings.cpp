#include "resilience/circuitbreakersettings.h"

#include <QCoreApplication>

namespace {

Result<void> inRange(const char *name, int value, int lowest, int highest)
{
    if (value >= lowest && value <= highest)
        return {};
    return Error{QStringLiteral("invalid_setting"),
                 QCoreApplication::translate("CircuitBreakerSettings", "%1 must be between %2 and %3 (it is %4).")
                     .arg(QLatin1StringView(name))
                     .arg(lowest)
                     .arg(highest)
                     .arg(value)};
}

} // namespace

Result<void> CircuitBreakerSettings::validate() const
{
    RD_TRY(inRange("windowCalls", windowCalls, 1, 10'000));
    RD_TRY(inRange("minimumCalls", minimumCalls, 1, windowCalls));
    RD_TRY(inRange("failureRatePercent", failureRatePercent, 1, 100));
    RD_TRY(inRange("slowCallRatePercent", slowCallRatePercent, 1, 100));
    RD_TRY(inRange("slowCallMs", slowCallMs, 1, 600'000));
    RD_TRY(inRange("callTimeoutMs", callTimeoutMs, 1, 600'000));
    RD_TRY(inRange("coolDownMs", coolDownMs, 0, 3'600'000));
    return inRange("halfOpenProbes", halfOpenProbes, 1, 1'000);
}
