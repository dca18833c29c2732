// SPDX-License-Identifier: MIT
#include "e2btestserver.h"
#include "sandbox/e2b/connectframeparser.h"
#include "sandbox/e2b/e2bcreationqueue.h"
#include "sandbox/e2b/e2bportprobe.h"
#include "sandbox/e2b/e2bsandbox.h"
#include "sandbox/e2b/e2bsandboxprovider.h"
#include "sandbox/sandboxoperations.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace E2bTest;
using namespace std::chrono_literals;

class TestE2bSandbox final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void writeFiles_uploadsOneMultipartPartPerFile();
    void writeFiles_refusesPathsOutsideHomeUserBeforeSending();
    void start_streamsOutputAndAMissingExitCodeIsZero();
    void start_nonZeroExitIsNotAnError();
    void start_streamCutBeforeItsEnd_isAnError();
    void start_errorInTheEndFrame_isAnError();
    void start_deadlineExceeded_isATimeout();
    void start_envd401_isAnError();
    void cancel_killsTheProcessByPid();
    void waitForHttp_keepsWaitingWhileThePortIsClosed();
    void waitForHttp_sandboxGone_failsAndEndsTheSandbox();
    void extendTimeout_isCappedAtThePlansMaximum();
    void readUsage_billsTheAllocation();
    void destroy_killsThroughTheLedger();
    void endTime_expiresTheSandboxAndClosesTheLedger();
    void privatePreview_exposesTheTrafficToken();
    void network_installsReachOnlyTheRegistriesThenTheAppGetsItsOwn_data();
    void network_installsReachOnlyTheRegistriesThenTheAppGetsItsOwn();
    void network_refusedClosing_stillStartsTheApp_refusedOpening_failsIt();

private:
    E2bSandbox *makeSandbox(const QDateTime &startedAt = QDateTime::currentDateTimeUtc(), const QByteArray &extra = {},
                            bool internet = false);
    CommandRun *runToTheEnd(E2bSandbox *sandbox, CommandSpec spec);
    static QJsonObject startRequest(const FakeLlmServer::Request &request);

    std::unique_ptr<FakeLlmServer> m_server;
    std::unique_ptr<MemorySandboxLedger> m_ledger;
    std::unique_ptr<E2bSandboxProvider> m_provider;
    std::unique_ptr<Sandbox> m_sandbox;
};

void TestE2bSandbox::init()
{
    m_server = std::make_unique<FakeLlmServer>();
    m_ledger = std::make_unique<MemorySandboxLedger>();
    m_provider = std::make_unique<E2bSandboxProvider>(config(*m_server), m_ledger.get());
}

void TestE2bSandbox::cleanup()
{
    m_sandbox.reset();
    m_provider.reset();
    m_ledger.reset();
    m_server.reset();
}

E2bSandbox *TestE2bSandbox::makeSandbox(const QDateTime &startedAt, const QByteArray &extra, bool internet)
{
    m_server->enqueue(created(QStringLiteral("isb"), extra));
    m_server->enqueue(info(QStringLiteral("isb"), startedAt, QDateTime::currentDateTimeUtc().addSecs(600)));
    SandboxSpec spec;
    spec.sessionId = QStringLiteral("s-1");
    spec.timeout = 600s;
    spec.internetAccess = internet;
    std::unique_ptr<SandboxCreation> creation(m_provider->create(spec));
    QSignalSpy finished(creation.get(), &AsyncOperation::finished);
    if (!finished.wait() || !creation->succeeded())
        return nullptr;
    m_sandbox.reset(creation->takeSandbox());
    // Whatever the test leaves running, the kill at the end finds an answer.
    return static_cast<E2bSandbox *>(m_sandbox.get());
}

CommandRun *TestE2bSandbox::runToTheEnd(E2bSandbox *sandbox, CommandSpec spec)
{
    m_server->enqueue(stream({frame(R"({"event":{"start":{"pid":7}}})"),
                              frame(R"({"event":{"end":{"exited":true,"status":"exit status 0"}}})"), endStream()}));
    spec.argv = QStringList{QStringLiteral("true")};
    CommandRun *run = sandbox->start(spec);
    QSignalSpy finished(run, &AsyncOperation::finished);
    return finished.wait() && run->succeeded() ? run : nullptr;
}

