// SPDX-License-Identifier: MIT
#include "cloudworkflow.h"
#include "fakee2bserver.h"
#include "sandbox/e2b/e2bsandbox.h"
#include "secrets/keychainsecretstore.h"
#include "secrets/memorysecretstore.h"
#include "secretscan.h"
#include "store/sessionstore.h"
#include "workflow/cloudsandboxes.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace std::chrono_literals;

// Issue 17 §2: a private preview's traffic token lives in the OS keychain
// (never SQLite) for as long as its sandbox does, so a private app kept
// running is opened again after a restart; it leaves the keychain when the
// sandbox ends. Against the in-test E2B server, whose port proxy answers 403
// without the token.
class TestE2bPrivatePreview final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void keptPrivateApp_opensAfterARestart_withTheTokenFromTheKeychain();
    void token_leavesTheKeychain_whenTheSandboxEnds();
    void keptSandboxEndingWhileClosed_itsTokenGoesAtTheNextStart();
    void publicApp_putsNothingInTheKeychain();
    void realKeychain_keepsTheTokenUntilTheSandboxEnds();
};

namespace {
constexpr int ReadyMs = 30000;

QString tokenName(const QString &sandboxId)
{
    return QStringLiteral("e2b-traffic-token-") + sandboxId;
}

// What the store holds under `name` (empty: nothing, or it could not be read).
QString stored(SecretStore &store, const QString &name)
{
    SecretReading *reading = store.read(name);
    QSignalSpy finished(reading, &AsyncOperation::finished);
    if (!reading->isFinished() && !finished.wait(15000))
        return QStringLiteral("(no answer)");
    const QString value = reading->value();
    reading->deleteLater();
    return value;
}

bool finishes(AsyncOperation *operation, int ms = 15000)
{
    QSignalSpy finished(operation, &AsyncOperation::finished);
    return operation->isFinished() || finished.wait(ms);
}

QString spawnReady(CloudWorkflow &flow, std::chrono::seconds timeout = 300s)
{
    SpawnRequest request = CloudWorkflow::templateRequest(QStringLiteral("static-site"));
    request.timeout = timeout;
    const QString id = flow.spawn(request);
    if (id.isEmpty())
        return {};
    if (!QTest::qWaitFor([&] { return flow.status(id) == SessionStatus::Ready || isTerminal(flow.status(id)); },
                         ReadyMs)
        || flow.status(id) != SessionStatus::Ready) {
        qWarning().noquote() << flow.describe(id);
        return {};
    }
    return id;
}
} // namespace

void TestE2bPrivatePreview::initTestCase()
{
    SecretScan::startCapturingLogs();
}

