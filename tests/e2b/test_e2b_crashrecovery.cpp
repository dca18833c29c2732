// SPDX-License-Identifier: MIT
#include "clie2b.h"
#include "common/paths.h"
#include "fakee2bserver.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <csignal>

// The real `spawnai` against the in-test E2B server, as a user runs it with
// E2B_API_KEY set: killed mid-deploy, its sandbox lives on in the "cloud"
// (this process) until the next start of SpawnAI finds the orphan and ends it.
class TestE2bCrashRecovery final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sigkillMidDeploy_theNextStartKillsTheOrphan();
    void spawnE2b_readyThroughTheSystemProxy_andSigtermKillsTheSandbox();

private:
    QTemporaryDir m_serverDir;
};

namespace {
using namespace std::chrono_literals;

// How `spawnai` reaches the server: the control plane and envd by
// 127.0.0.1/localhost (never proxied), the port URLs {port}-{id}.localhost
// (which no resolver here knows) through http_proxy, as the system's proxy
// configuration that the app honours.
QProcessEnvironment e2bEnvironment(const FakeE2bServer &server)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &name : {QStringLiteral("no_proxy"), QStringLiteral("NO_PROXY"), QStringLiteral("https_proxy"),
                                QStringLiteral("HTTPS_PROXY"), QStringLiteral("all_proxy"), QStringLiteral("ALL_PROXY")})
        environment.remove(name);
    const QString port = QString::number(server.port());
    environment.insert(QStringLiteral("E2B_API_KEY"), QString::fromLatin1(server.apiKey()));
    environment.insert(QStringLiteral("E2B_API_URL"), QStringLiteral("http://127.0.0.1:") + port);
    environment.insert(QStringLiteral("E2B_SANDBOX_URL"), QStringLiteral("http://localhost:") + port);
    environment.insert(QStringLiteral("http_proxy"), QStringLiteral("http://127.0.0.1:") + port);
    return environment;
}

QStringList spawnArguments(const QString &dataDir)
{
    return {QStringLiteral("--data-dir"), dataDir, QStringLiteral("spawn"), QStringLiteral("--template"),
            QStringLiteral("static-site"), QStringLiteral("--sandbox"), QStringLiteral("e2b"), QStringLiteral("--json")};
}

// The state of `sandboxId` in the app's ledger (sandbox_ledger), read as
// another process would: empty when the row is not there.
QString ledgerState(const QString &dataDir, const QString &sandboxId)
{
    const QString name = QUuid::createUuid().toString();
    QString state;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(dataDir + QStringLiteral("/spawnai.sqlite"));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=2000"));
        if (db.open()) {
            QSqlQuery query(db);
            query.prepare(QStringLiteral("SELECT state FROM sandbox_ledger WHERE sandbox_id = ?"));
            query.addBindValue(sandboxId);
            if (query.exec() && query.next())
                state = query.value(0).toString();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return state;
}

QList<QJsonObject> jsonLines(const QByteArray &out)
{
    QList<QJsonObject> objects;
    for (const QByteArray &line : out.split('\n')) {
        const QJsonDocument document = QJsonDocument::fromJson(line);
        if (document.isObject())
            objects << document.object();
    }
    return objects;
}

QStringList statuses(const QList<QJsonObject> &events)
{
    QStringList found;
    for (const QJsonObject &event : events) {
        if (event.value(u"event").toString() == u"status")
            found << event.value(u"status").toString();
    }
    return found;
}

bool receivedDelete(const FakeE2bServer &server, const QString &sandboxId)
{
    for (const FakeE2bServer::Received &received : server.requestsTo(QStringLiteral("api DELETE /sandboxes/{id}"))) {
        if (received.sandboxId == sandboxId)
            return true;
    }
    return false;
}
} // namespace

void TestE2bCrashRecovery::initTestCase()
{
    QVERIFY2(QFile::exists(QStringLiteral(SPAWNAI_BINARY)), SPAWNAI_BINARY);
    // The server's local sandboxes keep their state here, apart from the app's.
    QVERIFY(m_serverDir.isValid());
    Paths::setDataDirOverride(m_serverDir.path());
}

