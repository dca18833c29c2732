// SPDX-License-Identifier: MIT
#include "apitestclient.h"
#include "export/appexport.h"
#include "fakellmserver.h"
#include "httpfetch.h"
#include "llmfixtures.h"
#include "secrets/appenvironment.h"
#include "secrets/keychainsecretstore.h"
#include "secretprobe.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QTemporaryDir>

// An app's environment through the API of the real `spawnai serve`, with a
// fake Claude: the app reads FOO, prints it, and answers its hash. The value
// is nowhere in the data folder (the SQLite file and its WAL included), the
// logs, the prompts Claude received, the API's answers or an export; the
// keychain holds it until the session is purged; a redeploy reads it back.
class TestApiEnv final : public QObject
{
    Q_OBJECT

private slots:
    void env_reachesTheAppOnly_andGoesWithThePurge();
    void env_badNamesAndValues_areRefusedWithoutTheValue();
};

namespace {
const QByteArray Secret = "s3cr3t-env-value-4711";
const QString KeychainService = QStringLiteral("spawnai-test-api");

FakeLlmServer::Response claudeAnswer(const QString &text)
{
    return FakeLlmServer::sse({Fixtures::messageStart(900, 0, 0), Fixtures::textStart(0),
                               Fixtures::textDelta(0, text.left(70)), Fixtures::textDelta(0, text.mid(70)),
                               Fixtures::blockStop(0), Fixtures::messageDelta("end_turn", R"({"output_tokens":300})"),
                               Fixtures::messageStop()});
}

// What a model writes once it is told FOO's name: it reads the value at run
// time. It also prints it, as careless apps do.
QString appReadingFoo()
{
    return QStringLiteral(
        "<app>\n<manifest>\n{\"type\": \"api\", \"port\": 3000, \"start\": \"python3 main.py\"}\n</manifest>\n"
        "<file path=\"main.py\">\n"
        "import hashlib, http.server, os\n"
        "secret = os.environ[\"FOO\"]\n"
        "print(\"the key is \" + secret, flush=True)\n"
        "class Handler(http.server.BaseHTTPRequestHandler):\n"
        "    def do_GET(self):\n"
        "        body = hashlib.sha256(secret.encode()).hexdigest().encode()\n"
        "        self.send_response(200)\n"
        "        self.send_header(\"Content-Length\", str(len(body)))\n"
        "        self.end_headers()\n"
        "        self.wfile.write(body)\n"
        "http.server.HTTPServer((\"0.0.0.0\", int(os.environ[\"PORT\"])), Handler).serve_forever()\n"
        "</file>\n</app>\n");
}

QString keychainValue(const QString &key)
{
    KeychainSecretStore keychain(KeychainService);
    return SecretProbe::read(keychain, key);
}

QByteArray exportZip(ApiTestClient &client, const QString &one, const QString &zipPath)
{
    AppVersion version;
    version.version = 1;
    const QJsonArray files = client.get(one + u"/files").json().value(u"files").toArray();
    for (const QJsonValue &entry : files) {
        const QString path = entry.toObject().value(u"path").toString();
        version.files.append({path, client.get(one + u"/files/" + path).body, false});
    }
    AppExport exporting(version, zipPath, AppExport::Format::Zip);
    QSignalSpy done(&exporting, &AsyncOperation::finished);
    exporting.start();
    if (!done.wait(10000) || !exporting.succeeded())
        return {};
    QFile zip(zipPath);
    return zip.open(QIODevice::ReadOnly) ? zip.readAll() : QByteArray();
}
} // namespace

