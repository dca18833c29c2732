// SPDX-License-Identifier: MIT
#include "sandbox/e2b/e2bapikey.h"
#include "sandbox/e2b/e2bapirequestfactory.h"
#include "sandbox/e2b/e2bconfig.h"
#include "sandbox/e2b/e2bsandbox.h"
#include "sandbox/e2b/envdrequestfactory.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTest>

class TestE2bRequests final : public QObject
{
    Q_OBJECT

private slots:
    void config_defaultsAsTheSdk();
    void config_readsTheEnvironment();
    void portUrl_onE2bAndOnALocalServer();
    void envdUrl_perSandboxHostUnlessOverridden();
    void metadataFilter_plainValues();
    void metadataFilter_survivesThreeDecodes();
    void metadataFilter_staysEncodedInTheUrl();
    void apiRequests_carryKeyUserAgentAndAccept();
    void apiKey_oneRule_data();
    void apiKey_oneRule();
    void apiRequests_withAMalformedKey_areRefusedBeforeSending();
    void apiKey_maskedShowsOnlyItsEnd();
    void createBody_sendsWhatTheIssueAsks();
    void createBody_privatePreviewTurnsPublicTrafficOff();
    void createBody_neverCarriesTheKey();
    void createBody_timeoutIsCappedAtThePlan();
    void envdRequests_carryTokenAndRoutingHeaders();
    void startMessage_isArgvWithStdinOff();
    void streamTimeout_onlyWhenTheCommandHasOne();
    void multipart_quotesAndEscapesFilenames();
    void workspacePaths_outsideHomeUserAreRefused();

private:
    static E2bConfig config();
};

void TestE2bRequests::apiKey_oneRule_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("wellFormed");
    QTest::newRow("as E2B issues them") << QStringLiteral("e2b_53ae1fed82754c17ad8077fbc8bcdd9012345678") << true;
    QTest::newRow("20 hex digits") << QStringLiteral("e2b_0123456789abcdef0123") << true;
    QTest::newRow("pasted with a line break") << QStringLiteral("  e2b_0123456789abcdef0123\n") << true;
    QTest::newRow("16 hex digits: cut short") << QStringLiteral("e2b_0123456789abcdef") << false;
    QTest::newRow("no prefix") << QStringLiteral("0123456789abcdef0123456789") << false;
    QTest::newRow("another service's key") << QStringLiteral("sk-ant-0123456789abcdef0123456789") << false;
    QTest::newRow("not hex") << QStringLiteral("e2b_bench000000000000000000000000") << false;
    QTest::newRow("upper case") << QStringLiteral("e2b_0123456789ABCDEF0123") << false;
    QTest::newRow("a space inside") << QStringLiteral("e2b_0123456789 abcdef0123") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestE2bRequests::apiKey_oneRule()
{
    QFETCH(QString, key);
    QFETCH(bool, wellFormed);
    QCOMPARE(E2bApiKey::isWellFormed(key), wellFormed);
    QCOMPARE(E2bApiKey::problem(key).isEmpty(), wellFormed);
}

void TestE2bRequests::apiRequests_withAMalformedKey_areRefusedBeforeSending()
{
    E2bConfig malformed = config();
    malformed.apiKey = QStringLiteral("e2b_0123456789abcdef");
    QNetworkAccessManager network;
    const E2bApiRequestFactory factory(malformed, &network);
    SandboxSpec spec;
    spec.sessionId = QStringLiteral("s1");
    for (const E2bCallSetup &call : {factory.createSandbox(spec), factory.listSandboxes({}, {}, false),
                                     factory.kill(QStringLiteral("i1"))}) {
        QVERIFY(call.refusal.isError());
        QCOMPARE(call.refusal.kind, ErrorKind::User);
        QVERIFY2(call.refusal.message.contains(u"does not look like an E2B key"), qPrintable(call.refusal.message));
    }
    QVERIFY(!E2bApiRequestFactory(config(), &network).createSandbox(spec).refusal.isError());
}

