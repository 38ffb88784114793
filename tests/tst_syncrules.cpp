// The rules of offline-first sync in one process, without the network: a counter keeps each
// change in its outbox in the same transaction; the server applies a pushed command at most
// once, keeps a refused booking as Rejected and logs every changed row; a counter applies
// pulled rows except those whose own change still waits.
#include "testbackend.h"

#include "api/session.h"
#include "core/commandexecutor.h"
#include "domain/ids.h"
#include "storage/sqlquery.h"
#include "sync/changelog.h"
#include "sync/clientsync.h"
#include "sync/outbox.h"
#include "sync/pushapplier.h"
#include "sync/rowstore.h"

#include <QTest>

class TestSyncRules final : public QObject
{
    Q_OBJECT

private:
    static ShopSettings counter()
    {
        ShopSettings settings;
        settings.syncClient = true;
        settings.deviceId = QStringLiteral("counter-a");
        return settings;
    }

    static ShopSettings server()
    {
        ShopSettings settings;
        settings.recordChangeLog = true;
        settings.deviceId = QStringLiteral("server");
        return settings;
    }

    static QList<SyncCommand> outboxOf(TestBackend &t)
    {
        return TestBackend::await(t.backend().readers().read<QList<SyncCommand>>(
            [](const QSqlDatabase &db) { return outbox::batchAfter(db, 0, 1000).value().commands; }));
    }

    static SyncAnswer push(TestBackend &serverSide, const SyncCommand &command)
    {
        return TestBackend::must(serverSide.backend().executor().executeRemote<SyncAnswer>(
            [command](CommandContext &c) { return pushapplier::apply(c, QStringLiteral("counter-a"), command); }));
    }

    static changelog::Page pull(TestBackend &serverSide, qint64 after)
    {
        return TestBackend::must(serverSide.backend().readers().read<Result<changelog::Page>>(
            [after](const QSqlDatabase &db) { return changelog::read(db, after, 1000); }));
    }

    static void applyPull(TestBackend &counterSide, const changelog::Page &page)
    {
        TestBackend::must(counterSide.backend().executor().execute<bool>([page](CommandContext &c) -> Result<bool> {
            RD_TRY(clientsync::applyPull(c, page));
            return true;
        }));
    }

    static qint64 scalar(TestBackend &t, const QString &sql)
    {
        return TestBackend::await(t.backend().readers().read<qint64>([sql](const QSqlDatabase &db) {
            SqlQuery query(db, sql);
            return query.first([](const SqlQuery &q) { return q.integer(0); }).value().value_or(-1);
        }));
    }

    static QJsonObject rowOf(TestBackend &t, const QString &entity, const QUuid &id)
    {
        return TestBackend::await(t.backend().readers().read<QJsonObject>([entity, id](const QSqlDatabase &db) {
            return changelog::row(db, entity, id).value().value();
        }));
    }

    static changelog::Page pageOf(const QList<QPair<QString, QJsonObject>> &rows)
    {
        changelog::Page page;
        for (const auto &[entity, row] : rows) {
            page.cursor += 1;
            page.changes.append({page.cursor, entity, ids::fromText(row.value(QStringLiteral("id")).toString()), row});
        }
        return page;
    }

    static qint64 syncedEvents(TestBackend &t, const QUuid &id)
    {
        return scalar(t, QStringLiteral("SELECT COUNT(*) FROM events WHERE type = 'ReservationSynced' AND aggregate_id = '%1'")
                             .arg(ids::toText(id)));
    }

    static void keepWaiting(TestBackend &counterSide, const QUuid &entityId)
    {
        TestBackend::must(counterSide.backend().executor().execute<bool>([entityId](CommandContext &c) -> Result<bool> {
            RD_TRY(outbox::record(c, SyncCommand{{}, QStringLiteral("reservation.cancel"), entityId, {}, 0}));
            return true;
        }));
    }

    // The counter and the server start from the same shop: the server's rows, pulled.
    struct Shop
    {
        TestBackend serverSide{server()};
        TestBackend counterSide{counter()};
        Resource car = serverSide.addResource(Profile::Car, 1);
        Customer customer = serverSide.addCustomer();

