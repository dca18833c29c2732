// SPDX-License-Identifier: MIT
#include "common/paths.h"
#include "fakee2bserver.h"
#include "secrets/keychainsecretstore.h"
#include "settings/appsettings.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <csignal>

// Issue 17 §2 with the real `spawnai` against the in-test E2B server and the
// real keychain (the run's own keyring, as packaging/test.sh starts it): a
// private preview's traffic token is in the keychain while its sandbox
// lives, also after the process that made it was SIGKILLed or quit keeping
// the app running, and leaves it when the sandbox ends.
class TestE2bPrivateKept final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void privateSpawn_sigkilled_theNextStartEndsItAndRemovesTheToken();
    void window_keepsAPrivateAppOnQuit_theTokenGoesWhenItEnds();

private:
    QTemporaryDir m_serverDir;
};

namespace {
using namespace std::chrono_literals;

const QString Service = QStringLiteral("SpawnAI");  // the app's own

QProcessEnvironment e2bEnvironment(const FakeE2bServer &server)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &name : {QStringLiteral("no_proxy"), QStringLiteral("NO_PROXY"), QStringLiteral("https_proxy"),
                                QStringLiteral("HTTPS_PROXY"), QStringLiteral("all_proxy"), QStringLiteral("ALL_PROXY"),
                                QStringLiteral("E2B_PLAN"), QStringLiteral("SPAWNAI_DATA_DIR")})
        environment.remove(name);
    const QString port = QString::number(server.port());
    environment.insert(QStringLiteral("E2B_API_KEY"), QString::fromLatin1(server.apiKey()));
    environment.insert(QStringLiteral("E2B_API_URL"), QStringLiteral("http://127.0.0.1:") + port);
    environment.insert(QStringLiteral("E2B_SANDBOX_URL"), QStringLiteral("http://localhost:") + port);
    environment.insert(QStringLiteral("http_proxy"), QStringLiteral("http://127.0.0.1:") + port);
    return environment;
}

// The settings a user ticked, in the data directory's settings file.
void writeSettings(const QString &dataDir, bool keepRunning)
{
    AppSettings settings(dataDir + QStringLiteral("/settings.ini"));
    settings.setE2bPrivatePreview(true);
    settings.setDefaultSandbox(SandboxKind::E2b);
    settings.setKeepE2bSandboxesOnQuit(keepRunning);
}

QString stored(SecretStore &store, const QString &name)
{
    SecretReading *reading = store.read(name);
    QSignalSpy finished(reading, &AsyncOperation::finished);
    if (!reading->isFinished() && !finished.wait(15000))
        return QStringLiteral("(no answer)");
    const QString value = reading->succeeded() ? reading->value() : QStringLiteral("(unreadable)");
    reading->deleteLater();
    return value;
}

QString tokenName(const QString &sandboxId)
{
    return QStringLiteral("e2b-traffic-token-") + sandboxId;
}

// One row of the app's history, read as another process would.
QStringList sessionRow(const QString &dataDir)
{
    const QString name = QUuid::createUuid().toString();
    QStringList row;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(dataDir + QStringLiteral("/spawnai.sqlite"));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=2000"));
        if (db.open()) {
            QSqlQuery query(QStringLiteral("SELECT id, status, sandbox_id, app_url FROM sessions"), db);
            if (query.next())
                row = {query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                       query.value(3).toString()};
        }
    }
    QSqlDatabase::removeDatabase(name);
    return row;
}

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

// GET through the server's port proxy; the status.
int fetchStatus(const FakeE2bServer &server, const QUrl &url, const QByteArray &token = {})
{
    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), server.port()));
    QNetworkRequest get(url);
    get.setTransferTimeout(10000);
    if (!token.isEmpty())
        get.setRawHeader("e2b-traffic-access-token", token);
    std::unique_ptr<QNetworkReply> reply(network.get(get));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(15000);
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

bool inAnyFile(const QString &dir, const QByteArray &secret)
{
    const QStringList names = QDir(dir).entryList(QDir::Files | QDir::Hidden);
    for (const QString &name : names) {
        QFile file(dir + u'/' + name);
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(secret))
            return true;
    }
    return false;
}