void TestE2bRequests::apiKey_maskedShowsOnlyItsEnd()
{
    const QString key = QStringLiteral("e2b_53ae1fed82754c17ad8077fbc8bcdd9012345678");
    QCOMPARE(E2bApiKey::masked(key), QStringLiteral("e2b_…5678"));
    QCOMPARE(E2bApiKey::masked(QStringLiteral("abc")), QStringLiteral("…"));
}

E2bConfig TestE2bRequests::config()
{
    E2bConfig config;
    config.apiKey = QStringLiteral("e2b_0123456789abcdef0123");
    config.installId = QStringLiteral("inst-1");
    return config;
}

void TestE2bRequests::config_defaultsAsTheSdk()
{
    const E2bConfig config = E2bConfig::fromEnvironment(QProcessEnvironment());
    QCOMPARE(config.domain, QStringLiteral("e2b.app"));
    QCOMPARE(config.effectiveApiUrl(), QUrl(QStringLiteral("https://api.e2b.app")));
    QCOMPARE(config.templateId, QStringLiteral("base"));
    QVERIFY(config.apiKey.isEmpty());
    QVERIFY(config.sandboxUrl.isEmpty());
    QCOMPARE(config.limits().maxConcurrentSessions, 20);
    QCOMPARE(config.limits().creationsPerSecond, 1);
}

void TestE2bRequests::config_readsTheEnvironment()
{
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("E2B_API_KEY"), QStringLiteral(" e2b_abc \n"));
    environment.insert(QStringLiteral("E2B_DOMAIN"), QStringLiteral("example.org"));
    E2bConfig config = E2bConfig::fromEnvironment(environment);
    QCOMPARE(config.apiKey, QStringLiteral("e2b_abc"));
    QCOMPARE(config.effectiveApiUrl(), QUrl(QStringLiteral("https://api.example.org")));
    environment.insert(QStringLiteral("E2B_API_URL"), QStringLiteral("http://127.0.0.1:3000"));
    environment.insert(QStringLiteral("E2B_SANDBOX_URL"), QStringLiteral("http://localhost:8080"));
    config = E2bConfig::fromEnvironment(environment);
    QCOMPARE(config.effectiveApiUrl(), QUrl(QStringLiteral("http://127.0.0.1:3000")));
    QCOMPARE(config.sandboxUrl, QUrl(QStringLiteral("http://localhost:8080")));
}

void TestE2bRequests::portUrl_onE2bAndOnALocalServer()
{
    E2bConfig config;
    QCOMPARE(config.portUrl(QStringLiteral("abc"), 3000), QUrl(QStringLiteral("https://3000-abc.e2b.app/")));
    QCOMPARE(config.portUrl(QStringLiteral("abc"), 3000, QStringLiteral("byoc.example")),
             QUrl(QStringLiteral("https://3000-abc.byoc.example/")));
    config.sandboxUrl = QUrl(QStringLiteral("http://localhost:8080"));
    QCOMPARE(config.portUrl(QStringLiteral("abc"), 3000), QUrl(QStringLiteral("http://3000-abc.localhost:8080/")));
}

void TestE2bRequests::envdUrl_perSandboxHostUnlessOverridden()
{
    E2bConfig config;
    QCOMPARE(config.envdUrl(QStringLiteral("i1")), QUrl(QStringLiteral("https://49983-i1.e2b.app/")));
    config.sandboxUrl = QUrl(QStringLiteral("http://127.0.0.1:9000"));
    QCOMPARE(config.envdUrl(QStringLiteral("i1")), QUrl(QStringLiteral("http://127.0.0.1:9000")));
}

void TestE2bRequests::metadataFilter_plainValues()
{
    QCOMPARE(E2bApiRequestFactory::metadataQuery({{QStringLiteral("app"), QStringLiteral("spawnai")},
                                                  {QStringLiteral("installId"), QStringLiteral("abc-123")}}),
             QByteArray("metadata=app%3Dspawnai%26installId%3Dabc-123"));
}