QJsonObject TestE2bSandbox::startRequest(const FakeLlmServer::Request &request)
{
    ConnectFrameParser parser;
    QList<ConnectEnvelope> frames;
    parser.feed(request.body, &frames);
    return frames.size() == 1 ? QJsonDocument::fromJson(frames.constFirst().payload).object() : QJsonObject();
}

void TestE2bSandbox::writeFiles_uploadsOneMultipartPartPerFile()
{
    E2bSandbox *sandbox = makeSandbox();
    QVERIFY(sandbox);
    m_server->enqueue(FakeLlmServer::json(200, R"([{"path":"/home/user/app/index.html","name":"index.html","type":"file"},{"path":"/home/user/app/run.sh","name":"run.sh","type":"file"}])"));
    m_server->enqueue(stream({frame(R"({"event":{"start":{"pid":5}}})"), frame(R"({"event":{"end":{"exited":true,"status":"exit status 0"}}})"), endStream()}));
    std::unique_ptr<PendingOperation> write(sandbox->writeFiles(
        {{QStringLiteral("/home/user/app/index.html"), "<h1>hi</h1>", false},
         {QStringLiteral("/home/user/app/run.sh"), "#!/bin/sh\n", true}}));
    QSignalSpy finished(write.get(), &AsyncOperation::finished);
    QVERIFY(finished.wait());
    QVERIFY2(write->succeeded(), qPrintable(write->error().message));
    const FakeLlmServer::Request &upload = m_server->requests().at(2);
    QCOMPARE(upload.method, QByteArray("POST"));
    QCOMPARE(upload.target, QByteArray("/files"));
    QVERIFY(upload.header("Content-Type").startsWith("multipart/form-data; boundary="));
    QCOMPARE(upload.header("X-Access-Token"), AccessToken.toUtf8());
    QCOMPARE(upload.header("E2b-Sandbox-Id"), QByteArray("isb"));
    QCOMPARE(upload.header("E2b-Sandbox-Port"), QByteArray("49983"));
    QVERIFY(upload.body.contains("filename=\"/home/user/app/index.html\"\r\nContent-Type: application/octet-stream\r\n\r\n<h1>hi</h1>\r\n"));
    QCOMPARE(upload.body.count("name=\"file\""), 2);
    // The executable is marked by argv, never a shell string.
    const QJsonObject chmod = startRequest(m_server->requests().at(3)).value(u"process").toObject();
    QCOMPARE(chmod.value(u"cmd").toString(), QStringLiteral("chmod"));
    QCOMPARE(chmod.value(u"args").toArray().last().toString(), QStringLiteral("/home/user/app/run.sh"));
    m_server->enqueue(noContent());
}

void TestE2bSandbox::writeFiles_refusesPathsOutsideHomeUserBeforeSending()
{
    E2bSandbox *sandbox = makeSandbox();
    QVERIFY(sandbox);
    const qsizetype before = m_server->requests().size();
    std::unique_ptr<PendingOperation> write(sandbox->writeFiles(
        {{QStringLiteral("/home/user/app/ok.txt"), "ok", false}, {QStringLiteral("/home/user/../../etc/x"), "no", false}}));
    QSignalSpy finished(write.get(), &AsyncOperation::finished);
    QVERIFY(finished.wait());
    QCOMPARE(write->error().kind, ErrorKind::User);
    QCOMPARE(m_server->requests().size(), before);
    m_server->enqueue(noContent());
}

