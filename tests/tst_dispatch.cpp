// Taxi dispatch (seed 003): a taxi class lists its taxis; the dispatcher sends one that is not
// on another trip, the booking keeps which, the customer's message names the taxi, its driver
// and phone, and the taxi is free again once the trip is done. A class that lists no taxis
// (registered before taxis were) dispatches as before.
#include "storage/notificationrepository.h"
#include "testbackend.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;

class TestDispatch final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestBackend> m_t;
    Resource m_class;
    Customer m_customer;
    const Taxi m_kim{u"12GA 3456"_s, u"Kim Minsu"_s, u"010-1111-2222"_s};
    const Taxi m_lee{u"34NA 5678"_s, u"Lee Jungho"_s, u"010-3333-5555"_s};

    // A paid and confirmed trip `day` days from the test's start.
    Reservation confirmedTrip(qint64 day)
    {
        const Reservation held = m_t->hold(m_t->request(m_class, m_customer, day, 1)).value();
        TestBackend::must(m_t->reservations().pay({held.id, PaymentMethod::Cash, {}, {}, {}}));
        return TestBackend::must(m_t->reservations().confirm(held.id));
    }

    QStringList freePlates(const QUuid &booking)
    {
        const auto found = TestBackend::await(m_t->backend().readers().read<Result<dispatchquery::FreeTaxis>>(
            [booking](const QSqlDatabase &db) { return dispatchquery::freeTaxis(db, booking); }));
        QStringList plates;
        for (const Taxi &taxi : found.value().free)
            plates << taxi.plate;
        return plates;
    }

    QStringList messagesAbout(const QUuid &booking, NotificationChannel channel)
    {
        const auto all = TestBackend::await(m_t->backend().readers().read<Result<QList<Notification>>>(
            [booking](const QSqlDatabase &db) { return notificationrepository::forReservation(db, booking); }));
        QStringList bodies;
        for (const Notification &n : all.value())
            if (n.channel == channel)
                bodies << n.body;
        return bodies;
    }

    void expectRefused(const QUuid &booking, const QString &plate, const char *code)
    {
        const QStringList before = m_t->snapshot();
        const auto refused = TestBackend::await(m_t->reservations().startFulfilment(booking, plate));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, QString::fromLatin1(code));
        QCOMPARE(m_t->snapshot(), before);
    }

private Q_SLOTS:
    void init()
    {
        ShopSettings settings;
        settings.smsGatewayUrl = QUrl(u"http://127.0.0.1:9/sms"_s); // queued, never sent here
        m_t = std::make_unique<TestBackend>(settings);
        ResourceDraft draft;
        draft.profile = Profile::Taxi;
        draft.name = u"Standard taxi"_s;
        draft.price = Money{8'000, u"KRW"_s};
        draft.pricingUnit = PricingUnit::PerBooking;
        draft.capacity = 2;
        taxifleet::store(draft.attributes, {m_kim, m_lee});
        m_class = TestBackend::must(m_t->inventory().registerResource(draft));
        m_customer = m_t->addCustomer(u"Park Jisoo"_s, u"010-5555-0101"_s);
    }

    void cleanup() { m_t.reset(); }

    void theDispatcherSendsAFreeTaxiAndTheCustomerIsToldWhich()
    {
        const Reservation first = confirmedTrip(1);
        const Reservation second = confirmedTrip(1);
        QCOMPARE(freePlates(first.id), (QStringList{m_kim.plate, m_lee.plate}));

        expectRefused(first.id, {}, "taxi_required");
        expectRefused(first.id, u"99XX 0000"_s, "unknown_taxi");
        const Reservation sent = TestBackend::must(m_t->reservations().startFulfilment(first.id, m_lee.plate));
        QCOMPARE(sent.status, ReservationStatus::InUse);
        QCOMPARE(taxifleet::assigned(sent), std::optional(m_lee));
        QCOMPARE(taxifleet::assigned(m_t->reload(first.id)), std::optional(m_lee));
        // The trip's details stay as they were booked.
        QCOMPARE(sent.details.value(u"pickup"_s).toString(), u"Seoul Station"_s);

        // Lee is on a trip: only Kim can be sent with the second booking.
        QCOMPARE(freePlates(second.id), QStringList{m_kim.plate});
        expectRefused(second.id, m_lee.plate, "taxi_busy");

        const QString told = u"Your taxi for Standard taxi on 2027-01-16 17:00 is on its way to Seoul Station: "
                             u"34NA 5678, driver Lee Jungho, phone 010-3333-5555."_s;
        for (const NotificationChannel channel : {NotificationChannel::Desktop, NotificationChannel::Sms}) {
            const QStringList bodies = messagesAbout(first.id, channel);
            QVERIFY2(std::any_of(bodies.cbegin(), bodies.cend(), [&](const QString &b) { return b.startsWith(told); }),
                     qPrintable(bodies.join(u'\n')));
        }

        // Back from the trip, Lee can be sent again.
        TestBackend::must(m_t->reservations().finishFulfilment(first.id));
        QCOMPARE(freePlates(second.id), (QStringList{m_kim.plate, m_lee.plate}));
        QCOMPARE(TestBackend::must(m_t->reservations().startFulfilment(second.id, m_lee.plate)).status,
                 ReservationStatus::InUse);
    }

    void theCustomersOwnBookingsShowTheTaxiSent()
    {
        const Reservation trip = confirmedTrip(2);
        TestBackend::must(m_t->reservations().startFulfilment(trip.id, m_kim.plate));
        const auto mine = TestBackend::await(m_t->backend().readers().read<Result<QList<MyBooking>>>(
            [id = m_customer.id](const QSqlDatabase &db) { return mybookingsquery::forCustomer(db, id); }));
        QCOMPARE(mine.value().size(), 1);
        const QJsonObject details = mine.value().constFirst().details;
        QCOMPARE(details.value(u"destination"_s).toString(), u"City Hall"_s);
        QCOMPARE(taxifleet::fromJson(details.value(u"taxi"_s).toObject()), m_kim);
    }

    void aClassWithoutListedTaxisDispatchesWithoutOne()
    {
        const Resource old = m_t->addResource(Profile::Taxi, 3, 8'000, PricingUnit::PerBooking, u"Old class"_s);
        const Reservation held = m_t->hold(m_t->request(old, m_customer, 1, 1)).value();
        TestBackend::must(m_t->reservations().pay({held.id, PaymentMethod::Cash, {}, {}, {}}));
        TestBackend::must(m_t->reservations().confirm(held.id));
        QVERIFY(freePlates(held.id).isEmpty());
        const Reservation sent = TestBackend::must(m_t->reservations().startFulfilment(held.id));
        QCOMPARE(sent.status, ReservationStatus::InUse);
        QCOMPARE(taxifleet::assigned(sent), std::nullopt);
        // Naming a taxi it does not list is refused.
        const Reservation other = m_t->hold(m_t->request(old, m_customer, 3, 1)).value();
        TestBackend::must(m_t->reservations().pay({other.id, PaymentMethod::Cash, {}, {}, {}}));
        TestBackend::must(m_t->reservations().confirm(other.id));
        expectRefused(other.id, m_kim.plate, "unknown_taxi");
    }
};

QTEST_MAIN(TestDispatch)
#include "tst_dispatch.moc"
