#pragma once

#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>
#include <QStringList>

#include <optional>

// What the crash writer reported, over all its runs: every one of these must be in the file.
struct Acknowledged final
{
    QSet<QString> committed; // reservation ids
    QSet<QString> paid;      // reservation ids
};

// Inspects a database the crash writer was killed on and lists every inconsistency found
// (empty = consistent): SQLite's own integrity and foreign-key checks, every acknowledged
// booking and payment present, and the event log, the My-bookings read model and the
// notification outbox agreeing with the tables they are written with in one transaction.
// Opens the file read-only, so the next writer still has to recover the WAL by itself.
class DatabaseAudit final
{
public:
    struct Totals
    {
        qint64 reservations = 0;
        qint64 payments = 0;
        qint64 events = 0;
    };

    DatabaseAudit(const QString &path, const QString &connectionName);
    ~DatabaseAudit();
    Q_DISABLE_COPY_MOVE(DatabaseAudit)

    QStringList run(const Acknowledged &ack);
    Totals totals() const;

private:
    struct ReservationRow
    {
        int status = 0;
        int paymentStatus = 0;
        int version = 0;
        qint64 seconds = 0;
    };

    // What the event log says about one reservation.
    struct EventTrail
    {
        int held = 0;
        QString firstType;
        qint64 lastSeq = 0;
        QJsonObject lastPayload;
        int paymentsApproved = 0;
    };

    void problem(const QString &text);
    std::optional<QSqlQuery> select(const QString &sql);
    void checkSqlite();
    void checkSetup();
    void loadReservations();
    void loadPayments();
    void loadEvents();
    void checkAcknowledged(const Acknowledged &ack);
    void checkReservations();
    void checkReadModel();
    void checkOutbox();
    void checkMeta();

    QString m_name;
    QSqlDatabase m_db;
    QStringList m_problems;
    QSet<QString> m_otherAggregates; // the resource and the customer
    QHash<QString, ReservationRow> m_reservations;
    QHash<QString, int> m_approvedPayments;
    QHash<QString, EventTrail> m_trails;
    qint64 m_paymentCount = 0;
    qint64 m_eventCount = 0;
};