void TestE2bSandbox::start_streamsOutputAndAMissingExitCodeIsZero()
{
    E2bSandbox *sandbox = makeSandbox();
    QVERIFY(sandbox);
    // Frames cut across chunks and chunks holding several frames.
    const QByteArray all = frame(R"({"event":{"start":{"pid":1234}}})") + frame(R"({"event":{"keepalive":{}}})")
        + frame(R"({"event":{"data":{"stdout":"aGkK"}}})") + frame(R"({"event":{"data":{"stderr":"b29wcwo="}}})")
        + frame(R"({"event":{"end":{"exited":true,"status":"exit status 0"}}})") + endStream();
    m_server->enqueue(stream({all.first(3), all.sliced(3, 40), all.sliced(43)}));
    CommandSpec spec;
    spec.argv = QStringList{QStringLiteral("node"), QStringLiteral("server.js")};
    CommandRun *run = sandbox->start(spec);
    QSignalSpy started(run, &CommandRun::started);
    QSignalSpy out(run, &CommandRun::standardOutput);
    QSignalSpy finished(run, &AsyncOperation::finished);
    QVERIFY(finished.wait());
    QVERIFY2(run->succeeded(), qPrintable(run->error().message));
    QCOMPARE(started.size(), 1);
    QCOMPARE(out.constFirst().constFirst().toByteArray(), QByteArray("hi\n"));
    QCOMPARE(run->exitCode(), 0);
    QVERIFY(run->outputTail().contains(u"oops"));
    const FakeLlmServer::Request &request = m_server->requests().at(2);
    QCOMPARE(request.target, QByteArray("/process.Process/Start"));
    QCOMPARE(request.header("Content-Type"), QByteArray("application/connect+json"));
    QCOMPARE(request.header("Connect-Protocol-Version"), QByteArray("1"));
    QVERIFY(!request.hasHeader("Connect-Timeout-Ms"));  // a background app must not be killed by a deadline
    QCOMPARE(startRequest(request).value(u"stdin"), QJsonValue(false));
    m_server->enqueue(noContent());
}

void TestE2bSandbox::start_nonZeroExitIsNotAnError()
{
    E2bSandbox *sandbox = makeSandbox();
    QVERIFY(sandbox);
    m_server->enqueue(stream({frame(R"({"event":{"start":{"pid":9}}})"),
                              frame(R"({"event":{"end":{"exitCode":3,"exited":true,"status":"exit status 3","error":"exit status 3"}}})"),
                              endStream()}));
    CommandSpec spec;
    spec.argv = QStringList{QStringLiteral("false")};
    spec.timeout = 30s;
    CommandRun *run = sandbox->start(spec);
    QSignalSpy finished(run, &AsyncOperation::finished);
    QVERIFY(finished.wait());
    QVERIFY(run->succeeded());
    QCOMPARE(run->exitCode(), 3);
    QCOMPARE(m_server->requests().at(2).header("Connect-Timeout-Ms"), QByteArray("30000"));
    m_server->enqueue(noContent());
}

void TestE2bSandbox::start_streamCutBeforeItsEnd_isAnError()
{
    E2bSandbox *sandbox = makeSandbox();
    QVERIFY(sandbox);
    m_server->enqueue(stream({frame(R"({"event":{"start":{"pid":9}}})"),
                              frame(R"({"event":{"end":{"exited":true,"status":"exit status 0"}}})")}));
    CommandSpec spec;
    spec.argv = QStringList{QStringLiteral("true")};
    CommandRun *run = sandbox->start(spec);
    QSignalSpy finished(run, &AsyncOperation::finished);
    QVERIFY(finished.wait());
    QVERIFY(!run->succeeded());
    QVERIFY(run->error().message.contains(u"cut"));
    m_server->enqueue(noContent());
}

void TestE2bSandbox::start_errorInTheEndFrame_isAnError()
{
    E2bSandbox *sandbox = makeSandbox();
    QVERIFY(sandbox);
    m_server->enqueue(stream({endStream(R"({"error":{"code":"invalid_argument","message":"cwd '/home/user/app' does not exist"}})")}));
    CommandSpec spec;
    spec.argv = QStringList{QStringLiteral("node")};
    CommandRun *run = sandbox->start(spec);
    QSignalSpy finished(run, &AsyncOperation::finished);
    QVERIFY(finished.wait());
    QVERIFY(!run->succeeded());
    QVERIFY(run->error().message.contains(u"does not exist"));
    m_server->enqueue(noContent());
}

