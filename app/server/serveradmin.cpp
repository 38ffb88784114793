#include "serveradmin.h"

#include "api/backend.h"
#include "demo/demodata.h"
#include "security/apitokens.h"

#include <QCoreApplication>
#include <QDateTime>

#include <cstdio>
#include <iostream>
#include <string>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace serveradmin {
namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "%s\n", qPrintable(message));
    return 1;
}

QString readPassword()
{
    std::string line;
#ifdef Q_OS_UNIX
    if (::isatty(STDIN_FILENO)) {
        std::fprintf(stderr, "%s", qPrintable(QCoreApplication::translate("ServerAdmin", "Password: ")));
        termios saved = {};
        ::tcgetattr(STDIN_FILENO, &saved);
        termios silent = saved;
        silent.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSANOW, &silent);
        std::getline(std::cin, line);
        ::tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        std::fprintf(stderr, "\n");
        return QString::fromStdString(line);
    }
#endif
    std::getline(std::cin, line);
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    return QString::fromStdString(line);
}

} // namespace

int fillDemo(Backend &backend, Profile profile)
{
    const Result<DemoSummary> filled =
        backend.executor()
            .execute<DemoSummary>([profile](CommandContext &c) { return demodata::fill(c, profile); })
            .result();
    if (!filled)
        return fail(QCoreApplication::translate("ServerAdmin", "The demo data could not be created: %1")
                        .arg(filled.error().message));
    if (filled->skipped)
        std::fprintf(
            stderr, "%s\n",
            qPrintable(QCoreApplication::translate("ServerAdmin", "The database is not empty: no demo data added.")));
    else
        std::fprintf(stderr, "%s\n",
                     qPrintable(QCoreApplication::translate("ServerAdmin",
                                                            "Demo data added: %1 resources, %2 customers, "
                                                            "%3 reservations.")
                                    .arg(filled->resources)
                                    .arg(filled->customers)
                                    .arg(filled->reservations)));
    return 0;
}

int addUser(Backend &backend, const AddUserRequest &request)
{
    const Result<bool> setUp = backend.accounts().isSetUp().result();
    if (!setUp)
        return fail(setUp.error().message);
    if (!setUp.value() && request.role != Role::Manager)
        return fail(QCoreApplication::translate("ServerAdmin",
                                                "The shop has no account yet: its first account must be a manager."));
    const QString password = readPassword();
    UserDraft draft{request.username, request.displayName, password, request.role, {}};
    QFuture<Result<User>> creating;
    if (!setUp.value())
        creating = backend.accounts().setUp(request.profile, draft);
    else if (request.role == Role::Customer)
        creating = backend.accounts().registerCustomerAccount(CustomerDraft{request.displayName, {}, {}},
                                                              request.username, password);
    else
        creating = backend.accounts().createUser(draft);
    const Result<User> created = creating.result();
    if (!created)
        return fail(created.error().message);
    std::printf("%s\n",
                qPrintable(QCoreApplication::translate("ServerAdmin", "Created the %1 account %2.")
                               .arg(roles::key(created->role), created->username)));
    return 0;
}

int issueToken(ApiTokens &tokens, const IssueTokenRequest &request)
{
    const Result<IssuedToken> issued = tokens.issueFor(request.username, request.device).result();
    if (!issued)
        return fail(issued.error().message);
    std::printf("%s\n", issued->token.constData());
    std::fprintf(stderr, "%s\n",
                 qPrintable(QCoreApplication::translate("ServerAdmin",
                                                        "Token for %1 on %2, valid until %3. It is shown only once.")
                                .arg(issued->user.username, issued->device,
                                     QDateTime::fromSecsSinceEpoch(issued->expiresAt, Qt::UTC).toString(Qt::ISODate))));
    return 0;
}

} // namespace serveradmin
