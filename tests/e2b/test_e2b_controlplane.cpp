// SPDX-License-Identifier: MIT
#include "e2btestserver.h"
#include "sandbox/e2b/e2bcreationqueue.h"
#include "sandbox/e2b/e2bsandbox.h"
#include "sandbox/e2b/e2bsandboxprovider.h"
#include "sandbox/sandboxoperations.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <memory>

using namespace E2bTest;

class TestE2bControlPlane final : public QObject
{
    Q_OBJECT

private slots:
    void create_sendsTheBodyAndJournalsBeforeAnyOtherCall();
    void create_500_failsAndIsNeverSentTwice();
    void create_429_waitsInTheQueueAndTriesAgain();
    void create_401_saysTheKeyIsInvalid();
    void missingKey_failsWithoutSending();
    void create_refusedConnection_isTriedAgain();
    void failureAfterCreate_killsTheSandbox();
    void cancelWhileCreating_killsTheSandboxWhenItAnswers();
    void kill_retriesUntilE2bConfirms();
    void kill_404_meansAlreadyGone();
    void kill_thatKeepsFailing_staysInTheLedger();
    void idempotentCall_retries5xxThreeTimesAtMost();
    void list_filtersByMetadataAndFollowsPages();
    void list_fallsBackToV1WithoutV2();

private:
    static SandboxSpec spec();
};

SandboxSpec TestE2bControlPlane::spec()
{
    SandboxSpec spec;
    spec.sessionId = QStringLiteral("s-1");
    spec.timeout = std::chrono::seconds(600);
    return spec;
}

void TestE2bControlPlane::create_sendsTheBodyAndJournalsBeforeAnyOtherCall()
{
    FakeLlmServer server;
    WatchedLedger ledger;
    int requestsWhenJournaled = -1;
    ledger.onCreated = [&](const SandboxLedger::Entry &) { requestsWhenJournaled = int(server.requests().size()); };
    E2bSandboxProvider provider(config(server), &ledger);
    const QDateTime start = QDateTime::currentDateTimeUtc();
    server.enqueue(created(QStringLiteral("isb1")));
    server.enqueue(info(QStringLiteral("isb1"), start, start.addSecs(600)));
    std::unique_ptr<SandboxCreation> creation(provider.create(spec()));
    QSignalSpy finished(creation.get(), &AsyncOperation::finished);
    QVERIFY(finished.wait());
    QVERIFY2(creation->succeeded(), qPrintable(creation->error().message));
    QCOMPARE(requestsWhenJournaled, 1);

    const FakeLlmServer::Request &create = server.requests().at(0);
    QCOMPARE(create.method, QByteArray("POST"));
    QCOMPARE(create.target, QByteArray("/sandboxes"));
    QCOMPARE(create.header("X-API-Key"), ApiKey.toUtf8());
    QVERIFY(create.header("User-Agent").startsWith("SpawnAI-Desktop/"));
    QCOMPARE(create.header("Accept"), QByteArray("application/json"));
    const QJsonObject body = QJsonDocument::fromJson(create.body).object();
    QCOMPARE(body.value(u"timeout").toInteger(), 600);
    QCOMPARE(body.value(u"secure"), QJsonValue(true));
    QCOMPARE(server.requests().at(1).target, QByteArray("/sandboxes/isb1"));

    std::unique_ptr<Sandbox> sandbox(creation->takeSandbox());
    QCOMPARE(sandbox->id(), QStringLiteral("isb1"));
    QCOMPARE(sandbox->kind(), SandboxKind::E2b);
    QCOMPARE(sandbox->expiresAt().toSecsSinceEpoch(), start.addSecs(600).toSecsSinceEpoch());
    const auto entry = ledger.entry(QStringLiteral("isb1"));
    QVERIFY(entry);
    QCOMPARE(entry->state, SandboxLedger::State::Live);
    QCOMPARE(entry->sessionId, QStringLiteral("s-1"));
    QCOMPARE(entry->kind, QStringLiteral("e2b"));
    // Dropping it kills it.
    server.enqueue(noContent());
    sandbox.reset();
    QTRY_COMPARE(ledger.entry(QStringLiteral("isb1"))->state, SandboxLedger::State::Killed);
    QCOMPARE(server.requests().last().method, QByteArray("DELETE"));
}

