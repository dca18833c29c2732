// SPDX-License-Identifier: MIT
#include "apitestclient.h"

#include "../app/clirun.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QTemporaryDir>

// Every rule of who may use the API, broken once against the real
// `spawnai serve` with its default limits, and the store unchanged after.
class TestApiSecurity final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void brokenRule_isRefused_andChangesNothing_data();
    void brokenRule_isRefused_andChangesNothing();
    void eleventhStartInAMinute_gets429WithRetryAfter();
    void fiftyOneRequestsInASecond_get429WithRetryAfter();
    void remoteBind_withoutAllowRemote_refusesToStart();
    void remoteBind_withAllowRemote_warns();
    void secondHost_onTheSameFolder_isRefused();
    void kill9_leavesNoStuckLock();

private:
    // Every session as the store holds it, and its timeline's length.
    QByteArray storeSnapshot();

    QTemporaryDir m_dir;
    std::unique_ptr<ServeProcess> m_host;
    std::unique_ptr<ApiTestClient> m_client;
};

void TestApiSecurity::initTestCase()
{
    m_host = std::make_unique<ServeProcess>(m_dir.path());
    QVERIFY2(m_host->start(), qPrintable(m_host->transcript()));
    m_client = std::make_unique<ApiTestClient>(m_host->url(), m_host->token());
}

void TestApiSecurity::cleanupTestCase()
{
    if (m_host) {
        m_host->signal(SIGTERM);
        m_host->waitForExit(20000);
    }
}

QByteArray TestApiSecurity::storeSnapshot()
{
    // Every session's row as `spawnai list --json` prints it, without the
    // time of printing. Sessions stopped a moment ago may still close their
    // bills: the snapshot is the store once two readings agree.
    const auto read = [this] {
        QByteArray rows;
        const CliResult listed = runCli(m_dir.path(), {QStringLiteral("list"), QStringLiteral("--json"),
                                                       QStringLiteral("--limit"), QStringLiteral("1000")});
        for (QJsonObject object : listed.objects) {
            object.remove(QStringLiteral("time"));
            rows += QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
        }
        return rows;
    };
    QByteArray previous;
    QByteArray current = read();
    for (int i = 0; i < 20 && current != previous; ++i) {
        previous = current;
        current = read();
    }
    return current;
}

void TestApiSecurity::brokenRule_isRefused_andChangesNothing_data()
{
    QTest::addColumn<bool>("curl");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("withToken");
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("field");

    const QByteArray start = R"({"template":"static-site"})";
    const QString sessions = QStringLiteral("/api/v1/sessions");
    for (const ApiClientKind kind : {ApiClientKind::Qnam, ApiClientKind::Curl}) {
        const char *client = kind == ApiClientKind::Qnam ? "qnam" : "curl";
        const auto row = [&](const char *name) -> QTestData & { return QTest::addRow("%s: %s", client, name); };
        row("no token") << (kind == ApiClientKind::Curl) << QByteArray("POST") << sessions << start << false << QByteArray() << QByteArray() << 401
                        << QStringLiteral("Authorization");
        row("wrong token") << (kind == ApiClientKind::Curl) << QByteArray("POST") << sessions << start << true << QByteArray("Authorization")
                           << QByteArray("Bearer AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA") << 401
                           << QStringLiteral("Authorization");
        row("token not as Bearer") << (kind == ApiClientKind::Curl) << QByteArray("GET") << sessions << QByteArray() << true
                                   << QByteArray("Authorization") << QByteArray("Basic dXNlcjpwYXNz") << 401
                                   << QStringLiteral("Authorization");
        row("wrong Host (DNS rebinding)") << (kind == ApiClientKind::Curl) << QByteArray("POST") << sessions << start << true << QByteArray("Host")
                                          << QByteArray("evil.example:80") << 403 << QStringLiteral("Host");
        row("foreign Origin") << (kind == ApiClientKind::Curl) << QByteArray("POST") << sessions << start << true << QByteArray("Origin")
                              << QByteArray("http://evil.example") << 403 << QStringLiteral("Origin");
        row("2 MiB body") << (kind == ApiClientKind::Curl) << QByteArray("POST") << sessions
                          << QByteArray(R"({"prompt":")" + QByteArray(2 * 1024 * 1024, 'a') + R"("})") << true
                          << QByteArray() << QByteArray() << 413 << QString();
        // curl sends "/../" as it is (--path-as-is); QUrl would fold it, so
        // QNetworkAccessManager sends the slashes encoded.
        row("traversal") << (kind == ApiClientKind::Curl) << QByteArray("GET")
                         << (kind == ApiClientKind::Curl
                                 ? QStringLiteral("/api/v1/sessions/00000000-0000-4000-8000-000000000000/files/../../api-token")
                                 : QStringLiteral("/api/v1/sessions/00000000-0000-4000-8000-000000000000/files/..%2F..%2Fapi-token"))
                         << QByteArray() << true << QByteArray() << QByteArray() << 400 << QStringLiteral("path");
        row("unknown field") << (kind == ApiClientKind::Curl) << QByteArray("POST") << sessions << QByteArray(R"({"template":"static-site","run":"rm -rf /"})")
                             << true << QByteArray() << QByteArray() << 400 << QStringLiteral("run");
        row("wrong type") << (kind == ApiClientKind::Curl) << QByteArray("POST") << sessions << QByteArray(R"({"template":"static-site","timeoutSeconds":"60"})")
                          << true << QByteArray() << QByteArray() << 400 << QStringLiteral("timeoutSeconds");
        row("bad id") << (kind == ApiClientKind::Curl) << QByteArray("DELETE") << QStringLiteral("/api/v1/sessions/'%20OR%201=1")
                      << QByteArray() << true << QByteArray() << QByteArray() << 400 << QStringLiteral("id");
    }
}