void TestE2bRequests::metadataFilter_survivesThreeDecodes()
{
    const QString value = QStringLiteral("a b&c=d/%é");
    const QByteArray query = E2bApiRequestFactory::metadataQuery({{QStringLiteral("k"), value}});
    QVERIFY(query.startsWith("metadata="));
    // The server: query parsing, QueryUnescape of the whole, split, QueryUnescape of each part.
    const QByteArray once = QByteArray::fromPercentEncoding(query.mid(9));
    QVERIFY(!once.contains(' '));
    const QByteArray twice = QByteArray::fromPercentEncoding(once);
    const QList<QByteArray> pairs = twice.split('&');
    QCOMPARE(pairs.size(), 1);
    const QList<QByteArray> parts = pairs.constFirst().split('=');
    QCOMPARE(parts.size(), 2);
    QCOMPARE(QString::fromUtf8(QByteArray::fromPercentEncoding(parts.at(0))), QStringLiteral("k"));
    QCOMPARE(QString::fromUtf8(QByteArray::fromPercentEncoding(parts.at(1))), value);
}

void TestE2bRequests::metadataFilter_staysEncodedInTheUrl()
{
    QNetworkAccessManager network;
    const E2bApiRequestFactory factory(config(), &network);
    const E2bCallSetup call = factory.listSandboxes(E2bApiRequestFactory::ownMetadata(config()), {}, false);
    const QByteArray wire = call.request.url().toEncoded();
    QCOMPARE(wire, QByteArray("https://api.e2b.app/v2/sandboxes?metadata=app%3Dspawnai%26installId%3Dinst-1&limit=100"));
    const E2bCallSetup v1 = factory.listSandboxes(E2bApiRequestFactory::ownMetadata(config()), {}, true);
    QCOMPARE(v1.request.url().toEncoded(),
             QByteArray("https://api.e2b.app/sandboxes?metadata=app%3Dspawnai%26installId%3Dinst-1"));
}

void TestE2bRequests::apiRequests_carryKeyUserAgentAndAccept()
{
    QNetworkAccessManager network;
    const E2bApiRequestFactory factory(config(), &network);
    const E2bCallSetup call = factory.sandboxInfo(QStringLiteral("i1"));
    QCOMPARE(call.request.url(), QUrl(QStringLiteral("https://api.e2b.app/sandboxes/i1")));
    QCOMPARE(call.request.rawHeader("X-API-Key"), QByteArray("e2b_0123456789abcdef0123"));
    QVERIFY(call.request.rawHeader("User-Agent").startsWith("SpawnAI-Desktop/"));
    QCOMPARE(call.request.rawHeader("Accept"), QByteArray("application/json"));
    QVERIFY(call.idempotent);
    QVERIFY(!factory.createSandbox({}).idempotent);
    QCOMPARE(factory.kill(QStringLiteral("i1")).verb, QByteArray("DELETE"));
    QCOMPARE(factory.kill(QStringLiteral("i1")).acceptedStatuses, QList<int>{404});
    const E2bCallSetup pause = factory.pause(QStringLiteral("i1"));
    QCOMPARE(pause.verb, QByteArray("POST"));
    QCOMPARE(pause.request.url().path(), QStringLiteral("/sandboxes/i1/pause"));
    QCOMPARE(pause.acceptedStatuses, QList<int>{409});  // already paused
    QVERIFY(pause.idempotent);
    const E2bCallSetup timeout = factory.setTimeout(QStringLiteral("i1"), 600);
    QCOMPARE(timeout.request.url().path(), QStringLiteral("/sandboxes/i1/timeout"));
    QCOMPARE(timeout.body, QByteArray(R"({"timeout":600})"));
    QCOMPARE(factory.metrics(QStringLiteral("i1")).request.url().path(), QStringLiteral("/sandboxes/i1/metrics"));
}