void TestE2bSandbox::start_deadlineExceeded_isATimeout()
{
    E2bSandbox *sandbox = makeSandbox();
    QVERIFY(sandbox);
    m_server->enqueue(stream({frame(R"({"event":{"start":{"pid":9}}})"),
                              endStream(R"({"error":{"code":"deadline_exceeded","message":"context deadline exceeded"}})")}));
    CommandSpec spec;
    spec.argv = QStringList{QStringLiteral("npm"), QStringLiteral("install")};
    spec.timeout = 1s;
    CommandRun *run = sandbox->start(spec);
    QSignalSpy finished(run, &AsyncOperation::finished);
    QVERIFY(finished.wait());
    QVERIFY(run->timedOut());
    QCOMPARE(run->error().kind, ErrorKind::Resource);
    m_server->enqueue(noContent());
}

void TestE2bSandbox::start_envd401_isAnError()
{
    E2bSandbox *sandbox = makeSandbox();
    QVERIFY(sandbox);
    m_server->enqueue(error(401, "unauthorized access, please provide a valid access token or method signing if supported"));
    CommandSpec spec;
    spec.argv = QStringList{QStringLiteral("ls")};
    CommandRun *run = sandbox->start(spec);
    QSignalSpy finished(run, &AsyncOperation::finished);
    QVERIFY(finished.wait());
    QVERIFY(!run->succeeded());
    QVERIFY(run->error().message.contains(u"access token"));
    QVERIFY(!run->error().message.contains(AccessToken));
    m_server->enqueue(noContent());
}

void TestE2bSandbox::cancel_killsTheProcessByPid()
{
    E2bSandbox *sandbox = makeSandbox();
    QVERIFY(sandbox);
    m_server->enqueue(stream({frame(R"({"event":{"start":{"pid":4321}}})")}, FakeLlmServer::Ending::Hang));
    m_server->enqueue(FakeLlmServer::json(200, "{}"));
    CommandSpec spec;
    spec.argv = QStringList{QStringLiteral("node"), QStringLiteral("server.js")};
    CommandRun *run = sandbox->start(spec);
    QSignalSpy started(run, &CommandRun::started);
    QVERIFY(started.wait());
    run->cancel();
    QVERIFY(run->isCancelled());
    QTRY_COMPARE(m_server->requests().size(), 4);
    const FakeLlmServer::Request &signal = m_server->requests().at(3);
    QCOMPARE(signal.target, QByteArray("/process.Process/SendSignal"));
    QCOMPARE(signal.header("Content-Type"), QByteArray("application/json"));
    QCOMPARE(signal.body, QByteArray(R"({"process":{"pid":4321},"signal":"SIGNAL_SIGKILL"})"));
    m_server->enqueue(noContent());
}

void TestE2bSandbox::waitForHttp_keepsWaitingWhileThePortIsClosed()
{
    E2bSandbox *sandbox = makeSandbox();
    QVERIFY(sandbox);
    QCOMPARE(sandbox->portUrl(3000).host(), QStringLiteral("3000-isb.127.0.0.1"));
    // The probe itself, pointed at the scripted server (3000-isb.127.0.0.1 does not resolve here).
    m_server->enqueue(FakeLlmServer::json(502, R"({"sandboxId":"isb","message":"The sandbox is running but port is not open","port":3000,"code":502})"));
    m_server->enqueue(FakeLlmServer::json(200, "hello"));
    E2bPortProbe probe(m_provider->network(), m_server->url(QStringLiteral("/")), {}, 5s, 10ms);
    QSignalSpy finished(&probe, &AsyncOperation::finished);
    probe.start();
    QVERIFY(finished.wait());
    QVERIFY(probe.succeeded());
    QCOMPARE(probe.attempts(), 2);
    QCOMPARE(m_server->requests().last().header("Accept"), QByteArray("application/json"));
    QVERIFY(m_server->requests().last().header("User-Agent").startsWith("SpawnAI-Desktop/"));
    m_server->enqueue(noContent());
}

