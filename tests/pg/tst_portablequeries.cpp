// The read side's SQL on whichever engine TestBackend uses (SQLite, or PostgreSQL when
// RD_TEST_DATABASE is set): the statements that differ per engine (case-insensitive LIKE and
// sorting, planner hints, string aggregation, the bookings list's rowid keys) give the same
// answers on both.
#include "queries/availabilityquery.h"
#include "queries/bookinglistquery.h"
#include "queries/bookinglookup.h"
#include "queries/customersearchquery.h"
#include "queries/dashboardquery.h"
#include "queries/resourcecatalogue.h"
#include "queries/resourcelistquery.h"
#include "queries/resourcenowquery.h"
#include "testbackend.h"

#include <QTest>

class TestPortableQueries final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestBackend> m_t;
    Resource m_avante, m_bicycle, m_canoe;
    Customer m_kim, m_lee;
    QList<Reservation> m_bookings; // in the order they were made

    template<typename T>
    T read(std::function<T(const QSqlDatabase &)> query)
    {
        return TestBackend::await(m_t->backend().readers().read<T>(std::move(query)));
    }

    // QVERIFY2 evaluates its message even when the check holds: no error() on a success.
    template<typename T>
    static const char *failure(const Result<T> &result)
    {
        static QByteArray text;
        text = result.ok() ? QByteArray() : result.error().message.toUtf8();
        return text.constData();
    }

    static QStringList names(const QList<BookingRow> &rows)
    {
        QStringList list;
        for (const BookingRow &row : rows)
            list << row.resourceName + u'/' + row.customerName;
        return list;
    }