void TestE2bCrashRecovery::sigkillMidDeploy_theNextStartKillsTheOrphan()
{
    FakeE2bServer server;
    QVERIFY(server.isListening());
    QTemporaryDir dataDir;
    QVERIFY(dataDir.isValid());

    QProcess app;
    app.setProgram(QStringLiteral(SPAWNAI_BINARY));
    app.setArguments(spawnArguments(dataDir.path()));
    app.setProcessEnvironment(e2bEnvironment(server));

    // The first call that names the new sandbox must find it journaled; the
    // upload, mid-deploy, is where the app dies.
    QString sandboxId;
    QDateTime createdAt;
    QString firstCall;
    QString ledgerAtFirstCall;
    bool killed = false;
    connect(&server, &FakeE2bServer::sandboxCreated, this, [&](const QString &id) {
        sandboxId = id;
        createdAt = QDateTime::currentDateTimeUtc();
    });
    connect(&server, &FakeE2bServer::requestReceived, this, [&](const QString &route) {
        const FakeE2bServer::Received &received = server.requests().constLast();
        if (sandboxId.isEmpty() || received.sandboxId != sandboxId || route == u"api POST /sandboxes")
            return;
        if (firstCall.isEmpty()) {
            firstCall = route;
            ledgerAtFirstCall = ledgerState(dataDir.path(), sandboxId);
        }
        if (route == u"envd POST /files" && !killed) {
            killed = true;
            ::kill(pid_t(app.processId()), SIGKILL);
        }
    });

    QSignalSpy finished(&app, &QProcess::finished);
    app.start();
    QVERIFY2(finished.wait(60000), "the app was not killed mid-deploy");
    const QByteArray out = app.readAllStandardOutput();
    QVERIFY2(killed, QByteArray(out + app.readAllStandardError()).constData());
    QCOMPARE(app.exitStatus(), QProcess::CrashExit);
    QVERIFY(!sandboxId.isEmpty());
    QVERIFY2(statuses(jsonLines(out)).contains(QStringLiteral("deploying")), out.constData());

    // Journaled the moment create answered, before any other call.
    QVERIFY2(!firstCall.isEmpty(), "no call after create");
    QVERIFY2(ledgerAtFirstCall == u"live", qPrintable(firstCall + u": ledger state '" + ledgerAtFirstCall + u'\''));
    QCOMPARE(ledgerState(dataDir.path(), sandboxId), QStringLiteral("live"));

    // The "cloud" still runs the orphan, billing by the second.
    QCOMPARE(server.liveSandboxCount(), 1);
    QCOMPARE(server.liveSandboxIds().constFirst(), sandboxId);
    QVERIFY(!receivedDelete(server, sandboxId));

    // The next start (any command) sweeps the account and ends it.
    QProcess list;
    list.setProgram(QStringLiteral(SPAWNAI_BINARY));
    list.setArguments({QStringLiteral("--data-dir"), dataDir.path(), QStringLiteral("list"), QStringLiteral("--json")});
    list.setProcessEnvironment(e2bEnvironment(server));
    QSignalSpy listFinished(&list, &QProcess::finished);
    QElapsedTimer clock;
    clock.start();
    list.start();
    QVERIFY2(listFinished.wait(30000), "list did not exit");
    const QByteArray listOut = list.readAllStandardOutput();
    qInfo() << "list took" << clock.elapsed() << "ms";
    QCOMPARE(list.exitStatus(), QProcess::NormalExit);
    QVERIFY2(list.exitCode() == 0, QByteArray(listOut + list.readAllStandardError()).constData());

    QVERIFY2(receivedDelete(server, sandboxId), "no DELETE for the orphan");
    QCOMPARE(server.liveSandboxCount(), 0);
    QCOMPARE(ledgerState(dataDir.path(), sandboxId), QStringLiteral("killed"));
    const QList<QJsonObject> sessions = jsonLines(listOut);
    QCOMPARE(sessions.size(), 1);
    QCOMPARE(sessions.constFirst().value(u"status").toString(), QStringLiteral("stopped"));
    const QString sessionId = sessions.constFirst().value(u"session").toString();
    // What the history says happened is what happened: the sandbox ran on
    // until this start of SpawnAI ended it.
    const QString why = CliE2b::row(dataDir.path(), QStringLiteral("SELECT error_message FROM sessions WHERE id = ?"),
                                    {sessionId})
                            .value(0)
                            .toString();
    QVERIFY2(why.contains(QStringLiteral("ran on until SpawnAI ended it")), qPrintable(why));
    QVERIFY2(!why.contains(QStringLiteral("own timeout")), qPrintable(why));
    // And it is billed for all of that time, not up to the crash.
    const CliE2b::Run billed = CliE2b::run(dataDir.path(), sessionId);
    const double ran = double(createdAt.msecsTo(CliE2b::deleteTime(server, sandboxId))) / 1000.0;
    qInfo().noquote() << billed.describe(ran);
    QVERIFY2(billed.end.isValid(), qPrintable(billed.describe(ran)));
    QVERIFY2(qAbs(billed.cpuSeconds / 2.0 - ran) < 0.5, qPrintable(billed.describe(ran)));

    // The key never reached the history.
    for (const QString &file : {QStringLiteral("/spawnai.sqlite"), QStringLiteral("/spawnai.sqlite-wal")}) {
        QFile db(dataDir.path() + file);
        if (db.open(QIODevice::ReadOnly))
            QVERIFY2(!db.readAll().contains(server.apiKey()), qPrintable(file));
    }
}

