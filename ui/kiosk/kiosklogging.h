#pragma once

#include <QLoggingCategory>

// The kiosk's log: staff PIN attempts (never the PIN), receipts that did not print.
Q_DECLARE_LOGGING_CATEGORY(lcKiosk)
