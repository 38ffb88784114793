// Two rentaldesk-server processes on one PostgreSQL database (issue 4): holds for the same
// car and period sent to both at once never exceed its capacity.
#include "serverprocess.h"
#include "testbackend.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

class TestPgServers final : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_network;

    QNetworkReply *post(const QUrl &server, const QString &path, const QJsonObject &body, const QByteArray &token = {})
    {
        QNetworkRequest request(server.resolved(QUrl(path)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token);
        return m_network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    }

    static bool finished(QNetworkReply *reply)
    {
        return reply->isFinished() || QSignalSpy(reply, &QNetworkReply::finished).wait(30'000);
    }

    QByteArray signIn(const QUrl &server)
    {
        QNetworkReply *reply = post(server, QStringLiteral("/api/v1/auth/token"),
                                    QJsonObject{{QStringLiteral("username"), QStringLiteral("clerk")},
                                                {QStringLiteral("password"), QStringLiteral("password-123")},
                                                {QStringLiteral("device"), QStringLiteral("test")}});
        if (!finished(reply))
            return {};
        const QByteArray answer = reply->readAll();
        reply->deleteLater();
        const QByteArray token = QJsonDocument::fromJson(answer).object().value(QStringLiteral("token")).toString().toUtf8();
        if (token.isEmpty())
            qWarning("no token: %s", answer.constData());
        return token;
    }

private Q_SLOTS:
    void concurrentHoldsOnTwoServersNeverExceedCapacity()
    {
        const QString url = qEnvironmentVariable("RD_TEST_DATABASE");
        QVERIFY2(url.startsWith(QLatin1String("postgresql://")), "RD_TEST_DATABASE must name the test cluster");
        TestBackend shop; // a fresh schema of the test database, migrated
        TestBackend::must(shop.backend().accounts().setUp(
            Profile::Car, UserDraft{QStringLiteral("boss"), QStringLiteral("Boss"), QStringLiteral("password-123"),
                                    Role::Manager, {}}));
        TestBackend::must(shop.backend().accounts().createUser(
            UserDraft{QStringLiteral("clerk"), QStringLiteral("Clerk"), QStringLiteral("password-123"), Role::Clerk, {}}));
        constexpr int Capacity = 2;
        const Resource van = shop.addResource(Profile::Car, Capacity);
        const Customer customer = shop.addCustomer();

        const QString database = url + QStringLiteral("?schema=") + shop.databaseOptions().schema;
        ServerProcess first(database);
        ServerProcess second(database);
        QVERIFY2(first.start(), qPrintable(first.output()));
        QVERIFY2(second.start(), qPrintable(second.output()));
        const QList<QUrl> servers{first.url(), second.url()};
        const QList<QByteArray> tokens{signIn(first.url()), signIn(second.url())};
        QVERIFY2(!tokens.at(0).isEmpty() && !tokens.at(1).isEmpty(), qPrintable(first.output() + second.output()));

        constexpr int Rounds = 4;
        constexpr int HoldsPerRound = 12;
        for (int round = 0; round < Rounds; ++round) {
            const HoldRequest request = shop.request(van, customer, 30 + 10 * round, 2);
            const QJsonObject body{{QStringLiteral("resource"), van.id.toString(QUuid::WithoutBraces)},
                                   {QStringLiteral("customer"), customer.id.toString(QUuid::WithoutBraces)},
                                   {QStringLiteral("quantity"), 1},
                                   {QStringLiteral("start"), QDateTime::fromSecsSinceEpoch(request.start, QTimeZone::utc()).toString(Qt::ISODate)},
                                   {QStringLiteral("end"), QDateTime::fromSecsSinceEpoch(request.end, QTimeZone::utc()).toString(Qt::ISODate)}};
            QList<QNetworkReply *> replies;
            for (int i = 0; i < HoldsPerRound; ++i)
                replies.append(post(servers.at(i % 2), QStringLiteral("/api/v1/reservations"), body, tokens.at(i % 2)));
            int held = 0;
            int refused = 0;
            for (QNetworkReply *reply : replies) {
                QVERIFY(finished(reply));
                const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
                if (status == 201)
                    ++held;
                else if (status == 409 && answer.value(QStringLiteral("code")).toString() == QLatin1String("capacity_conflict"))
                    ++refused;
                else
                    QFAIL(qPrintable(QStringLiteral("unexpected answer %1: %2")
                                         .arg(status)
                                         .arg(QString::fromUtf8(QJsonDocument(answer).toJson()))));
                reply->deleteLater();
            }
            QCOMPARE(held, Capacity);
            QCOMPARE(refused, HoldsPerRound - Capacity);
        }
    }
};

QTEST_GUILESS_MAIN(TestPgServers)
#include "tst_pgservers.moc"
