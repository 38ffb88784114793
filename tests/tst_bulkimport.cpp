// The bulk import path: rows land, the indexes it dropped come back identical, and imported
// bookings take part in the capacity rules like any other.
#include "domain/ids.h"
#include "storage/reservationbulkimport.h"
#include "storage/sqlquery.h"
#include "testbackend.h"

#include <QTest>

class TestBulkImport final : public QObject
{
    Q_OBJECT

private:
    static QStringList indexes(TestBackend &t)
    {
        return TestBackend::await(t.backend().readers().read<QStringList>([](const QSqlDatabase &db) {
            SqlQuery q(db, QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'index' "
                                          "AND tbl_name = 'reservations' AND sql IS NOT NULL ORDER BY name"));
            QStringList list;
            if (q.exec().ok())
                while (q.next())
                    list << q.text(0);
            return list;
        }));
    }

    // One import on the service thread, adding the chunks in turn.
    static Result<bool> importAll(TestBackend &t, const QList<QList<Reservation>> &chunks)
    {
        return TestBackend::await(t.backend().executor().execute<bool>([chunks](CommandContext &ctx) -> Result<bool> {
            auto import = ReservationBulkImport::begin(ctx.db);
            if (!import)
                return import.error();
            for (const auto &chunk : chunks)
                RD_TRY(import.value().add(chunk));
            RD_TRY(import.value().finish());
            return true;
        }));
    }

    static QList<Reservation> bookings(const Resource &resource, const Customer &customer, int count, int days)
    {
        QList<Reservation> list;
        for (int i = 0; i < count; ++i) {
            Reservation r;
            r.id = ids::newId();
            r.resourceId = resource.id;
            r.customerId = customer.id;
            r.period = Period{TestBackend::StartTime + qint64(i) * days * TestBackend::Day,
                              TestBackend::StartTime + qint64(i + 1) * days * TestBackend::Day};
            r.amount = Money{1000, QStringLiteral("KRW")};
            r.status = ReservationStatus::Confirmed;
            r.paymentStatus = PaymentStatus::Approved;
            r.originDevice = QStringLiteral("import");
            list << r;
        }
        return list;
    }

private Q_SLOTS:
    void importsRowsAndRestoresIndexes()
    {
        TestBackend t;
        const Resource car = t.addResource(Profile::Car);
        const Customer c = t.addCustomer();
        const QStringList before = indexes(t);
        QVERIFY(before.join(u'\n').contains(QStringLiteral("reservations_occupying")));
        QVERIFY(before.size() >= 4);
        const auto rows = bookings(car, c, 1000, 3);
        auto imported = importAll(t, {rows.mid(0, 700), rows.mid(700)});
        QVERIFY(imported.ok());
        QCOMPARE(indexes(t), before);
        // Read back through the repository: ids written as the rest of the app writes them.
        const Reservation last = t.reload(rows.at(999).id);
        QCOMPARE(last.period, rows.at(999).period);
        QCOMPARE(last.resourceId, car.id);
        QCOMPARE(last.customerId, c.id);
        QCOMPARE(last.amount, rows.at(999).amount);
        QCOMPARE(last.status, ReservationStatus::Confirmed);
        QCOMPARE(last.originDevice, QStringLiteral("import"));
        // The imported bookings occupy the car: day 3 is taken, the 3,000th day is free.
        QCOMPARE(t.hold(t.request(car, c, 3, 1)).error().code, QStringLiteral("capacity_conflict"));
        QVERIFY(t.hold(t.request(car, c, 3000, 1)).ok());
    }

    void emptyTextIsStoredAsEmptyNotNull()
    {
        TestBackend t;
        const Resource car = t.addResource(Profile::Car);
        const Customer c = t.addCustomer();
        auto rows = bookings(car, c, 2, 1);
        rows[0].originDevice.clear(); // the column is NOT NULL: an empty name must stay ''
        rows[1].originDevice = QStringLiteral("카운터 2");
        auto imported = importAll(t, {rows});
        QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().message));
        QCOMPARE(t.reload(rows.at(0).id).originDevice, QString());
        QCOMPARE(t.reload(rows.at(1).id).originDevice, QStringLiteral("카운터 2"));
    }

    void aFailedImportRollsBackIndexesToo()
    {
        TestBackend t;
        const Resource car = t.addResource(Profile::Car);
        const Customer c = t.addCustomer();
        const QStringList before = indexes(t);
        auto rows = bookings(car, c, 100, 1);
        rows[70].customerId = QUuid::createUuid(); // violates the foreign key
        auto failed = importAll(t, {rows});
        QVERIFY(!failed.ok());
        QCOMPARE(failed.error().code, QStringLiteral("storage_error"));
        QCOMPARE(indexes(t), before);
        QVERIFY(!TestBackend::await(t.reservations().find(rows.at(0).id)).value().has_value());
    }
};

QTEST_GUILESS_MAIN(TestBulkImport)
#include "tst_bulkimport.moc"
