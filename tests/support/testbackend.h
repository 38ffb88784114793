#pragma once

#include "api/backend.h"
#include "api/session.h"
#include "core/commandcontext.h"
#include "domain/clock.h"
#include "domain/profile.h"
#include "payment/builtingateway.h"

#include <QTemporaryDir>

#include <memory>

// A Backend on a fresh SQLite file in a temporary folder, with a clock the test moves and
// the built-in gateway. Helpers wait for futures: tests may block, the GUI may not.
// With RD_TEST_DATABASE=postgresql://USER:PASSWORD@HOST:PORT/DB in the environment it uses a
// fresh schema of that PostgreSQL database instead, dropped again at the end.
class TestBackend final
{
public:
    static constexpr qint64 StartTime = 1'800'000'000; // 2027-01-15 08:00 UTC
    static constexpr qint64 Day = 24 * 60 * 60;
    // When an exhibition session from addResource takes place: 2027-01-17 17:00 in Seoul.
    static constexpr qint64 SessionStart = StartTime + 2 * Day;
    static constexpr int SessionMinutes = 120;

    // `gateway`: where card payments go instead of the built-in gateway (it must outlive this).
    explicit TestBackend(ShopSettings settings = {}, WorkerPriority priority = WorkerPriority::Normal,
                         PaymentGateway *gateway = nullptr);
    ~TestBackend();

    Backend &backend() { return *m_backend; }
    // Stops the backend as a process stops (commands under way finish, nothing else runs)
    // and opens a new one on the same database, as the next start of the application would.
    void restart();
    InventoryService &inventory() { return m_backend->inventory(); }
    ReservationService &reservations() { return m_backend->reservations(); }
    CustomerService &customers() { return m_backend->customers(); }
    ManualClock &clock() { return m_clock; }
    BuiltinGateway &gateway() { return m_gateway; }
    QString databasePath() const;
    // Where the backend's data lives: another Backend on these options shares it (like a
    // second server process on the same PostgreSQL database).
    const DatabaseOptions &databaseOptions() const { return m_options; }
    bool onPostgreSql() const { return m_options.isPostgreSql(); }

    // Registered and checked; fails the test (QFAIL semantics via qFatal) when refused. An
    // exhibition session takes place at SessionStart for SessionMinutes.
    Resource addResource(Profile profile, int capacity = 1, qint64 price = 10'000,
                         PricingUnit unit = PricingUnit::PerDay, const QString &name = QStringLiteral("Avante"));
    // An exhibition session at `start` (stored as a date and time in the shop's time zone).
    Resource addSession(qint64 start, int seats = 40, qint64 price = 15'000,
                        const QString &name = QStringLiteral("Monet"), int minutes = SessionMinutes);
    Customer addCustomer(const QString &name = QStringLiteral("Kim Minji"),
                         const QString &phone = QStringLiteral("010-1234-5678"));
    // The details a booking of `profile` asks for (a taxi's trip, a product's delivery).
    static QJsonObject completeDetails(Profile profile);
    // A counter's settings that keep an outbox for a server, as device `device`.
    static ShopSettings syncingShop(const QString &device);
    HoldRequest request(const Resource &resource, const Customer &customer, qint64 startDay,
                        qint64 days, qint64 quantity = 1) const;
    // Seats in a session: a hold of the session's own slot.
    HoldRequest seats(const Resource &session, const Customer &customer, qint64 quantity = 1) const;
    Result<Reservation> hold(const HoldRequest &request);
    Result<PaymentOutcome> payByCard(const QUuid &reservationId, const QString &token = QStringLiteral("tok_visa"));
    Reservation reload(const QUuid &id);
    // An account with `role` (a customer account gets its own new customer) signed in.
    std::unique_ptr<Session> signIn(Role role, const QString &username = {});

    // Every row of every table, for "this changed nothing" checks.
    QStringList snapshot();

    template<typename T>
    static T await(QFuture<T> future)
    {
        future.waitForFinished();
        return future.result();
    }

    // For setting a scene: the step must succeed or the test cannot go on.
    template<typename T>
    static T must(QFuture<Result<T>> future)
    {
        Result<T> result = await(future);
        if (!result)
            qFatal("a setup step failed: %s", qPrintable(result.error().message));
        return std::move(result).value();
    }

private:
    QTemporaryDir m_dir;
    DatabaseOptions m_options;
    ManualClock m_clock{StartTime};
    BuiltinGateway m_gateway;
    ShopSettings m_settings;
    WorkerPriority m_priority;
    PaymentGateway *m_activeGateway;
    std::unique_ptr<Backend> m_backend;
};
