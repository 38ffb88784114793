#pragma once

class AccountService;
class ApiRouter;
class ApiTokens;
class SignInThrottle;

// POST /api/v1/auth/token: {"username", "password", "device"} → a bearer token for that
// device, shown once: {"token", "expiresAt", "user": {...}}. Wrong credentials are 401
// `sign_in_failed`; a name that just failed must wait (1 s doubling to 30 s) and gets 429
// `too_many_attempts` with Retry-After until then. Neither password nor token is ever logged.
namespace authroutes {

void add(ApiRouter &router, AccountService &accounts, ApiTokens &tokens, SignInThrottle &throttle);

} // namespace authroutes
