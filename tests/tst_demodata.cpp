// The demo data of every business profile: it fills an empty database through the ordinary
// commands, covers every reservation and payment state, never breaks the capacity invariant,
// feeds the read model, is the same every time, and never touches a database in use.
#include "demo/demoaccounts.h"
#include "testbackend.h"

#include "core/commandcontext.h"
#include "demo/demodata.h"
#include "domain/lifecycle.h"
#include "domain/notification.h"
#include "domain/occupancy.h"
#include "queries/mybookingsquery.h"
#include "storage/sqlquery.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <algorithm>
#include <limits>

namespace {

struct StoredBooking
{
    QUuid id;
    QUuid resourceId;
    int status = 0;
    int paymentStatus = 0;
    int quantity = 0;
    qint64 start = 0;
    qint64 end = 0;
    qint64 createdAt = 0;
    QString line; // resource, customer, state and period, for "the same every time"
};

struct StoredResource
{
    QString name;
    QString description;
    QString attributes;
    int capacity = 0;
    int status = 0;
};

// What the database holds after the demo was filled, read on a reader thread.
struct Contents
{
    QHash<QUuid, StoredResource> resources;
    QStringList customerNames;
    QList<StoredBooking> bookings;
    QList<MyBooking> myBookings;
    QList<qint64> eventTimes; // in log order
    QStringList payments;     // "method|status|brand|last4"
    QList<std::pair<int, qint64>> notifications; // status, created at
    QString error;
};

Contents readContents(TestBackend &tb)
{
    return TestBackend::await(tb.backend().readers().read<Contents>([](const QSqlDatabase &db) {
        Contents c;
        SqlQuery resources(db, QStringLiteral("SELECT id, name, description, attributes, capacity, "
                                              "status FROM resources"));
        if (auto ok = resources.exec(); !ok)
            c.error = ok.error().message;
        while (resources.next())
            c.resources.insert(resources.uuid(0),
                               StoredResource{resources.text(1), resources.text(2), resources.text(3),
                                           int(resources.integer(4)), int(resources.integer(5))});

        SqlQuery customers(db, QStringLiteral("SELECT name FROM customers"));
        if (auto ok = customers.exec(); !ok)
            c.error = ok.error().message;
        while (customers.next())
            c.customerNames << customers.text(0);

        SqlQuery bookings(db, QStringLiteral(
                                  "SELECT r.id, r.resource_id, r.status, r.payment_status, r.quantity, "
                                  "r.start_at, r.end_at, r.created_at, s.name, c.name, r.amount "
                                  "FROM reservations r JOIN resources s ON s.id = r.resource_id "
                                  "JOIN customers c ON c.id = r.customer_id"));
        if (auto ok = bookings.exec(); !ok)
            c.error = ok.error().message;
        while (bookings.next()) {
            StoredBooking b{bookings.uuid(0),
                         bookings.uuid(1),
                         int(bookings.integer(2)),
                         int(bookings.integer(3)),
                         int(bookings.integer(4)),
                         bookings.integer(5),
                         bookings.integer(6),
                         bookings.integer(7),
                         {}};
            b.line = QStringList{bookings.text(8), bookings.text(9), QString::number(b.status),
                                 QString::number(b.paymentStatus), QString::number(b.quantity),
                                 QString::number(b.start), QString::number(b.end),
                                 QString::number(b.createdAt), bookings.text(10)}
                         .join(u'|');
            c.bookings << b;
        }

        auto mine = mybookingsquery::all(db);
        if (mine)
            c.myBookings = mine.value();
        else
            c.error = mine.error().message;

        SqlQuery events(db, QStringLiteral("SELECT occurred_at FROM events ORDER BY seq"));
        if (auto ok = events.exec(); !ok)
            c.error = ok.error().message;
        while (events.next())
            c.eventTimes << events.integer(0);

        SqlQuery payments(db, QStringLiteral("SELECT method, status, card_brand, card_last4 FROM payments"));
        if (auto ok = payments.exec(); !ok)
            c.error = ok.error().message;
        while (payments.next())
            c.payments << QStringList{payments.text(0), payments.text(1), payments.text(2), payments.text(3)}
                              .join(u'|');

        SqlQuery notifications(db, QStringLiteral("SELECT status, created_at FROM notifications"));
        if (auto ok = notifications.exec(); !ok)
            c.error = ok.error().message;
        while (notifications.next())
            c.notifications.append({int(notifications.integer(0)), notifications.integer(1)});
        return c;
    }));
}

Result<DemoSummary> fillDemo(TestBackend &tb, Profile profile)
{
    return TestBackend::await(tb.backend().executor().execute<DemoSummary>(
        [profile](CommandContext &context) { return demodata::fill(context, profile); }));
}

bool hasHangul(const QStringList &texts)
{
    static const QRegularExpression hangul(QStringLiteral("\\p{Hangul}"));
    return std::any_of(texts.begin(), texts.end(),
                       [](const QString &t) { return hangul.match(t).hasMatch(); });
}

bool hasLatin(const QStringList &texts)
{
    static const QRegularExpression latin(QStringLiteral("[A-Za-z]{3,}"));
    return std::any_of(texts.begin(), texts.end(),
                       [](const QString &t) { return latin.match(t).hasMatch(); });
}

} // namespace

