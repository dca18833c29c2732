// SPDX-License-Identifier: MIT
#include "apitestclient.h"
#include "openapichecker.h"

#include "../app/clirun.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QUuid>
#include <QWebSocket>

// The real `spawnai serve`: every route through curl and QNetworkAccessManager
// checked against the OpenAPI document, and the host's own life (api.json,
// the token, one host per folder, SIGTERM, kill -9).
class TestApiHost final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void everyRoute_answersAsTheOpenApiDocumentSays_data();
    void everyRoute_answersAsTheOpenApiDocumentSays();
    void everyOperationOfTheDocument_wasChecked();
    void apiJsonAndToken_areTheOwnersOnly_andApiJsonHoldsNoToken();
    void tokenRotate_theOldTokenIsRefusedAtOnce();
    void spawnDetach_returnsAtOnce_andStopAndExtendGoThroughTheHost();
    void spawnDetach_withoutAHost_saysHowToStartOne();
    void spawnDetachFromDir_sendsTheFolder_andRefusesABinaryOne();
    void webSocketUpgrade_onTheSamePort_withoutTheToken_isRefusedAtTheHandshake();
    void sigterm_stopsItsApps_andRemovesApiJson();

private:
    QString startTemplate(ApiClientKind kind);
    void waitForStatus(const QString &id, const QString &status);
    void checkAnswer(const QByteArray &method, const QString &path, const ApiAnswer &answer);

    QTemporaryDir m_dir;
    std::unique_ptr<ServeProcess> m_host;
    std::unique_ptr<ApiTestClient> m_client;
    OpenApiChecker m_checker{QStringLiteral(SPAWNAI_OPENAPI_FILE)};
};

void TestApiHost::initTestCase()
{
    QVERIFY(m_checker.isLoaded());
    QVERIFY(QFileInfo::exists(QStringLiteral("/usr/bin/curl")) || QFileInfo::exists(QStringLiteral("/bin/curl")));
    m_host = std::make_unique<ServeProcess>(m_dir.path());
    // This host's route checks go past 50 requests a second; the limits
    // have their own host in test_api_security.
    QVERIFY2(m_host->start({}, {{QStringLiteral("SPAWNAI_API_REQUESTS_PER_SECOND"), QStringLiteral("100000")},
                                {QStringLiteral("SPAWNAI_API_STARTS_PER_MINUTE"), QStringLiteral("1000")}}),
             qPrintable(m_host->transcript()));
    m_client = std::make_unique<ApiTestClient>(m_host->url(), m_host->token());
}

void TestApiHost::cleanupTestCase()
{
    if (m_host) {
        m_host->signal(SIGTERM);
        m_host->waitForExit(20000);
    }
}

void TestApiHost::checkAnswer(const QByteArray &method, const QString &path, const ApiAnswer &answer)
{
    const QString problem = m_checker.check(method, path, answer.status, answer.contentType, answer.body);
    QVERIFY2(problem.isEmpty(), qPrintable(problem + u'\n' + QString::fromUtf8(answer.body.left(2000))));
}

QString TestApiHost::startTemplate(ApiClientKind kind)
{
    const ApiAnswer started = m_client->post(QStringLiteral("/api/v1/sessions"),
                                             {{QStringLiteral("template"), QStringLiteral("static-site")}}, kind);
    [&] { QCOMPARE(started.status, 202); }();
    checkAnswer("POST", QStringLiteral("/api/v1/sessions"), started);
    return started.json().value(u"id").toString();
}

void TestApiHost::waitForStatus(const QString &id, const QString &status)
{
    QString last;
    QTRY_VERIFY2_WITH_TIMEOUT(
        (last = m_client->get(QStringLiteral("/api/v1/sessions/") + id).json().value(u"status").toString()) == status,
        qPrintable(last), 30000);
}

void TestApiHost::everyRoute_answersAsTheOpenApiDocumentSays_data()
{
    QTest::addColumn<bool>("curl");
    QTest::newRow("QNetworkAccessManager") << false;
    QTest::newRow("curl") << true;
}

