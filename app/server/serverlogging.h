#pragma once

#include <QLoggingCategory>

// rentaldesk.server: requests (method, route pattern, status, time; never a token or a
// password), start, shutdown. Enable the debug level with
// QT_LOGGING_RULES="rentaldesk.server.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcServer)