void TestE2bRequests::createBody_sendsWhatTheIssueAsks()
{
    SandboxSpec spec;
    spec.sessionId = QStringLiteral("s-42");
    spec.timeout = std::chrono::seconds(900);
    E2bConfig config = TestE2bRequests::config();
    config.internetForInstalls = false;
    const QJsonObject body = QJsonDocument::fromJson(E2bApiRequestFactory::createBody(config, spec)).object();
    QCOMPARE(body.value(u"templateID").toString(), QStringLiteral("base"));
    QCOMPARE(body.value(u"timeout").toInteger(), 900);
    QCOMPARE(body.value(u"secure"), QJsonValue(true));
    QCOMPARE(body.value(u"allow_internet_access"), QJsonValue(false));
    const QJsonObject metadata = body.value(u"metadata").toObject();
    QCOMPARE(metadata.value(u"app").toString(), QStringLiteral("spawnai"));
    QCOMPARE(metadata.value(u"installId").toString(), QStringLiteral("inst-1"));
    QCOMPARE(metadata.value(u"sessionId").toString(), QStringLiteral("s-42"));
    QVERIFY(body.value(u"envVars").isObject());
    QVERIFY(!body.contains(u"network"));
    spec.internetAccess = true;
    QCOMPARE(QJsonDocument::fromJson(E2bApiRequestFactory::createBody(config, spec)).object().value(u"allow_internet_access"),
             QJsonValue(true));
}

void TestE2bRequests::createBody_privatePreviewTurnsPublicTrafficOff()
{
    E2bConfig config = TestE2bRequests::config();
    config.privatePreview = true;
    const QJsonObject body = QJsonDocument::fromJson(E2bApiRequestFactory::createBody(config, {})).object();
    QCOMPARE(body.value(u"network").toObject().value(u"allowPublicTraffic"), QJsonValue(false));
    QCOMPARE(body.value(u"secure"), QJsonValue(true));
}

void TestE2bRequests::createBody_neverCarriesTheKey()
{
    SandboxSpec spec;
    spec.metadata.insert(QStringLiteral("note"), QStringLiteral("hello"));
    const QByteArray body = E2bApiRequestFactory::createBody(config(), spec);
    QVERIFY(!body.contains("e2b_0123456789abcdef0123"));
    const QJsonObject envVars = QJsonDocument::fromJson(body).object().value(u"envVars").toObject();
    for (auto it = envVars.begin(); it != envVars.end(); ++it) {
        QVERIFY(!it.key().contains(u"KEY", Qt::CaseInsensitive));
        QVERIFY(!it.value().toString().startsWith(u"e2b_"));
        QVERIFY(!it.value().toString().startsWith(u"sk-"));
    }
}

void TestE2bRequests::createBody_timeoutIsCappedAtThePlan()
{
    SandboxSpec spec;
    spec.timeout = std::chrono::hours(48);
    E2bConfig config = TestE2bRequests::config();
    QCOMPARE(QJsonDocument::fromJson(E2bApiRequestFactory::createBody(config, spec)).object().value(u"timeout").toInteger(),
             3600);
    config.plan = Plan::Pro;
    QCOMPARE(QJsonDocument::fromJson(E2bApiRequestFactory::createBody(config, spec)).object().value(u"timeout").toInteger(),
             86400);
    spec.timeout = std::chrono::seconds(0);
    QCOMPARE(QJsonDocument::fromJson(E2bApiRequestFactory::createBody(config, spec)).object().value(u"timeout").toInteger(),
             1);
}

void TestE2bRequests::envdRequests_carryTokenAndRoutingHeaders()
{
    QNetworkAccessManager network;
    const EnvdRequestFactory envd(config(), &network, QStringLiteral("i1"), QStringLiteral("tok"));
    const E2bCallSetup call = envd.unary(QStringLiteral("process.Process/SendSignal"), {}, QStringLiteral("x"));
    QCOMPARE(call.request.url(), QUrl(QStringLiteral("https://49983-i1.e2b.app/process.Process/SendSignal")));
    QCOMPARE(call.request.rawHeader("X-Access-Token"), QByteArray("tok"));
    QCOMPARE(call.request.rawHeader("E2b-Sandbox-Id"), QByteArray("i1"));
    QCOMPARE(call.request.rawHeader("E2b-Sandbox-Port"), QByteArray("49983"));
    QCOMPARE(call.request.rawHeader("Connect-Protocol-Version"), QByteArray("1"));
    QCOMPARE(call.request.rawHeader("Content-Type"), QByteArray("application/json"));
    QCOMPARE(call.body, QByteArray("{}"));
    QVERIFY(call.request.rawHeader("User-Agent").startsWith("SpawnAI-Desktop/"));
    QVERIFY(!call.request.hasRawHeader("X-API-Key"));
    QCOMPARE(EnvdRequestFactory::signalMessage(42), QByteArray(R"({"process":{"pid":42},"signal":"SIGNAL_SIGKILL"})"));
}