void TestApiHost::everyRoute_answersAsTheOpenApiDocumentSays()
{
    QFETCH(bool, curl);
    const ApiClientKind kind = curl ? ApiClientKind::Curl : ApiClientKind::Qnam;
    const QString id = startTemplate(kind);
    QVERIFY(!id.isEmpty());
    waitForStatus(id, QStringLiteral("ready"));
    const QString one = QStringLiteral("/api/v1/sessions/") + id;
    const QString unknown = QStringLiteral("/api/v1/sessions/") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    struct Expect
    {
        QByteArray method;
        QString path;
        QByteArray body;
        int status;
    };
    const QList<Expect> calls{
        {"GET", QStringLiteral("/health"), {}, 200},
        {"GET", QStringLiteral("/health/ready"), {}, 200},
        {"GET", QStringLiteral("/api/v1/openapi.json"), {}, 200},
        {"GET", QStringLiteral("/api/v1/sessions"), {}, 200},
        {"GET", QStringLiteral("/api/v1/sessions?status=ready,stopped&type=webapp&sandbox=local&q=Template&limit=1"), {}, 200},
        {"GET", QStringLiteral("/api/v1/sessions?limit=500"), {}, 400},
        {"GET", QStringLiteral("/api/v1/sessions?colour=red"), {}, 400},
        {"GET", one, {}, 200},
        {"GET", unknown, {}, 404},
        {"GET", QStringLiteral("/api/v1/sessions/not-an-id"), {}, 400},
        {"GET", one + u"/files", {}, 200},
        {"GET", one + u"/files?version=9", {}, 404},
        {"GET", one + u"/files/index.html", {}, 200},
        {"GET", one + u"/files/nothing.txt", {}, 404},
        {"GET", one + u"/files/../../../etc/passwd", {}, 400},
        {"GET", one + u"/files/%2e%2e/%2e%2e/etc/passwd", {}, 400},
        {"GET", one + u"/files/..%2F..%2Fspawnai.sqlite", {}, 400},
        {"GET", one + u"/versions", {}, 200},
        {"GET", one + u"/versions/1/diff/1", {}, 200},
        {"GET", one + u"/versions/1/diff/1?format=unified", {}, 200},
        {"GET", one + u"/versions/1/diff/1?format=xml", {}, 400},
        {"GET", one + u"/versions/one/diff/1", {}, 400},
        {"GET", one + u"/versions/1/diff/9", {}, 404},
        {"GET", one + u"/log?tail=5", {}, 200},
        {"GET", one + u"/log?tail=0", {}, 400},
        {"GET", one + u"/events", {}, 200},
        {"GET", one + u"/events?after=1&limit=2", {}, 200},
        {"GET", one + u"/events?limit=5000", {}, 400},
        {"GET", unknown + u"/events", {}, 404},
        {"GET", QStringLiteral("/api/v1/costs"), {}, 200},
        {"GET", QStringLiteral("/api/v1/costs?since=2026-01-01&until=2026-12-31"), {}, 200},
        {"GET", QStringLiteral("/api/v1/costs?since=yesterday"), {}, 400},
        {"GET", QStringLiteral("/api/v1/templates"), {}, 200},
        {"GET", QStringLiteral("/api/v1/models"), {}, 200},
        {"POST", one + u"/extend", R"({"minutes":5})", 200},
        {"POST", one + u"/extend", R"({"minutes":"five"})", 400},
        {"POST", one + u"/messages", R"({"text":"make it blue"})", 409},
        {"POST", one + u"/messages", R"({"words":"make it blue"})", 400},
        {"POST", one + u"/restore", R"({"version":7})", 404},
        {"POST", one + u"/redeploy", "{}", 409},
        {"POST", QStringLiteral("/api/v1/sessions"), R"({"template":"no-such-template"})", 404},
        {"POST", QStringLiteral("/api/v1/sessions"), R"({"template":"static-site","colour":"red"})", 400},
        {"POST", QStringLiteral("/api/v1/sessions"), R"({"template":"static-site","internet":"yes"})", 400},
        {"POST", QStringLiteral("/api/v1/sessions"), R"({"template":"static-site","prompt":"both"})", 400},
        {"POST", QStringLiteral("/api/v1/sessions"), R"({"prompt":"a page","provider":"anthropic"})", 422},
        {"POST", QStringLiteral("/api/v1/sessions"), "{not json", 400},
        {"POST", QStringLiteral("/api/v1/sessions"),
         R"({"files":[{"path":"index.html","content":"<h1>hi</h1>"}],"manifest":{"type":"webapp","start":"python3 -m http.server 3000","port":3000},"timeoutSeconds":120})",
         202},
        {"POST", QStringLiteral("/api/v1/sessions"),
         R"({"files":[{"path":"../x","content":"a"}],"manifest":{"type":"webapp","start":"python3 -m http.server 3000","port":3000}})",
         422},
        {"DELETE", one + u"?purge=maybe", {}, 400},
        {"DELETE", unknown, {}, 404},
        {"DELETE", one, {}, 202},
        {"POST", one + u"/restore", R"({"version":1})", 409},
    };
    for (const Expect &expect : calls) {
        const ApiAnswer answer = m_client->call({expect.method, expect.path, expect.body, true, {}}, kind);
        // QUrl folds "/../" before QNetworkAccessManager sends anything:
        // the request asks for another address, which does not exist.
        const int status = !curl && (expect.path.contains(u"/../") || expect.path.contains(u"%2e%2e")) ? 404
                                                                                                   : expect.status;
        QVERIFY2(answer.status == status,
                 qPrintable(QString::fromLatin1(expect.method) + u' ' + expect.path + u": "
                            + QString::number(answer.status) + u", not " + QString::number(status) + u": "
                            + QString::fromUtf8(answer.body.left(500))));
        checkAnswer(expect.method, expect.path, answer);
        if (status == 400 && expect.path.contains(u"/files/"))
            QCOMPARE(answer.errorField(), QStringLiteral("path"));
    }
    // What the user errors named.
    QCOMPARE(m_client->call({"POST", QStringLiteral("/api/v1/sessions"), R"({"template":"static-site","colour":"red"})", true, {}}, kind).errorField(),
             QStringLiteral("colour"));
    QCOMPARE(m_client->get(one + u"/files/index.html", kind).contentType, QByteArray("text/html; charset=utf-8"));
    waitForStatus(id, QStringLiteral("stopped"));
}

