#pragma once

#include "domain/result.h"

// Rules shared by every free-text field a person types: required or not, a length limit
// and no control characters (they break exports, logs and receipts).
namespace textrules {

Result<void> check(const QString &field, const QString &value, int maxLength, bool required);

} // namespace textrules