void TestE2bControlPlane::create_500_failsAndIsNeverSentTwice()
{
    FakeLlmServer server;
    MemorySandboxLedger ledger;
    E2bSandboxProvider provider(config(server), &ledger);
    server.enqueue(error(500, "internal error"));
    // What a second create would get: had the 500 been retried, the
    // creation would have taken this answer and succeeded. A create is not
    // idempotent, so it fails with the 500's error, and a failed call has
    // no retry left to send later (its timer stops when it finishes).
    server.enqueue(created(QStringLiteral("isb-twice")));
    std::unique_ptr<SandboxCreation> creation(provider.create(spec()));
    QSignalSpy finished(creation.get(), &AsyncOperation::finished);
    QVERIFY(finished.wait());
    QCOMPARE(creation->error().kind, ErrorKind::Api);
    QVERIFY2(creation->error().message.contains(u"internal error"), qPrintable(creation->error().message));
    QCOMPARE(server.requests().size(), 1);
    QVERIFY(ledger.allEntries().isEmpty());
    QCOMPARE(provider.queue()->inUse(), 0);
}

void TestE2bControlPlane::create_429_waitsInTheQueueAndTriesAgain()
{
    FakeLlmServer server;
    MemorySandboxLedger ledger;
    E2bSandboxProvider provider(config(server), &ledger);
    const QDateTime start = QDateTime::currentDateTimeUtc();
    server.enqueue(error(429, "you have reached the maximum number of concurrent E2B sandboxes (20)"));
    server.enqueue(created(QStringLiteral("isb2")));
    server.enqueue(info(QStringLiteral("isb2"), start, start.addSecs(600)));
    std::unique_ptr<SandboxCreation> creation(provider.create(spec()));
    QSignalSpy waiting(creation.get(), &SandboxCreation::waiting);
    QSignalSpy finished(creation.get(), &AsyncOperation::finished);
    QVERIFY(finished.wait(5000));
    QVERIFY2(creation->succeeded(), qPrintable(creation->error().message));
    QVERIFY(!waiting.isEmpty());
    // E2B's concurrency limit for the account, in plain words, with its number.
    QCOMPARE(waiting.constFirst().constFirst().toString(),
             u"E2B's limit of sandboxes at once for this account (20) is reached");
    QCOMPARE(server.requests().at(0).target, QByteArray("/sandboxes"));
    QCOMPARE(server.requests().at(1).target, QByteArray("/sandboxes"));
    server.enqueue(noContent());
}

void TestE2bControlPlane::create_401_saysTheKeyIsInvalid()
{
    FakeLlmServer server;
    MemorySandboxLedger ledger;
    E2bSandboxProvider provider(config(server), &ledger);
    server.enqueue(error(401, "Invalid API key, please visit https://e2b.dev/docs/api-key"));
    std::unique_ptr<SandboxCreation> creation(provider.create(spec()));
    QSignalSpy finished(creation.get(), &AsyncOperation::finished);
    QVERIFY(finished.wait());
    QCOMPARE(creation->error().kind, ErrorKind::User);
    QVERIFY(creation->error().message.contains(u"E2B API key is invalid"));
    QVERIFY(!creation->error().message.contains(ApiKey));
}

void TestE2bControlPlane::missingKey_failsWithoutSending()
{
    FakeLlmServer server;
    E2bConfig config = E2bTest::config(server);
    config.apiKey.clear();
    E2bSandboxProvider provider(config, nullptr);
    std::unique_ptr<SandboxCreation> creation(provider.create(spec()));
    QSignalSpy finished(creation.get(), &AsyncOperation::finished);
    QVERIFY(finished.wait());
    QCOMPARE(creation->error().kind, ErrorKind::User);
    QVERIFY(server.requests().isEmpty());
}

void TestE2bControlPlane::create_refusedConnection_isTriedAgain()
{
    // Nothing listens: the request never reached E2B, so even a create may go again.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 closedPort = probe.serverPort();
    probe.close();
    FakeLlmServer server;
    E2bConfig config = E2bTest::config(server);
    config.apiUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(closedPort));
    E2bSandboxProvider provider(config, nullptr);
    std::unique_ptr<SandboxCreation> creation(provider.create(spec()));
    QSignalSpy finished(creation.get(), &AsyncOperation::finished);
    QVERIFY(finished.wait(5000));
    QCOMPARE(creation->error().kind, ErrorKind::Api);
    QVERIFY(creation->error().retryable);
    QVERIFY(creation->error().message.contains(u"could not be reached"));
}

