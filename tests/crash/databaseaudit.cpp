#include "databaseaudit.h"

#include "domain/domainevent.h"
#include "domain/lifecycle.h"
#include "storage/migrations.h"

#include <QJsonDocument>
#include <QSqlError>

namespace {
constexpr int MaxProblemsShown = 20;
}

DatabaseAudit::DatabaseAudit(const QString &path, const QString &connectionName)
    : m_name(connectionName)
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    m_db.setDatabaseName(path);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!m_db.open())
        problem(QStringLiteral("cannot open the database: ") + m_db.lastError().text());
}

DatabaseAudit::~DatabaseAudit()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

QStringList DatabaseAudit::run(const Acknowledged &ack)
{
    if (!m_db.isOpen())
        return m_problems;
    checkSqlite();
    checkSetup();
    loadReservations();
    loadPayments();
    loadEvents();
    checkAcknowledged(ack);
    checkReservations();
    checkReadModel();
    checkOutbox();
    checkMeta();
    return m_problems;
}

DatabaseAudit::Totals DatabaseAudit::totals() const
{
    return Totals{m_reservations.size(), m_paymentCount, m_eventCount};
}

void DatabaseAudit::problem(const QString &text)
{
    if (m_problems.size() < MaxProblemsShown)
        m_problems << text;
    else if (m_problems.size() == MaxProblemsShown)
        m_problems << QStringLiteral("… and more");
}

std::optional<QSqlQuery> DatabaseAudit::select(const QString &sql)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(sql)) {
        problem(sql + QStringLiteral(": ") + query.lastError().text());
        return std::nullopt;
    }
    return query;
}

void DatabaseAudit::checkSqlite()
{
    if (auto q = select(QStringLiteral("PRAGMA integrity_check"))) {
        QStringList answer;
        while (q->next())
            answer << q->value(0).toString();
        if (answer != QStringList{QStringLiteral("ok")})
            problem(QStringLiteral("integrity_check: ") + answer.join(u'\n'));
    }
    if (auto q = select(QStringLiteral("PRAGMA foreign_key_check"))) {
        while (q->next())
            problem(QStringLiteral("foreign_key_check: %1 rowid %2 refers to a missing %3 row")
                        .arg(q->value(0).toString(), q->value(1).toString(), q->value(2).toString()));
    }
}

void DatabaseAudit::checkSetup()
{
    if (auto q = select(QStringLiteral("SELECT MAX(version) FROM schema_migrations")); q && q->next()) {
        if (q->value(0).toInt() != migrations::latestVersion())
            problem(QStringLiteral("schema version %1, expected %2")
                        .arg(q->value(0).toInt())
                        .arg(migrations::latestVersion()));
    }
    // The writer reuses what an earlier run made: a second one would mean it was lost.
    for (const QString &table : {QStringLiteral("resources"), QStringLiteral("customers")}) {
        auto q = select(QStringLiteral("SELECT id FROM ") + table);
        while (q && q->next())
            m_otherAggregates.insert(q->value(0).toString());
    }
    if (m_otherAggregates.size() != 2)
        problem(QStringLiteral("expected one resource and one customer, found %1 rows")
                    .arg(m_otherAggregates.size()));
}

void DatabaseAudit::loadReservations()
{
    auto q = select(QStringLiteral("SELECT id, status, payment_status, version, end_at - start_at "
                                   "FROM reservations"));
    while (q && q->next()) {
        m_reservations.insert(q->value(0).toString(),
                              ReservationRow{q->value(1).toInt(), q->value(2).toInt(),
                                             q->value(3).toInt(), q->value(4).toLongLong()});
    }
}

void DatabaseAudit::loadPayments()
{
    auto q = select(QStringLiteral("SELECT reservation_id, status FROM payments"));
    while (q && q->next()) {
        ++m_paymentCount;
        // Record status 0 is approved; the writer never refunds, and cash is never declined.
        if (q->value(1).toInt() != 0)
            problem(QStringLiteral("payment for %1 has status %2")
                        .arg(q->value(0).toString())
                        .arg(q->value(1).toInt()));
        m_approvedPayments[q->value(0).toString()] += 1;
    }
}

void DatabaseAudit::loadEvents()
{
    auto q = select(QStringLiteral("SELECT seq, type, aggregate_id, payload FROM events ORDER BY seq"));
    while (q && q->next()) {
        ++m_eventCount;
        const QString type = q->value(1).toString();
        const QString aggregate = q->value(2).toString();
        if (!m_reservations.contains(aggregate)) {
            if (!m_otherAggregates.contains(aggregate))
                problem(QStringLiteral("event %1 (%2) is about %3, which does not exist")
                            .arg(q->value(0).toString(), type, aggregate));
            continue;
        }
        EventTrail &trail = m_trails[aggregate];
        if (trail.firstType.isEmpty())
            trail.firstType = type;
        if (type == events::ReservationHeld)
            ++trail.held;
        if (type == events::PaymentApproved)
            ++trail.paymentsApproved;
        trail.lastSeq = q->value(0).toLongLong();
        trail.lastPayload = QJsonDocument::fromJson(q->value(3).toString().toUtf8()).object();
    }
}

