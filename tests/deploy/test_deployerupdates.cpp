// SPDX-License-Identifier: MIT
#include "deployfixtures.h"
#include "fakesandbox.h"

#include <QSignalSpy>
#include <QTest>

using namespace DeployFixtures;

// A new version deployed where the previous one ran (follow-ups, repairs),
// and the syntax checks that run before anything starts.
class TestDeployerUpdates final : public QObject
{
    Q_OBJECT

private slots:
    void update_writesOnlyChangedFilesAndRemovesDeletedOnes();
    void update_skipsTheInstallWhenPackagesDidNotChange();
    void update_installsAgainWhenPackagesChanged();
    void checks_runAfterWritingAndBeforeStarting();
    void failedCheck_isTheAppsFaultAndNamesTheCheck();
};

namespace {
bool deploy(Deployer &deployer)
{
    QSignalSpy finished(&deployer, &AsyncOperation::finished);
    deployer.start();
    return finished.wait(5000) && deployer.isFinished();
}

AppBundle site(const QList<AppFile> &files)
{
    return AppBundle(Manifest(AppType::WebApp), files);
}
} // namespace

void TestDeployerUpdates::update_writesOnlyChangedFilesAndRemovesDeletedOnes()
{
    FakeSandbox sandbox;
    const AppBundle before = site({file(QStringLiteral("index.html"), "<h1>v1</h1>"), file(QStringLiteral("old.css"), "a{}"),
                                   file(QStringLiteral("same.js"), "1")});
    const AppBundle after = site({file(QStringLiteral("index.html"), "<h1>v2</h1>"), file(QStringLiteral("same.js"), "1"),
                                  file(QStringLiteral("new.js"), "2")});
    Deployer deployer(&sandbox, after, quickOptions());
    deployer.setPreviousVersion(before);
    QVERIFY(deploy(deployer));
    QVERIFY2(deployer.succeeded(), qPrintable(deployer.error().message));
    QVERIFY(sandbox.hasWritten(QStringLiteral("/home/user/app/index.html")));
    QVERIFY(sandbox.hasWritten(QStringLiteral("/home/user/app/new.js")));
    QVERIFY(!sandbox.hasWritten(QStringLiteral("/home/user/app/same.js")));
    const QStringList removal{QStringLiteral("rm"), QStringLiteral("-f"), QStringLiteral("--"),
                              QStringLiteral("/home/user/app/old.css")};
    QCOMPARE(sandbox.commands().first().argv, removal);
}

void TestDeployerUpdates::update_skipsTheInstallWhenPackagesDidNotChange()
{
    FakeSandbox sandbox;
    AppBundle before = api();
    AppBundle after(before.manifest(), {file(QStringLiteral("server.js"), "require('express'); // v2")});
    Deployer deployer(&sandbox, after, quickOptions());
    deployer.setPreviousVersion(before);
    QVERIFY(deploy(deployer));
    QVERIFY(deployer.succeeded());
    QVERIFY(!deployer.plannedSteps().contains(DeployStep::InstallNodePackages));
    for (const CommandSpec &spec : sandbox.commands())
        QVERIFY(spec.argv.first() != u"npm");
}

void TestDeployerUpdates::update_installsAgainWhenPackagesChanged()
{
    FakeSandbox sandbox;
    Deployer deployer(&sandbox, api({QStringLiteral("express@^4.19.2"), QStringLiteral("cors@^2.8.5")}), quickOptions());
    deployer.setPreviousVersion(api());
    QVERIFY(deploy(deployer));
    QVERIFY(deployer.plannedSteps().contains(DeployStep::InstallNodePackages));
}

void TestDeployerUpdates::checks_runAfterWritingAndBeforeStarting()
{
    FakeSandbox sandbox;
    DeployOptions options = quickOptions();
    CommandSpec check;
    check.argv = QStringList{QStringLiteral("node"), QStringLiteral("--check"), QStringLiteral("/home/user/app/app.js")};
    check.timeout = std::chrono::seconds(10);
    options.checks = {check};
    Deployer deployer(&sandbox, webapp(), options);
    QSignalSpy steps(&deployer, &Deployer::stepStarted);
    QVERIFY(deploy(deployer));
    QVERIFY(deployer.succeeded());
    QCOMPARE(steps.at(1).at(0).value<DeployStep>(), DeployStep::CheckFiles);
    QCOMPARE(sandbox.commands().first().argv, check.argv);
}

void TestDeployerUpdates::failedCheck_isTheAppsFaultAndNamesTheCheck()
{
    FakeSandbox sandbox;
    sandbox.onCommandContaining(QStringLiteral("--check"),
                                FakeCommandScript::exit(1, {}, "app.js:3\n  let x = ;\nSyntaxError: Unexpected token ';'\n"));
    DeployOptions options = quickOptions();
    CommandSpec check;
    check.argv = QStringList{QStringLiteral("node"), QStringLiteral("--check"), QStringLiteral("/home/user/app/app.js")};
    check.timeout = std::chrono::seconds(10);
    options.checks = {check};
    Deployer deployer(&sandbox, webapp(), options);
    QVERIFY(deploy(deployer));
    QCOMPARE(deployer.error().kind, ErrorKind::User);
    QVERIFY(deployer.error().message.contains(u"node --check /home/user/app/app.js"));
    QVERIFY(deployer.error().message.contains(u"SyntaxError"));
    // Nothing was started.
    QCOMPARE(sandbox.commands().size(), 1);
}

QTEST_GUILESS_MAIN(TestDeployerUpdates)
#include "test_deployerupdates.moc"