void TestE2bSandbox::waitForHttp_sandboxGone_failsAndEndsTheSandbox()
{
    QCOMPARE(E2bPortProbe::classify502(R"({"sandboxId":"i","message":"The sandbox was not found","code":502})"),
             E2bPortProbe::ProxyAnswer::SandboxGone);
    QCOMPARE(E2bPortProbe::classify502("<html>bad gateway</html>"), E2bPortProbe::ProxyAnswer::NotProxy);
    m_server->enqueue(FakeLlmServer::json(502, R"({"sandboxId":"isb","message":"The sandbox was not found","code":502})"));
    E2bPortProbe probe(m_provider->network(), m_server->url(QStringLiteral("/")), {}, 5s, 10ms);
    QSignalSpy gone(&probe, &HttpReadinessProbe::gone);
    QSignalSpy finished(&probe, &AsyncOperation::finished);
    probe.start();
    QVERIFY(finished.wait());
    QVERIFY(!probe.succeeded());
    QCOMPARE(gone.size(), 1);
    QCOMPARE(probe.attempts(), 1);
}

void TestE2bSandbox::extendTimeout_isCappedAtThePlansMaximum()
{
    // Hobby: one hour from the start at most; it started 50 minutes ago.
    E2bSandbox *sandbox = makeSandbox(QDateTime::currentDateTimeUtc().addSecs(-3000));
    QVERIFY(sandbox);
    m_server->enqueue(noContent());
    std::unique_ptr<PendingOperation> extend(sandbox->extendTimeout(1h));
    QSignalSpy finished(extend.get(), &AsyncOperation::finished);
    QVERIFY(finished.wait());
    QVERIFY2(extend->succeeded(), qPrintable(extend->error().message));
    const FakeLlmServer::Request &request = m_server->requests().at(2);
    QCOMPARE(request.target, QByteArray("/sandboxes/isb/timeout"));
    const qint64 seconds = QJsonDocument::fromJson(request.body).object().value(u"timeout").toInteger();
    QVERIFY2(seconds >= 595 && seconds <= 600, qPrintable(QString::number(seconds)));
    QVERIFY(qAbs(sandbox->expiresAt().secsTo(sandbox->startedAt().addSecs(3600))) <= 2);
    QCOMPARE(m_ledger->allEntries().constFirst().expiresAt, sandbox->expiresAt());
    m_server->enqueue(noContent());
}

void TestE2bSandbox::readUsage_billsTheAllocation()
{
    E2bSandbox *sandbox = makeSandbox(QDateTime::currentDateTimeUtc().addSecs(-100));
    QVERIFY(sandbox);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    m_server->enqueue(FakeLlmServer::json(200, R"([{"timestampUnix":)" + QByteArray::number(now)
                                                   + R"(,"cpuCount":2,"cpuUsedPct":50,"memUsed":1000,"memTotal":536870912,"memCache":0,"diskUsed":5,"diskTotal":9}])"));
    std::unique_ptr<UsageReading> reading(sandbox->readUsage());
    QSignalSpy finished(reading.get(), &AsyncOperation::finished);
    QVERIFY(finished.wait());
    QVERIFY(reading->succeeded());
    QCOMPARE(m_server->requests().at(2).target, QByteArray("/sandboxes/isb/metrics"));
    QCOMPARE(reading->usage().memoryBytes, 1000);
    QVERIFY(qAbs(reading->usage().allocatedCpuSeconds - 200.0) < 4.0);
    QVERIFY(qAbs(reading->usage().allocatedMemoryGbSeconds - 50.0) < 1.0);
    m_server->enqueue(noContent());
}

