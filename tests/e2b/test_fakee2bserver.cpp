// SPDX-License-Identifier: MIT
#include "e2bwireclient.h"
#include "fakee2bserver.h"

#include "common/paths.h"
#include "sandbox/local/localsandboxprovider.h"

#include <QHttpMultiPart>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

// The in-test E2B server checked on its own, with hand-built requests: the
// bytes it answers are the ones E2B's servers write.
class TestFakeE2bServer final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void flow_createUploadRunServeExtendKill();
    void start_streamsChunkedConnectFrames();
    void start_deadlineKeepaliveAndBadCwd();
    void auth_wrongKeyAndTokenAnswer401();
    void list_decodesTheMetadataFilterLikeTheRealServer();
    void proxy_privateSandboxNeedsTheTrafficToken();
    void expiry_killsTheSandboxAtItsEnd();
    void faults_createFailsThenSucceeds();
    void faults_uploadDropAndEnvd401AndCutStream();
    void faults_killFailsTwiceAndLatency();
    void process_keepsItsSandboxesAndTakesFaultsOverHttp();

private:
    struct Created
    {
        QString id;
        QByteArray token;
    };
    void startServer();
    Created create(const QByteArray &json);

    QTemporaryDir m_dataDir;
    std::unique_ptr<FakeE2bServer> m_server;
    std::unique_ptr<E2bWireClient> m_client;
};

