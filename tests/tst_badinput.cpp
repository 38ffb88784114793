// Bad input of every kind gets its own stable error code and a message, and leaves the
// database exactly as it was.
#include "testbackend.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

class TestBadInput final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestBackend> m_t;
    Resource m_car;
    Resource m_hall;
    Resource m_retired;
    Resource m_maintenance;
    Customer m_customer;

    template<typename T>
    void expectRefused(QFuture<Result<T>> future, const char *code)
    {
        const QStringList before = m_t->snapshot();
        Result<T> result = TestBackend::await(future);
        QVERIFY2(!result.ok(), code);
        QCOMPARE(result.error().code, QString::fromLatin1(code));
        QVERIFY(!result.error().message.trimmed().isEmpty());
        QCOMPARE(m_t->snapshot(), before);
    }

    HoldRequest holdOf(const Resource &r, qint64 startDay = 1, qint64 days = 1, qint64 quantity = 1)
    {
        return m_t->request(r, m_customer, startDay, days, quantity);
    }

    static ResourceDraft draftWith(std::function<void(ResourceDraft &)> change)
    {
        ResourceDraft d;
        d.profile = Profile::Item;
        d.name = QStringLiteral("Camping tent");
        d.price = Money{12'000, QStringLiteral("KRW")};
        change(d);
        return d;
    }

private Q_SLOTS:
    void init()
    {
        m_t = std::make_unique<TestBackend>();
        m_car = m_t->addResource(Profile::Car);
        m_hall = m_t->addResource(Profile::Exhibition, 2, 1'000, PricingUnit::PerSeat, QStringLiteral("Hall A"));
        m_retired = m_t->addResource(Profile::Car, 1, 1, PricingUnit::PerDay, QStringLiteral("Old car"));
        TestBackend::must(m_t->inventory().retire(m_retired.id));
        m_maintenance = m_t->addResource(Profile::Car, 1, 1, PricingUnit::PerDay, QStringLiteral("In the garage"));
        TestBackend::must(m_t->inventory().setStatus(m_maintenance.id, ResourceStatus::Maintenance));
        m_customer = m_t->addCustomer();
        QVERIFY(m_t->hold(holdOf(m_car, 10, 2)).ok());
    }

    void cleanup() { m_t.reset(); }

    void holdQuantities()
    {
        expectRefused(m_t->reservations().hold(m_t->seats(m_hall, m_customer, 0)), "invalid_quantity");
        expectRefused(m_t->reservations().hold(m_t->seats(m_hall, m_customer, -3)), "invalid_quantity");
        expectRefused(m_t->reservations().hold(m_t->seats(m_hall, m_customer, std::numeric_limits<qint64>::max())),
                      "invalid_quantity");
        expectRefused(m_t->reservations().hold(m_t->seats(m_hall, m_customer, 3)), "capacity_conflict");
    }

    // A seat books the session's own slot, and only until the session starts.
    void sessionSeats()
    {
        HoldRequest day = holdOf(m_hall, 2, 1); // from the session's start, but for a whole day
        expectRefused(m_t->reservations().hold(day), "not_the_sessions_slot");
        HoldRequest longer = m_t->seats(m_hall, m_customer);
        longer.end += 60;
        expectRefused(m_t->reservations().hold(longer), "not_the_sessions_slot");
        m_t->clock().set(TestBackend::SessionStart);
        expectRefused(m_t->reservations().hold(m_t->seats(m_hall, m_customer)), "session_started");
        m_t->clock().set(TestBackend::SessionStart - 1);
        QVERIFY(m_t->hold(m_t->seats(m_hall, m_customer)).ok()); // a second before: still sold
    }

    // A taxi is booked with where it picks up and where it goes, a product with where and when
    // it is delivered; nothing else rides along.
    void bookingDetails()
    {
        const Resource taxi = m_t->addResource(Profile::Taxi, 3, 8'000, PricingUnit::PerBooking, QStringLiteral("Standard"));
        const Resource chair = m_t->addResource(Profile::Product, 2, 89'000, PricingUnit::PerMonth, QStringLiteral("Chair"));
        const auto with = [this](const Resource &r, const QJsonObject &details) {
            HoldRequest h = holdOf(r, 3);
            h.details = details;
            return h;
        };
        expectRefused(m_t->reservations().hold(with(taxi, {})), "text_required");
        expectRefused(m_t->reservations().hold(with(taxi, {{QStringLiteral("pickup"), QStringLiteral("Seoul Station")},
                                                           {QStringLiteral("destination"), QStringLiteral("   ")}})),
                      "text_required");
        expectRefused(m_t->reservations().hold(with(taxi, {{QStringLiteral("pickup"), QString(301, u'x')},
                                                           {QStringLiteral("destination"), QStringLiteral("COEX")}})),
                      "text_too_long");
        expectRefused(m_t->reservations().hold(with(taxi, {{QStringLiteral("pickup"), QStringLiteral("A\u0007")},
                                                           {QStringLiteral("destination"), QStringLiteral("COEX")}})),
                      "text_invalid_characters");
        QJsonObject sent = TestBackend::completeDetails(Profile::Taxi);
        sent.insert(QStringLiteral("taxi"), QJsonObject{{QStringLiteral("plate"), QStringLiteral("12GA 3456")}});
        expectRefused(m_t->reservations().hold(with(taxi, sent)), "unknown_booking_detail"); // only a dispatch sends one
        QJsonObject slot = TestBackend::completeDetails(Profile::Product);
        slot.insert(QStringLiteral("deliverySlot"), QStringLiteral("03:00-06:00"));
        expectRefused(m_t->reservations().hold(with(chair, slot)), "invalid_delivery_slot");
        expectRefused(m_t->reservations().hold(with(chair, {{QStringLiteral("deliverySlot"), QStringLiteral("09:00-12:00")}})),
                      "text_required");
        expectRefused(m_t->reservations().hold(with(m_car, {{QStringLiteral("pickup"), QStringLiteral("here")}})),
                      "unknown_booking_detail");
        // Trimmed when stored.
        QJsonObject padded{{QStringLiteral("pickup"), QStringLiteral("  Seoul Station ")},
                           {QStringLiteral("destination"), QStringLiteral("COEX")}};
        auto held = m_t->hold(with(taxi, padded));
        QVERIFY(held.ok());
        QCOMPARE(m_t->reload(held->id).details.value(QStringLiteral("pickup")).toString(), QStringLiteral("Seoul Station"));
    }

    // A taxi class lists each taxi once, with its driver and phone, and has as many available.
    void taxiFleets()
    {
        auto &inv = m_t->inventory();
        const auto fleet = [](int capacity, const QJsonArray &taxis) {
            return draftWith([&](ResourceDraft &d) {
                d.profile = Profile::Taxi;
                d.capacity = capacity;
                d.attributes.insert(QStringLiteral("taxis"), taxis);
            });
        };
        const auto taxi = [](const QString &plate, const QString &driver, const QString &phone) {
            return QJsonObject{{QStringLiteral("plate"), plate}, {QStringLiteral("driver"), driver}, {QStringLiteral("phone"), phone}};
        };
        const QJsonObject kim = taxi(QStringLiteral("12GA 3456"), QStringLiteral("Kim"), QStringLiteral("010-1111-2222"));
        const QJsonObject lee = taxi(QStringLiteral("34NA 5678"), QStringLiteral("Lee"), QStringLiteral("010-3333-4444"));
        expectRefused(inv.registerResource(fleet(3, {kim, lee})), "taxi_count_mismatch");
        expectRefused(inv.registerResource(fleet(2, {kim, kim})), "duplicate_taxi");
        expectRefused(inv.registerResource(fleet(1, {taxi({}, QStringLiteral("Kim"), QStringLiteral("010-1"))})), "text_required");
        expectRefused(inv.registerResource(fleet(1, {taxi(QStringLiteral("1"), {}, QStringLiteral("010-1"))})), "text_required");
        expectRefused(inv.registerResource(fleet(1, {taxi(QStringLiteral("1"), QStringLiteral("Kim"), {})})), "text_required");
        expectRefused(inv.registerResource(fleet(1, {taxi(QStringLiteral("1"), QStringLiteral("Kim"), QStringLiteral("call me"))})),
                      "invalid_phone");
        QVERIFY(TestBackend::await(inv.registerResource(fleet(2, {kim, lee}))).ok());
    }

    // A session is registered with its date and start time, in the future.
    void sessionFields()
    {
        auto &inv = m_t->inventory();
        const auto session = [](const QString &date, const QString &time, const QJsonValue &minutes = {}) {
            return draftWith([&](ResourceDraft &d) {
                d.profile = Profile::Exhibition;
                d.attributes = QJsonObject{{QStringLiteral("hall"), QStringLiteral("Hall B")}};
                if (!date.isEmpty())
                    d.attributes.insert(QStringLiteral("date"), date);
                if (!time.isEmpty())
                    d.attributes.insert(QStringLiteral("time"), time);
                if (!minutes.isNull())
                    d.attributes.insert(QStringLiteral("durationMinutes"), minutes);
            });
        };
        // The clock is 2027-01-15 17:00 in Seoul.
        expectRefused(inv.registerResource(session({}, {})), "session_slot_incomplete");
        expectRefused(inv.registerResource(session(QStringLiteral("2027-01-20"), {})), "session_slot_incomplete");
        expectRefused(inv.registerResource(session({}, QStringLiteral("10:00"))), "session_slot_incomplete");
        expectRefused(inv.registerResource(session(QStringLiteral("2027-02-30"), QStringLiteral("10:00"))),
                      "session_slot_incomplete");
        expectRefused(inv.registerResource(session(QStringLiteral("2027-01-20"), QStringLiteral("25:00"))),
                      "session_slot_incomplete");
        expectRefused(inv.registerResource(session(QStringLiteral("2027-01-20"), QStringLiteral("10:00"), 0)),
                      "invalid_session_duration");
        expectRefused(inv.registerResource(session(QStringLiteral("2027-01-20"), QStringLiteral("10:00"), 24 * 60 + 1)),
                      "invalid_session_duration");
        expectRefused(inv.registerResource(session(QStringLiteral("2027-01-15"), QStringLiteral("16:59"))),
                      "session_in_past");
        const Resource later = TestBackend::must(
            inv.registerResource(session(QStringLiteral("2027-01-15"), QStringLiteral("17:30"), 45)));
        // Moving it into the past is refused; once it has begun its description can still change.
        ResourceDraft moved = later.data;
        moved.attributes.insert(QStringLiteral("time"), QStringLiteral("09:00"));
        expectRefused(inv.updateResource(later.id, moved, later.version), "session_in_past");
        m_t->clock().set(TestBackend::StartTime + 3600);
        ResourceDraft described = later.data;
        described.description = QStringLiteral("Bring a coat: the hall is cold.");
        QVERIFY(TestBackend::await(inv.updateResource(later.id, described, later.version)).ok());
    }

    void holdPeriods()
    {
        HoldRequest r = holdOf(m_car);
        r.end = r.start;
        expectRefused(m_t->reservations().hold(r), "invalid_period");
        r.end = r.start - 1;
        expectRefused(m_t->reservations().hold(r), "invalid_period");
        r = holdOf(m_car, 1, Period::MaxDays + 1);
        expectRefused(m_t->reservations().hold(r), "period_too_long");
        r = holdOf(m_car);
        r.start = std::numeric_limits<qint64>::min();
        expectRefused(m_t->reservations().hold(r), "invalid_period");
        r = holdOf(m_car);
        r.end = std::numeric_limits<qint64>::max();
        expectRefused(m_t->reservations().hold(r), "invalid_period");
    }

    void holdTargets()
    {
        HoldRequest r = holdOf(m_car);
        r.resourceId = QUuid::createUuid();
        expectRefused(m_t->reservations().hold(r), "unknown_resource");
        expectRefused(m_t->reservations().hold(holdOf(m_retired)), "resource_retired");
        expectRefused(m_t->reservations().hold(holdOf(m_maintenance)), "resource_not_bookable");
        r = holdOf(m_car);
        r.customerId = QUuid::createUuid();
        expectRefused(m_t->reservations().hold(r), "unknown_customer");
        expectRefused(m_t->reservations().hold(holdOf(m_car, 11, 1)), "capacity_conflict");
    }

    void duplicateIdsAreRefused()
    {
        HoldRequest r = holdOf(m_car, 20, 1);
        r.id = QUuid::createUuid();
        QVERIFY(m_t->hold(r).ok());
        r.start += 5 * TestBackend::Day;
        r.end += 5 * TestBackend::Day;
        expectRefused(m_t->reservations().hold(r), "duplicate_id");
    }

    void wrongStates()
    {
        expectRefused(m_t->reservations().startFulfilment(QUuid::createUuid()), "unknown_reservation");
        const Reservation held = m_t->hold(holdOf(m_car, 30, 1)).value();
        expectRefused(m_t->reservations().finishFulfilment(held.id), "invalid_transition");
        expectRefused(m_t->reservations().startFulfilment(held.id), "invalid_transition");
        expectRefused(m_t->reservations().confirm(held.id), "payment_required");
    }

    void absurdStrings_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("code");
        QTest::newRow("empty") << QString() << QStringLiteral("text_required");
        QTest::newRow("blank") << QStringLiteral(" \t\n ") << QStringLiteral("text_required");
        QTest::newRow("huge") << QString(100'000, u'가') << QStringLiteral("text_too_long");
        QTest::newRow("control") << QStringLiteral("Tent\u0000\u001b[31m") << QStringLiteral("text_invalid_characters");
        QTest::newRow("lone surrogate") << QString(QChar(0xD800)) + QStringLiteral("x")
                                        << QStringLiteral("text_invalid_characters");
        QTest::newRow("noncharacter") << QStringLiteral("Tent\uFFFF") << QStringLiteral("text_invalid_characters");
    }

    void absurdStrings()
    {
        QFETCH(QString, name);
        QFETCH(QString, code);
        expectRefused(m_t->inventory().registerResource(draftWith([&](ResourceDraft &d) { d.name = name; })),
                      qPrintable(code));
        expectRefused(m_t->customers().registerCustomer(CustomerDraft{name, {}, {}}), qPrintable(code));
    }

    void badResourceFields()
    {
        auto &inv = m_t->inventory();
        expectRefused(inv.registerResource(draftWith([](ResourceDraft &d) { d.price.minor = -1; })), "invalid_price");
        expectRefused(inv.registerResource(draftWith([](ResourceDraft &d) { d.capacity = 0; })), "invalid_capacity");
        expectRefused(inv.registerResource(draftWith([](ResourceDraft &d) { d.capacity = -5; })), "invalid_capacity");
        expectRefused(inv.registerResource(draftWith([](ResourceDraft &d) { d.price.currency = QStringLiteral("won"); })),
                      "invalid_currency");
        expectRefused(inv.registerResource(draftWith([](ResourceDraft &d) {
                          d.description = QString(resources::MaxDescriptionLength + 1, u'x');
                      })),
                      "text_too_long");
        expectRefused(inv.updateResource(m_car.id, m_car.data, m_car.version + 7), "version_conflict");
        expectRefused(inv.updateResource(QUuid::createUuid(), m_car.data, 1), "unknown_resource");
        expectRefused(inv.updateResource(m_retired.id, m_retired.data, m_retired.version + 1), "resource_retired");
    }

    void badCustomerFields()
    {
        auto &cs = m_t->customers();
        expectRefused(cs.registerCustomer({QStringLiteral("Kim"), QStringLiteral("010-1234-5678; DROP TABLE"), {}}),
                      "invalid_phone");
        expectRefused(cs.registerCustomer({QStringLiteral("Kim"), QString(40, u'1'), {}}), "invalid_phone");
        expectRefused(cs.registerCustomer({QStringLiteral("Kim"), {}, QStringLiteral("not an address")}),
                      "invalid_email");
    }

    void badPayments()
    {
        const Reservation r = m_t->hold(holdOf(m_car, 40, 1)).value();
        auto &rs = m_t->reservations();
        expectRefused(rs.pay({r.id, PaymentMethod::Card, {}, QStringLiteral("VISA"), QStringLiteral("4242")}),
                      "invalid_card_details");
        expectRefused(rs.pay({r.id, PaymentMethod::Card, QStringLiteral("tok"), QStringLiteral("VISA"),
                              QStringLiteral("4111111111111111")}),
                      "invalid_card_details");
        expectRefused(rs.pay({QUuid::createUuid(), PaymentMethod::Cash, {}, {}, {}}), "unknown_reservation");
    }

    void sqlInTextIsJustText()
    {
        const QString sneaky = QStringLiteral("x'); DELETE FROM reservations; --");
        auto made = TestBackend::await(m_t->customers().registerCustomer({sneaky, {}, {}}));
        QVERIFY(made.ok());
        QCOMPARE(TestBackend::await(m_t->customers().find(made->id)).value()->data.name, sneaky);
        QVERIFY(m_t->snapshot().filter(QStringLiteral("reservations|")).size() == 1);
    }
};

QTEST_GUILESS_MAIN(TestBadInput)
#include "tst_badinput.moc"
