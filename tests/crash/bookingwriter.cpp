#include "bookingwriter.h"

#include "api/backend.h"
#include "domain/profile.h"

#include <QCoreApplication>

namespace {

constexpr qint64 Day = 24 * 60 * 60;
constexpr qint64 FirstDay = 1'900'000'000; // 2030-03-17 UTC
constexpr int DaysSpread = 3650;           // bookings rarely overlap: capacity checks stay cheap
// Every third booking is paid, so payments and the confirmations they set off are written too.
constexpr quint64 PayEvery = 3;

template<typename T>
T await(QFuture<T> future)
{
    future.waitForFinished();
    return future.result();
}

} // namespace

BookingWriter::BookingWriter(Backend &backend, QObject *parent)
    : QObject(parent), m_backend(backend), m_random(QRandomGenerator::global()->generate())
{
    // Unbuffered on descriptor 1 (stdout): one write per line, nothing held back in a buffer
    // that SIGKILL would discard.
    constexpr int StandardOutput = 1;
    if (!m_out.open(StandardOutput, QIODevice::WriteOnly | QIODevice::Unbuffered))
        qFatal("cannot write to stdout");
}

Result<void> BookingWriter::prepare()
{
    auto resources = await(m_backend.inventory().page(0, 1));
    if (!resources)
        return resources.error();
    if (!resources->isEmpty()) {
        m_resourceId = resources->constFirst().id;
    } else {
        ResourceDraft draft;
        draft.profile = Profile::Car;
        draft.name = QStringLiteral("Crash test fleet");
        draft.price = Money{10'000, QStringLiteral("KRW")};
        draft.pricingUnit = PricingUnit::PerDay;
        draft.capacity = resources::MaxCapacity; // holds never conflict
        auto made = await(m_backend.inventory().registerResource(draft));
        if (!made)
            return made.error();
        m_resourceId = made->id;
    }

    auto customers = await(m_backend.customers().page(0, 1));
    if (!customers)
        return customers.error();
    if (!customers->isEmpty()) {
        m_customerId = customers->constFirst().id;
    } else {
        auto made = await(m_backend.customers().registerCustomer(
            CustomerDraft{QStringLiteral("Crash Tester"), QStringLiteral("010-0000-0000"), {}}));
        if (!made)
            return made.error();
        m_customerId = made->id;
    }
    return {};
}

void BookingWriter::start(int inFlight)
{
    for (int i = 0; i < inFlight; ++i)
        submitHold();
}

void BookingWriter::submitHold()
{
    HoldRequest request;
    request.resourceId = m_resourceId;
    request.customerId = m_customerId;
    request.quantity = 1 + m_random.bounded(3);
    request.start = FirstDay + m_random.bounded(DaysSpread) * Day + m_random.bounded(24) * 60 * 60;
    request.end = request.start + (1 + m_random.bounded(7)) * Day;
    m_backend.reservations().hold(request).then(this, [this](const Result<Reservation> &held) {
        if (!held)
            return fail(held.error());
        report("committed", held->id);
        if (++m_held % PayEvery == 0)
            submitPayment(held->id);
        else
            submitHold();
    });
}

void BookingWriter::submitPayment(const QUuid &reservationId)
{
    PaymentRequest request;
    request.reservationId = reservationId;
    request.method = PaymentMethod::Cash;
    m_backend.reservations().pay(request).then(this, [this, reservationId](const Result<PaymentOutcome> &paid) {
        if (!paid)
            return fail(paid.error());
        if (paid->paymentStatus != PaymentStatus::Approved)
            return fail(Error{QStringLiteral("not_approved"), paid->reason});
        report("paid", reservationId);
        submitHold();
    });
}

void BookingWriter::report(QByteArrayView what, const QUuid &id)
{
    const QByteArray line = what.toByteArray() + ' ' + id.toByteArray(QUuid::WithoutBraces) + '\n';
    if (m_out.write(line) != line.size())
        qFatal("cannot write to stdout");
}

void BookingWriter::fail(const Error &error)
{
    if (m_failed)
        return;
    m_failed = true;
    qCritical("crashwriter: refused: %s: %s", qPrintable(error.code), qPrintable(error.message));
    QCoreApplication::exit(2);
}