namespace {
QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray runRequest(const QString &script, const QJsonObject &extra = {})
{
    QJsonObject process{{QStringLiteral("cmd"), QStringLiteral("/bin/bash")},
                        {QStringLiteral("args"), QJsonArray{QStringLiteral("-l"), QStringLiteral("-c"), script}}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        process.insert(it.key(), it.value());
    return json({{QStringLiteral("process"), process}, {QStringLiteral("stdin"), false}});
}

// stdout and stderr of a finished Start stream, decoded.
QPair<QByteArray, QByteArray> outputOf(const QList<E2bWireClient::Frame> &frames)
{
    QByteArray out;
    QByteArray err;
    for (const auto &frame : frames) {
        const QJsonObject data = QJsonDocument::fromJson(frame.payload).object()[u"event"][u"data"].toObject();
        out += QByteArray::fromBase64(data[u"stdout"].toString().toLatin1());
        err += QByteArray::fromBase64(data[u"stderr"].toString().toLatin1());
    }
    return {out, err};
}
} // namespace

void TestFakeE2bServer::initTestCase()
{
    const QString missing = LocalSandboxProvider::unavailableReason();
    if (!missing.isEmpty())
        QSKIP(qPrintable(missing));
    Paths::setDataDirOverride(m_dataDir.path());
}

void TestFakeE2bServer::cleanup()
{
    m_client.reset();
    m_server.reset();
}

void TestFakeE2bServer::startServer()
{
    if (m_server)
        return;
    m_server = std::make_unique<FakeE2bServer>();
    m_client = std::make_unique<E2bWireClient>(m_server->url(), m_server->apiKey());
}

TestFakeE2bServer::Created TestFakeE2bServer::create(const QByteArray &body)
{
    startServer();
    const auto reply = m_client->api("POST", QStringLiteral("/sandboxes"), body);
    if (reply.status != 201)
        qWarning() << reply.status << reply.body;
    return {reply.object()[u"sandboxID"].toString(), reply.object()[u"envdAccessToken"].toString().toLatin1()};
}

void TestFakeE2bServer::flow_createUploadRunServeExtendKill()
{
    startServer();
    const auto created = m_client->api("POST", QStringLiteral("/sandboxes"),
        R"({"templateID":"base","timeout":60,"secure":true,"allow_internet_access":false,)"
        R"("metadata":{"app":"spawnai","session":"s-1"},"envVars":{"GREETING":"hello"}})");
    QCOMPARE(created.status, 201);
    const QString id = created.object()[u"sandboxID"].toString();
    const QByteArray token = created.object()[u"envdAccessToken"].toString().toLatin1();
    QVERIFY(QRegularExpression(QStringLiteral("^i[a-z0-9]{20}$")).match(id).hasMatch());
    QCOMPARE(created.body, R"({"clientID":"6532622b","domain":null,"envdAccessToken":")" + token
                               + R"(","envdVersion":"0.6.13","sandboxID":")" + id.toLatin1()
                               + R"(","templateID":"base","trafficAccessToken":null})");
    QCOMPARE(m_client->envd(id, {}, QStringLiteral("/health"), {}, QByteArray()).status, 204);

    // The SDK's multi-file upload: no `path`, each filename the full target path.
    auto *multipart = new QHttpMultiPart(QHttpMultiPart::FormDataType);
    const QList<QPair<QByteArray, QByteArray>> files{{"/home/user/app/index.html", "<h1>fake e2b</h1>"},
                                                     {"notes/readme.txt", "relative to home"}};
    for (const auto &[path, content] : files) {
        QHttpPart part;
        part.setHeader(QNetworkRequest::ContentDispositionHeader, QByteArray(R"(form-data; name="file"; filename=")" + path + '"'));
        part.setBody(content);
        multipart->append(part);
    }
    const auto uploaded = m_client->upload(id, token, multipart);
    QCOMPARE(uploaded.status, 200);
    QCOMPARE(uploaded.body, R"([{"name":"index.html","path":"/home/user/app/index.html","type":"file"},)"
                            R"({"name":"readme.txt","path":"/home/user/notes/readme.txt","type":"file"}])");

    const auto run = m_client->start(id, token, runRequest(QStringLiteral("cat notes/readme.txt; echo; echo oops >&2; echo $GREETING")));
    QCOMPARE(run.status, 200);
    QCOMPARE(run.header("content-type"), "application/connect+json");
    const auto frames = E2bWireClient::frames(run.body);
    QVERIFY(frames.size() >= 4);
    QVERIFY(QRegularExpression(QStringLiteral(R"(^\{"event":\{"start":\{"pid":\d+\}\}\}$)"))
                .match(QString::fromLatin1(frames.first().payload)).hasMatch());
    QCOMPARE(outputOf(frames), qMakePair(QByteArray("relative to home\nhello\n"), QByteArray("oops\n")));
    QCOMPARE(frames[frames.size() - 2].payload, R"({"event":{"end":{"exited":true,"status":"exit status 0"}}})");
    QCOMPARE(frames.last().flags, quint8(0x02));
    QCOMPARE(frames.last().payload, "{}");

    // Nothing listens on 3000 yet; then an app started in the background answers through the proxy.
    QCOMPARE(m_client->port(id, 3000).body, R"({"sandboxId":")" + id.toLatin1()
                                                + R"(","message":"The sandbox is running but port is not open","code":502,"port":3000})");
    std::unique_ptr<QNetworkReply> server(m_client->startStreaming(id, token,
        runRequest(QStringLiteral("exec python3 -m http.server 3000 --bind 127.0.0.1"), {{QStringLiteral("cwd"), QStringLiteral("/home/user/app")}})));
    QTRY_COMPARE_WITH_TIMEOUT(m_client->port(id, 3000, QStringLiteral("/index.html")).body, QByteArray("<h1>fake e2b</h1>"), 15000);
    // The other way for QNAM, which does not resolve *.localhost: the server as its HTTP proxy.
    QNetworkAccessManager viaProxy;
    viaProxy.setProxy(QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), m_server->port()));
    std::unique_ptr<QNetworkReply> page(viaProxy.get(QNetworkRequest(
        QUrl(QStringLiteral("http://3000-%1.localhost:%2/index.html?x=1").arg(id).arg(m_server->port())))));
    QTRY_VERIFY(page->isFinished());
    QCOMPARE(page->readAll(), QByteArray("<h1>fake e2b</h1>"));
    const auto startFrame = E2bWireClient::frames(server->peek(server->bytesAvailable())).value(0);
    const int pid = QJsonDocument::fromJson(startFrame.payload).object()[u"event"][u"start"][u"pid"].toInt();
    QVERIFY(pid > 0);
    const auto signal = m_client->envd(id, token, QStringLiteral("/process.Process/SendSignal"), "application/json",
                                       json({{QStringLiteral("process"), QJsonObject{{QStringLiteral("pid"), pid}}},
                                             {QStringLiteral("signal"), QStringLiteral("SIGNAL_SIGKILL")}}));
    QCOMPARE(signal.status, 200);
    QCOMPARE(signal.body, "{}");
    QTRY_VERIFY(server->isFinished());
    const auto serverFrames = E2bWireClient::frames(server->readAll());
    QCOMPARE(serverFrames[serverFrames.size() - 2].payload,
             R"({"event":{"end":{"exitCode":-1,"status":"signal: killed","error":"signal: killed"}}})");

    QCOMPARE(m_client->api("POST", u"/sandboxes/" + id + u"/timeout", R"({"timeout":120})").status, 204);
    const auto info = m_client->api("GET", u"/sandboxes/" + id);
    QCOMPARE(info.status, 200);
    const QDateTime endAt = QDateTime::fromString(info.object()[u"endAt"].toString(), Qt::ISODateWithMs);
    QVERIFY(qAbs(QDateTime::currentDateTimeUtc().secsTo(endAt) - 120) <= 2);
    QCOMPARE(info.object()[u"state"].toString(), QStringLiteral("running"));
    QCOMPARE(info.object()[u"cpuCount"].toInt(), 2);
    QCOMPARE(info.object()[u"memoryMB"].toInt(), 512);
    QCOMPARE(info.object()[u"allowInternetAccess"].toBool(true), false);

    const auto metrics = m_client->api("GET", u"/sandboxes/" + id + u"/metrics");
    QCOMPARE(metrics.status, 200);
    const QJsonObject sample = QJsonDocument::fromJson(metrics.body).array().last().toObject();
    QCOMPARE(sample[u"memTotal"].toInteger(), 512LL * 1024 * 1024);
    QVERIFY(sample[u"memUsed"].toInteger() > 0);
    QVERIFY(sample[u"timestampUnix"].toInteger() >= QDateTime::currentSecsSinceEpoch() - 5);

    QCOMPARE(m_client->api("DELETE", u"/sandboxes/" + id).status, 204);
    QCOMPARE(m_client->api("DELETE", u"/sandboxes/" + id).status, 404);
    const auto listed = m_client->api("GET", QStringLiteral("/v2/sandboxes?metadata=app%3Dspawnai"));
    QCOMPARE(listed.body, "[]");
    QCOMPARE(listed.header("x-total-running"), "0");
    QCOMPARE(m_client->port(id, 3000).body,
             R"({"sandboxId":")" + id.toLatin1() + R"(","message":"The sandbox was not found","code":502})");
    QCOMPARE(m_server->liveSandboxCount(), 0);
    QCOMPARE(m_server->createCount(), 1);
    QCOMPARE(m_server->killCount(), 1);
    // What the server saw: the key only in X-API-Key, never in a sandbox's environment.
    for (const auto &received : m_server->requestsTo(QStringLiteral("api POST /sandboxes")))
        QVERIFY(!received.request.body.contains(m_server->apiKey()));
}

