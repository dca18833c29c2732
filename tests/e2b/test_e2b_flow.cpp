// SPDX-License-Identifier: MIT
#include "common/paths.h"
#include "fakee2bserver.h"
#include "sandbox/e2b/e2bsandboxprovider.h"
#include "sandbox/e2b/e2bsandbox.h"
#include "sandbox/memorysandboxledger.h"
#include "sandbox/sandboxoperations.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

using namespace std::chrono_literals;

class TestE2bFlow final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    // create, upload, commands, a background server, ready through the port
    // proxy, extend, usage, list, destroy, an empty list: nothing left open.
    void wholeFlow_againstTheInTestServer();
    // Behind E2B_SANDBOX_URL every sandbox shares one host: seven running
    // apps (more than QNAM's six connections per host) must not block an
    // upload to any of them.
    void sevenRunningApps_doNotStarveTheNextUpload();

private:
    QTemporaryDir m_dataDir;

private:
    template <typename Op>
    static bool done(Op *op, int ms = 60000)
    {
        QSignalSpy spy(op, &AsyncOperation::finished);
        if (!op->isFinished() && !spy.wait(ms))
            return false;
        if (!op->succeeded())
            qWarning() << "failed:" << op->error().message;
        return op->succeeded();
    }
};

void TestE2bFlow::initTestCase()
{
    // The server's local sandboxes keep their state here.
    Paths::setDataDirOverride(m_dataDir.path());
}

void TestE2bFlow::wholeFlow_againstTheInTestServer()
{
    FakeE2bServer fake;
    QVERIFY(fake.isListening());
    const QUrl url = fake.url();
    E2bConfig config;
    config.apiKey = QString::fromLatin1(fake.apiKey());
    config.apiUrl = url;
    config.sandboxUrl = QUrl(QStringLiteral("http://localhost:%1").arg(url.port()));
    config.installId = QStringLiteral("smoke");
    MemorySandboxLedger ledger;
    E2bSandboxProvider provider(config, &ledger);
    // {port}-{id}.localhost is not in every resolver: the server takes it in proxy form.
    provider.network()->setProxy(QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), quint16(url.port())));

    SandboxSpec spec;
    spec.sessionId = QStringLiteral("smoke-session");
    spec.timeout = 300s;
    std::unique_ptr<SandboxCreation> creation(provider.create(spec));
    QVERIFY(done(creation.get()));
    std::unique_ptr<Sandbox> sandbox(creation->takeSandbox());
    qInfo() << "sandbox" << sandbox->id() << "until" << sandbox->expiresAt();

    std::unique_ptr<PendingOperation> write(sandbox->writeFiles(
        {{QStringLiteral("/home/user/app/index.html"), "<h1>smoke</h1>", false},
         {QStringLiteral("/home/user/app/run.sh"), "#!/bin/sh\necho ran $1\n", true}}));
    QVERIFY(done(write.get()));

    CommandSpec run;
    run.argv = QStringList{QStringLiteral("/home/user/app/run.sh"), QStringLiteral("arg one")};
    run.timeout = 30s;
    CommandRun *command = sandbox->start(run);
    QVERIFY(done(command));
    QCOMPARE(command->exitCode(), 0);
    QCOMPARE(command->outputTail(), QStringLiteral("ran arg one"));

    CommandSpec fail;
    fail.argv = QStringList{QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("echo oops >&2; exit 3")};
    fail.timeout = 30s;
    CommandRun *failing = sandbox->start(fail);
    QVERIFY(done(failing));
    QCOMPARE(failing->exitCode(), 3);

    CommandSpec server;
    server.argv = QStringList{QStringLiteral("python3"), QStringLiteral("-m"), QStringLiteral("http.server"), QStringLiteral("3000")};
    CommandRun *app = sandbox->start(server);
    std::unique_ptr<PendingOperation> ready(sandbox->waitForHttp(3000, 30s));
    QVERIFY(done(ready.get()));
    qInfo() << "ready at" << sandbox->portUrl(3000);

    std::unique_ptr<PendingOperation> extend(sandbox->extendTimeout(600s));
    QVERIFY(done(extend.get()));
    std::unique_ptr<UsageReading> usage(sandbox->readUsage());
    QVERIFY(done(usage.get()));
    qInfo() << "allocated cpu s" << usage->usage().allocatedCpuSeconds;

    app->cancel();
    SandboxListing *listing = provider.list();
    QVERIFY(done(listing));
    QCOMPARE(listing->sandboxes().size(), 1);
    QCOMPARE(listing->sandboxes().constFirst().sessionId, QStringLiteral("smoke-session"));

    std::unique_ptr<PendingOperation> destroy(sandbox->destroy());
    QVERIFY(done(destroy.get()));
    SandboxListing *after = provider.list();
    QVERIFY(done(after));
    QCOMPARE(after->sandboxes().size(), 0);
    QCOMPARE(ledger.openEntries(QStringLiteral("e2b")).size(), 0);
    QCOMPARE(fake.liveSandboxCount(), 0);
    // The key goes to the control plane only, never into a body.
    for (const FakeE2bServer::Received &received : fake.requests()) {
        QVERIFY(!received.request.body.contains(fake.apiKey()));
        if (!received.route.startsWith(u"api"))
            QVERIFY(received.request.header("x-api-key").isEmpty());
    }
}

void TestE2bFlow::sevenRunningApps_doNotStarveTheNextUpload()
{
    FakeE2bServer fake;
    QVERIFY(fake.isListening());
    E2bConfig config;
    config.apiKey = QString::fromLatin1(fake.apiKey());
    config.apiUrl = fake.url();
    config.sandboxUrl = QUrl(QStringLiteral("http://localhost:%1").arg(fake.port()));
    config.installId = QStringLiteral("streams");
    config.plan = Plan::Pro;  // 5 creations a second, not 1
    MemorySandboxLedger ledger;
    E2bSandboxProvider provider(config, &ledger);

    std::vector<std::unique_ptr<Sandbox>> sandboxes;
    for (int i = 0; i < 7; ++i) {
        SandboxSpec spec;
        spec.sessionId = QStringLiteral("streams-%1").arg(i);
        spec.timeout = 300s;
        std::unique_ptr<SandboxCreation> creation(provider.create(spec));
        QVERIFY(done(creation.get()));
        sandboxes.emplace_back(creation->takeSandbox());
        // An app that runs until stopped: its Start stream stays open.
        CommandSpec app;
        app.argv = QStringList{QStringLiteral("sleep"), QStringLiteral("60")};
        CommandRun *run = sandboxes.back()->start(app);
        QSignalSpy started(run, &CommandRun::started);
        QVERIFY(started.wait(10000));
    }
    for (const std::unique_ptr<Sandbox> &sandbox : sandboxes) {
        std::unique_ptr<PendingOperation> write(
            sandbox->writeFiles({{QStringLiteral("/home/user/app/index.html"), "<h1>still room</h1>", false}}));
        QVERIFY(done(write.get(), 10000));
    }
    for (const std::unique_ptr<Sandbox> &sandbox : sandboxes) {
        std::unique_ptr<PendingOperation> destroy(sandbox->destroy());
        QVERIFY(done(destroy.get()));
    }
    QCOMPARE(fake.liveSandboxCount(), 0);
}

QTEST_GUILESS_MAIN(TestE2bFlow)
#include "test_e2b_flow.moc"
