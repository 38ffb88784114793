#include "serverlogging.h"

Q_LOGGING_CATEGORY(lcServer, "rentaldesk.server", QtInfoMsg)