void TestFakeE2bServer::start_streamsChunkedConnectFrames()
{
    const Created sandbox = create(R"({"templateID":"base","timeout":60,"secure":true})");
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), m_server->port());
    QVERIFY(socket.waitForConnected(5000));
    const QByteArray body = E2bWireClient::envelope(runRequest(QStringLiteral("printf hi")));
    socket.write("POST /process.Process/Start HTTP/1.1\r\nHost: 49983-" + sandbox.id.toLatin1() + ".localhost\r\n"
                 "Content-Type: application/connect+json\r\nX-Access-Token: " + sandbox.token
                 + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    QByteArray answer;
    QTRY_VERIFY_WITH_TIMEOUT((answer += socket.readAll()).endsWith("\r\n0\r\n\r\n"), 15000);
    QVERIFY(answer.startsWith("HTTP/1.1 200 OK\r\n"));
    QVERIFY(answer.contains("\r\nContent-Type: application/connect+json\r\nTransfer-Encoding: chunked\r\n\r\n"));
    // One chunk per frame, each frame flushed as it happens.
    const QByteArray data = E2bWireClient::envelope(R"({"event":{"data":{"stdout":"aGk="}}})");
    QVERIFY(answer.contains(QByteArray("\r\n" + QByteArray::number(data.size(), 16) + "\r\n" + data + "\r\n")));
    QVERIFY(answer.endsWith(QByteArray("\r\n7\r\n" + QByteArray("\x02\x00\x00\x00\x02{}", 7) + "\r\n0\r\n\r\n")));
}

