#include "paysimlogging.h"

Q_LOGGING_CATEGORY(lcPaySim, "rentaldesk.paysim", QtInfoMsg)