void TestE2bControlPlane::failureAfterCreate_killsTheSandbox()
{
    FakeLlmServer server;
    MemorySandboxLedger ledger;
    E2bSandboxProvider provider(config(server), &ledger);
    server.enqueue(created(QStringLiteral("isb3")));
    for (int i = 0; i < 3; ++i)
        server.enqueue(error(503, "unavailable"));
    server.enqueue(noContent());
    std::unique_ptr<SandboxCreation> creation(provider.create(spec()));
    QSignalSpy finished(creation.get(), &AsyncOperation::finished);
    QVERIFY(finished.wait(5000));
    QVERIFY(!creation->succeeded());
    QTRY_COMPARE(ledger.allEntries().constFirst().state, SandboxLedger::State::Killed);
    QCOMPARE(server.requests().size(), 5);
    QCOMPARE(server.requests().last().method, QByteArray("DELETE"));
    QCOMPARE(server.requests().last().target, QByteArray("/sandboxes/isb3"));
    QTRY_COMPARE(provider.queue()->inUse(), 0);
}

void TestE2bControlPlane::cancelWhileCreating_killsTheSandboxWhenItAnswers()
{
    FakeLlmServer server;
    MemorySandboxLedger ledger;
    E2bSandboxProvider provider(config(server), &ledger);
    server.enqueue(created(QStringLiteral("isb4")));
    server.enqueue(noContent());
    std::unique_ptr<SandboxCreation> creation(provider.create(spec()));
    connect(&server, &FakeLlmServer::requestReceived, creation.get(), [&] { creation->cancel(); });
    QTRY_VERIFY(!ledger.allEntries().isEmpty());
    QTRY_COMPARE(ledger.allEntries().constFirst().state, SandboxLedger::State::Killed);
    QVERIFY(creation->isCancelled());
    QCOMPARE(server.requests().last().method, QByteArray("DELETE"));
}

void TestE2bControlPlane::kill_retriesUntilE2bConfirms()
{
    FakeLlmServer server;
    MemorySandboxLedger ledger;
    ledger.recordCreated({QStringLiteral("e2b"), QStringLiteral("isb5"), QStringLiteral("s"), {}, {}});
    E2bSandboxProvider provider(config(server), &ledger);
    server.enqueue(error(500, "boom"));
    server.enqueue(error(502, "bad gateway"));
    server.enqueue(noContent());
    PendingOperation *kill = provider.kill(QStringLiteral("isb5"));
    QCOMPARE(provider.kill(QStringLiteral("isb5")), kill);  // one kill per sandbox at a time
    QSignalSpy finished(kill, &AsyncOperation::finished);
    QTRY_COMPARE(ledger.allEntries().constFirst().state, SandboxLedger::State::Killing);
    QVERIFY(finished.wait(5000));
    QVERIFY(kill->succeeded());
    QCOMPARE(server.requests().size(), 3);
    QCOMPARE(ledger.allEntries().constFirst().state, SandboxLedger::State::Killed);
    QCOMPARE(ledger.allEntries().constFirst().killAttempts, 3);
}

void TestE2bControlPlane::kill_404_meansAlreadyGone()
{
    FakeLlmServer server;
    MemorySandboxLedger ledger;
    ledger.recordCreated({QStringLiteral("e2b"), QStringLiteral("isb6"), QStringLiteral("s"), {}, {}});
    E2bSandboxProvider provider(config(server), &ledger);
    server.enqueue(error(404, "Sandbox \\\"isb6\\\" doesn't exist or you don't have access to it"));
    PendingOperation *kill = provider.kill(QStringLiteral("isb6"));
    QSignalSpy finished(kill, &AsyncOperation::finished);
    QVERIFY(finished.wait());
    QVERIFY(kill->succeeded());
    QCOMPARE(ledger.allEntries().constFirst().state, SandboxLedger::State::Killed);
}