void TestE2bRequests::startMessage_isArgvWithStdinOff()
{
    CommandSpec spec;
    spec.argv = QStringList{QStringLiteral("npm"), QStringLiteral("install"), QStringLiteral("a b; rm -rf /")};
    spec.environment.insert(QStringLiteral("PORT"), QStringLiteral("3000"));
    const QJsonObject message = QJsonDocument::fromJson(EnvdRequestFactory::startMessage(spec)).object();
    QCOMPARE(message.value(u"stdin"), QJsonValue(false));
    const QJsonObject process = message.value(u"process").toObject();
    QCOMPARE(process.value(u"cmd").toString(), QStringLiteral("npm"));
    QCOMPARE(process.value(u"args").toArray().size(), 2);
    QCOMPARE(process.value(u"args").toArray().at(1).toString(), QStringLiteral("a b; rm -rf /"));
    QCOMPARE(process.value(u"cwd").toString(), QStringLiteral("/home/user/app"));
    QCOMPARE(process.value(u"envs").toObject().value(u"PORT").toString(), QStringLiteral("3000"));
}

void TestE2bRequests::streamTimeout_onlyWhenTheCommandHasOne()
{
    QNetworkAccessManager network;
    const EnvdRequestFactory envd(config(), &network, QStringLiteral("i1"), QStringLiteral("tok"));
    const QNetworkRequest background = envd.stream(QStringLiteral("process.Process/Start"), std::chrono::milliseconds(0));
    QVERIFY(!background.hasRawHeader("Connect-Timeout-Ms"));
    QCOMPARE(background.rawHeader("Content-Type"), QByteArray("application/connect+json"));
    QCOMPARE(background.rawHeader("Keepalive-Ping-Interval"), QByteArray("50"));
    const QNetworkRequest foreground = envd.stream(QStringLiteral("process.Process/Start"), std::chrono::seconds(120));
    QCOMPARE(foreground.rawHeader("Connect-Timeout-Ms"), QByteArray("120000"));
}

void TestE2bRequests::multipart_quotesAndEscapesFilenames()
{
    const QByteArray body = EnvdRequestFactory::multipartBody(
        {{QStringLiteral("/home/user/app/a\"b\\c.txt"), "hello", false}, {QStringLiteral("/home/user/app/x"), "", false}},
        "BOUND");
    QVERIFY(body.startsWith("--BOUND\r\nContent-Disposition: form-data; name=\"file\"; filename=\"/home/user/app/a\\\"b\\\\c.txt\"\r\n"));
    QVERIFY(body.contains("\r\n\r\nhello\r\n--BOUND\r\n"));
    QVERIFY(body.endsWith("--BOUND--\r\n"));
    QCOMPARE(body.count("name=\"file\""), 2);
}

void TestE2bRequests::workspacePaths_outsideHomeUserAreRefused()
{
    QVERIFY(E2bSandbox::isWorkspacePath(QStringLiteral("/home/user/app/index.html")));
    QVERIFY(!E2bSandbox::isWorkspacePath(QStringLiteral("/home/user/../root/x")));
    QVERIFY(!E2bSandbox::isWorkspacePath(QStringLiteral("/etc/passwd")));
    QVERIFY(!E2bSandbox::isWorkspacePath(QStringLiteral("/home/user")));
    QVERIFY(!E2bSandbox::isWorkspacePath(QStringLiteral("/home/userx/a")));
    QVERIFY(!E2bSandbox::isWorkspacePath(QStringLiteral("home/user/a")));
    QVERIFY(!E2bSandbox::isWorkspacePath(QStringLiteral("/home/user/a\nb")));
}

QTEST_GUILESS_MAIN(TestE2bRequests)
#include "test_e2b_requests.moc"