void DatabaseAudit::checkAcknowledged(const Acknowledged &ack)
{
    for (const QString &id : ack.committed) {
        if (!m_reservations.contains(id))
            problem(QStringLiteral("acknowledged booking %1 is missing").arg(id));
    }
    for (const QString &id : ack.paid) {
        const auto row = m_reservations.constFind(id);
        if (row == m_reservations.cend())
            problem(QStringLiteral("acknowledged paid booking %1 is missing").arg(id));
        else if (row->paymentStatus != int(PaymentStatus::Approved) || !m_approvedPayments.contains(id))
            problem(QStringLiteral("acknowledged payment of %1 is lost (payment status %2, %3 payment rows)")
                        .arg(id)
                        .arg(row->paymentStatus)
                        .arg(m_approvedPayments.value(id)));
    }
}

// A reservation's events are appended in the transactions that change it: the last one must
// describe exactly the state the row is in.
void DatabaseAudit::checkReservations()
{
    for (auto it = m_reservations.cbegin(); it != m_reservations.cend(); ++it) {
        const QString &id = it.key();
        const ReservationRow &row = it.value();
        const EventTrail trail = m_trails.value(id);
        if (trail.held != 1 || trail.firstType != events::ReservationHeld) {
            problem(QStringLiteral("booking %1: %2 ReservationHeld events, first event %3")
                        .arg(id)
                        .arg(trail.held)
                        .arg(trail.firstType.isEmpty() ? QStringLiteral("none") : trail.firstType));
            continue;
        }
        const QString rowStatus = lifecycle::key(ReservationStatus(row.status));
        const QString rowPayment = lifecycle::key(PaymentStatus(row.paymentStatus));
        const QString status = trail.lastPayload.value(QStringLiteral("status")).toString();
        const QString payment = trail.lastPayload.value(QStringLiteral("paymentStatus")).toString();
        const int version = trail.lastPayload.value(QStringLiteral("version")).toInt();
        if (status != rowStatus || payment != rowPayment || version != row.version)
            problem(QStringLiteral("booking %1 is %2/%3 v%4 but its last event says %5/%6 v%7")
                        .arg(id, rowStatus, rowPayment)
                        .arg(row.version)
                        .arg(status, payment)
                        .arg(version));
        const int approved = m_approvedPayments.value(id);
        const int expected = row.paymentStatus == int(PaymentStatus::Approved) ? 1 : 0;
        if (approved != expected || trail.paymentsApproved != expected)
            problem(QStringLiteral("booking %1 has payment status %2, %3 approved payments, "
                                   "%4 PaymentApproved events")
                        .arg(id)
                        .arg(row.paymentStatus)
                        .arg(approved)
                        .arg(trail.paymentsApproved));
    }
    for (auto it = m_approvedPayments.cbegin(); it != m_approvedPayments.cend(); ++it) {
        if (!m_reservations.contains(it.key()))
            problem(QStringLiteral("payment for missing booking %1").arg(it.key()));
    }
}

void DatabaseAudit::checkReadModel()
{
    QSet<QString> seen;
    auto q = select(QStringLiteral("SELECT reservation_id, status, payment_status, last_event_seq "
                                   "FROM my_bookings"));
    while (q && q->next()) {
        const QString id = q->value(0).toString();
        seen.insert(id);
        const auto row = m_reservations.constFind(id);
        if (row == m_reservations.cend()) {
            problem(QStringLiteral("my_bookings has %1, which is not booked").arg(id));
            continue;
        }
        if (q->value(1).toString() != lifecycle::key(ReservationStatus(row->status))
            || q->value(2).toString() != lifecycle::key(PaymentStatus(row->paymentStatus))
            || q->value(3).toLongLong() != m_trails.value(id).lastSeq)
            problem(QStringLiteral("my_bookings row of %1 (%2/%3 at event %4) disagrees with the booking")
                        .arg(id, q->value(1).toString(), q->value(2).toString(), q->value(3).toString()));
    }
    if (seen.size() != m_reservations.size())
        problem(QStringLiteral("my_bookings has %1 rows for %2 bookings")
                    .arg(seen.size())
                    .arg(m_reservations.size()));
}

// The outbox is written with the event that causes it: every booking has told its customer.
void DatabaseAudit::checkOutbox()
{
    QSet<QString> told;
    auto q = select(QStringLiteral("SELECT DISTINCT reservation_id FROM notifications"));
    while (q && q->next()) {
        const QString id = q->value(0).toString();
        if (!id.isEmpty() && !m_reservations.contains(id))
            problem(QStringLiteral("notification about %1, which is not booked").arg(id));
        told.insert(id);
    }
    for (auto it = m_reservations.cbegin(); it != m_reservations.cend(); ++it) {
        if (!told.contains(it.key()))
            problem(QStringLiteral("booking %1 has no notification").arg(it.key()));
    }
}

// Overlap searches look back as far as the longest booking recorded here.
void DatabaseAudit::checkMeta()
{
    qint64 longest = 0;
    for (const ReservationRow &row : std::as_const(m_reservations))
        longest = std::max(longest, row.seconds);
    auto q = select(QStringLiteral("SELECT value FROM meta WHERE key = 'max_reservation_seconds'"));
    if (q && (!q->next() || q->value(0).toLongLong() < longest))
        problem(QStringLiteral("meta.max_reservation_seconds is below the longest booking (%1 s)").arg(longest));
}