private Q_SLOTS:
    void init()
    {
        m_t = std::make_unique<TestBackend>();
        // Mixed case on purpose: "bicycle" sorts between "Avante" and "Canoe" ignoring case.
        m_canoe = m_t->addResource(Profile::Item, 2, 5'000, PricingUnit::PerDay, QStringLiteral("Canoe"));
        m_bicycle = m_t->addResource(Profile::Item, 1, 3'000, PricingUnit::PerDay, QStringLiteral("bicycle 50%"));
        m_avante = m_t->addResource(Profile::Car, 1, 50'000, PricingUnit::PerDay, QStringLiteral("Avante"));
        m_kim = m_t->addCustomer(QStringLiteral("Kim Minji"), QStringLiteral("010-1234-5678"));
        m_lee = m_t->addCustomer(QStringLiteral("lee Jun"), QStringLiteral("010-9999-0000"));
        m_bookings.clear();
        for (const HoldRequest &request : {m_t->request(m_canoe, m_kim, 1, 2), m_t->request(m_avante, m_lee, 3, 1),
                                           m_t->request(m_bicycle, m_kim, 5, 3), m_t->request(m_canoe, m_lee, 1, 1)}) {
            auto held = m_t->hold(request);
            QVERIFY2(held.ok(), failure(held));
            m_bookings << held.value();
        }
        auto cancelled = TestBackend::await(m_t->reservations().cancel(m_bookings.at(3).id));
        QVERIFY2(cancelled.ok(), failure(cancelled));
    }

    void cleanup() { m_t.reset(); }

    void aBookingIsFoundByItsCodeAndPhone()
    {
        const Reservation &kims = m_bookings.at(0);
        const QString shown = bookingcodes::codeFor(kims.id);
        QCOMPARE(shown.size(), 9);
        QCOMPARE(shown.at(4), u'-');
        QVERIFY(kims.id.toString(QUuid::WithoutBraces).endsWith(QString(shown).remove(u'-').toLower()));
        // Typed as a customer would: lower case, no dash, spaces; the phone without dashes.
        const QString typed = QString(shown).toLower().remove(u'-').insert(4, u' ');
        auto found = read<Result<std::optional<bookinglookup::FoundBooking>>>(
            [typed](const QSqlDatabase &db) { return bookinglookup::find(db, typed, QStringLiteral("01012345678")); });
        QVERIFY2(found.ok(), failure(found));
        QVERIFY(found->has_value());
        QCOMPARE(found->value().reservation.id, kims.id);
        QCOMPARE(found->value().resourceName, m_canoe.data.name);
        QCOMPARE(found->value().customerName, m_kim.data.name);

        // Someone else's phone, a code that is not one, or no phone: nothing.
        for (const auto &[codeText, phone] : {std::pair{shown, QStringLiteral("010-9999-0000")},
                                              std::pair{QStringLiteral("XYZW-1234"), QStringLiteral("010-1234-5678")},
                                              std::pair{shown, QString()}}) {
            auto none = read<Result<std::optional<bookinglookup::FoundBooking>>>(
                [codeText, phone](const QSqlDatabase &db) { return bookinglookup::find(db, codeText, phone); });
            QVERIFY2(none.ok(), failure(none));
            QVERIFY(!none->has_value());
        }
        QCOMPARE(bookingcodes::normalise(QStringLiteral("ab12-CD34")), QStringLiteral("ab12cd34"));
        QVERIFY(bookingcodes::normalise(QStringLiteral("ab12-CD3")).isEmpty());
    }

    void bookingsListSortsNamesIgnoringCase()
    {
        const auto page = read<Result<QList<BookingRow>>>([](const QSqlDatabase &db) {
            return bookinglistquery::firstPage(db, {}, BookingOrder{BookingColumn::Resource, false}, 10);
        });
        QVERIFY2(page.ok(), failure(page));
        QCOMPARE(names(page.value()), (QStringList{QStringLiteral("Avante/lee Jun"), QStringLiteral("bicycle 50%/Kim Minji"),
                                                   QStringLiteral("Canoe/Kim Minji"), QStringLiteral("Canoe/lee Jun")}));
        const auto byCustomer = read<Result<QList<BookingRow>>>([](const QSqlDatabase &db) {
            return bookinglistquery::firstPage(db, {}, BookingOrder{BookingColumn::Customer, true}, 2);
        });
        QVERIFY(byCustomer.ok());
        QCOMPARE(byCustomer->size(), 2);
        QCOMPARE(byCustomer->at(0).customerName, QStringLiteral("lee Jun"));
    }

    void bookingsListFiltersByTextStatusAndPeriod()
    {
        // A text filter in name order is answered by walking the names (few matches).
        BookingFilter text;
        text.text = QStringLiteral("CANOE");
        const auto walked = read<Result<QList<BookingRow>>>([text](const QSqlDatabase &db) {
            return bookinglistquery::firstPage(db, text, BookingOrder{BookingColumn::Resource, false}, 10);
        });
        QVERIFY2(walked.ok(), failure(walked));
        QCOMPARE(walked->size(), 2);
        // "%" is a character, not a wildcard.
        BookingFilter percent;
        percent.text = QStringLiteral("50%");
        const auto literal = read<Result<QList<BookingRow>>>([percent](const QSqlDatabase &db) {
            return bookinglistquery::firstPage(db, percent, BookingOrder{}, 10);
        });
        QVERIFY(literal.ok());
        QCOMPARE(names(literal.value()), QStringList{QStringLiteral("bicycle 50%/Kim Minji")});

        BookingFilter held;
        held.statuses = {ReservationStatus::Held};
        held.overlapping = Period{TestBackend::StartTime + TestBackend::Day, TestBackend::StartTime + 4 * TestBackend::Day};
        const auto keys = read<Result<QList<qint64>>>([held](const QSqlDatabase &db) {
            return bookinglistquery::keys(db, held, BookingOrder{BookingColumn::Period, false});
        });
        QVERIFY2(keys.ok(), failure(keys));
        QCOMPARE(keys->size(), 2);
        const auto rows = read<Result<QList<BookingRow>>>([&keys](const QSqlDatabase &db) {
            return bookinglistquery::rows(db, keys.value());
        });
        QVERIFY(rows.ok());
        QCOMPARE(rows->size(), 2);
        QCOMPARE(rows->at(0).reservation.id, m_bookings.at(0).id);
        QCOMPARE(rows->at(1).reservation.id, m_bookings.at(1).id);
        QCOMPARE(rows->at(0).key, keys->at(0));
    }

    void searchesIgnoreCase()
    {
        const auto customers = read<Result<QList<Customer>>>([](const QSqlDatabase &db) {
            return customersearchquery::find(db, QStringLiteral("KIM"));
        });
        QVERIFY(customers.ok());
        QCOMPARE(customers->size(), 1);
        QCOMPARE(customers->at(0).id, m_kim.id);
        const auto byPhone = read<Result<QList<Customer>>>([](const QSqlDatabase &db) {
            return customersearchquery::find(db, QStringLiteral("0109999"));
        });
        QVERIFY(byPhone.ok());
        QCOMPARE(byPhone->size(), 1);
        QCOMPARE(byPhone->at(0).id, m_lee.id);

        ResourceFilter filter;
        filter.text = QStringLiteral("AN");
        const auto resources = read<Result<QList<Resource>>>([filter](const QSqlDatabase &db) {
            return resourcelistquery::page(db, filter, ResourceOrder{ResourceColumn::Name, false}, 0, 10);
        });
        QVERIFY2(resources.ok(), failure(resources));
        QCOMPARE(resources->size(), 2); // Avante, Canoe
        ResourceFilter everything;
        everything.includeRetired = true;
        const auto all = read<Result<QList<Resource>>>([everything](const QSqlDatabase &db) {
            return resourcelistquery::page(db, everything, ResourceOrder{ResourceColumn::Price, true}, 0, 10);
        });
        QVERIFY(all.ok());
        QCOMPARE(all->size(), 3);
        QCOMPARE(all->at(0).id, m_avante.id);
    }

    // The Inventory list's "now": the same SQL answers on both databases.
    void whatEachResourceIsDoingNow()
    {
        QVERIFY(TestBackend::await(m_t->reservations().pay(PaymentRequest{m_bookings.at(0).id, PaymentMethod::Cash, {}, {}, {}})).ok());
        QVERIFY(TestBackend::await(m_t->reservations().startFulfilment(m_bookings.at(0).id)).ok());
        const QList<QUuid> ids{m_canoe.id, m_avante.id, m_bicycle.id};
        const qint64 now = TestBackend::StartTime;
        const auto states = read<Result<QHash<QUuid, ResourceNow>>>(
            [ids, now](const QSqlDatabase &db) { return resourcenowquery::of(db, ids, now); });
        QVERIFY2(states.ok(), failure(states));
        QCOMPARE(states->size(), 3);
        // One canoe lent out (its booking began on day 1, two days), the cancelled one gone.
        QCOMPARE(states->value(m_canoe.id), (ResourceNow{1, m_bookings.at(0).period.end, 0, 0}));
        QCOMPARE(states->value(m_avante.id), (ResourceNow{0, 0, 0, m_bookings.at(1).period.start}));
        QCOMPARE(states->value(m_bicycle.id), (ResourceNow{0, 0, 0, m_bookings.at(2).period.start}));
    }

    void availabilityAndDashboardSeeTheBookings()
    {
        ResourceCatalogue catalogue;
        const Period days23{TestBackend::StartTime + 2 * TestBackend::Day, TestBackend::StartTime + 4 * TestBackend::Day};
        const auto free = read<Result<QList<Availability>>>([&catalogue, days23](const QSqlDatabase &db) {
            return availabilityquery::find(db, catalogue, days23, 1, TestBackend::StartTime);
        });
        QVERIFY2(free.ok(), failure(free));
        // Avante is booked on day 3; the canoe has one of two units held on day 2.
        QCOMPARE(free->size(), 2);
        for (const Availability &a : free.value()) {
            QVERIFY(a.resourceId != m_avante.id);
            if (a.resourceId == m_canoe.id)
                QCOMPARE(a.free, 1);
        }

        DashboardRequest request;
        for (int day = 0; day <= 7; ++day)
            request.dayBounds << TestBackend::StartTime + day * TestBackend::Day;
        request.currency = QStringLiteral("KRW");
        const auto figures = read<Result<DashboardFigures>>([request](const QSqlDatabase &db) {
            return dashboardquery::compute(db, request);
        });
        QVERIFY2(figures.ok(), failure(figures));
        QCOMPARE(figures->openHolds, 3);
        QCOMPARE(figures->resourceCount, 3);
        // 2 + 1 unit-days, and 2 of the bicycle's 3 that fall inside the week (the cancelled
        // booking does not count).
        qint64 booked = 0;
        for (const DayFigures &day : figures->days)
            booked += day.bookedUnitSeconds;
        QCOMPARE(booked, 5 * TestBackend::Day);
    }
};

QTEST_GUILESS_MAIN(TestPortableQueries)
#include "tst_portablequeries.moc"
