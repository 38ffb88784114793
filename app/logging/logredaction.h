#pragma once

#include <QString>

// The last line of defence before a log line reaches a file: our code never logs a card
// number, a token or a password, but a message from a library or a future mistake might.
// Masks what looks like one (13–19 digits in a row, optionally grouped by spaces or dashes;
// `Bearer …`; `password`, `token`, `apiKey`, `pin` followed by `=` or `:` and a value).
namespace logredaction {

QString redact(const QString &line);

} // namespace logredaction