void TestFakeE2bServer::start_deadlineKeepaliveAndBadCwd()
{
    const Created sandbox = create(R"({"templateID":"base","timeout":60,"secure":true})");
    QElapsedTimer timer;
    timer.start();
    const auto late = m_client->start(sandbox.id, sandbox.token, runRequest(QStringLiteral("sleep 30")), {{"Connect-Timeout-Ms", "500"}});
    QVERIFY(timer.elapsed() < 10000);
    QCOMPARE(E2bWireClient::frames(late.body).last().payload,
             R"({"error":{"code":"deadline_exceeded","message":"context deadline exceeded"}})");
    const auto quiet = m_client->start(sandbox.id, sandbox.token, runRequest(QStringLiteral("sleep 1.5")), {{"Keepalive-Ping-Interval", "1"}});
    QCOMPARE(E2bWireClient::frames(quiet.body).value(1).payload, R"({"event":{"keepalive":{}}})");
    const auto badCwd = m_client->start(sandbox.id, sandbox.token, runRequest(QStringLiteral("true"), {{QStringLiteral("cwd"), QStringLiteral("/home/user/nowhere")}}));
    QCOMPARE(badCwd.status, 200);
    const auto frames = E2bWireClient::frames(badCwd.body);
    QCOMPARE(frames.size(), 1);
    QCOMPARE(frames.first().payload, "{\"error\":{\"code\":\"invalid_argument\",\"message\":\"cwd '/home/user/nowhere' does not exist\"}}");
    const auto unknownPid = m_client->envd(sandbox.id, sandbox.token, QStringLiteral("/process.Process/SendSignal"), "application/json",
                                           R"({"process":{"pid":99999},"signal":"SIGNAL_SIGKILL"})");
    QCOMPARE(unknownPid.status, 404);
    QCOMPARE(unknownPid.body, R"({"code":"not_found","message":"process with pid 99999 not found"})");
}

void TestFakeE2bServer::auth_wrongKeyAndTokenAnswer401()
{
    const Created sandbox = create(R"({"templateID":"base","timeout":60,"secure":true})");
    const auto wrongKey = m_client->api("GET", u"/sandboxes/" + sandbox.id, {}, "e2b_0000");
    QCOMPARE(wrongKey.status, 401);
    // Not a raw string: moc's lexer would take its "//" for a comment.
    QCOMPARE(wrongKey.body, "{\"code\":401,\"message\":\"Invalid API key, please visit https://e2b.dev/docs/api-key for more information.\"}");
    const auto wrongToken = m_client->start(sandbox.id, "not-the-token", runRequest(QStringLiteral("true")));
    QCOMPARE(wrongToken.status, 401);
    QCOMPARE(wrongToken.body,
             R"({"code":401,"message":"unauthorized access, please provide a valid access token or method signing if supported"})");
}

void TestFakeE2bServer::list_decodesTheMetadataFilterLikeTheRealServer()
{
    const Created tricky = create(R"({"templateID":"base","timeout":60,"metadata":{"app":"spawnai","session":"a&b=c %+"}})");
    create(R"({"templateID":"base","timeout":60,"metadata":{"app":"other"}})");
    // The SDK's encoding: each key and value encodeURIComponent'ed, then '%' -> '%25', then the whole query encoded once more.
    const auto encode = [](const QByteArray &text) {
        return QUrl::toPercentEncoding(QString::fromLatin1(QUrl::toPercentEncoding(QString::fromUtf8(text))));
    };
    const QByteArray inner = encode("app") + '=' + encode("spawnai") + '&' + encode("session") + '=' + encode("a&b=c %+");
    const auto found = m_client->api("GET", QString::fromLatin1("/v2/sandboxes?state=running&metadata=" + QUrl::toPercentEncoding(QString::fromLatin1(inner))));
    QCOMPARE(found.status, 200);
    const QJsonArray sandboxes = QJsonDocument::fromJson(found.body).array();
    QCOMPARE(sandboxes.size(), 1);
    QCOMPARE(sandboxes.first()[u"sandboxID"].toString(), tricky.id);
    QCOMPARE(found.header("x-total-running"), "1");
    // Encoded once, the value's '&' and '=' split it, and its "%+" is a bad escape, as on E2B.
    const QByteArray naive = "app=spawnai&session=" + QUrl::toPercentEncoding(QStringLiteral("a&b=c %+"));
    const auto refused = m_client->api("GET", QString::fromLatin1("/sandboxes?metadata=" + QUrl::toPercentEncoding(QString::fromLatin1(naive))));
    QCOMPARE(refused.status, 400);
    QCOMPARE(refused.object()[u"message"].toString(),
             QStringLiteral("error parsing metadata: error when unescaping value: invalid URL escape \"%+\""));
    const QByteArray split = "app=spawnai&session=" + QUrl::toPercentEncoding(QStringLiteral("a&b=c"));
    QCOMPARE(m_client->api("GET", QString::fromLatin1("/sandboxes?metadata=" + QUrl::toPercentEncoding(QString::fromLatin1(split)))).body, "[]");
    const auto malformed = m_client->api("GET", QStringLiteral("/v2/sandboxes?metadata=app"));
    QCOMPARE(malformed.status, 400);
    QCOMPARE(QJsonDocument::fromJson(m_client->api("GET", QStringLiteral("/v2/sandboxes?limit=1")).body).array().size(), 1);
    QVERIFY(!m_client->api("GET", QStringLiteral("/v2/sandboxes?limit=1")).header("x-next-token").isEmpty());
}

