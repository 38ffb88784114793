#include "cataloguegenerator.h"

#include "domain/ids.h"
#include "domain/profile.h"
#include "timelinegenerator.h"

#include <QJsonObject>

#include <array>

CatalogueGenerator::CatalogueGenerator(qint64 now, quint32 seed) : m_now(now), m_random(seed)
{
}

Resource CatalogueGenerator::resource(int index)
{
    static const std::array<QString, 10> cars{
        QStringLiteral("Avante"), QStringLiteral("Sonata"), QStringLiteral("K5"),
        QStringLiteral("Grandeur"), QStringLiteral("Morning"), QStringLiteral("Tucson"),
        QStringLiteral("Santa Fe"), QStringLiteral("Carnival"), QStringLiteral("Ioniq 5"),
        QStringLiteral("EV6")};
    static const std::array<QString, 6> items{
        QStringLiteral("Camera"), QStringLiteral("Tent"), QStringLiteral("Drill"),
        QStringLiteral("Projector"), QStringLiteral("Bicycle"), QStringLiteral("Kayak")};

    Resource r;
    r.id = ids::newId();
    r.createdAt = r.updatedAt = m_now - 800 * TimelineGenerator::Day;
    r.data.price.currency = QStringLiteral("KRW");
    // One in ten is a fleet of several units (capacity > 1), booked by the day like the rest:
    // an exhibition session's fixed slot would not take day-long bookings. The rest are cars
    // and items, one unit each.
    if (index % 10 == 9) {
        r.data.profile = Profile::Item;
        r.data.name = QStringLiteral("Bicycle fleet %1").arg(index, 5, 10, QLatin1Char('0'));
        r.data.capacity = m_random.bounded(4, 21);
        r.data.pricingUnit = PricingUnit::PerSeat;
        r.data.price.minor = 15'000;
    } else if (index % 2 == 0) {
        r.data.profile = Profile::Car;
        const QString plate = QStringLiteral("%1A%2").arg(m_random.bounded(10, 100)).arg(index, 5, 10, QLatin1Char('0'));
        r.data.name = cars.at(m_random.bounded(int(cars.size()))) + u' ' + plate;
        r.data.attributes = QJsonObject{{QStringLiteral("plate"), plate}};
        r.data.price.minor = 1'000 * m_random.bounded(40, 151);
    } else {
        r.data.profile = Profile::Item;
        r.data.name = items.at(m_random.bounded(int(items.size()))) + QStringLiteral(" #%1").arg(index);
        r.data.price.minor = 1'000 * m_random.bounded(5, 51);
    }
    // A few are in the workshop: they have a history but take no new bookings.
    if (m_random.bounded(100) < 2)
        r.status = ResourceStatus::Maintenance;
    return r;
}

Customer CatalogueGenerator::customer(int index)
{
    static const std::array<QString, 8> surnames{
        QStringLiteral("Kim"), QStringLiteral("Lee"), QStringLiteral("Park"), QStringLiteral("Choi"),
        QStringLiteral("Jung"), QStringLiteral("Kang"), QStringLiteral("Cho"), QStringLiteral("Yoon")};
    static const std::array<QString, 8> givenNames{
        QStringLiteral("Minji"), QStringLiteral("Jiho"), QStringLiteral("Seoyeon"), QStringLiteral("Hyun"),
        QStringLiteral("Jisoo"), QStringLiteral("Dohyun"), QStringLiteral("Yuna"), QStringLiteral("Junwoo")};

    Customer c;
    c.id = ids::newId();
    c.data.name = surnames.at(m_random.bounded(int(surnames.size()))) + u' '
                  + givenNames.at(m_random.bounded(int(givenNames.size())));
    c.data.phone = QStringLiteral("010-%1-%2")
                       .arg(m_random.bounded(1000, 10000))
                       .arg(m_random.bounded(1000, 10000));
    // Walk-in customers often leave no e-mail address.
    if (index % 2 == 0)
        c.data.email = QStringLiteral("customer%1@example.com").arg(index);
    c.createdAt = m_now - m_random.bounded(1, 800) * TimelineGenerator::Day;
    return c;
}
