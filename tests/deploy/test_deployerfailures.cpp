// SPDX-License-Identifier: MIT
#include "deployfixtures.h"
#include "fakesandbox.h"

using namespace DeployFixtures;
using namespace std::chrono_literals;

class TestDeployerFailures final : public QObject
{
    Q_OBJECT

private slots:
    void badBundle_isRefusedBeforeAnyWrite_data();
    void badBundle_isRefusedBeforeAnyWrite();
    void buildTimeout_failsNamingTheStep();
    void buildExitCode_failsWithExitCodeAndOutputTail();
    void appExitsBeforeReady_failsAtOnce();
    void readinessTimeout_failsAndStopsTheApp();
    void cancelDuringInstall_stopsTheCommand();
    void installFailure_isClassifiedByItsOutput();
    void commandKilledByALimit_keepsItsKind();
    void writeFailure_keepsTheProviderKind();
    void sandboxEnding_failsTheRunningStep();
    void scriptExitCode_failsTheDeployment();
    void sandboxDestroyed_failsWithoutTouchingIt();
    void sandboxExpired_failsAsResource();
    void cancelWhileWaitingForHttp_stopsTheApp();
};

namespace {
// Runs a deployment that must fail and returns its error.
SpawnError deployExpectingFailure(Deployer &deployer)
{
    QSignalSpy finished(&deployer, &AsyncOperation::finished);
    deployer.start();
    if (!finished.wait(5000) || finished.count() != 1 || deployer.succeeded())
        return {};
    return deployer.error();
}
} // namespace