class TestDemoData final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fillsAnEmptyDatabase_data();
    void fillsAnEmptyDatabase();
    void isTheSameEveryTime();
    void leavesADatabaseInUseAlone();
    void opensWithItsDemoAccounts();
};

void TestDemoData::fillsAnEmptyDatabase_data()
{
    QTest::addColumn<Profile>("profile");
    QTest::addColumn<QByteArray>("timeZone");
    QTest::addColumn<qint64>("holdSeconds");
    QTest::addColumn<qint64>("nowShift"); // from TestBackend::StartTime, 17:00 in Seoul

    constexpr qint64 Minute = 60;
    constexpr qint64 Hour = 60 * Minute;
    const QByteArray seoul("Asia/Seoul");
    for (Profile p : profiles::all())
        QTest::addRow("%s", qPrintable(profiles::key(p))) << p << seoul << 15 * Minute << qint64(0);
    // Other times of day, time zones and hold times: the "under way now" slots and the
    // scripts must adapt.
    QTest::addRow("exhibition at 17:40")
        << Profile::Exhibition << seoul << 15 * Minute << 40 * Minute;
    QTest::addRow("taxi just after midnight")
        << Profile::Taxi << seoul << 15 * Minute << -(17 * Hour - 10 * Minute);
    QTest::addRow("car at 08:00 in Berlin, 5-minute holds")
        << Profile::Car << QByteArray("Europe/Berlin") << 5 * Minute << -Hour;
    QTest::addRow("product with 2-hour holds") << Profile::Product << seoul << 2 * Hour << qint64(0);
}

void TestDemoData::fillsAnEmptyDatabase()
{
    QFETCH(Profile, profile);
    QFETCH(QByteArray, timeZone);
    QFETCH(qint64, holdSeconds);
    QFETCH(qint64, nowShift);

    ShopSettings settings;
    settings.timeZone = timeZone;
    settings.holdSeconds = holdSeconds;
    TestBackend tb(settings);
    tb.clock().set(TestBackend::StartTime + nowShift);
    const qint64 now = tb.clock().nowSecs();

    auto summary = fillDemo(tb, profile);
    QVERIFY2(summary.ok(), qPrintable(summary.ok() ? QString() : summary.error().message));
    QVERIFY(!summary->skipped);
    QVERIFY2(summary->resources >= 8 && summary->resources <= 15,
             qPrintable(QString::number(summary->resources)));
    QVERIFY2(summary->customers >= 10 && summary->customers <= 20,
             qPrintable(QString::number(summary->customers)));
    QVERIFY2(summary->reservations >= 30 && summary->reservations <= 60,
             qPrintable(QString::number(summary->reservations)));

    const Contents c = readContents(tb);
    QVERIFY2(c.error.isEmpty(), qPrintable(c.error));
    QCOMPARE(c.resources.size(), summary->resources);
    QCOMPARE(c.customerNames.size(), summary->customers);
    QCOMPARE(c.bookings.size(), summary->reservations);

    // Every reservation state and every payment state is there to look at.
    QSet<int> statuses;
    QSet<int> paymentStatuses;
    for (const StoredBooking &b : c.bookings) {
        statuses.insert(b.status);
        paymentStatuses.insert(b.paymentStatus);
    }
    for (ReservationStatus s : lifecycle::allStatuses())
        QVERIFY2(statuses.contains(int(s)), qPrintable(lifecycle::key(s)));
    for (PaymentStatus s : lifecycle::allPaymentStatuses())
        QVERIFY2(paymentStatuses.contains(int(s)), qPrintable(lifecycle::key(s)));

    // Korean and English names; every resource described and with attributes.
    QStringList resourceNames;
    QSet<int> resourceStatuses;
    for (const StoredResource &r : c.resources) {
        resourceNames << r.name;
        resourceStatuses.insert(r.status);
        QVERIFY2(!r.description.isEmpty(), qPrintable(r.name));
        QVERIFY2(r.attributes.size() > 2, qPrintable(r.name));
    }
    QVERIFY(hasHangul(resourceNames));
    QVERIFY(hasLatin(resourceNames));
    QVERIFY(hasHangul(c.customerNames));
    QVERIFY(hasLatin(c.customerNames));
    QVERIFY(resourceStatuses.contains(int(ResourceStatus::Retired)));

    // Spread from about 60 days ago to about 30 days ahead, all made before now.
    for (const StoredBooking &b : c.bookings) {
        QVERIFY(b.start >= now - 62 * TestBackend::Day);
        QVERIFY(b.start <= now + 32 * TestBackend::Day);
        QVERIFY(b.createdAt <= now);
        QVERIFY(b.createdAt < b.start);
    }

    // The capacity invariant: at no instant do open bookings exceed the resource's capacity.
    QHash<QUuid, QList<Occupancy>> open;
    for (const StoredBooking &b : c.bookings) {
        if (lifecycle::occupiesCapacity(ReservationStatus(b.status)))
            open[b.resourceId].append(Occupancy{b.start, b.end, b.quantity});
    }
    const Period always{std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max()};
    for (auto it = open.cbegin(); it != open.cend(); ++it) {
        const StoredResource resource = c.resources.value(it.key());
        QVERIFY2(occupancy::peak(it.value(), always) <= resource.capacity, qPrintable(resource.name));
    }

    // My bookings: one row per reservation, in the reservation's state.
    QCOMPARE(c.myBookings.size(), c.bookings.size());
    QHash<QUuid, MyBooking> mine;
    for (const MyBooking &m : c.myBookings)
        mine.insert(m.reservationId, m);
    for (const StoredBooking &b : c.bookings) {
        QVERIFY(mine.contains(b.id));
        QCOMPARE(mine[b.id].status, lifecycle::key(ReservationStatus(b.status)));
        QCOMPARE(mine[b.id].paymentStatus, lifecycle::key(PaymentStatus(b.paymentStatus)));
        QVERIFY(!mine[b.id].timeline.isEmpty());
    }

    // The history happened in order, in the past.
    QVERIFY(!c.eventTimes.isEmpty());
    QVERIFY(std::is_sorted(c.eventTimes.begin(), c.eventTimes.end()));
    QVERIFY(c.eventTimes.constLast() <= now);

    // Card payments through the built-in gateway, one declined; refunds of cancelled ones.
    const auto cardPayment = [](PaymentRecordStatus status, const char *last4) {
        return QStringLiteral("%1|%2|VISA|%3")
            .arg(int(PaymentMethod::Card))
            .arg(int(status))
            .arg(QLatin1StringView(last4));
    };
    QVERIFY(c.payments.contains(cardPayment(PaymentRecordStatus::Approved, "4242")));
    QVERIFY(c.payments.contains(cardPayment(PaymentRecordStatus::Declined, "0002")));
    QVERIFY(std::any_of(c.payments.begin(), c.payments.end(), [](const QString &p) {
        return p.split(u'|').value(1) == QString::number(int(PaymentRecordStatus::Refunded));
    }));

    // Customers were told about their bookings; the history's notifications went out long
    // ago, only the last hour's wait for the dispatcher.
    int pending = 0;
    for (const auto &[status, createdAt] : c.notifications) {
        if (status == int(NotificationStatus::Pending)) {
            ++pending;
            QVERIFY(createdAt >= now - 60 * 60);
        }
    }
    QVERIFY(pending > 0);
    QVERIFY(c.notifications.size() > pending);

    // A database that is not empty is left alone.
    const QStringList before = tb.snapshot();
    auto again = fillDemo(tb, profile);
    QVERIFY(again.ok());
    QVERIFY(again->skipped);
    QCOMPARE(again->reservations, 0);
    QCOMPARE(tb.snapshot(), before);
}