void TestE2bCrashRecovery::spawnE2b_readyThroughTheSystemProxy_andSigtermKillsTheSandbox()
{
    FakeE2bServer server;
    QVERIFY(server.isListening());
    QTemporaryDir dataDir;
    QVERIFY(dataDir.isValid());

    QProcess app;
    app.setProgram(QStringLiteral(SPAWNAI_BINARY));
    app.setArguments(spawnArguments(dataDir.path()));
    app.setProcessEnvironment(e2bEnvironment(server));
    QByteArray out;
    QUrl url;
    connect(&app, &QProcess::readyReadStandardOutput, this, [&] {
        out += app.readAllStandardOutput();
        for (const QJsonObject &event : jsonLines(out)) {
            if (event.value(u"status").toString() == u"ready")
                url = QUrl(event.value(u"url").toString());
        }
    });
    QSignalSpy finished(&app, &QProcess::finished);
    app.start();
    // The readiness probe reaches {port}-{id}.localhost only through http_proxy.
    QTRY_VERIFY_WITH_TIMEOUT(!url.isEmpty() || app.state() == QProcess::NotRunning, 30000);
    QVERIFY2(!url.isEmpty(), QByteArray(out + app.readAllStandardError()).constData());
    QCOMPARE(url.host(), u"3000-" + server.liveSandboxIds().constFirst() + u".localhost");
    QVERIFY(!server.requestsTo(QStringLiteral("port 3000")).isEmpty());

    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), server.port()));
    QNetworkReply *reply = network.get(QNetworkRequest(url));
    QSignalSpy fetched(reply, &QNetworkReply::finished);
    QVERIFY(fetched.wait(10000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QVERIFY(reply->readAll().contains("SpawnAI Starter"));
    reply->deleteLater();

    // SIGTERM stops the app and kills its sandbox before the process ends.
    ::kill(pid_t(app.processId()), SIGTERM);
    QVERIFY(finished.wait(20000));
    QCOMPARE(app.exitStatus(), QProcess::NormalExit);
    QCOMPARE(app.exitCode(), 0);
    QCOMPARE(server.liveSandboxCount(), 0);
    QCOMPARE(server.killCount(), 1);
}

QTEST_GUILESS_MAIN(TestE2bCrashRecovery)
#include "test_e2b_crashrecovery.moc"