        Shop() { applyPull(counterSide, pull(serverSide, 0)); }
    };

private Q_SLOTS:
    void aLocalBookingWaitsInTheOutboxWithItsEffect()
    {
        Shop shop;
        const auto held = shop.counterSide.hold(shop.counterSide.request(shop.car, shop.customer, 10, 2));
        QVERIFY(held.ok());
        const auto waiting = outboxOf(shop.counterSide);
        QCOMPARE(waiting.size(), 1);
        QCOMPARE(waiting.first().kind, QStringLiteral("reservation.hold"));
        QCOMPARE(waiting.first().entityId, held.value().id);

        // A refused local booking leaves nothing to send.
        QVERIFY(!shop.counterSide.hold(shop.counterSide.request(shop.car, shop.customer, 10, 2)).ok());
        QCOMPARE(outboxOf(shop.counterSide).size(), 1);
    }

    void aShopThatDoesNotSyncKeepsNoOutbox()
    {
        TestBackend t;
        const Resource car = t.addResource(Profile::Car, 1);
        QVERIFY(t.hold(t.request(car, t.addCustomer(), 10, 2)).ok());
        QCOMPARE(outboxOf(t).size(), 0);
    }

    void thePushedCommandIsAppliedOnceAndAnsweredTheSameEachTime()
    {
        Shop shop;
        const auto held = shop.counterSide.hold(shop.counterSide.request(shop.car, shop.customer, 10, 2));
        const SyncCommand command = outboxOf(shop.counterSide).first();
        const SyncAnswer first = push(shop.serverSide, command);
        QVERIFY(first.applied);
        QCOMPARE(shop.serverSide.reload(held.value().id).status, ReservationStatus::Held);
        const qint64 logged = scalar(shop.serverSide, QStringLiteral("SELECT COUNT(*) FROM change_log"));

        const SyncAnswer again = push(shop.serverSide, command);
        QVERIFY(again.applied);
        QCOMPARE(scalar(shop.serverSide, QStringLiteral("SELECT COUNT(*) FROM reservations")), 1);
        QCOMPARE(scalar(shop.serverSide, QStringLiteral("SELECT COUNT(*) FROM change_log")), logged);
        QCOMPARE(scalar(shop.serverSide, QStringLiteral("SELECT COUNT(*) FROM applied_commands")), 1);
    }

    void aRefusedHoldIsKeptAsRejectedOnTheServerAndAnsweredWithItsCode()
    {
        Shop shop;
        QVERIFY(shop.serverSide.hold(shop.serverSide.request(shop.car, shop.customer, 10, 2)).ok()); // the last unit
        const auto held = shop.counterSide.hold(shop.counterSide.request(shop.car, shop.customer, 11, 2));
        const SyncAnswer answer = push(shop.serverSide, outboxOf(shop.counterSide).first());
        QVERIFY(!answer.applied);
        QCOMPARE(answer.code, QStringLiteral("capacity_conflict"));
        QVERIFY(!answer.message.isEmpty());
        QCOMPARE(shop.serverSide.reload(held.value().id).status, ReservationStatus::Rejected);
        // The same command again: the same answer, nothing new.
        const SyncAnswer again = push(shop.serverSide, outboxOf(shop.counterSide).first());
        QCOMPARE(again.code, answer.code);
        QCOMPARE(scalar(shop.serverSide, QStringLiteral("SELECT COUNT(*) FROM reservations")), 2);
    }

    void theCounterRejectsARefusedBookingAtOnceAndKeepsTheConflict()
    {
        Shop shop;
        QVERIFY(shop.serverSide.hold(shop.serverSide.request(shop.car, shop.customer, 10, 2)).ok());
        const auto held = shop.counterSide.hold(shop.counterSide.request(shop.car, shop.customer, 10, 2));
        const QList<SyncCommand> sent = outboxOf(shop.counterSide);
        const SyncAnswer answer = push(shop.serverSide, sent.first());
        const int refused = TestBackend::must(shop.counterSide.backend().executor().execute<int>(
            [sent, answer](CommandContext &c) { return clientsync::applyAnswers(c, sent, {answer}); }));
        QCOMPARE(refused, 1);
        QCOMPARE(shop.counterSide.reload(held.value().id).status, ReservationStatus::Rejected);
        QCOMPARE(outboxOf(shop.counterSide).size(), 0);
        const auto conflicts = TestBackend::must(shop.counterSide.backend().readers().read<Result<QList<clientsync::Conflict>>>(
            [](const QSqlDatabase &db) { return clientsync::conflicts(db, 10); }));
        QCOMPARE(conflicts.size(), 1);
        QCOMPARE(conflicts.first().code, QStringLiteral("capacity_conflict"));
        QCOMPARE(conflicts.first().entityId, held.value().id);
        // The customer is told on this counter (the server stays silent for remote commands).
        QCOMPARE(scalar(shop.counterSide, QStringLiteral("SELECT COUNT(*) FROM notifications WHERE template = 'reservation_rejected'")), 1);
    }

