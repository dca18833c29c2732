// SPDX-License-Identifier: MIT
#include "deploy/deploycommands.h"
#include "deployfixtures.h"
#include "fakesandbox.h"

using namespace DeployFixtures;
using namespace std::chrono_literals;

// Which packages' install scripts a deployment runs: none unless the user
// approved them; the approved ones in their own step after the install.
// The real npm and the real sandbox: tests/sandbox/test_installscripts.cpp.
class TestDeployerScripts final : public QObject
{
    Q_OBJECT

private slots:
    void unapproved_installsWithScriptsIgnoredAndSaysSo();
    void approved_rebuildsThemAfterTheCacheWasSaved();
    void pipSource_buildsOnlyApprovedPackagesFromSource();
    void minimumAge_asksNpmForOlderVersions();
};

namespace {
AppBundle sharpApp(const QStringList &npmScripts)
{
    Manifest manifest(AppType::Api);
    manifest.setNpmPackages({QStringLiteral("sharp@0.33"), QStringLiteral("bcrypt@5")});
    manifest.setNpmScripts(npmScripts);
    return AppBundle(manifest, {file(QStringLiteral("server.js"), "require('sharp')")});
}

struct Run
{
    bool ok = false;
    QList<DeployStep> steps;
    QString info;
};

Run deploy(FakeSandbox &sandbox, const AppBundle &bundle, const DeployOptions &options)
{
    Deployer deployer(&sandbox, bundle, options);
    Run run;
    QObject::connect(&deployer, &Deployer::stepStarted, &deployer, [&run](DeployStep step) { run.steps << step; });
    QObject::connect(&deployer, &Deployer::logOutput, &deployer, [&run](DeployStep, LogStream stream, const QByteArray &data) {
        if (stream == LogStream::Info)
            run.info += QString::fromUtf8(data);
    });
    QSignalSpy finished(&deployer, &AsyncOperation::finished);
    deployer.start();
    run.ok = finished.wait(5000) && deployer.succeeded();
    return run;
}
} // namespace

void TestDeployerScripts::unapproved_installsWithScriptsIgnoredAndSaysSo()
{
    FakeSandbox sandbox;
    sandbox.setCacheSupported(false);
    DeployOptions options = quickOptions();
    options.approvedScripts = {QStringLiteral("bcrypt")};  // approved, but not asked for
    const Run run = deploy(sandbox, sharpApp({QStringLiteral("sharp")}), options);
    QVERIFY(run.ok);
    QCOMPARE(run.steps, (QList<DeployStep>{DeployStep::WriteFiles, DeployStep::InstallNodePackages, DeployStep::Start,
                                           DeployStep::WaitReady}));
    QVERIFY(sandbox.commands().at(0).argv.contains(QStringLiteral("--ignore-scripts")));
    for (const CommandSpec &command : sandbox.commands())
        QVERIFY(!command.argv.contains(QStringLiteral("rebuild")));
    QCOMPARE(run.info, QStringLiteral("Install scripts of sharp were not run (not approved)\n"));
}

void TestDeployerScripts::approved_rebuildsThemAfterTheCacheWasSaved()
{
    FakeSandbox sandbox;
    DeployOptions options = quickOptions();
    options.approvedScripts = {QStringLiteral("sharp"), QStringLiteral("bcrypt")};
    const Run run = deploy(sandbox, sharpApp({QStringLiteral("sharp"), QStringLiteral("bcrypt")}), options);
    QVERIFY(run.ok);
    QCOMPARE(run.steps, (QList<DeployStep>{DeployStep::WriteFiles, DeployStep::InstallNodePackages,
                                           DeployStep::RunInstallScripts, DeployStep::Start, DeployStep::WaitReady}));
    QCOMPARE(sandbox.commands().size(), 3);
    QVERIFY(sandbox.commands().at(0).argv.contains(QStringLiteral("--ignore-scripts")));
    QCOMPARE(sandbox.commands().at(1).argv,
             DeployCommands::npmRebuild({QStringLiteral("sharp"), QStringLiteral("bcrypt")}, 5min).argv);
    // The cache keeps the tree no script has touched.
    QCOMPARE(sandbox.saveCalls().size(), 1);
    QVERIFY(!run.info.contains(QStringLiteral("not approved")));
}

void TestDeployerScripts::pipSource_buildsOnlyApprovedPackagesFromSource()
{
    Manifest manifest(AppType::Script);
    manifest.setPipPackages({QStringLiteral("somepkg==1.0"), QStringLiteral("otherpkg")});
    manifest.setPipSourceBuilds({QStringLiteral("somepkg"), QStringLiteral("otherpkg")});
    const AppBundle bundle(manifest, {file(QStringLiteral("main.py"), "print('hi')")});
    FakeSandbox sandbox;
    DeployOptions options = quickOptions();
    options.approvedScripts = {QStringLiteral("somepkg")};
    const Run run = deploy(sandbox, bundle, options);
    QVERIFY(run.ok);
    const QStringList pip = sandbox.commands().at(0).argv;
    QCOMPARE(pip, DeployCommands::pipInstall(manifest.pipPackages(), 5min, {QStringLiteral("somepkg")}).argv);
    QVERIFY(pip.contains(QStringLiteral(":all:")));
    QCOMPARE(run.info, QStringLiteral("Install scripts of otherpkg were not run (not approved)\n"));
}

void TestDeployerScripts::minimumAge_asksNpmForOlderVersions()
{
    FakeSandbox sandbox;
    sandbox.setCacheSupported(false);
    DeployOptions options = quickOptions();
    options.minimumPackageAgeDays = 7;
    const QDateTime before = QDateTime::currentDateTimeUtc();
    QVERIFY(deploy(sandbox, sharpApp({}), options).ok);
    const QStringList argv = sandbox.commands().at(0).argv;
    const auto flag = std::find_if(argv.cbegin(), argv.cend(), [](const QString &arg) { return arg.startsWith(u"--before="); });
    QVERIFY(flag != argv.cend());
    const QDateTime date = QDateTime::fromString(flag->mid(9), Qt::ISODateWithMs);
    QVERIFY(date.isValid());
    QVERIFY(qAbs(date.secsTo(before.addDays(-7))) < 600);
}

QTEST_GUILESS_MAIN(TestDeployerScripts)
#include "test_deployerscripts.moc"
