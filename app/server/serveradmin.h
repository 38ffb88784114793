#pragma once

#include "servercommandline.h"

class ApiTokens;
class Backend;

// The command-line actions that change the database and exit: demo data, a new account, a
// device token. They run before (or instead of) serving, so they may wait for their futures.
// Each returns the process's exit code and prints what it did (or why not).
namespace serveradmin {

int fillDemo(Backend &backend, Profile profile);
// The password is read from stdin (without echo on a terminal), never from the arguments.
int addUser(Backend &backend, const AddUserRequest &request);
// Prints only the token on stdout, so that scripts can capture it.
int issueToken(ApiTokens &tokens, const IssueTokenRequest &request);

} // namespace serveradmin
