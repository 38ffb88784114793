#pragma once

#include <QString>

// An expected failure: validation, a refused transition, a conflict, a storage or network
// problem. `code` is stable and machine-readable (tests, the REST API and logs rely on it);
// `message` is already translated for the person in front of the screen.
struct Error final
{
    QString code;
    QString message;

    bool operator==(const Error &other) const = default;
};
