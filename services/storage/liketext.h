#pragma once

#include <QString>

// LIKE treats % and _ as wildcards, but a clerk typing "50%" means the characters. Patterns
// made here go with `LIKE ? ESCAPE '\'` in the SQL.
namespace liketext {

// Matches any text that contains `text`.
QString containing(const QString &text);

} // namespace liketext