    void onlyStaffWhoManageBookingsMayResolveAConflict()
    {
        Shop shop;
        QVERIFY(shop.serverSide.hold(shop.serverSide.request(shop.car, shop.customer, 10, 2)).ok());
        QVERIFY(shop.counterSide.hold(shop.counterSide.request(shop.car, shop.customer, 10, 2)).ok());
        const QList<SyncCommand> sent = outboxOf(shop.counterSide);
        const SyncAnswer answer = push(shop.serverSide, sent.first());
        TestBackend::must(shop.counterSide.backend().executor().execute<int>(
            [sent, answer](CommandContext &c) { return clientsync::applyAnswers(c, sent, {answer}); }));
        const QString open = QStringLiteral("SELECT COUNT(*) FROM sync_conflicts WHERE resolved_at = 0");
        QCOMPARE(scalar(shop.counterSide, open), 1);

        const auto customer = shop.counterSide.signIn(Role::Customer, QStringLiteral("kim"));
        const auto refused = TestBackend::await(customer->resolveConflict(sent.first().id));
        QCOMPARE(refused.error().code, QStringLiteral("forbidden"));
        QCOMPARE(scalar(shop.counterSide, open), 1);

        const auto clerk = shop.counterSide.signIn(Role::Clerk, QStringLiteral("desk"));
        QVERIFY(TestBackend::await(clerk->resolveConflict(sent.first().id)).ok());
        QCOMPARE(scalar(shop.counterSide, open), 0);
    }

    void aPulledRowNeverOverwritesALocalChangeThatStillWaits()
    {
        Shop shop;
        const auto onServer = shop.serverSide.hold(shop.serverSide.request(shop.car, shop.customer, 10, 2));
        applyPull(shop.counterSide, pull(shop.serverSide, 0));
        QCOMPARE(shop.counterSide.reload(onServer.value().id).status, ReservationStatus::Held);

        // Cancelled here (waiting to be pushed) while the server still says Held.
        QVERIFY(TestBackend::await(shop.counterSide.reservations().cancel(onServer.value().id)).ok());
        applyPull(shop.counterSide, pull(shop.serverSide, 0));
        QCOMPARE(shop.counterSide.reload(onServer.value().id).status, ReservationStatus::Cancelled);

        // Once the cancel is applied there and answered here, the server's row is the truth.
        const QList<SyncCommand> sent = outboxOf(shop.counterSide);
        const SyncAnswer answer = push(shop.serverSide, sent.first());
        QVERIFY(answer.applied);
        TestBackend::must(shop.counterSide.backend().executor().execute<int>(
            [sent, answer](CommandContext &c) { return clientsync::applyAnswers(c, sent, {answer}); }));
        applyPull(shop.counterSide, pull(shop.serverSide, 0));
        QCOMPARE(shop.counterSide.reload(onServer.value().id).status, ReservationStatus::Cancelled);
        QCOMPARE(shop.serverSide.reload(onServer.value().id).status, ReservationStatus::Cancelled);
    }

    void aPullIsAppliedWithItsCursorAndShowsInMyBookings()
    {
        Shop shop;
        const auto onServer = shop.serverSide.hold(shop.serverSide.request(shop.car, shop.customer, 10, 2));
        const changelog::Page page = pull(shop.serverSide, 0);
        QVERIFY(page.cursor > 0);
        QVERIFY(!page.more);
        applyPull(shop.counterSide, page);
        QCOMPARE(scalar(shop.counterSide, QStringLiteral("SELECT value FROM meta WHERE key = 'sync_pull_cursor'")), page.cursor);
        QCOMPARE(scalar(shop.counterSide, QStringLiteral("SELECT COUNT(*) FROM my_bookings WHERE status = 'held'")), 1);
        // Nothing new after the cursor.
        QCOMPARE(pull(shop.serverSide, page.cursor).changes.size(), 0);
    }