void TestApiHost::everyOperationOfTheDocument_wasChecked()
{
    // A ready session answers restore and redeploy with their success too.
    const QString id = startTemplate(ApiClientKind::Qnam);
    waitForStatus(id, QStringLiteral("ready"));
    const QString one = QStringLiteral("/api/v1/sessions/") + id;
    ApiAnswer answer = m_client->post(one + u"/restore", {{QStringLiteral("version"), 1}});
    QCOMPARE(answer.status, 202);
    checkAnswer("POST", one + u"/restore", answer);
    waitForStatus(id, QStringLiteral("ready"));
    QCOMPARE(m_client->call({"DELETE", one, {}, true, {}}).status, 202);
    waitForStatus(id, QStringLiteral("stopped"));
    answer = m_client->post(one + u"/redeploy", {});
    QCOMPARE(answer.status, 202);
    checkAnswer("POST", one + u"/redeploy", answer);
    waitForStatus(id, QStringLiteral("ready"));
    // A purge answers the session as it was asked, then erases it once its run has ended.
    answer = m_client->call({"DELETE", one + u"?purge=true", {}, true, {}});
    QCOMPARE(answer.status, 202);
    checkAnswer("DELETE", one + u"?purge=true", answer);
    QTRY_COMPARE_WITH_TIMEOUT(m_client->get(one).status, 404, 30000);
    const QStringList unseen = m_checker.unseen();
    QVERIFY2(unseen.isEmpty(), qPrintable(unseen.join(u", ")));
}

