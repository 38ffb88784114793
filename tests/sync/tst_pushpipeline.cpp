// The counter's side of a pipelined push (issue 4), against a scripted HTTP server on
// loopback that answers only when told: the next batch leaves before the one before it is
// answered and names it, and a batch the server refuses for overtaking its predecessor is
// sent again once that one is answered, so every command reaches the server once, in order.
#include "scriptedserver.h"
#include "testbackend.h"

#include "domain/ids.h"
#include "sync/outbox.h"
#include "sync/syncengine.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

namespace {

QStringList commandIds(const QJsonObject &pushBody)
{
    QStringList ids;
    for (const QJsonValue &command : pushBody.value(QStringLiteral("commands")).toArray())
        ids.append(command.toObject().value(QStringLiteral("id")).toString());
    return ids;
}

QJsonObject allApplied(const QJsonObject &pushBody)
{
    QJsonArray answers;
    for (const QString &id : commandIds(pushBody))
        answers.append(QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("status"), QStringLiteral("applied")}});
    return QJsonObject{{QStringLiteral("answers"), answers}};
}

bool isPush(const ScriptedServer::Request &request)
{
    return request.path == QLatin1String("/api/v1/sync/push");
}

} // namespace

class TestPushPipeline final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theNextBatchLeavesEarlyAndOneThatOvertookItsPredecessorIsSentAgainAfterIt()
    {
        TestBackend counter(TestBackend::syncingShop(QStringLiteral("counter-a")));
        const Resource car = counter.addResource(Profile::Car, 1, 50'000, PricingUnit::PerDay, QStringLiteral("Avante"));
        const Customer customer = counter.addCustomer();
        for (int day = 1; day <= 3; ++day)
            QVERIFY(counter.hold(counter.request(car, customer, day * 2, 1)).ok());
        const auto waiting = [&counter]() {
            QStringList ids;
            const auto batch = TestBackend::await(counter.backend().readers().read<Result<outbox::Batch>>(
                [](const QSqlDatabase &db) { return outbox::batchAfter(db, 0, 100); }));
            for (const SyncCommand &command : batch.value().commands)
                ids.append(ids::toText(command.id));
            return ids;
        };
        const QStringList made = waiting();
        QVERIFY(made.size() >= 3);

        ScriptedServer server;
        QVERIFY(server.listen());
        SyncSettings settings;
        settings.server = server.url();
        settings.device = QStringLiteral("counter-a");
        settings.token = QStringLiteral("scripted");
        settings.pushBatch = 1;
        SyncEngine engine(counter.backend(), settings);
        QSignalSpy arrived(&server, &ScriptedServer::requested);
        engine.start();

        // The first batch is not answered, and the second leaves anyway, naming the first.
        // They travel on two connections: either may arrive first.
        QTRY_COMPARE_WITH_TIMEOUT(arrived.count(), 2, 10'000);
        const auto carrying = [&server](const QString &commandId, int after) {
            for (const ScriptedServer::Request &request : server.requests())
                if (request.number > after && isPush(request) && commandIds(request.body) == QStringList{commandId})
                    return request;
            return ScriptedServer::Request{};
        };
        const ScriptedServer::Request first = carrying(made.at(0), 0);
        const ScriptedServer::Request second = carrying(made.at(1), 0);
        QVERIFY(first.number > 0 && second.number > 0);
        QVERIFY(!first.body.contains(QStringLiteral("follows")));
        QCOMPARE(second.body.value(QStringLiteral("follows")).toString(), made.at(0));

        // The second overtook the first on the way: the server refuses it whole.
        server.answer(second.number, 409,
                      QJsonObject{{QStringLiteral("code"), QStringLiteral("push_out_of_order")},
                                  {QStringLiteral("detail"), QStringLiteral("The changes sent before these have not "
                                                                            "reached the server yet.")}});
        // From now on the server answers at once, as the real one does: a push whose
        // predecessor it has not applied is refused, any other applied; every pull gets nothing
        // new (a long poll it keeps open).
        QStringList applied;
        const auto apply = [&server, &applied](const ScriptedServer::Request &request) {
            server.answer(request.number, 200, allApplied(request.body));
            applied += commandIds(request.body);
        };
        connect(&server, &ScriptedServer::requested, &server, [&](const ScriptedServer::Request &request) {
            const QString follows = request.body.value(QStringLiteral("follows")).toString();
            if (isPush(request) && !follows.isEmpty() && !applied.contains(follows))
                server.answer(request.number, 409, QJsonObject{{QStringLiteral("code"), QStringLiteral("push_out_of_order")}});
            else if (isPush(request))
                apply(request);
            else if (!request.query.contains(QStringLiteral("wait=")) || request.query.contains(QStringLiteral("wait=0")))
                server.answer(request.number, 200,
                              QJsonObject{{QStringLiteral("cursor"), 0}, {QStringLiteral("more"), false},
                                          {QStringLiteral("changes"), QJsonArray()}});
        });
        apply(first);

        QTRY_COMPARE_WITH_TIMEOUT(waiting(), QStringList(), 10'000);
        // The refused batch went again only once the first was answered: it names nothing.
        const ScriptedServer::Request resent = carrying(made.at(1), 2);
        QVERIFY(resent.number > 0);
        QVERIFY(!resent.body.contains(QStringLiteral("follows")));
        // Every command was applied once, in the order it was made.
        QCOMPARE(applied, made);
    }
};

QTEST_GUILESS_MAIN(TestPushPipeline)
#include "tst_pushpipeline.moc"
