// Notifications: queued from events in the same transaction, delivered by the desktop and
// SMS channels, failed SMS retried with backoff until the gateway takes them, never lost.
// The SMS gateway is a real HTTP server on loopback that fails on demand.
#include "domain/ids.h"
#include "notify/desktopsink.h"
#include "notify/notificationdispatcher.h"
#include "notify/smssink.h"
#include "storage/notificationrepository.h"
#include "testbackend.h"

#include <QHttpServer>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

namespace {

// An SMS provider that answers 503 to the first `failuresLeft` messages, then 200.
class FakeSmsGateway final
{
public:
    FakeSmsGateway()
    {
        m_server.route(QStringLiteral("/sms"), QHttpServerRequest::Method::Post,
                       [this](const QHttpServerRequest &request) {
                           received << QJsonDocument::fromJson(request.body()).object();
                           if (failuresLeft > 0) {
                               --failuresLeft;
                               return QHttpServerResponse(QHttpServerResponder::StatusCode::ServiceUnavailable);
                           }
                           return QHttpServerResponse(QHttpServerResponder::StatusCode::Ok);
                       });
        m_port = m_server.listen(QHostAddress::LocalHost, 0);
    }

    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1/sms").arg(m_port)); }

    int failuresLeft = 0;
    QList<QJsonObject> received;

private:
    QHttpServer m_server;
    quint16 m_port = 0;
};

} // namespace

class TestNotifications final : public QObject
{
    Q_OBJECT

private:
    static QList<Notification> outbox(TestBackend &t, const QUuid &customerId)
    {
        return TestBackend::await(t.backend().readers().read<Result<QList<Notification>>>(
                                      [customerId](const QSqlDatabase &db) {
                                          return notificationrepository::forCustomer(db, customerId);
                                      }))
            .value();
    }