void TestE2bPrivatePreview::keptPrivateApp_opensAfterARestart_withTheTokenFromTheKeychain()
{
    QTemporaryDir dir;
    FakeE2bServer server;
    MemorySecretStore keychain;
    QString id;
    QString sandboxId;
    QByteArray token;
    const int loggedBefore = int(SecretScan::capturedLogs().size());
    {
        CloudWorkflow flow(dir.path(), server, true, &keychain);
        QVERIFY(flow.isValid());
        id = spawnReady(flow);
        QVERIFY(!id.isEmpty());
        sandboxId = flow.store().session(id)->sandboxId;
        token = flow.e2bSandbox(id)->record().trafficAccessToken.toUtf8();
        QVERIFY(!token.isEmpty());
        QTRY_COMPARE(stored(keychain, tokenName(sandboxId)).toUtf8(), token);
        PendingOperation *quit = flow.cloud().shutdown(QStringLiteral("SpawnAI closed"), true, 5s);
        QVERIFY(finishes(quit, 10000));
        QCOMPARE(server.liveSandboxIds(), QStringList{sandboxId});
    }

    // SpawnAI starts again: the preview of the kept app carries its token.
    CloudWorkflow again(dir.path(), server, true, &keychain);
    QVERIFY(again.isValid());
    QVERIFY(again.cloud().isKeptRunning(id));
    QCOMPARE(again.status(id), SessionStatus::Ready);
    QSignalSpy headersChanged(&again.manager(), &SessionManager::previewHeadersChanged);
    if (again.manager().previewRequestHeaders(id).isEmpty())  // read from the keychain meanwhile
        QVERIFY(headersChanged.wait(10000));
    QCOMPARE(headersChanged.value(0).value(0).toString(), id);
    const QList<std::pair<QByteArray, QByteArray>> headers = again.manager().previewRequestHeaders(id);
    QCOMPARE(headers.size(), 1);
    QCOMPARE(headers.first().first, QByteArrayLiteral("e2b-traffic-access-token"));
    QCOMPARE(headers.first().second, token);
    const QUrl appUrl = again.store().session(id)->appUrl;
    int status = 0;
    QVERIFY(again.fetch(appUrl, headers, &status).contains("SpawnAI Starter"));
    QCOMPARE(status, 200);
    again.fetch(appUrl, {}, &status);
    QCOMPARE(status, 403);  // still private to anyone else

    // Never in SQLite (nor its -wal), the settings or a log line.
    QStringList found = SecretScan::inFiles(dir.path(), {token});
    QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
    found = SecretScan::inLines(SecretScan::capturedLogs().mid(loggedBefore), {token});
    QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));

    // Stop ends the sandbox, and its token leaves the keychain.
    QVERIFY(!again.manager().stop(id, QStringLiteral("stopped after a restart")).isError());
    QTRY_COMPARE_WITH_TIMEOUT(server.liveSandboxCount(), 0, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(stored(keychain, tokenName(sandboxId)), QString(), 10000);
    QVERIFY(again.manager().previewRequestHeaders(id).isEmpty());
}

void TestE2bPrivatePreview::token_leavesTheKeychain_whenTheSandboxEnds()
{
    QTemporaryDir dir;
    FakeE2bServer server;
    MemorySecretStore keychain;
    CloudWorkflow flow(dir.path(), server, true, &keychain);
    QVERIFY(flow.isValid());
    const QString id = spawnReady(flow);
    QVERIFY(!id.isEmpty());
    const QString sandboxId = flow.store().session(id)->sandboxId;
    QTRY_VERIFY(!stored(keychain, tokenName(sandboxId)).isEmpty());
    flow.stopAndExpectClean(id);
    QTRY_COMPARE_WITH_TIMEOUT(stored(keychain, tokenName(sandboxId)), QString(), 10000);

    // Quitting without keeping: the kill's removal is done before the process may end.
    const QString second = spawnReady(flow);
    QVERIFY(!second.isEmpty());
    const QString secondSandbox = flow.store().session(second)->sandboxId;
    QTRY_VERIFY(!stored(keychain, tokenName(secondSandbox)).isEmpty());
    PendingOperation *quit = flow.cloud().shutdown(QStringLiteral("SpawnAI closed"), false, 5s);
    QVERIFY(finishes(quit, 10000));
    QCOMPARE(server.liveSandboxCount(), 0);
    QCOMPARE(stored(keychain, tokenName(secondSandbox)), QString());
}