void TestFakeE2bServer::proxy_privateSandboxNeedsTheTrafficToken()
{
    startServer();
    const auto reply = m_client->api("POST", QStringLiteral("/sandboxes"),
                                     R"({"templateID":"base","timeout":60,"secure":true,"network":{"allowPublicTraffic":false}})");
    QVERIFY2(reply.status == 201, reply.body.constData());
    const QString id = reply.object()[u"sandboxID"].toString();
    const QByteArray traffic = reply.object()[u"trafficAccessToken"].toString().toLatin1();
    QVERIFY(!traffic.isEmpty());
    const auto missing = m_client->port(id, 3000);
    QCOMPARE(missing.status, 403);
    QCOMPARE(missing.object()[u"message"].toString(),
             QStringLiteral("Sandbox is secured with traffic access token. Token header 'e2b-traffic-access-token' is missing"));
    QCOMPARE(m_client->port(id, 3000, QStringLiteral("/"), {{"e2b-traffic-access-token", "wrong"}}).status, 403);
    QCOMPARE(m_client->port(id, 3000, QStringLiteral("/"), {{"e2b-traffic-access-token", traffic}}).object()[u"port"].toInt(), 3000);
}

void TestFakeE2bServer::expiry_killsTheSandboxAtItsEnd()
{
    const Created sandbox = create(R"({"templateID":"base","timeout":1})");
    QSignalSpy expired(m_server.get(), &FakeE2bServer::sandboxExpired);
    QVERIFY(expired.wait(5000));
    QCOMPARE(expired.first().first().toString(), sandbox.id);
    QCOMPARE(m_client->api("GET", u"/sandboxes/" + sandbox.id).status, 404);
    QCOMPARE(m_server->liveSandboxCount(), 0);
}

void TestFakeE2bServer::faults_createFailsThenSucceeds()
{
    startServer();
    m_server->addFault(FakeE2bFault::respond(QStringLiteral("api POST /sandboxes"), 500));
    m_server->addFault(FakeE2bFault::respond(QStringLiteral("api POST /sandboxes"), 429, {}, {{"Retry-After", "1"}}).after(1));
    const QByteArray body = R"({"templateID":"base","timeout":60})";
    QCOMPARE(m_client->api("POST", QStringLiteral("/sandboxes"), body).status, 500);
    const auto limited = m_client->api("POST", QStringLiteral("/sandboxes"), body);
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.header("retry-after"), "1");
    QCOMPARE(limited.body, R"({"code":429,"message":"Rate limit exceeded"})");
    QCOMPARE(m_client->api("POST", QStringLiteral("/sandboxes"), body).status, 201);
    QCOMPARE(m_server->createCount(), 1);
    QCOMPARE(m_server->requestsTo(QStringLiteral("api POST /sandboxes")).size(), 3);
}