void TestApiHost::apiJsonAndToken_areTheOwnersOnly_andApiJsonHoldsNoToken()
{
    const QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    for (const QString &name : {QStringLiteral("api.json"), QStringLiteral("api-token")}) {
        const QFileInfo info(m_dir.filePath(name));
        QVERIFY2(info.exists(), qPrintable(name));
        QCOMPARE(info.permissions() & ~(QFileDevice::ReadUser | QFileDevice::WriteUser), ownerOnly);
    }
    QFile file(m_dir.filePath(QStringLiteral("api.json")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray json = file.readAll();
    QVERIFY(!json.contains(m_host->token()));
    const QJsonObject info = QJsonDocument::fromJson(json).object();
    QCOMPARE(info.value(u"url").toString(), m_host->url());
    QCOMPARE(info.value(u"pid").toInteger(), m_host->pid());
    QCOMPARE(info.value(u"tokenFile").toString(), m_dir.filePath(QStringLiteral("api-token")));
    // 256 bits, base64url without padding.
    QCOMPARE(m_host->token().size(), 43);
    // Nor does the history hold it.
    QFile database(m_dir.filePath(QStringLiteral("spawnai.sqlite")));
    QVERIFY(database.open(QIODevice::ReadOnly));
    QVERIFY(!database.readAll().contains(m_host->token()));
}

void TestApiHost::tokenRotate_theOldTokenIsRefusedAtOnce()
{
    const QByteArray old = m_host->token();
    const CliResult printed = runCli(m_dir.path(), {QStringLiteral("token")});
    QCOMPARE(printed.exitCode, 0);
    QCOMPARE(printed.out.trimmed(), old);
    const CliResult rotated = runCli(m_dir.path(), {QStringLiteral("token"), QStringLiteral("--rotate")});
    QCOMPARE(rotated.exitCode, 0);
    const QByteArray fresh = rotated.out.trimmed();
    QVERIFY(fresh != old);
    QCOMPARE(fresh, m_host->token());
    QCOMPARE(m_client->get(QStringLiteral("/api/v1/sessions")).status, 401);
    m_client->setToken(fresh);
    QCOMPARE(m_client->get(QStringLiteral("/api/v1/sessions")).status, 200);
}

void TestApiHost::spawnDetach_returnsAtOnce_andStopAndExtendGoThroughTheHost()
{
    QElapsedTimer timer;
    timer.start();
    const CliResult spawned = runCli(m_dir.path(), {QStringLiteral("spawn"), QStringLiteral("--template"),
                                                    QStringLiteral("static-site"), QStringLiteral("--detach"),
                                                    QStringLiteral("--json")});
    QVERIFY2(spawned.exitCode == 0, qPrintable(spawned.text()));
    QVERIFY(timer.elapsed() < 10000);
    QCOMPARE(spawned.objects.size(), 1);
    const QString id = spawned.objects.constFirst().value(u"session").toString();
    QCOMPARE(spawned.objects.constFirst().value(u"host").toString(), m_host->url());
    // The host runs it, not the command that asked.
    waitForStatus(id, QStringLiteral("ready"));
    const CliResult extended = runCli(m_dir.path(), {QStringLiteral("extend"), id.left(8), QStringLiteral("--minutes"),
                                                     QStringLiteral("5"), QStringLiteral("--json")});
    QVERIFY2(extended.exitCode == 0, qPrintable(extended.text()));
    QCOMPARE(extended.objects.constFirst().value(u"status").toString(), QStringLiteral("ready"));
    const CliResult stopped = runCli(m_dir.path(), {QStringLiteral("stop"), id});
    QVERIFY2(stopped.exitCode == 0, qPrintable(stopped.text()));
    waitForStatus(id, QStringLiteral("stopped"));
    const CliResult redeployed = runCli(m_dir.path(), {QStringLiteral("redeploy"), id, QStringLiteral("--detach")});
    QVERIFY2(redeployed.exitCode == 0, qPrintable(redeployed.text()));
    waitForStatus(id, QStringLiteral("ready"));
    QCOMPARE(runCli(m_dir.path(), {QStringLiteral("stop"), id}).exitCode, 0);
    waitForStatus(id, QStringLiteral("stopped"));
}

void TestApiHost::spawnDetach_withoutAHost_saysHowToStartOne()
{
    QTemporaryDir empty;
    const CliResult result = runCli(empty.path(), {QStringLiteral("spawn"), QStringLiteral("--template"),
                                                   QStringLiteral("static-site"), QStringLiteral("--detach")});
    QCOMPARE(result.exitCode, 4);
    QVERIFY2(result.text().contains(u"spawnai serve"), qPrintable(result.text()));
    QVERIFY(!QFileInfo::exists(empty.filePath(QStringLiteral("spawnai.sqlite"))));
}

void TestApiHost::spawnDetachFromDir_sendsTheFolder_andRefusesABinaryOne()
{
    QTemporaryDir folder;
    for (const QString &name : {QStringLiteral("spawnai.json"), QStringLiteral("index.html"), QStringLiteral("app.js"),
                                QStringLiteral("styles.css")})
        QVERIFY(QFile::copy(QStringLiteral(SPAWNAI_STATIC_SITE_DIR "/") + name,
                            folder.filePath(name)));
    QFile page(folder.filePath(QStringLiteral("index.html")));
    QVERIFY(page.open(QIODevice::ReadOnly));
    const QByteArray html = page.readAll();
    page.close();
    const CliResult spawned = runCli(m_dir.path(), {QStringLiteral("spawn"), QStringLiteral("--from-dir"), folder.path(),
                                                    QStringLiteral("--detach"), QStringLiteral("--json")});
    QVERIFY2(spawned.exitCode == 0, qPrintable(spawned.text()));
    const QString id = spawned.objects.constFirst().value(u"session").toString();
    waitForStatus(id, QStringLiteral("ready"));
    // The host deployed the folder's own page.
    const ApiAnswer file = m_client->get(QStringLiteral("/api/v1/sessions/%1/files/index.html").arg(id));
    QCOMPARE(file.status, 200);
    QCOMPARE(file.body, html);
    QCOMPARE(runCli(m_dir.path(), {QStringLiteral("stop"), id}).exitCode, 0);
    waitForStatus(id, QStringLiteral("stopped"));

    // A binary file cannot travel as the API's text: refused before anything is sent.
    const qsizetype before = QJsonDocument::fromJson(m_client->get(QStringLiteral("/api/v1/sessions")).body)
                                 .object().value(u"total").toInt();
    QFile picture(folder.filePath(QStringLiteral("logo.png")));
    QVERIFY(picture.open(QIODevice::WriteOnly));
    picture.write(QByteArray::fromHex("89504e470d0a1a0a0000000d49484452"));
    picture.close();
    const CliResult refused = runCli(m_dir.path(), {QStringLiteral("spawn"), QStringLiteral("--from-dir"), folder.path(),
                                                    QStringLiteral("--detach")});
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.text().contains(u"logo.png") && refused.text().contains(u"without --detach"),
             qPrintable(refused.text()));
    QCOMPARE(QJsonDocument::fromJson(m_client->get(QStringLiteral("/api/v1/sessions")).body)
                 .object().value(u"total").toInt(),
             before);
}

void TestApiHost::webSocketUpgrade_onTheSamePort_withoutTheToken_isRefusedAtTheHandshake()
{
    // The rooms themselves: test_api_events.
    QWebSocket socket;
    QSignalSpy disconnected(&socket, &QWebSocket::disconnected);
    QSignalSpy connected(&socket, &QWebSocket::connected);
    QSignalSpy messages(&socket, &QWebSocket::textMessageReceived);
    QString url = m_host->url();
    url.replace(QStringLiteral("http://"), QStringLiteral("ws://"));
    socket.open(QUrl(url + QStringLiteral("/api/v1/events")));
    QVERIFY(disconnected.wait(10000));
    QCOMPARE(connected.count(), 0);
    QVERIFY2(socket.errorString().contains(u"401"), qPrintable(socket.errorString()));
    QCOMPARE(messages.count(), 0);
    // The port still answers HTTP afterwards.
    QCOMPARE(m_client->get(QStringLiteral("/api/v1/templates")).status, 200);
}

void TestApiHost::sigterm_stopsItsApps_andRemovesApiJson()
{
    const QString id = startTemplate(ApiClientKind::Qnam);
    waitForStatus(id, QStringLiteral("ready"));
    m_host->signal(SIGTERM);
    QVERIFY(m_host->waitForExit(20000));
    QCOMPARE(m_host->exitCode(), 0);
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("api.json"))));
    const CliResult shown = runCli(m_dir.path(), {QStringLiteral("show"), id, QStringLiteral("--json")});
    QCOMPARE(shown.objects.constFirst().value(u"status").toString(), QStringLiteral("stopped"));
    m_host.reset();
}

QTEST_GUILESS_MAIN(TestApiHost)
#include "test_api_host.moc"