    static QList<Notification> only(const QList<Notification> &all, NotificationChannel channel)
    {
        QList<Notification> list;
        for (const Notification &n : all)
            if (n.channel == channel)
                list << n;
        return list;
    }

private Q_SLOTS:
    void eventsQueueMessagesInTheSameTransaction()
    {
        ShopSettings settings;
        settings.smsGatewayUrl = QUrl(QStringLiteral("http://127.0.0.1:9/sms"));
        TestBackend t(settings);
        const Resource car = t.addResource(Profile::Car, 1, 10'000, PricingUnit::PerDay, QStringLiteral("Avante"));
        const Customer withPhone = t.addCustomer(QStringLiteral("Kim"), QStringLiteral("010-1111-2222"));
        const Customer withoutPhone = t.addCustomer(QStringLiteral("Lee"), QString());
        const Reservation r = t.hold(t.request(car, withPhone, 1, 1)).value();
        (void)t.payByCard(r.id);
        (void)t.hold(t.request(car, withoutPhone, 5, 1)).value();

        const auto kim = outbox(t, withPhone.id);
        QStringList templates;
        for (const Notification &n : only(kim, NotificationChannel::Desktop))
            templates << n.templateKey;
        QCOMPARE(templates, (QStringList{QStringLiteral("reservation_held"), QStringLiteral("payment_approved"),
                                         QStringLiteral("reservation_confirmed")}));
        QCOMPARE(only(kim, NotificationChannel::Sms).size(), 3);
        QCOMPARE(only(kim, NotificationChannel::Sms).first().recipient, QStringLiteral("010-1111-2222"));
        QVERIFY(kim.first().body.contains(QLatin1StringView("Avante")));
        for (const Notification &n : kim) // every message names the booking by its code
            QVERIFY2(n.body.contains(bookingcodes::codeFor(r.id)), qPrintable(n.body));
        const auto lee = outbox(t, withoutPhone.id);
        QCOMPARE(lee.size(), 1); // no phone: desktop only
        QCOMPARE(lee.first().channel, NotificationChannel::Desktop);

        // A refused command queues nothing.
        const int before = int(outbox(t, withPhone.id).size());
        QVERIFY(!TestBackend::await(t.reservations().finishFulfilment(r.id)).ok());
        QCOMPARE(int(outbox(t, withPhone.id).size()), before);
    }

    void failedSmsIsRetriedWithBackoffUntilDelivered()
    {
        FakeSmsGateway gateway;
        gateway.failuresLeft = 2;
        ShopSettings settings;
        settings.smsGatewayUrl = gateway.url();
        TestBackend t(settings);
        const Resource car = t.addResource(Profile::Car);
        const Customer kim = t.addCustomer(QStringLiteral("Kim"), QStringLiteral("010-1111-2222"));
        (void)t.hold(t.request(car, kim, 1, 1)).value();

        QNetworkAccessManager network;
        NotificationDispatcher dispatcher(t.backend().executor(), t.backend().readers(), t.clock());
        auto desktop = std::make_unique<DesktopSink>();
        QSignalSpy shown(desktop.get(), &DesktopSink::notificationShown);
        dispatcher.addSink(std::move(desktop));
        dispatcher.addSink(std::make_unique<SmsSink>(gateway.url(), network));
        QSignalSpy rounds(&dispatcher, &NotificationDispatcher::roundFinished);

        dispatcher.deliverDue();
        QTRY_COMPARE_WITH_TIMEOUT(rounds.size(), 1, 10000); // the round may end before deliverDue() returns
        QCOMPARE(rounds.last().at(0).toInt(), 1); // desktop delivered
        QCOMPARE(rounds.last().at(1).toInt(), 1); // SMS failed (503)
        QCOMPARE(shown.count(), 1);
        QCOMPARE(shown.first().at(0).value<QUuid>(), kim.id);
        auto sms = only(outbox(t, kim.id), NotificationChannel::Sms).first();
        QCOMPARE(sms.status, NotificationStatus::Pending);
        QCOMPARE(sms.attempts, 1);
        QVERIFY(sms.lastError.contains(QLatin1StringView("503")));
        QCOMPARE(sms.nextAttemptAt, TestBackend::StartTime + NotificationDispatcher::retryDelaySecs(1));

        // Not due yet: nothing is sent.
        rounds.clear();
        dispatcher.deliverDue();
        QTRY_COMPARE_WITH_TIMEOUT(rounds.size(), 1, 10000); // the round may end before deliverDue() returns
        QCOMPARE(rounds.last().at(0).toInt() + rounds.last().at(1).toInt(), 0);
        QCOMPARE(gateway.received.size(), 1);

        t.clock().advance(NotificationDispatcher::retryDelaySecs(1));
        rounds.clear();
        dispatcher.deliverDue();
        QTRY_COMPARE_WITH_TIMEOUT(rounds.size(), 1, 10000); // the round may end before deliverDue() returns
        QCOMPARE(rounds.last().at(1).toInt(), 1); // second 503
        QCOMPARE(only(outbox(t, kim.id), NotificationChannel::Sms).first().attempts, 2);

        t.clock().advance(NotificationDispatcher::retryDelaySecs(2));
        rounds.clear();
        dispatcher.deliverDue();
        QTRY_COMPARE_WITH_TIMEOUT(rounds.size(), 1, 10000); // the round may end before deliverDue() returns
        QCOMPARE(rounds.last().at(0).toInt(), 1);
        sms = only(outbox(t, kim.id), NotificationChannel::Sms).first();
        QCOMPARE(sms.status, NotificationStatus::Delivered);
        QCOMPARE(sms.attempts, 3);
        QCOMPARE(gateway.received.size(), 3);
        for (const QJsonObject &body : gateway.received) {
            QCOMPARE(body.value(QStringLiteral("id")).toString(), ids::toText(sms.id)); // same id: dedupable
            QCOMPARE(body.value(QStringLiteral("to")).toString(), QStringLiteral("010-1111-2222"));
        }
        QCOMPARE(shown.count(), 1); // the desktop message was not shown twice
    }

    void unreachableGatewayKeepsMessagesPending()
    {
        ShopSettings settings;
        settings.smsGatewayUrl = QUrl(QStringLiteral("http://127.0.0.1:1/sms")); // nobody listens
        TestBackend t(settings);
        const Resource car = t.addResource(Profile::Car);
        const Customer kim = t.addCustomer();
        (void)t.hold(t.request(car, kim, 1, 1)).value();
        QNetworkAccessManager network;
        NotificationDispatcher dispatcher(t.backend().executor(), t.backend().readers(), t.clock());
        dispatcher.addSink(std::make_unique<SmsSink>(settings.smsGatewayUrl, network));
        QSignalSpy rounds(&dispatcher, &NotificationDispatcher::roundFinished);
        for (int attempt = 1; attempt <= 3; ++attempt) {
            rounds.clear();
            dispatcher.deliverDue();
            QTRY_COMPARE_WITH_TIMEOUT(rounds.size(), 1, 10000); // the round may end before deliverDue() returns
            t.clock().advance(NotificationDispatcher::retryDelaySecs(attempt));
        }
        const auto sms = only(outbox(t, kim.id), NotificationChannel::Sms).first();
        QCOMPARE(sms.status, NotificationStatus::Pending);
        QCOMPARE(sms.attempts, 3);
        QVERIFY(!sms.lastError.isEmpty());
    }

    void backoffGrowsAndIsCapped()
    {
        QCOMPARE(NotificationDispatcher::retryDelaySecs(1), 10);
        QCOMPARE(NotificationDispatcher::retryDelaySecs(2), 20);
        QCOMPARE(NotificationDispatcher::retryDelaySecs(3), 40);
        QCOMPARE(NotificationDispatcher::retryDelaySecs(50), 3600);
    }
};

QTEST_GUILESS_MAIN(TestNotifications)
#include "tst_notifications.moc"