void TestDemoData::isTheSameEveryTime()
{
    QStringList first;
    for (int run = 0; run < 2; ++run) {
        TestBackend tb;
        auto summary = fillDemo(tb, Profile::Exhibition);
        QVERIFY(summary.ok());
        QStringList lines;
        for (const StoredBooking &b : readContents(tb).bookings)
            lines << b.line;
        lines.sort();
        if (run == 0)
            first = lines;
        else
            QCOMPARE(lines, first);
    }
}

void TestDemoData::leavesADatabaseInUseAlone()
{
    TestBackend tb;
    auto first = fillDemo(tb, Profile::Car);
    QVERIFY(first.ok());
    const QStringList before = tb.snapshot();

    // Another profile on the same database is refused, and so is a database that has only
    // customers.
    auto other = fillDemo(tb, Profile::Taxi);
    QVERIFY(other.ok() && other->skipped);
    QCOMPARE(tb.snapshot(), before);

    TestBackend onlyCustomers;
    onlyCustomers.addCustomer();
    const QStringList customersOnly = onlyCustomers.snapshot();
    auto refused = fillDemo(onlyCustomers, Profile::Item);
    QVERIFY(refused.ok() && refused->skipped);
    QCOMPARE(onlyCustomers.snapshot(), customersOnly);
}

void TestDemoData::opensWithItsDemoAccounts()
{
    TestBackend tb;
    QVERIFY(fillDemo(tb, Profile::Product).ok());
    AccountService &accounts = tb.backend().accounts();
    QCOMPARE(TestBackend::must(accounts.shopProfile()), std::optional(Profile::Product));
    const QString password = QString::fromLatin1(demoaccounts::Password);
    QCOMPARE(TestBackend::must(accounts.signIn(QStringLiteral("manager"), password)).role, Role::Manager);
    QCOMPARE(TestBackend::must(accounts.signIn(QStringLiteral("clerk"), password)).role, Role::Clerk);
    const User customer = TestBackend::must(accounts.signIn(QStringLiteral("customer"), password));
    QCOMPARE(customer.role, Role::Customer);
    // The demo customer has bookings of their own to follow.
    QVERIFY(!TestBackend::must(tb.customers().myBookings(customer.customerId)).isEmpty());
}

QTEST_GUILESS_MAIN(TestDemoData)
#include "tst_demodata.moc"
