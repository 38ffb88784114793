// Value types and rules that need no database: money, periods, occupancy sweeps, prices,
// validation, identifiers, profiles.
#include "domain/cardentry.h"
#include "domain/cardnumbers.h"
#include "domain/customer.h"
#include "domain/user.h"
#include "domain/ids.h"
#include "domain/occupancy.h"
#include "domain/payment.h"
#include "domain/period.h"
#include "domain/profile.h"
#include "domain/resource.h"

#include <QSet>
#include <QTest>

#include <limits>

class TestDomain final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // A form shows every mistake at once: each field's problem, in the form's order.
    void everyProblemOfADraftIsNamedAtOnce()
    {
        const QList<Error> customer = customers::problems(CustomerDraft{QString(), QStringLiteral("call me"),
                                                                        QStringLiteral("not-an-address")});
        QCOMPARE(customer.size(), 3);
        QCOMPARE(customer.at(1).code, QStringLiteral("invalid_phone"));
        QCOMPARE(customer.at(2).code, QStringLiteral("invalid_email"));
        QCOMPARE(customers::validate(CustomerDraft{QString(), QStringLiteral("call me"), {}}).error(), customer.at(0));
        QVERIFY(customers::problems(CustomerDraft{QStringLiteral("Kim Minji"), QStringLiteral("010-1234-5678"), {}})
                    .isEmpty());

        const QList<Error> user = users::problems(UserDraft{QStringLiteral("A B"), QString(), QStringLiteral("x"),
                                                            Role::Clerk, {}});
        QCOMPARE(user.size(), 3);
        QCOMPARE(user.at(0).code, QStringLiteral("invalid_username"));
        QCOMPARE(user.at(2).code, QStringLiteral("password_too_short"));
        QVERIFY(users::problems(UserDraft{QStringLiteral("clerk"), QStringLiteral("Clerk"),
                                          QStringLiteral("long enough password"), Role::Clerk, {}})
                    .isEmpty());
    }

    void aTypedCardIsReadAsPeopleWriteIt()
    {
        const QDate today(2026, 12, 7);
        for (const QString &expiry : {QStringLiteral("08/29"), QStringLiteral("0829"), QStringLiteral("8/2029"),
                                      QStringLiteral("08 / 29"), QStringLiteral("08-2029")}) {
            const auto r = cardentry::read(QStringLiteral("4242-4242 4242 4242"), expiry, QStringLiteral("123"), today);
            QVERIFY2(!r.problems.any(), qPrintable(expiry + u": " + r.problems.expiry));
            QCOMPARE(r.card.number, QStringLiteral("4242424242424242"));
            QCOMPARE(r.card.expiryMonth, 8);
            QCOMPARE(r.card.expiryYear, 2029);
        }
        // A card is good to the end of its month.
        QVERIFY(!cardentry::read(QStringLiteral("4242424242424242"), QStringLiteral("12/26"), QStringLiteral("1234"), today).problems.any());
        QVERIFY(!cardentry::read(QStringLiteral("4242424242424242"), QStringLiteral("11/26"), QStringLiteral("123"), today).problems.expiry.isEmpty());
        const auto wrong = cardentry::read(QStringLiteral("4242 4242 4242 4243"), QStringLiteral("00/29"), QStringLiteral("12a"), today);
        QVERIFY(!wrong.problems.number.isEmpty());
        QVERIFY(!wrong.problems.expiry.isEmpty());
        QVERIFY(!wrong.problems.securityCode.isEmpty());

        QCOMPARE(cardentry::grouped(QStringLiteral("4242424242424242")), QStringLiteral("4242 4242 4242 4242"));
        QCOMPARE(cardentry::grouped(QStringLiteral("3782 822463 10005")), QStringLiteral("3782 822463 10005"));
        QCOMPARE(cardentry::grouped(QStringLiteral("378282246310005")), QStringLiteral("3782 822463 10005"));
        QCOMPARE(cardnumbers::brandName(cardnumbers::brandCode(u"378282246310005")), QStringLiteral("American Express"));
    }

    void cardNumbersAreRecognised()
    {
        QVERIFY(cardnumbers::passesLuhn(u"4242424242424242"));
        QVERIFY(cardnumbers::passesLuhn(u"378282246310005")); // 15 digits
        QVERIFY(!cardnumbers::passesLuhn(u"4242424242424241"));
        QVERIFY(!cardnumbers::passesLuhn(u"424242424242")); // too short
        QVERIFY(cardnumbers::looksTyped(u"tok 4242 4242 4242 4242"));
        QVERIFY(cardnumbers::looksTyped(u"5555-5555-5555-4444"));
        QVERIFY(!cardnumbers::looksTyped(u"tok_visa_17"));
        QVERIFY(!cardnumbers::looksTyped(u"010-1234-5678")); // a phone number
        QVERIFY(cardnumbers::foundIn("x4242424242424242y"));
        QVERIFY(cardnumbers::foundIn("number 378282246310005."));
        QVERIFY(!cardnumbers::foundIn("4242424242424241"));        // fails Luhn
        QVERIFY(!cardnumbers::foundIn("42424242424242424242424")); // a longer run is no card number
        QVERIFY(!cardnumbers::foundIn("at 1732960000, 55000 KRW, 010-1234-5678"));
    }

    void aCardNumberIsNeverAcceptedAsATokenOrBrand()
    {
        const QUuid booking = QUuid::createUuid();
        QVERIFY(payments::validate(PaymentRequest{booking, PaymentMethod::Card, QStringLiteral("tok_abc"),
                                                  QStringLiteral("VISA"), QStringLiteral("4242")}).ok());
        QCOMPARE(payments::validate(PaymentRequest{booking, PaymentMethod::Card, QStringLiteral("4242424242424242"),
                                                   QStringLiteral("VISA"), QStringLiteral("4242")}).error().code,
                 QStringLiteral("invalid_card_details"));
        QCOMPARE(payments::validate(PaymentRequest{booking, PaymentMethod::Card, QStringLiteral("tok_abc"),
                                                   QStringLiteral("VISA 4242 4242 4242 4242"), QStringLiteral("4242")})
                     .error().code,
                 QStringLiteral("invalid_card_details"));
    }

    void moneyMultipliesWithoutOverflow()
    {
        const Money price{50'000, QStringLiteral("KRW")};
        QCOMPARE(price.times(3).value().minor, 150'000);
        auto huge = Money{std::numeric_limits<qint64>::max() / 2, QStringLiteral("KRW")}.times(3);
        QVERIFY(!huge.ok());
        QCOMPARE(huge.error().code, QStringLiteral("amount_too_large"));
    }

    void currencyCodes()
    {
        QVERIFY(Money::isValidCurrency(QStringLiteral("KRW")));
        QVERIFY(!Money::isValidCurrency(QStringLiteral("krw")));
        QVERIFY(!Money::isValidCurrency(QStringLiteral("KRWX")));
        QVERIFY(!Money::isValidCurrency(QString()));
    }

    void periodIsHalfOpen()
    {
        const Period a = Period::make(0, 100).value();
        const Period b = Period::make(100, 200).value();
        const Period c = Period::make(99, 101).value();
        QVERIFY(!a.overlaps(b));
        QVERIFY(!b.overlaps(a));
        QVERIFY(a.overlaps(c));
        QVERIFY(c.overlaps(b));
        QCOMPARE(Period::make(5, 5).error().code, QStringLiteral("invalid_period"));
        QCOMPARE(Period::make(6, 5).error().code, QStringLiteral("invalid_period"));
        QCOMPARE(Period::make(0, qint64(Period::MaxDays + 1) * 86400).error().code,
                 QStringLiteral("period_too_long"));
        QCOMPARE(Period::make(QDateTime(), QDateTime::currentDateTimeUtc()).error().code,
                 QStringLiteral("invalid_period"));
    }

    void startedDaysCountAsWholeDays()
    {
        QCOMPARE(Period::make(0, 86400).value().days(), 1);
        QCOMPARE(Period::make(0, 86401).value().days(), 2);
        QCOMPARE(Period::make(0, 3600).value().days(), 1);
    }

    void peakCountsOnlySimultaneousUse_data()
    {
        QTest::addColumn<QList<Occupancy>>("bookings");
        QTest::addColumn<int>("peak");
        QTest::newRow("none") << QList<Occupancy>{} << 0;
        QTest::newRow("adjacent never add up") << QList<Occupancy>{{0, 10, 2}, {10, 20, 3}} << 3;
        QTest::newRow("overlap adds up") << QList<Occupancy>{{0, 10, 2}, {5, 20, 3}} << 5;
        // Pairwise overlapping but never all three at once: the sum (3) is not the peak.
        QTest::newRow("chain") << QList<Occupancy>{{0, 20, 1}, {20, 40, 1}, {10, 30, 1}} << 2;
        QTest::newRow("outside the period is ignored") << QList<Occupancy>{{-50, 0, 9}, {100, 200, 9}} << 0;
        QTest::newRow("nested") << QList<Occupancy>{{0, 100, 1}, {10, 20, 1}, {15, 18, 1}} << 3;
    }

    void peakCountsOnlySimultaneousUse()
    {
        QFETCH(QList<Occupancy>, bookings);
        QFETCH(int, peak);
        QCOMPARE(occupancy::peak(bookings, Period{0, 100}), peak);
    }

    void pricesFollowTheUnit()
    {
        ResourceDraft r;
        r.price = Money{1000, QStringLiteral("KRW")};
        r.pricingUnit = PricingUnit::PerDay;
        QCOMPARE(resources::priceFor(r, 2, 3).value().minor, 6000);
        r.pricingUnit = PricingUnit::PerSeat;
        QCOMPARE(resources::priceFor(r, 4, 3).value().minor, 4000);
        r.pricingUnit = PricingUnit::PerBooking;
        QCOMPARE(resources::priceFor(r, 4, 3).value().minor, 1000);
        r.pricingUnit = PricingUnit::PerMonth;
        QCOMPARE(resources::priceFor(r, 1, 31).value().minor, 2000);
        QCOMPARE(resources::priceFor(r, 1, 30).value().minor, 1000);
    }

    void resourceValidation()
    {
        ResourceDraft ok;
        ok.profile = Profile::Car;
        ok.name = QStringLiteral("Avante");
        ok.price = Money{1, QStringLiteral("KRW")};
        QVERIFY(resources::validate(ok).ok());
        ResourceDraft bad = ok;
        bad.name = QStringLiteral("   ");
        QCOMPARE(resources::validate(bad).error().code, QStringLiteral("text_required"));
        bad = ok;
        bad.name = QString(resources::MaxNameLength + 1, u'x');
        QCOMPARE(resources::validate(bad).error().code, QStringLiteral("text_too_long"));
        bad = ok;
        bad.name = QStringLiteral("Ava\u0007nte");
        QCOMPARE(resources::validate(bad).error().code, QStringLiteral("text_invalid_characters"));
        bad = ok;
        bad.capacity = 0;
        QCOMPARE(resources::validate(bad).error().code, QStringLiteral("invalid_capacity"));
        bad = ok;
        bad.price.minor = -1;
        QCOMPARE(resources::validate(bad).error().code, QStringLiteral("invalid_price"));
    }

    void customerValidation()
    {
        QVERIFY(customers::validate({QStringLiteral("김민지"), QStringLiteral("010-1234-5678"), {}}).ok());
        QCOMPARE(customers::validate({QStringLiteral("Kim"), QStringLiteral("call me"), {}}).error().code,
                 QStringLiteral("invalid_phone"));
        QCOMPARE(customers::validate({QStringLiteral("Kim"), {}, QStringLiteral("kim@")}).error().code,
                 QStringLiteral("invalid_email"));
        QVERIFY(customers::validate({QStringLiteral("Kim"), {}, QStringLiteral("kim@example.kr")}).ok());
    }

    void cardPaymentsNeedTokenBrandAndLastFour()
    {
        PaymentRequest card{QUuid(), PaymentMethod::Card, QStringLiteral("tok_1"), QStringLiteral("VISA"),
                            QStringLiteral("4242")};
        QVERIFY(payments::validate(card).ok());
        card.cardLast4 = QStringLiteral("4242424242424242"); // a whole number is refused
        QCOMPARE(payments::validate(card).error().code, QStringLiteral("invalid_card_details"));
        card.cardLast4 = QStringLiteral("42a2");
        QVERIFY(!payments::validate(card).ok());
        PaymentRequest cash{QUuid(), PaymentMethod::Cash, {}, {}, {}};
        QVERIFY(payments::validate(cash).ok());
    }

    void idsAreTimeOrderedVersion7()
    {
        QString previousTimestamp;
        QSet<QUuid> seen;
        for (int i = 0; i < 1000; ++i) {
            const QUuid id = ids::newId();
            QCOMPARE(id.data3 >> 12, 7); // QUuid::version() of Qt 6.4 knows only 1-5
            QCOMPARE(int(id.variant()), int(QUuid::DCE));
            QCOMPARE(ids::fromText(ids::toText(id)), id);
            // The first 48 bits are the creation millisecond: never going backwards.
            const QString timestamp = ids::toText(id).left(13);
            QVERIFY(timestamp >= previousTimestamp);
            previousTimestamp = timestamp;
            seen.insert(id);
        }
        QCOMPARE(seen.size(), 1000);
    }

    void profilesRoundTrip()
    {
        for (Profile p : profiles::all()) {
            QCOMPARE(profiles::fromKey(profiles::key(p)), p);
            QVERIFY(!profiles::displayName(p).isEmpty());
            QVERIFY(!profiles::startFulfilmentVerb(p).isEmpty());
        }
        QVERIFY(!profiles::fromKey(QStringLiteral("boat")).has_value());
        QVERIFY(!profiles::traits(Profile::Taxi).confirmsWhenPaid);
        QVERIFY(profiles::traits(Profile::Car).confirmsWhenPaid);
    }
};

QTEST_GUILESS_MAIN(TestDomain)
#include "tst_domain.moc"