void TestApiSecurity::brokenRule_isRefused_andChangesNothing()
{
    QFETCH(bool, curl);
    const ApiClientKind kind = curl ? ApiClientKind::Curl : ApiClientKind::Qnam;
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(bool, withToken);
    QFETCH(QByteArray, header);
    QFETCH(QByteArray, value);
    QFETCH(int, status);
    QFETCH(QString, field);
    const QByteArray before = storeSnapshot();
    ApiCall call{method, path, body, withToken, {}};
    if (!header.isEmpty())
        call.headers.append({header, value});
    const ApiAnswer answer = m_client->call(call, kind);
    QVERIFY2(answer.status == status, qPrintable(QString::number(answer.status) + u' ' + QString::fromUtf8(answer.body)));
    const QJsonObject error = answer.json().value(u"error").toObject();
    QVERIFY(!error.value(u"message").toString().isEmpty());
    QCOMPARE(error.value(u"kind").toString(), QStringLiteral("user"));
    QCOMPARE(error.value(u"field").toString(), field);
    if (status == 401)
        QCOMPARE(answer.header("WWW-Authenticate"), QByteArray("Bearer"));
    // No CORS: a refused page learns nothing more.
    QVERIFY(answer.header("Access-Control-Allow-Origin").isEmpty());
    QCOMPARE(storeSnapshot(), before);
}

void TestApiSecurity::fiftyOneRequestsInASecond_get429WithRetryAfter()
{
    const QByteArray before = storeSnapshot();
    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);
    QList<QNetworkReply *> replies;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < 120; ++i) {
        QNetworkRequest request(QUrl(m_host->url() + QStringLiteral("/api/v1/sessions?limit=1")));
        request.setRawHeader("Authorization", "Bearer " + m_host->token());
        replies << network.get(request);
    }
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(replies.cbegin(), replies.cend(), [](QNetworkReply *r) { return r->isFinished(); }),
                             30000);
    // At most a full bucket and what came back while they were answered.
    const double most = 50.0 + 50.0 * double(timer.elapsed()) / 1000.0 + 1.0;
    int ok = 0;
    int limited = 0;
    QStringList others;
    for (QNetworkReply *reply : std::as_const(replies)) {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status != 200 && status != 429)
            others << QString::number(status) + u' ' + reply->errorString();
        if (status == 200)
            ++ok;
        if (status == 429) {
            ++limited;
            QVERIFY(reply->rawHeader("Retry-After").toInt() >= 1);
            QCOMPARE(QJsonDocument::fromJson(reply->readAll()).object().value(u"error").toObject().value(u"kind").toString(),
                     QStringLiteral("resource"));
        }
        delete reply;
    }
    QVERIFY2(limited > 0 && ok >= 1 && ok <= most && others.isEmpty(),
             qPrintable(QStringLiteral("%1 ok, %2 limited, at most %3 in %4 ms; others: %5")
                            .arg(ok).arg(limited).arg(most).arg(timer.elapsed()).arg(others.join(u", "))));
    QCOMPARE(storeSnapshot(), before);
    // The bucket fills again: one a second is always served.
    // QTRY evaluates its condition more than once after it holds: once a
    // request was served, no further one is sent to an almost empty bucket.
    ApiAnswer last;
    QTRY_VERIFY2_WITH_TIMEOUT(last.status == 200 || (last = m_client->get(QStringLiteral("/api/v1/templates"))).status == 200,
                              qPrintable(QString::number(last.status) + u' ' + QString::fromUtf8(last.body)), 5000);
}