void TestApiEnv::env_reachesTheAppOnly_andGoesWithThePurge()
{
    const QByteArray expectedHash = QCryptographicHash::hash(Secret, QCryptographicHash::Sha256).toHex();
    FakeLlmServer claude;
    claude.enqueue(claudeAnswer(appReadingFoo()));
    QTemporaryDir dir;
    ServeProcess host(dir.path());
    QVERIFY2(host.start({}, {{QStringLiteral("ANTHROPIC_API_KEY"), QStringLiteral("sk-ant-test")},
                             {QStringLiteral("ANTHROPIC_BASE_URL"), claude.url().toString()}}),
             qPrintable(host.transcript()));
    ApiTestClient client(host.url(), host.token());
    const ApiAnswer started = client.post(QStringLiteral("/api/v1/sessions"),
                                          {{QStringLiteral("prompt"), QStringLiteral("an API that uses my key")},
                                           {QStringLiteral("appType"), QStringLiteral("api")},
                                           {QStringLiteral("env"), QJsonObject{{QStringLiteral("FOO"),
                                                                                QString::fromUtf8(Secret)}}}});
    QVERIFY2(started.status == 202, started.body.constData());
    QVERIFY(!started.body.contains(Secret));
    const QString id = started.json().value(u"id").toString();
    const QString one = QStringLiteral("/api/v1/sessions/") + id;
    QTRY_COMPARE_WITH_TIMEOUT(client.get(one).json().value(u"status").toString(), QStringLiteral("ready"), 30000);

    // The app has the value; the API answers the name only.
    const ApiAnswer shown = client.get(one);
    QCOMPARE(shown.json().value(u"env").toArray(), QJsonArray{QStringLiteral("FOO")});
    QVERIFY(!shown.body.contains(Secret));
    const QUrl appUrl(shown.json().value(u"url").toString());
    QCOMPARE(fetchBody(appUrl), expectedHash);
    // What it printed is in the log, hidden.
    QTRY_VERIFY_WITH_TIMEOUT(client.get(one + u"/log").body.contains("the key is [FOO hidden]"), 10000);
    QVERIFY(!client.get(one + u"/log").body.contains(Secret));
    QVERIFY(!client.get(one + u"/events").body.contains(Secret));
    // The model learnt the name, never the value.
    QVERIFY(!claude.requests().isEmpty());
    for (const auto &request : claude.requests()) {
        QVERIFY(!request.body.contains(Secret));
        QVERIFY(request.body.contains("environment variables: FOO"));
    }
    QCOMPARE(keychainValue(AppEnvironment::keychainKey(id, QStringLiteral("FOO"))), QString::fromUtf8(Secret));

    // A redeploy reads the value back from the keychain.
    const int stopped = client.call({"DELETE", one, {}, true, {}}).status;
    QVERIFY(stopped == 200 || stopped == 202);
    QTRY_COMPARE_WITH_TIMEOUT(client.get(one).json().value(u"status").toString(), QStringLiteral("stopped"), 20000);
    const ApiAnswer redeployed = client.post(one + u"/redeploy", {});
    QVERIFY2(redeployed.status == 202 || redeployed.status == 200, redeployed.body.constData());
    QTRY_COMPARE_WITH_TIMEOUT(client.get(one).json().value(u"status").toString(), QStringLiteral("ready"), 30000);
    QCOMPARE(fetchBody(QUrl(client.get(one).json().value(u"url").toString())), expectedHash);

    // An export of the app has no trace of it, nor has the data folder.
    QTemporaryDir exports;
    const QByteArray zip = exportZip(client, one, exports.filePath(QStringLiteral("app.zip")));
    QVERIFY(!zip.isEmpty());
    QVERIFY(!zip.contains(Secret));
    QCOMPARE(SecretProbe::filesContaining(dir.path(), Secret), QStringList());

    // The purge takes the keychain entry with it.
    QCOMPARE(client.call({"DELETE", one + u"?purge=true", {}, true, {}}).status, 202);
    QTRY_COMPARE_WITH_TIMEOUT(client.get(one).status, 404, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(keychainValue(AppEnvironment::keychainKey(id, QStringLiteral("FOO"))), QString(), 10000);

    host.signal(SIGTERM);
    QVERIFY(host.waitForExit(20000));
    QVERIFY(!host.transcript().toUtf8().contains(Secret));
    QCOMPARE(SecretProbe::filesContaining(dir.path(), Secret), QStringList());
}

void TestApiEnv::env_badNamesAndValues_areRefusedWithoutTheValue()
{
    QTemporaryDir dir;
    ServeProcess host(dir.path());
    QVERIFY2(host.start(), qPrintable(host.transcript()));
    ApiTestClient client(host.url(), host.token());
    const auto start = [&client](const QJsonValue &env) {
        return client.post(QStringLiteral("/api/v1/sessions"),
                           {{QStringLiteral("template"), QStringLiteral("static-site")}, {QStringLiteral("env"), env}});
    };
    const QString secret = QString::fromUtf8(Secret);
    for (const QJsonValue &env : {QJsonValue(QJsonObject{{QStringLiteral("1BAD"), secret}}),
                                  QJsonValue(QJsonObject{{QStringLiteral("PORT"), secret}}),
                                  QJsonValue(QJsonObject{{QStringLiteral("FOO"), QString(secret + u'\n')}}),
                                  QJsonValue(QJsonObject{{QStringLiteral("FOO"), QString(QString(9000, u'x') + secret)}}),
                                  QJsonValue(QJsonObject{{QStringLiteral("FOO"), 5}}),
                                  QJsonValue(QJsonObject{{QStringLiteral("FOO"), QString()}}),
                                  QJsonValue(secret)}) {
        const ApiAnswer refused = start(env);
        QCOMPARE(refused.status, 400);
        QCOMPARE(refused.errorField(), QStringLiteral("env"));
        QVERIFY(!refused.body.contains(Secret));
    }
    QCOMPARE(client.get(QStringLiteral("/api/v1/sessions")).json().value(u"sessions").toArray().size(), 0);
    host.signal(SIGTERM);
    QVERIFY(host.waitForExit(20000));
}

QTEST_GUILESS_MAIN(TestApiEnv)
#include "test_api_env.moc"