    void aBookingThatComesTwiceInOnePageIsToldOnceForEachNewState()
    {
        Shop shop;
        const auto onServer = shop.serverSide.hold(shop.serverSide.request(shop.car, shop.customer, 10, 2));
        const QJsonObject held = rowOf(shop.serverSide, QStringLiteral("reservation"), onServer.value().id);
        QJsonObject confirmed = held;
        confirmed.insert(QStringLiteral("status"), int(ReservationStatus::Confirmed));
        const QString entity = QStringLiteral("reservation");
        applyPull(shop.counterSide, pageOf({{entity, held}, {entity, held}, {entity, confirmed}, {entity, confirmed}}));
        // The second copy of each state compares with the first one written, not with the page's start.
        QCOMPARE(syncedEvents(shop.counterSide, onServer.value().id), 2);
        QCOMPARE(shop.counterSide.reload(onServer.value().id).status, ReservationStatus::Confirmed);
        QCOMPARE(scalar(shop.counterSide, QStringLiteral("SELECT COUNT(*) FROM my_bookings WHERE status = 'confirmed'")), 1);
        QCOMPARE(scalar(shop.counterSide, QStringLiteral("SELECT COUNT(*) FROM my_booking_timeline")), 2);
    }

    void aPageSkipsOnlyTheRowsWhoseOwnChangeWaits()
    {
        Shop shop;
        const auto first = shop.serverSide.hold(shop.serverSide.request(shop.car, shop.customer, 10, 2));
        const auto second = shop.serverSide.hold(shop.serverSide.request(shop.car, shop.customer, 20, 2));
        const auto third = shop.serverSide.hold(shop.serverSide.request(shop.car, shop.customer, 30, 2));
        applyPull(shop.counterSide, pull(shop.serverSide, 0));
        QVERIFY(TestBackend::await(shop.counterSide.reservations().cancel(second.value().id)).ok());

        QList<QPair<QString, QJsonObject>> rows;
        for (const QUuid &id : {first.value().id, second.value().id, third.value().id}) {
            QJsonObject row = rowOf(shop.serverSide, QStringLiteral("reservation"), id);
            row.insert(QStringLiteral("status"), int(ReservationStatus::Confirmed));
            rows.append({QStringLiteral("reservation"), row});
        }
        applyPull(shop.counterSide, pageOf(rows));
        QCOMPARE(shop.counterSide.reload(first.value().id).status, ReservationStatus::Confirmed);
        QCOMPARE(shop.counterSide.reload(second.value().id).status, ReservationStatus::Cancelled);
        QCOMPARE(shop.counterSide.reload(third.value().id).status, ReservationStatus::Confirmed);
        QCOMPARE(syncedEvents(shop.counterSide, first.value().id), 2);
        QCOMPARE(syncedEvents(shop.counterSide, second.value().id), 1);
        QCOMPARE(syncedEvents(shop.counterSide, third.value().id), 2);
    }