int runToEnd(const QStringList &arguments, const QProcessEnvironment &environment, QByteArray *out = nullptr)
{
    QProcess process;
    process.setProgram(QStringLiteral(SPAWNAI_BINARY));
    process.setArguments(arguments);
    process.setProcessEnvironment(environment);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start();
    if (!finished.wait(30000)) {
        process.kill();
        finished.wait(5000);
        return -1;
    }
    if (out)
        *out = process.readAllStandardOutput() + process.readAllStandardError();
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}
} // namespace

void TestE2bPrivateKept::initTestCase()
{
    QVERIFY2(QFile::exists(QStringLiteral(SPAWNAI_BINARY)), SPAWNAI_BINARY);
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("No D-Bus session (packaging/test.sh starts one with a keyring)");
    // The program writes to the keychain under its own service name: only
    // into a keyring of the run's own, never the user's.
    const QString dataHome = qEnvironmentVariable("XDG_DATA_HOME");
    if (dataHome.isEmpty() || !QDir(dataHome).canonicalPath().startsWith(QDir(QDir::tempPath()).canonicalPath()))
        QSKIP("Needs the run's own keyring (XDG_DATA_HOME in a temporary folder, as packaging/test.sh sets it)");
    KeychainSecretStore probe(QStringLiteral("SpawnAI-test-") + QUuid::createUuid().toString(QUuid::WithoutBraces));
    PendingOperation *write = probe.write(QStringLiteral("probe"), QStringLiteral("x"));
    QSignalSpy written(write, &AsyncOperation::finished);
    QVERIFY(write->isFinished() || written.wait(20000));
    if (!write->succeeded())
        QSKIP(qPrintable(QStringLiteral("No secret service answers: ") + write->error().message));
    PendingOperation *remove = probe.remove(QStringLiteral("probe"));
    QSignalSpy removed(remove, &AsyncOperation::finished);
    QVERIFY(remove->isFinished() || removed.wait(20000));
    QVERIFY(m_serverDir.isValid());
    Paths::setDataDirOverride(m_serverDir.path());
}

void TestE2bPrivateKept::privateSpawn_sigkilled_theNextStartEndsItAndRemovesTheToken()
{
    FakeE2bServer server;
    QTemporaryDir dataDir;
    writeSettings(dataDir.path(), false);
    QProcess app;
    app.setProgram(QStringLiteral(SPAWNAI_BINARY));
    app.setArguments({QStringLiteral("--data-dir"), dataDir.path(), QStringLiteral("spawn"), QStringLiteral("--template"),
                      QStringLiteral("static-site"), QStringLiteral("--sandbox"), QStringLiteral("e2b")});
    app.setProcessEnvironment(e2bEnvironment(server));
    QByteArray out;
    connect(&app, &QProcess::readyReadStandardOutput, this, [&] { out += app.readAllStandardOutput(); });
    QSignalSpy finished(&app, &QProcess::finished);
    app.start();
    static const QRegularExpression readyLine(QStringLiteral("Ready: (\\S+)"));
    QTRY_VERIFY_WITH_TIMEOUT(readyLine.match(QString::fromUtf8(out)).hasMatch() || app.state() == QProcess::NotRunning,
                             30000);
    const QRegularExpressionMatch ready = readyLine.match(QString::fromUtf8(out));
    QVERIFY2(ready.hasMatch(), QByteArray(out + app.readAllStandardError()).constData());
    // The command line says why a browser gets 403.
    QTRY_VERIFY2(out.contains("Private (Settings > Defaults > Private previews)"), out.constData());
    const QUrl url(ready.captured(1));
    QCOMPARE(server.liveSandboxCount(), 1);
    const QString sandboxId = server.liveSandboxIds().constFirst();

    // The token is in the keychain, and it is the one the app's address wants.
    KeychainSecretStore keychain(Service);
    const QByteArray token = stored(keychain, tokenName(sandboxId)).toUtf8();
    QVERIFY(!token.isEmpty());
    QCOMPARE(fetchStatus(server, url), 403);
    QCOMPARE(fetchStatus(server, url, token), 200);
    QVERIFY(!inAnyFile(dataDir.path(), token));

    // Killed: nobody ends the sandbox, nor takes its token away.
    ::kill(pid_t(app.processId()), SIGKILL);
    QVERIFY(finished.wait(10000));
    QCOMPARE(server.liveSandboxCount(), 1);
    QCOMPARE(stored(keychain, tokenName(sandboxId)).toUtf8(), token);

    // The next start's sweep ends the orphan, and its token goes with it.
    QByteArray listed;
    QElapsedTimer clock;
    clock.start();
    QCOMPARE(runToEnd({QStringLiteral("--data-dir"), dataDir.path(), QStringLiteral("list")},
                      e2bEnvironment(server), &listed),
             0);
    qInfo() << "list, with the orphan's kill and its token's removal, took" << clock.elapsed() << "ms";
    QCOMPARE(server.liveSandboxCount(), 0);
    QCOMPARE(ledgerState(dataDir.path(), sandboxId), QStringLiteral("killed"));
    QCOMPARE(stored(keychain, tokenName(sandboxId)), QString());
    QVERIFY(!inAnyFile(dataDir.path(), token));
}