void TestFakeE2bServer::faults_uploadDropAndEnvd401AndCutStream()
{
    const Created sandbox = create(R"({"templateID":"base","timeout":60,"secure":true})");
    // QNAM silently resends a request whose connection closed mid-write: drop every attempt.
    m_server->addFault(FakeE2bFault::drop(QStringLiteral("envd POST /files")).repeat(3));
    const auto dropped = m_client->envd(sandbox.id, sandbox.token, QStringLiteral("/files?path=big.bin"), "application/octet-stream",
                                        QByteArray(4 * 1024 * 1024, 'x'));
    QCOMPARE(dropped.status, 0);
    QVERIFY(dropped.error != QNetworkReply::NoError);
    m_server->clearFaults();
    QCOMPARE(m_client->envd(sandbox.id, sandbox.token, QStringLiteral("/files?path=small.txt"), "application/octet-stream", "ok").status, 200);

    m_server->addFault(FakeE2bFault::respond(QStringLiteral("envd *"), 401));
    const auto unauthorized = m_client->start(sandbox.id, sandbox.token, runRequest(QStringLiteral("true")));
    QCOMPARE(unauthorized.status, 401);
    QCOMPARE(unauthorized.object()[u"message"].toString(),
             QStringLiteral("unauthorized access, please provide a valid access token or method signing if supported"));

    m_server->addFault(FakeE2bFault::cutStream(QStringLiteral("envd POST /process.Process/Start")));
    const auto cut = m_client->start(sandbox.id, sandbox.token, runRequest(QStringLiteral("echo cut")));
    const auto frames = E2bWireClient::frames(cut.body);
    QVERIFY(!frames.isEmpty());
    QCOMPARE(frames.last().flags, quint8(0));  // the end event came, the end-of-stream frame did not
    QVERIFY(frames.last().payload.contains("\"end\""));
    QVERIFY(cut.error != QNetworkReply::NoError);
    m_server->addFault(FakeE2bFault::cutStream(QStringLiteral("envd POST /process.Process/Start"), 1));
    const auto early = m_client->start(sandbox.id, sandbox.token, runRequest(QStringLiteral("echo early")));
    QCOMPARE(E2bWireClient::frames(early.body).size(), 1);  // the start frame only
}

void TestFakeE2bServer::faults_killFailsTwiceAndLatency()
{
    const Created sandbox = create(R"({"templateID":"base","timeout":60})");
    m_server->addFault(FakeE2bFault::respond(QStringLiteral("api DELETE /sandboxes/{id}"), 500).repeat(2));
    QCOMPARE(m_client->api("DELETE", u"/sandboxes/" + sandbox.id).status, 500);
    QCOMPARE(m_client->api("DELETE", u"/sandboxes/" + sandbox.id).status, 500);
    QCOMPARE(m_server->liveSandboxCount(), 1);
    m_server->setLatency(std::chrono::milliseconds(300));
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(m_client->api("DELETE", u"/sandboxes/" + sandbox.id).status, 204);
    QVERIFY(timer.elapsed() >= 300);
    QCOMPARE(m_server->liveSandboxCount(), 0);
}

void TestFakeE2bServer::process_keepsItsSandboxesAndTakesFaultsOverHttp()
{
    QProcess server;
    server.start(QStringLiteral(FAKE_E2B_SERVER_BINARY), {QStringLiteral("--api-key"), QStringLiteral("e2b_process")});
    QTRY_VERIFY_WITH_TIMEOUT(server.canReadLine(), 10000);
    const QUrl url(QStringLiteral("http://127.0.0.1:%1").arg(QString::fromLatin1(server.readLine().trimmed())));
    E2bWireClient client(url, "e2b_process");
    QCOMPARE(client.api("POST", QStringLiteral("/_fake/faults"), R"({"route":"api POST /sandboxes","status":503})").status, 204);
    QCOMPARE(client.api("POST", QStringLiteral("/sandboxes"), R"({"templateID":"base","timeout":60})").status, 503);
    const auto created = client.api("POST", QStringLiteral("/sandboxes"), R"({"templateID":"base","timeout":60})");
    QCOMPARE(created.status, 201);
    const QString id = created.object()[u"sandboxID"].toString();
    QByteArray output;
    QTRY_VERIFY2((output += server.readAllStandardOutput()).contains(QByteArray("created " + id.toLatin1())), output.constData());
    const QJsonObject state = client.api("GET", QStringLiteral("/_fake/state")).object();
    QCOMPARE(state[u"live"].toArray(), QJsonArray{id});
    QCOMPARE(QJsonDocument::fromJson(client.api("GET", QStringLiteral("/_fake/requests")).body).array().size(), 5);  // this one included
    server.terminate();
    QVERIFY(server.waitForFinished(10000));
}

QTEST_GUILESS_MAIN(TestFakeE2bServer)
#include "test_fakee2bserver.moc"