void TestE2bSandbox::destroy_killsThroughTheLedger()
{
    E2bSandbox *sandbox = makeSandbox(QDateTime::currentDateTimeUtc().addSecs(-100));
    QVERIFY(sandbox);
    QSignalSpy ended(sandbox, &E2bSandbox::ended);
    m_server->enqueue(noContent());
    std::unique_ptr<PendingOperation> destroy(sandbox->destroy());
    QSignalSpy finished(destroy.get(), &AsyncOperation::finished);
    QVERIFY(finished.wait());
    QVERIFY(destroy->succeeded());
    QCOMPARE(ended.size(), 1);
    QCOMPARE(m_server->requests().last().method, QByteArray("DELETE"));
    QCOMPARE(m_ledger->allEntries().constFirst().state, SandboxLedger::State::Killed);
    QVERIFY(sandbox->portUrl(3000).isEmpty());
    QTRY_COMPARE(m_provider->queue()->inUse(), 0);
    // Once it is gone its metrics are too, but the allocation billed stays known.
    m_server->enqueue(error(404, "not found"));
    std::unique_ptr<UsageReading> reading(sandbox->readUsage());
    QSignalSpy read(reading.get(), &AsyncOperation::finished);
    QVERIFY(read.wait());
    QVERIFY(reading->succeeded());
    QVERIFY(qAbs(reading->usage().allocatedCpuSeconds - 200.0) < 4.0);
}

void TestE2bSandbox::endTime_expiresTheSandboxAndClosesTheLedger()
{
    const QDateTime start = QDateTime::currentDateTimeUtc();
    m_server->enqueue(created(QStringLiteral("ishort")));
    m_server->enqueue(info(QStringLiteral("ishort"), start, start.addMSecs(300)));
    m_server->enqueue(error(404, "Sandbox \\\"ishort\\\" doesn't exist or you don't have access to it"));
    std::unique_ptr<SandboxCreation> creation(m_provider->create({}));
    QSignalSpy finished(creation.get(), &AsyncOperation::finished);
    QVERIFY(finished.wait());
    m_sandbox.reset(creation->takeSandbox());
    QSignalSpy expired(m_sandbox.get(), &Sandbox::expired);
    QVERIFY(expired.wait(3000));
    QTRY_COMPARE(m_ledger->allEntries().constFirst().state, SandboxLedger::State::Killed);
    QCOMPARE(m_server->requests().last().method, QByteArray("DELETE"));
    QVERIFY(m_sandbox->portUrl(3000).isEmpty());
    QTRY_COMPARE(m_provider->queue()->inUse(), 0);
}

void TestE2bSandbox::privatePreview_exposesTheTrafficToken()
{
    E2bSandbox *sandbox = makeSandbox(QDateTime::currentDateTimeUtc(), R"(,"x":1)");
    QVERIFY(sandbox);
    QVERIFY(sandbox->portRequestHeaders().isEmpty());
    m_sandbox.reset();
    m_server->enqueue(noContent());
    // The create answer carries trafficAccessToken when public traffic is off.
    m_server->enqueue(FakeLlmServer::json(201, R"({"sandboxID":"ipriv","templateID":"t","clientID":"c","envdVersion":"0.6.13","envdAccessToken":"a","trafficAccessToken":"traffic-1","domain":null})"));
    const QDateTime start = QDateTime::currentDateTimeUtc();
    m_server->enqueue(info(QStringLiteral("ipriv"), start, start.addSecs(60)));
    std::unique_ptr<SandboxCreation> creation(m_provider->create({}));
    QSignalSpy finished(creation.get(), &AsyncOperation::finished);
    QVERIFY(finished.wait());
    m_sandbox.reset(creation->takeSandbox());
    const auto headers = m_sandbox->portRequestHeaders();
    QCOMPARE(headers.size(), 1);
    QCOMPARE(headers.constFirst().first, QByteArray("e2b-traffic-access-token"));
    QCOMPARE(headers.constFirst().second, QByteArray("traffic-1"));
    m_server->enqueue(noContent());
}

void TestE2bSandbox::network_installsReachOnlyTheRegistriesThenTheAppGetsItsOwn_data()
{
    QTest::addColumn<bool>("internet");
    QTest::addColumn<QByteArray>("appNetwork");
    QTest::newRow("internet on") << true << QByteArray(R"({"allow_internet_access":true})");
    QTest::newRow("internet off") << false << QByteArray(R"({"allow_internet_access":false})");
}

