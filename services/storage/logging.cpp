#include "storage/logging.h"

Q_LOGGING_CATEGORY(lcDb, "rentaldesk.db")
Q_LOGGING_CATEGORY(lcServices, "rentaldesk.services")
Q_LOGGING_CATEGORY(lcNotify, "rentaldesk.notify")
Q_LOGGING_CATEGORY(lcPayments, "rentaldesk.payments")
