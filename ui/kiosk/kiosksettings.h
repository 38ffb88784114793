#pragma once

#include <QString>

// How a kiosk behaves (settings file `[kiosk]`, see the README "Kiosk").
struct KioskSettings
{
    // Without a touch for this long the kiosk counts down and starts over.
    int idleSeconds = 60;
    // The last seconds of that, shown as a countdown.
    int countdownSeconds = 10;
    // What staff type to leave kiosk mode; never logged.
    QString staffPin;
    bool highContrast = false;
};
