#pragma once

#include <QLoggingCategory>

// rentaldesk.paysim: one line per request (method, route pattern, status; never a body, a
// header or a raw path, so never a card number or the API key).
Q_DECLARE_LOGGING_CATEGORY(lcPaySim)