    void aPageLongerThanOneQueryOfIdsSeesEveryStoredRowAndEveryWaitingChange()
    {
        Shop shop;
        const auto onServer = shop.serverSide.hold(shop.serverSide.request(shop.car, shop.customer, 10, 2));
        const QJsonObject model = rowOf(shop.serverSide, QStringLiteral("reservation"), onServer.value().id);
        constexpr int Rows = 1'100; // more than two IN lists of 500
        QList<QPair<QString, QJsonObject>> rows;
        for (int i = 0; i < Rows; ++i) {
            QJsonObject row = model;
            row.insert(QStringLiteral("id"), ids::toText(ids::newId()));
            rows.append({QStringLiteral("reservation"), row});
        }
        const QUuid early = ids::fromText(rows.at(3).second.value(QStringLiteral("id")).toString());
        const QUuid late = ids::fromText(rows.at(1'050).second.value(QStringLiteral("id")).toString());
        keepWaiting(shop.counterSide, early);
        keepWaiting(shop.counterSide, late);
        const changelog::Page page = pageOf(rows);
        const QString synced = QStringLiteral("SELECT COUNT(*) FROM events WHERE type = 'ReservationSynced'");
        applyPull(shop.counterSide, page);
        QCOMPARE(scalar(shop.counterSide, QStringLiteral("SELECT COUNT(*) FROM reservations")), Rows - 2);
        QCOMPARE(scalar(shop.counterSide, synced), Rows - 2);
        QCOMPARE(scalar(shop.counterSide, QStringLiteral("SELECT COUNT(*) FROM my_bookings")), Rows - 2);
        // The same rows again: every one of them is found as it is, in whichever list it fell.
        applyPull(shop.counterSide, page);
        QCOMPARE(scalar(shop.counterSide, QStringLiteral("SELECT COUNT(*) FROM reservations")), Rows - 2);
        QCOMPARE(scalar(shop.counterSide, synced), Rows - 2);
        QCOMPARE(scalar(shop.counterSide, QStringLiteral("SELECT value FROM meta WHERE key = 'max_reservation_seconds'")),
                 onServer.value().period.seconds());
    }

    void aResourceChangedEarlierInThePageNamesTheBookingsAfterIt()
    {
        Shop shop;
        const auto onServer = shop.serverSide.hold(shop.serverSide.request(shop.car, shop.customer, 10, 2));
        QJsonObject renamed = rowOf(shop.serverSide, QStringLiteral("resource"), shop.car.id);
        renamed.insert(QStringLiteral("name"), QStringLiteral("Avante N"));
        const QString version = QStringLiteral("SELECT value FROM meta WHERE key = 'resources_version'");
        const qint64 before = scalar(shop.counterSide, version);
        applyPull(shop.counterSide,
                  pageOf({{QStringLiteral("resource"), renamed},
                          {QStringLiteral("reservation"), rowOf(shop.serverSide, QStringLiteral("reservation"), onServer.value().id)}}));
        QCOMPARE(scalar(shop.counterSide, version), before + 1);
        QCOMPARE(scalar(shop.counterSide, QStringLiteral("SELECT COUNT(*) FROM my_bookings WHERE resource_name = 'Avante N'")), 1);
    }

    void inventoryChangesAndRefundsMadeOnACounterReachTheServer()
    {
        Shop shop;
        // A car registered, edited and put in maintenance on the counter.
        const Resource van = shop.counterSide.addResource(Profile::Car, 2, 20'000, PricingUnit::PerDay, QStringLiteral("Staria"));
        ResourceDraft draft = van.data;
        draft.name = QStringLiteral("Staria 9-seater");
        const Resource renamed = TestBackend::must(shop.counterSide.inventory().updateResource(van.id, draft, van.version));
        TestBackend::must(shop.counterSide.inventory().setStatus(van.id, ResourceStatus::Maintenance));
        // A paid booking refunded (the booking itself stands).
        const auto held = shop.counterSide.hold(shop.counterSide.request(shop.car, shop.customer, 10, 2));
        QVERIFY(shop.counterSide.payByCard(held.value().id).ok());
        QVERIFY(TestBackend::await(shop.counterSide.reservations().refund(held.value().id)).ok());

        const QList<SyncCommand> sent = outboxOf(shop.counterSide);
        QStringList kinds;
        for (const SyncCommand &command : sent) {
            kinds.append(command.kind);
            QVERIFY2(push(shop.serverSide, command).applied, qPrintable(command.kind));
        }
        QCOMPARE(kinds, QStringList({QStringLiteral("resource.register"), QStringLiteral("resource.update"),
                                     QStringLiteral("resource.status"), QStringLiteral("reservation.hold"),
                                     QStringLiteral("payment.record"), QStringLiteral("payment.refund")}));
        const auto onServer = TestBackend::must(shop.serverSide.inventory().find(van.id));
        QVERIFY(onServer.has_value());
        QCOMPARE(onServer->data.name, renamed.data.name);
        QCOMPARE(onServer->status, ResourceStatus::Maintenance);
        QCOMPARE(shop.serverSide.reload(held.value().id).paymentStatus, PaymentStatus::Refunded);
        QCOMPARE(shop.serverSide.reload(held.value().id).status, shop.counterSide.reload(held.value().id).status);
        // The counter charged and refunded the card; the server records the refund.
        QCOMPARE(scalar(shop.serverSide, QStringLiteral("SELECT COUNT(*) FROM payments WHERE status = 2")), 1);
    }

    void aPageSendsEveryRowAsItIsNowAcrossTablesAndIdListsAndNothingForAGoneOne()
    {
        TestBackend serverSide(server()); // alone: the server's half runs on PostgreSQL too
        const Resource car = serverSide.addResource(Profile::Car, 1);
        const Customer customer = serverSide.addCustomer();
        QVERIFY(serverSide.hold(serverSide.request(car, customer, 10, 2)).ok());
        // More customers than one IN list holds, a few cars among them in the log, an entity
        // counters do not copy; every fifth row is gone again by the time of the pull.
        constexpr int Added = 560;
        for (int i = 0; i < Added; ++i) {
            const QString name = (i % 5 == 0 ? QStringLiteral("Gone ") : QStringLiteral("Kept ")) + QString::number(i);
            if (i % 28 == 3)
                serverSide.addResource(Profile::Car, 1, 10'000, PricingUnit::PerDay, name);
            else
                serverSide.addCustomer(name);
        }
        TestBackend::must(serverSide.backend().executor().execute<bool>([](CommandContext &c) -> Result<bool> {
            SqlQuery other(c.db, QStringLiteral("INSERT INTO change_log(entity, entity_id) VALUES ('gadget', ?)"));
            other.bind(QUuid::createUuid());
            RD_TRY(other.exec());
            for (const QString &table : {QStringLiteral("resources"), QStringLiteral("customers")}) {
                SqlQuery gone(c.db, QStringLiteral("DELETE FROM %1 WHERE name LIKE 'Gone %'").arg(table));
                RD_TRY(gone.exec());
            }
            return true;
        }));
        const qint64 logged = scalar(serverSide, QStringLiteral("SELECT COUNT(*) FROM change_log"));
        const qint64 distinct = scalar(serverSide, QStringLiteral("SELECT COUNT(DISTINCT entity_id) FROM change_log"));

        // What each change's row is when read alone, next to what the pages sent.
        struct Read
        {
            QList<changelog::Change> sent;
            QList<QJsonObject> alone;
            int pages = 0;
            qint64 cursor = 0;
            QList<qint64> behind; // latest - cursor of each page
        };
        for (const int limit : {1000, 150}) {
            const Read read = TestBackend::await(serverSide.backend().readers().read<Read>([limit](const QSqlDatabase &db) {
                Read r;
                bool more = true;
                while (more) {
                    const changelog::Page page = changelog::read(db, r.cursor, limit).value();
                    r.sent += page.changes;
                    r.cursor = page.cursor;
                    r.behind.append(page.latest - page.cursor);
                    more = page.more;
                    ++r.pages;
                }
                for (const changelog::Change &change : std::as_const(r.sent))
                    r.alone.append(changelog::row(db, change.entity, change.id).value().value_or(QJsonObject()));
                return r;
            }));
            QCOMPARE(read.cursor, logged);
            QCOMPARE(read.pages, int((logged + limit - 1) / limit));
            // Each page tells what is still to come after it: the whole log's remainder.
            for (int page = 0; page < read.pages; ++page)
                QCOMPARE(read.behind.at(page), std::max<qint64>(0, logged - qint64(page + 1) * limit));
            QVERIFY(read.sent.size() >= distinct); // a row changed in two pages goes in each
            int empty = 0;
            for (qsizetype i = 0; i < read.sent.size(); ++i) {
                if (i > 0)
                    QVERIFY(read.sent.at(i).seq > read.sent.at(i - 1).seq);
                QCOMPARE(read.sent.at(i).row, read.alone.at(i));
                empty += read.sent.at(i).row.isEmpty() ? 1 : 0;
            }
            QCOMPARE(empty, Added / 5 + 1);
        }
    }

    void aPulledRowWritesOnlyTheTablesOwnColumns()
    {
        TestBackend t(counter());
        const Customer customer = t.addCustomer();
        QJsonObject row = TestBackend::await(t.backend().readers().read<QJsonObject>([&customer](const QSqlDatabase &db) {
            return changelog::row(db, QStringLiteral("customer"), customer.id).value().value();
        }));
        row.insert(QStringLiteral("name"), QStringLiteral("Lee Seoyeon"));
        row.insert(QStringLiteral("name = 'x'; DROP TABLE customers; --"), QStringLiteral("boom"));
        TestBackend::must(t.backend().executor().execute<bool>([row](CommandContext &c) -> Result<bool> {
            RD_TRY(rowstore::upsert(c.db, QStringLiteral("customers"), row));
            return true;
        }));
        QCOMPARE(scalar(t, QStringLiteral("SELECT COUNT(*) FROM customers WHERE name = 'Lee Seoyeon'")), 1);
    }
};

QTEST_GUILESS_MAIN(TestSyncRules)
#include "tst_syncrules.moc"