void TestE2bControlPlane::kill_thatKeepsFailing_staysInTheLedger()
{
    FakeLlmServer server;
    MemorySandboxLedger ledger;
    ledger.recordCreated({QStringLiteral("e2b"), QStringLiteral("isb7"), QStringLiteral("s"), {}, {}});
    E2bConfig config = E2bTest::config(server);
    config.killAttempts = 2;
    E2bSandboxProvider provider(config, &ledger);
    server.enqueue(error(500, "boom"));
    server.enqueue(error(500, "boom"));
    PendingOperation *kill = provider.kill(QStringLiteral("isb7"));
    QSignalSpy finished(kill, &AsyncOperation::finished);
    QVERIFY(finished.wait(5000));
    QVERIFY(!kill->succeeded());
    QCOMPARE(ledger.openEntries(QStringLiteral("e2b")).size(), 1);
    QCOMPARE(ledger.openEntries(QStringLiteral("e2b")).constFirst().state, SandboxLedger::State::Killing);
}

void TestE2bControlPlane::idempotentCall_retries5xxThreeTimesAtMost()
{
    FakeLlmServer server;
    MemorySandboxLedger ledger;
    E2bSandboxProvider provider(config(server), &ledger);
    for (int i = 0; i < 4; ++i)
        server.enqueue(error(503, "unavailable"));
    SandboxListing *listing = provider.list();
    QSignalSpy finished(listing, &AsyncOperation::finished);
    QVERIFY(finished.wait(5000));
    QVERIFY(!listing->succeeded());
    QVERIFY(listing->error().retryable);
    QCOMPARE(server.requests().size(), 3);
}

void TestE2bControlPlane::list_filtersByMetadataAndFollowsPages()
{
    FakeLlmServer server;
    E2bSandboxProvider provider(config(server), nullptr);
    const QByteArray page1 = R"([{"sandboxID":"ia","templateID":"t","clientID":"c","startedAt":"2026-11-26T10:00:00Z","endAt":"2026-11-26T11:00:00Z","cpuCount":2,"memoryMB":512,"diskSizeMB":1,"state":"running","envdVersion":"0.6.13","metadata":{"app":"spawnai","installId":"inst-1","sessionId":"s-a"}}])";
    const QByteArray page2 = R"([{"sandboxID":"ib","templateID":"t","clientID":"c","startedAt":"2026-11-26T10:00:00.123456789Z","endAt":"2026-11-26T11:00:00Z","cpuCount":2,"memoryMB":512,"diskSizeMB":1,"state":"paused","envdVersion":"0.6.13","metadata":{"app":"spawnai","installId":"inst-1","sessionId":"s-b"}}])";
    server.enqueue(FakeLlmServer::json(200, page1, "X-Next-Token: tok/2+\r\nX-Total-Running: 1\r\n"));
    server.enqueue(FakeLlmServer::json(200, page2));
    SandboxListing *listing = provider.list();
    QSignalSpy finished(listing, &AsyncOperation::finished);
    QVERIFY(finished.wait());
    QVERIFY2(listing->succeeded(), qPrintable(listing->error().message));
    QCOMPARE(listing->sandboxes().size(), 2);
    QCOMPARE(listing->sandboxes().at(0).sessionId, QStringLiteral("s-a"));
    QCOMPARE(listing->sandboxes().at(1).id, QStringLiteral("ib"));
    QCOMPARE(listing->sandboxes().at(0).expiresAt, QDateTime(QDate(2026, 11, 26), QTime(11, 0), Qt::UTC));
    QCOMPARE(server.requests().at(0).target,
             QByteArray("/v2/sandboxes?metadata=app%3Dspawnai%26installId%3Dinst-1&limit=100"));
    QCOMPARE(server.requests().at(1).target,
             QByteArray("/v2/sandboxes?metadata=app%3Dspawnai%26installId%3Dinst-1&limit=100&nextToken=tok%2F2%2B"));
}

void TestE2bControlPlane::list_fallsBackToV1WithoutV2()
{
    FakeLlmServer server;
    E2bSandboxProvider provider(config(server), nullptr);
    server.enqueue(FakeLlmServer::json(404, "404 page not found"));
    server.enqueue(FakeLlmServer::json(200, "[]"));
    SandboxListing *listing = provider.list();
    QSignalSpy finished(listing, &AsyncOperation::finished);
    QVERIFY(finished.wait());
    QVERIFY(listing->succeeded());
    QCOMPARE(server.requests().at(1).target, QByteArray("/sandboxes?metadata=app%3Dspawnai%26installId%3Dinst-1"));
}

QTEST_GUILESS_MAIN(TestE2bControlPlane)
#include "test_e2b_controlplane.moc"