void TestDeployerFailures::badBundle_isRefusedBeforeAnyWrite_data()
{
    QTest::addColumn<AppBundle>("bundle");
    QTest::addColumn<QString>("mentions");

    const auto withFile = [](AppBundle bundle, const char *path, const QByteArray &content) {
        QList<AppFile> files = bundle.files();
        files << file(QString::fromUtf8(path), content);
        return AppBundle(bundle.manifest(), files);
    };
    QTest::newRow("traversal") << withFile(webapp(), "../../etc/profile", "x") << QStringLiteral("\"../../etc/profile\"");
    QTest::newRow("absolute") << withFile(webapp(), "/home/user/.bashrc", "x") << QStringLiteral("\"/home/user/.bashrc\"");
    QTest::newRow("reserved") << withFile(webapp(), ".spawnai/output/index.html", "x") << QStringLiteral("\".spawnai/output/index.html\"");
    QTest::newRow("npmrc") << withFile(api(), ".npmrc", "registry=https://evil.test/") << QStringLiteral("\".npmrc\"");
    QTest::newRow("oversized") << withFile(webapp(), "big.bin", QByteArray(2 * 1024 * 1024 + 1, 'x')) << QStringLiteral("\"big.bin\"");
    QTest::newRow("git dependency") << withFile(api({}), "package.json", R"({"dependencies": {"x": "git+https://evil.test/x.git"}})")
                                    << QStringLiteral("git+https://evil.test/x.git");
    QTest::newRow("bad npm spec") << api({QStringLiteral("express"), QStringLiteral("x; rm -rf /")}) << QStringLiteral("\"x; rm -rf /\"");
    QTest::newRow("bad pip spec") << script({QStringLiteral("--index-url")}) << QStringLiteral("\"--index-url\"");
}

void TestDeployerFailures::badBundle_isRefusedBeforeAnyWrite()
{
    QFETCH(AppBundle, bundle);
    QFETCH(QString, mentions);
    FakeSandbox sandbox;
    Deployer deployer(&sandbox, bundle, quickOptions());
    const SpawnError error = deployExpectingFailure(deployer);
    QCOMPARE(error.kind, ErrorKind::User);
    QVERIFY2(error.message.contains(mentions), qPrintable(error.message));
    QCOMPARE(sandbox.writeCalls(), 0);
    QVERIFY(sandbox.commands().isEmpty());
}

void TestDeployerFailures::buildTimeout_failsNamingTheStep()
{
    FakeSandbox sandbox;
    sandbox.onCommandContaining(QStringLiteral("make all"), FakeCommandScript::hang("compiling module 1 of 90\n"));
    DeployOptions options = quickOptions();
    options.buildTimeout = 50ms;
    Deployer deployer(&sandbox, withBuild(webapp(), QStringLiteral("make all")), options);
    const SpawnError error = deployExpectingFailure(deployer);
    QCOMPARE(error.kind, ErrorKind::Resource);
    QVERIFY2(error.message.startsWith(QLatin1String("Build timed out after 50 ms")), qPrintable(error.message));
    QVERIFY2(error.message.contains(QLatin1String("compiling module 1 of 90")), qPrintable(error.message));
    QCOMPARE(deployer.currentStep(), DeployStep::Build);
    QCOMPARE(sandbox.commands().size(), 1);  // never started
}

void TestDeployerFailures::buildExitCode_failsWithExitCodeAndOutputTail()
{
    FakeSandbox sandbox;
    QByteArray noise;
    for (int i = 0; i < 50; ++i)
        noise += "line " + QByteArray::number(i) + '\n';
    sandbox.onCommandContaining(QStringLiteral("tsc"),
                                FakeCommandScript::exit(2, noise, "src/a.ts(3,1): error TS1005: ';' expected.\n"));
    Deployer deployer(&sandbox, withBuild(webapp(), QStringLiteral("tsc")), quickOptions());
    const SpawnError error = deployExpectingFailure(deployer);
    QCOMPARE(error.kind, ErrorKind::User);
    QVERIFY2(error.message.startsWith(QLatin1String("Build failed with exit code 2")), qPrintable(error.message));
    QVERIFY(error.message.contains(QLatin1String("error TS1005")));
    QVERIFY(error.message.contains(QLatin1String("line 49")));
    QVERIFY(!error.message.contains(QLatin1String("line 10\n")));  // only the tail
}

void TestDeployerFailures::appExitsBeforeReady_failsAtOnce()
{
    FakeSandbox sandbox;
    sandbox.setHttpMode(FakeSandbox::HttpMode::Hang);
    sandbox.onCommandContaining(QStringLiteral("node server.js"),
                                FakeCommandScript::exit(1, {}, "Error: Cannot find module 'express'\n"));
    DeployOptions options = quickOptions();
    options.readyTimeout = 10min;  // the failure must not wait for it
    Deployer deployer(&sandbox, api(), options);
    const SpawnError error = deployExpectingFailure(deployer);
    QCOMPARE(error.kind, ErrorKind::User);
    QVERIFY2(error.message.contains(QLatin1String("exited with code 1 before it answered on port 3000")), qPrintable(error.message));
    QVERIFY(error.message.contains(QLatin1String("Cannot find module 'express'")));
    QVERIFY(!deployer.appUrl().isValid());
}

void TestDeployerFailures::readinessTimeout_failsAndStopsTheApp()
{
    FakeSandbox sandbox;
    sandbox.setHttpMode(FakeSandbox::HttpMode::Timeout);
    sandbox.onCommandContaining(QStringLiteral("node server.js"), FakeCommandScript::hang("listening on 127.0.0.1:4000\n"));
    DeployOptions options = quickOptions();
    options.readyTimeout = 50ms;
    Deployer deployer(&sandbox, api(), options);
    const SpawnError error = deployExpectingFailure(deployer);
    QCOMPARE(error.kind, ErrorKind::Resource);
    QVERIFY2(error.message.startsWith(QLatin1String("Waiting for the app failed: the app did not answer HTTP on port 3000 within 50 ms")),
             qPrintable(error.message));
    QVERIFY(error.message.contains(QLatin1String("listening on 127.0.0.1:4000")));
    QCOMPARE(sandbox.cancelledCommands().size(), 1);
    QCOMPARE(sandbox.cancelledCommands().at(0).argv, shell(QStringLiteral("node server.js")));
    QVERIFY(!deployer.app());
}

void TestDeployerFailures::cancelDuringInstall_stopsTheCommand()
{
    FakeSandbox sandbox;
    sandbox.onCommandContaining(QStringLiteral("npm"), FakeCommandScript::hang("fetching...\n"));
    Deployer deployer(&sandbox, api(), quickOptions());
    QSignalSpy finished(&deployer, &AsyncOperation::finished);
    QSignalSpy issued(&sandbox, &FakeSandbox::commandIssued);
    deployer.start();
    QVERIFY(issued.wait(5000));
    QCOMPARE(deployer.currentStep(), DeployStep::InstallNodePackages);

    deployer.cancel();
    QCOMPARE(finished.count(), 1);
    QVERIFY(deployer.isCancelled());
    QCOMPARE(sandbox.cancelledCommands().size(), 1);
    QCOMPARE(sandbox.cancelledCommands().at(0).argv.at(0), QStringLiteral("npm"));
    // Nothing runs after the cancel.
    QTest::qWait(0);
    QCOMPARE(sandbox.commands().size(), 1);
    QCOMPARE(finished.count(), 1);
}

void TestDeployerFailures::installFailure_isClassifiedByItsOutput()
{
    FakeSandbox offline;
    offline.onCommandContaining(QStringLiteral("npm"),
                                FakeCommandScript::exit(1, {}, "npm ERR! code ENOTFOUND\nnpm ERR! network request failed\n"));
    Deployer first(&offline, api(), quickOptions());
    SpawnError error = deployExpectingFailure(first);
    QCOMPARE(error.kind, ErrorKind::Api);
    QVERIFY(error.retryable);
    QVERIFY2(error.message.startsWith(QLatin1String("Installing Node packages failed with exit code 1")), qPrintable(error.message));

    FakeSandbox missing;
    missing.onCommandContaining(QStringLiteral("pip"),
                                FakeCommandScript::exit(1, {}, "ERROR: No matching distribution found for nosuchpkg\n"));
    Deployer second(&missing, script({QStringLiteral("nosuchpkg")}), quickOptions());
    error = deployExpectingFailure(second);
    QCOMPARE(error.kind, ErrorKind::User);
    QVERIFY(!error.retryable);
    QVERIFY2(error.message.startsWith(QLatin1String("Installing Python packages failed with exit code 1")), qPrintable(error.message));
    QVERIFY(error.message.contains(QLatin1String("nosuchpkg")));
}

void TestDeployerFailures::commandKilledByALimit_keepsItsKind()
{
    FakeSandbox sandbox;
    sandbox.onCommandContaining(QStringLiteral("npm"),
                                FakeCommandScript::failure(SpawnError::resource(QStringLiteral("killed: memory limit of 1 GiB"))));
    Deployer deployer(&sandbox, api(), quickOptions());
    const SpawnError error = deployExpectingFailure(deployer);
    QCOMPARE(error.kind, ErrorKind::Resource);
    QVERIFY2(error.message.contains(QLatin1String("Installing Node packages failed: killed: memory limit")), qPrintable(error.message));
}

void TestDeployerFailures::writeFailure_keepsTheProviderKind()
{
    FakeSandbox sandbox;
    sandbox.setWriteError(SpawnError::resource(QStringLiteral("workspace is full")));
    Deployer deployer(&sandbox, webapp(), quickOptions());
    const SpawnError error = deployExpectingFailure(deployer);
    QCOMPARE(error.kind, ErrorKind::Resource);
    QCOMPARE(error.message, QStringLiteral("Writing files failed: workspace is full"));
    QVERIFY(sandbox.commands().isEmpty());
}

void TestDeployerFailures::sandboxEnding_failsTheRunningStep()
{
    FakeSandbox sandbox;
    sandbox.onCommandContaining(QStringLiteral("npm"), FakeCommandScript::hang());
    Deployer deployer(&sandbox, api(), quickOptions());
    QSignalSpy finished(&deployer, &AsyncOperation::finished);
    QSignalSpy issued(&sandbox, &FakeSandbox::commandIssued);
    deployer.start();
    QVERIFY(issued.wait(5000));
    sandbox.terminate(SpawnError::resource(QStringLiteral("out of memory")));
    QCOMPARE(finished.count(), 1);
    QCOMPARE(deployer.error().kind, ErrorKind::Resource);
    QCOMPARE(deployer.error().message, QStringLiteral("Installing Node packages failed: out of memory"));
    QCOMPARE(sandbox.cancelledCommands().size(), 1);
}

void TestDeployerFailures::scriptExitCode_failsTheDeployment()
{
    FakeSandbox sandbox;
    sandbox.onCommandContaining(QStringLiteral("main.py"),
                                FakeCommandScript::exit(1, {}, "Traceback (most recent call last):\nZeroDivisionError\n"));
    Deployer deployer(&sandbox, script(), quickOptions());
    const SpawnError error = deployExpectingFailure(deployer);
    QCOMPARE(error.kind, ErrorKind::User);
    QVERIFY2(error.message.startsWith(QLatin1String("Running the script failed with exit code 1")), qPrintable(error.message));
    QVERIFY(error.message.contains(QLatin1String("ZeroDivisionError")));
    QCOMPARE(sandbox.commands().size(), 1);  // no page server
}

void TestDeployerFailures::sandboxDestroyed_failsWithoutTouchingIt()
{
    auto *sandbox = new FakeSandbox;
    sandbox->onCommandContaining(QStringLiteral("npm"), FakeCommandScript::hang());
    Deployer deployer(sandbox, api(), quickOptions());
    QSignalSpy finished(&deployer, &AsyncOperation::finished);
    QSignalSpy issued(sandbox, &FakeSandbox::commandIssued);
    deployer.start();
    QVERIFY(issued.wait(5000));
    delete sandbox;
    QCOMPARE(finished.count(), 1);
    QCOMPARE(deployer.error().kind, ErrorKind::System);
    QCOMPARE(deployer.error().message, QStringLiteral("Installing Node packages failed: the sandbox was destroyed"));
    QVERIFY(!deployer.app());
}

void TestDeployerFailures::sandboxExpired_failsAsResource()
{
    FakeSandbox sandbox;
    sandbox.setHttpMode(FakeSandbox::HttpMode::Hang);
    Deployer deployer(&sandbox, webapp(), quickOptions());
    QSignalSpy finished(&deployer, &AsyncOperation::finished);
    deployer.start();
    QTRY_COMPARE(deployer.currentStep(), DeployStep::WaitReady);
    emit sandbox.expired();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(deployer.error().kind, ErrorKind::Resource);
    QVERIFY2(deployer.error().message.startsWith(QLatin1String("Waiting for the app failed: the sandbox expired")),
             qPrintable(deployer.error().message));
    QCOMPARE(sandbox.cancelledCommands().size(), 1);
}

void TestDeployerFailures::cancelWhileWaitingForHttp_stopsTheApp()
{
    FakeSandbox sandbox;
    sandbox.setHttpMode(FakeSandbox::HttpMode::Hang);
    Deployer deployer(&sandbox, webapp(), quickOptions());
    QSignalSpy finished(&deployer, &AsyncOperation::finished);
    deployer.start();
    QTRY_COMPARE(deployer.currentStep(), DeployStep::WaitReady);
    deployer.cancel();
    QCOMPARE(finished.count(), 1);
    QVERIFY(deployer.isCancelled());
    QCOMPARE(sandbox.cancelledCommands().size(), 1);
    QVERIFY(!deployer.app());
    sandbox.answerHttp(true);  // a late answer changes nothing
    QCOMPARE(finished.count(), 1);
    QVERIFY(!deployer.appUrl().isValid());
}

QTEST_GUILESS_MAIN(TestDeployerFailures)
#include "test_deployerfailures.moc"