// E2B enforces it in its network: the create call denies all egress but
// the registries; before the app's own code first runs, PUT .../network
// gives the sandbox what the session asked for.
void TestE2bSandbox::network_installsReachOnlyTheRegistriesThenTheAppGetsItsOwn()
{
    QFETCH(bool, internet);
    QFETCH(QByteArray, appNetwork);
    E2bSandbox *sandbox = makeSandbox(QDateTime::currentDateTimeUtc(), {}, internet);
    QVERIFY(sandbox);
    const QByteArray registries
        = R"({"allowOut":["registry.npmjs.org","pypi.org","files.pythonhosted.org"],"allow_internet_access":true,"denyOut":["0.0.0.0/0"]})";
    const QJsonObject create = QJsonDocument::fromJson(m_server->requests().at(0).body).object();
    QCOMPARE(QJsonDocument(create.value(u"network").toObject()).toJson(QJsonDocument::Compact),
             QByteArray(R"({"allowOut":["registry.npmjs.org","pypi.org","files.pythonhosted.org"],"denyOut":["0.0.0.0/0"]})"));
    QCOMPARE(create.value(u"allow_internet_access"), QJsonValue(true));

    CommandSpec install;
    install.needsNetwork = true;
    QVERIFY(runToTheEnd(sandbox, install));
    QCOMPARE(m_server->requests().size(), 3);  // create, info, the install: no network change
    CommandSpec app;
    app.runsAppCode = true;
    m_server->enqueue(noContent());
    QVERIFY(runToTheEnd(sandbox, app));
    const FakeLlmServer::Request &update = m_server->requests().at(3);
    QCOMPARE(update.method, QByteArray("PUT"));
    QCOMPARE(update.target, QByteArray("/sandboxes/isb/network"));
    QCOMPARE(update.header("Content-Type"), QByteArray("application/json"));
    QCOMPARE(update.body, appNetwork);
    QCOMPARE(m_server->requests().at(4).target, QByteArray("/process.Process/Start"));  // after, never before
    QVERIFY(runToTheEnd(sandbox, app));
    QCOMPARE(m_server->requests().size(), 6);  // no change for the app's next command
    // An install that an update brings reopens only the registries, and
    // only where the app has no internet to lose.
    if (!internet)
        m_server->enqueue(noContent());
    QVERIFY(runToTheEnd(sandbox, install));
    QCOMPARE(m_server->requests().size(), internet ? 7 : 8);
    if (!internet)
        QCOMPARE(m_server->requests().at(6).body, registries);
    m_server->enqueue(noContent());
}

void TestE2bSandbox::network_refusedClosing_stillStartsTheApp_refusedOpening_failsIt()
{
    for (bool internet : {false, true}) {
        m_sandbox.reset();
        E2bSandbox *sandbox = makeSandbox(QDateTime::currentDateTimeUtc(), {}, internet);
        QVERIFY(sandbox);
        const qsizetype before = m_server->requests().size();
        m_server->enqueue(FakeLlmServer::json(400, R"({"code":400,"message":"unknown field"})"));
        CommandSpec app;
        app.runsAppCode = true;
        if (internet) {
            app.argv = QStringList{QStringLiteral("true")};
            std::unique_ptr<CommandRun> run(sandbox->start(app));
            QSignalSpy finished(run.get(), &AsyncOperation::finished);
            QVERIFY(finished.wait());
            QVERIFY(!run->succeeded());  // the app asked for internet and would not have it
            QCOMPARE(m_server->requests().size(), before + 1);
        } else {
            QVERIFY(runToTheEnd(sandbox, app));
            QCOMPARE(m_server->requests().at(before + 1).target, QByteArray("/process.Process/Start"));
        }
        m_server->enqueue(noContent());
    }
}

QTEST_GUILESS_MAIN(TestE2bSandbox)
#include "test_e2b_sandbox.moc"