void TestApiSecurity::eleventhStartInAMinute_gets429WithRetryAfter()
{
    QStringList ids;
    for (int i = 0; i < 10; ++i) {
        const ApiAnswer answer = m_client->post(QStringLiteral("/api/v1/sessions"),
                                                {{QStringLiteral("template"), QStringLiteral("python-script")}});
        QVERIFY2(answer.status == 202, qPrintable(QString::fromUtf8(answer.body)));
        ids << answer.json().value(u"id").toString();
    }
    const ApiAnswer eleventh = m_client->post(QStringLiteral("/api/v1/sessions"),
                                              {{QStringLiteral("template"), QStringLiteral("python-script")}});
    QVERIFY2(eleventh.status == 429, qPrintable(QString::number(eleventh.status) + u' ' + QString::fromUtf8(eleventh.body)));
    QVERIFY(eleventh.header("Retry-After").toInt() >= 1);
    QCOMPARE(eleventh.json().value(u"error").toObject().value(u"kind").toString(), QStringLiteral("resource"));
    // The ten may move on; no eleventh session appears.
    QCOMPARE(QJsonDocument::fromJson(m_client->get(QStringLiteral("/api/v1/sessions?limit=200")).body)
                 .object().value(u"total").toInt(),
             10);
    for (const QString &id : std::as_const(ids))
        m_client->call({"DELETE", QStringLiteral("/api/v1/sessions/") + id, {}, true, {}});
    // Settled, so the next test's store snapshots compare still sessions.
    QTRY_VERIFY_WITH_TIMEOUT(!runCli(m_dir.path(), {QStringLiteral("list"), QStringLiteral("--json")}).out.contains("\"ready\""),
                             20000);
    QTRY_COMPARE_WITH_TIMEOUT(runCli(m_dir.path(), {QStringLiteral("list"), QStringLiteral("--json")}).out.count("\"stopped\""),
                              10, 20000);
}

void TestApiSecurity::remoteBind_withoutAllowRemote_refusesToStart()
{
    QTemporaryDir other;
    const CliResult refused = runCli(other.path(), {QStringLiteral("serve"), QStringLiteral("--bind"),
                                                    QStringLiteral("0.0.0.0")});
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.text().contains(u"--allow-remote"), qPrintable(refused.text()));
    QVERIFY(!QFileInfo::exists(other.filePath(QStringLiteral("api.json"))));
    QVERIFY(!QFileInfo::exists(other.filePath(QStringLiteral("spawnai.sqlite"))));
    const CliResult notAnAddress = runCli(other.path(), {QStringLiteral("serve"), QStringLiteral("--bind"),
                                                         QStringLiteral("example.com")});
    QCOMPARE(notAnAddress.exitCode, 2);
}

void TestApiSecurity::remoteBind_withAllowRemote_warns()
{
    QTemporaryDir other;
    ServeProcess host(other.path());
    QVERIFY2(host.start({QStringLiteral("--bind"), QStringLiteral("0.0.0.0"), QStringLiteral("--allow-remote")}),
             qPrintable(host.transcript()));
    // A client names the machine's address, which the Host check takes.
    const quint16 port = QUrl(host.url()).port();
    ApiTestClient client(QStringLiteral("http://127.0.0.1:%1").arg(port), host.token());
    QCOMPARE(client.get(QStringLiteral("/api/v1/templates")).status, 200);
    host.signal(SIGTERM);
    QVERIFY(host.waitForExit(20000));
    QVERIFY2(host.transcript().contains(u"other machines may reach"), qPrintable(host.transcript()));
}

void TestApiSecurity::secondHost_onTheSameFolder_isRefused()
{
    const CliResult second = runCli(m_dir.path(), {QStringLiteral("serve")});
    QCOMPARE(second.exitCode, 4);
    QVERIFY2(second.text().contains(QString::number(m_host->pid())), qPrintable(second.text()));
    // The first one still serves, with its own api.json.
    QCOMPARE(m_client->get(QStringLiteral("/health/ready")).status, 200);
    QVERIFY(QFileInfo::exists(m_dir.filePath(QStringLiteral("api.json"))));
}

void TestApiSecurity::kill9_leavesNoStuckLock()
{
    QTemporaryDir other;
    {
        ServeProcess crashed(other.path());
        QVERIFY2(crashed.start(), qPrintable(crashed.transcript()));
        crashed.signal(SIGKILL);
        QVERIFY(crashed.waitForExit(10000));
    }
    ServeProcess next(other.path());
    QVERIFY2(next.start(), qPrintable(next.transcript()));
    ApiTestClient client(next.url(), next.token());
    QCOMPARE(client.get(QStringLiteral("/health/ready")).status, 200);
    next.signal(SIGTERM);
    QVERIFY(next.waitForExit(20000));
}

QTEST_GUILESS_MAIN(TestApiSecurity)
#include "test_api_security.moc"
