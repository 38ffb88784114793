#include "kiosklogging.h"

Q_LOGGING_CATEGORY(lcKiosk, "rentaldesk.kiosk")
