#include "benchlogging.h"

Q_LOGGING_CATEGORY(lcBench, "rentaldesk.bench")