void TestE2bPrivatePreview::keptSandboxEndingWhileClosed_itsTokenGoesAtTheNextStart()
{
    QTemporaryDir dir;
    FakeE2bServer server;
    MemorySecretStore keychain;
    QString sandboxId;
    {
        CloudWorkflow flow(dir.path(), server, true, &keychain);
        QVERIFY(flow.isValid());
        const QString id = spawnReady(flow, 4s);
        QVERIFY(!id.isEmpty());
        sandboxId = flow.store().session(id)->sandboxId;
        QTRY_VERIFY(!stored(keychain, tokenName(sandboxId)).isEmpty());
        PendingOperation *quit = flow.cloud().shutdown(QStringLiteral("SpawnAI closed"), true, 5s);
        QVERIFY(finishes(quit, 10000));
    }
    // E2B ends it while SpawnAI is closed.
    QSignalSpy expired(&server, &FakeE2bServer::sandboxExpired);
    QVERIFY(server.liveSandboxCount() == 0 || expired.wait(10000));
    QVERIFY(!stored(keychain, tokenName(sandboxId)).isEmpty());  // nobody was there to remove it

    CloudWorkflow again(dir.path(), server, true, &keychain);
    QVERIFY(again.isValid());
    QTRY_COMPARE_WITH_TIMEOUT(again.openLedgerEntries(), 0, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(stored(keychain, tokenName(sandboxId)), QString(), 10000);
}

void TestE2bPrivatePreview::publicApp_putsNothingInTheKeychain()
{
    QTemporaryDir dir;
    FakeE2bServer server;
    MemorySecretStore keychain;
    QSignalSpy touched(&keychain, &SecretStore::secretChanged);
    CloudWorkflow flow(dir.path(), server, false, &keychain);
    QVERIFY(flow.isValid());
    const QString id = spawnReady(flow);
    QVERIFY(!id.isEmpty());
    QVERIFY(flow.manager().previewRequestHeaders(id).isEmpty());
    flow.stopAndExpectClean(id);
    QCOMPARE(touched.size(), 0);
}

void TestE2bPrivatePreview::realKeychain_keepsTheTokenUntilTheSandboxEnds()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("No D-Bus session (packaging/test.sh starts one with a keyring)");
    const QString service = QStringLiteral("SpawnAI-test-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    KeychainSecretStore keychain(service);
    {
        // Is there a Secret Service to talk to at all?
        PendingOperation *probe = keychain.write(QStringLiteral("probe"), QStringLiteral("x"));
        QVERIFY(finishes(probe, 20000));
        if (!probe->succeeded())
            QSKIP(qPrintable(QStringLiteral("No secret service answers: ") + probe->error().message));
        QVERIFY(finishes(keychain.remove(QStringLiteral("probe")), 20000));
    }
    QTemporaryDir dir;
    FakeE2bServer server;
    QString id;
    QString sandboxId;
    QByteArray token;
    {
        CloudWorkflow flow(dir.path(), server, true, &keychain);
        QVERIFY(flow.isValid());
        id = spawnReady(flow);
        QVERIFY(!id.isEmpty());
        sandboxId = flow.store().session(id)->sandboxId;
        token = flow.e2bSandbox(id)->record().trafficAccessToken.toUtf8();
        PendingOperation *quit = flow.cloud().shutdown(QStringLiteral("SpawnAI closed"), true, 5s);
        QVERIFY(finishes(quit, 10000));
    }
    // Another process's store (the next start) reads it from the keychain.
    KeychainSecretStore nextStart(service);
    QCOMPARE(stored(nextStart, tokenName(sandboxId)).toUtf8(), token);
    CloudWorkflow again(dir.path(), server, true, &nextStart);
    QVERIFY(again.isValid());
    QSignalSpy changed(&again.manager(), &SessionManager::previewHeadersChanged);
    QElapsedTimer clock;
    clock.start();
    if (again.manager().previewRequestHeaders(id).isEmpty())
        QVERIFY(changed.wait(15000));
    qInfo() << "the kept app's token came from the keychain" << clock.elapsed() << "ms after it was first asked for";
    QCOMPARE(again.manager().previewRequestHeaders(id).first().second, token);
    QVERIFY(!again.manager().stop(id, QStringLiteral("the test is done")).isError());
    QTRY_COMPARE_WITH_TIMEOUT(server.liveSandboxCount(), 0, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(stored(nextStart, tokenName(sandboxId)), QString(), 15000);
}

QTEST_GUILESS_MAIN(TestE2bPrivatePreview)
#include "test_e2b_privatepreview.moc"
