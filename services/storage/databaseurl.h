#pragma once

#include "domain/result.h"
#include "storage/connection.h"

// What `--database` accepts:
//   sqlite:PATH                                             a SQLite file
//   postgresql://USER[:PASSWORD]@HOST[:PORT]/DB[?schema=S]  a PostgreSQL database
// USER, PASSWORD and DB may be percent-encoded. Errors have the code "invalid_database_url"
// and a translated message that names what is wrong (never the password).
namespace databaseurl {

Result<DatabaseOptions> parse(const QString &text);

} // namespace databaseurl