void TestE2bPrivateKept::window_keepsAPrivateAppOnQuit_theTokenGoesWhenItEnds()
{
    FakeE2bServer server;
    QTemporaryDir dataDir;
    writeSettings(dataDir.path(), true);
    // The window deploys the template where Settings > Sandbox says: E2B,
    // in a sandbox that E2B ends 20 s after its start.
    QProcess window;
    window.setProgram(QStringLiteral(SPAWNAI_BINARY));
    window.setArguments({QStringLiteral("--data-dir"), dataDir.path(), QStringLiteral("--template"),
                         QStringLiteral("static-site")});
    QProcessEnvironment environment = e2bEnvironment(server);
    environment.insert(QStringLiteral("DEFAULT_SESSION_TIMEOUT_MS"), QStringLiteral("20000"));
    window.setProcessEnvironment(environment);
    QSignalSpy finished(&window, &QProcess::finished);
    window.start();
    QTRY_VERIFY_WITH_TIMEOUT(sessionRow(dataDir.path()).value(1) == u"ready" || window.state() == QProcess::NotRunning,
                             60000);
    const QStringList row = sessionRow(dataDir.path());
    QVERIFY2(row.value(1) == u"ready", qPrintable(row.join(u' ') + u'\n' + QString::fromUtf8(window.readAllStandardError())));
    const QString sandboxId = row.value(2);
    const QUrl url(row.value(3));
    QCOMPARE(server.liveSandboxIds(), QStringList{sandboxId});
    KeychainSecretStore keychain(Service);
    QTRY_VERIFY_WITH_TIMEOUT(!stored(keychain, tokenName(sandboxId)).isEmpty(), 10000);

    // SIGTERM quits as File > Quit does; the app stays up as the user chose.
    QElapsedTimer clock;
    clock.start();
    ::kill(pid_t(window.processId()), SIGTERM);
    QVERIFY(finished.wait(30000));
    qInfo() << "the window quit" << clock.elapsed() << "ms after SIGTERM, keeping its app";
    QCOMPARE(window.exitStatus(), QProcess::NormalExit);
    QCOMPARE(window.exitCode(), 0);
    QCOMPARE(server.liveSandboxIds(), QStringList{sandboxId});
    QCOMPARE(ledgerState(dataDir.path(), sandboxId), QStringLiteral("kept"));
    QCOMPARE(sessionRow(dataDir.path()).value(1), QStringLiteral("ready"));  // kept: still live in the history

    // With SpawnAI closed the token is still in the keychain, and opens the app.
    const QByteArray token = stored(keychain, tokenName(sandboxId)).toUtf8();
    QVERIFY(!token.isEmpty());
    QCOMPARE(fetchStatus(server, url, token), 200);
    QCOMPARE(fetchStatus(server, url), 403);
    QVERIFY(!inAnyFile(dataDir.path(), token));

    // E2B ends it at its end time, with SpawnAI closed: the token stays
    // until the next start's sweep finds the sandbox gone.
    QSignalSpy expired(&server, &FakeE2bServer::sandboxExpired);
    QVERIFY(server.liveSandboxCount() == 0 || expired.wait(30000));
    QCOMPARE(stored(keychain, tokenName(sandboxId)).toUtf8(), token);
    QByteArray listed;
    QCOMPARE(runToEnd({QStringLiteral("--data-dir"), dataDir.path(), QStringLiteral("list")}, e2bEnvironment(server),
                      &listed),
             0);
    QCOMPARE(ledgerState(dataDir.path(), sandboxId), QStringLiteral("killed"));
    QCOMPARE(stored(keychain, tokenName(sandboxId)), QString());
}

QTEST_GUILESS_MAIN(TestE2bPrivateKept)
#include "test_e2b_privatekept.moc"
