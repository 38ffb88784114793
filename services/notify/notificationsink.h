#pragma once

#include "domain/notification.h"
#include "domain/result.h"

#include <functional>

// A way to reach a customer (desktop, SMS, e-mail). `deliver` must not block: it calls
// `done` exactly once, later or at once, on the dispatcher's thread.
class NotificationSink
{
public:
    virtual ~NotificationSink() = default;
    virtual NotificationChannel channel() const = 0;
    virtual void deliver(const Notification &notification, std::function<void(Result<void>)> done) = 0;
};
