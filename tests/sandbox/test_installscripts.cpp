// SPDX-License-Identifier: MIT
#include "deploy/deployer.h"
#include "sandboxtesthelpers.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

// The real npm in the real local sandbox, with no network: a package whose
// postinstall writes a marker file. Installed without approval its script
// does not run and the app still deploys; approved, `npm rebuild` runs it.
//
// The package cannot come from a `file:` spec (the manifest and package.json
// take registry names only), and the sandbox cannot reach a registry on the
// host. So the test packs it inside the sandbox, puts the tarball into npm's
// cache there (`npm cache add`) and ships a package-lock.json whose
// "resolved" is the registry's address and whose "integrity" is the
// tarball's: npm takes a tarball it knows by integrity from its cache and
// never asks the registry.
class TestInstallScripts final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void unapproved_installsWithoutRunningTheScriptAndStillDeploys();
    void approved_runsTheScriptInItsOwnStep();

private:
    // A sandbox whose npm cache holds the marker package; its integrity in `integrity`.
    std::unique_ptr<Sandbox> sandboxWithPackage(SandboxFixture &fixture, QString *integrity);
    static AppBundle app(const QString &integrity);
    static bool markerExists(Sandbox *sandbox);
};

namespace {
const QString PackageName = QStringLiteral("spawnai-test-postinstall-marker");
const QString Marker = QStringLiteral("/home/user/postinstall-ran");
} // namespace

void TestInstallScripts::initTestCase()
{
    if (const QString missing = LocalSandboxProvider::unavailableReason(); !missing.isEmpty())
        QSKIP(qPrintable(missing));
    if (QStandardPaths::findExecutable(QStringLiteral("npm")).isEmpty())
        QSKIP("npm is not installed");
}

std::unique_ptr<Sandbox> TestInstallScripts::sandboxWithPackage(SandboxFixture &fixture, QString *integrity)
{
    auto sandbox = fixture.create();
    if (!sandbox)
        return nullptr;
    const QByteArray packageJson = QStringLiteral(R"({"name": "%1", "version": "1.0.0", "main": "index.js",
        "scripts": {"postinstall": "node -e \"require('fs').writeFileSync('%2', 'ran')\""}})")
                                       .arg(PackageName, Marker).toUtf8();
    if (!SandboxFixture::write(sandbox.get(), QStringLiteral("/home/user/pkg/package.json"), packageJson)
        || !SandboxFixture::write(sandbox.get(), QStringLiteral("/home/user/pkg/index.js"), "module.exports = 42;\n"))
        return nullptr;
    const auto packed = SandboxFixture::shell(
        sandbox.get(),
        QStringLiteral("set -e; cd /home/user/pkg; npm pack --silent >/dev/null 2>&1; "
                       "npm cache add /home/user/pkg/%1-1.0.0.tgz >/dev/null 2>&1; "
                       "node -e \"const c=require('crypto'),f=require('fs');"
                       "console.log('sha512-'+c.createHash('sha512').update(f.readFileSync('%1-1.0.0.tgz')).digest('base64'))\"")
            .arg(PackageName),
        120000);
    if (!packed.ok || packed.exitCode != 0) {
        qWarning().noquote() << "could not pack the marker package:" << packed.output << packed.error.message;
        return nullptr;
    }
    *integrity = packed.output.trimmed().split(u'\n').constLast();
    return sandbox;
}

AppBundle TestInstallScripts::app(const QString &integrity)
{
    Manifest manifest(AppType::Api);
    manifest.setStart(QStringLiteral("node server.js"));
    manifest.setNpmScripts({PackageName});
    const QByteArray packageJson = QStringLiteral(R"({"name": "app", "version": "1.0.0", "private": true,
        "dependencies": {"%1": "1.0.0"}})").arg(PackageName).toUtf8();
    const QByteArray lock = QStringLiteral(R"({"name": "app", "version": "1.0.0", "lockfileVersion": 3, "requires": true,
        "packages": {"": {"name": "app", "version": "1.0.0", "dependencies": {"%1": "1.0.0"}},
        "node_modules/%1": {"version": "1.0.0", "resolved": "https://registry.npmjs.org/%1/-/%1-1.0.0.tgz",
                            "integrity": "%2", "hasInstallScript": true}}})").arg(PackageName, integrity).toUtf8();
    // Starts only if the package was installed.
    const QByteArray server = QStringLiteral("const answer = require('%1');\n"
                                             "require('http').createServer((q, r) => r.end(String(answer)))"
                                             ".listen(process.env.PORT);\n").arg(PackageName).toUtf8();
    return AppBundle(manifest, {{QStringLiteral("package.json"), packageJson, false},
                                {QStringLiteral("package-lock.json"), lock, false},
                                {QStringLiteral("server.js"), server, false}});
}

bool TestInstallScripts::markerExists(Sandbox *sandbox)
{
    return SandboxFixture::run(sandbox, {QStringLiteral("test"), QStringLiteral("-e"), Marker}).exitCode == 0;
}

namespace {
struct Deployment
{
    bool ok = false;
    QString log;
    QList<DeployStep> steps;
    QStringList commands;
};

Deployment deploy(Sandbox *sandbox, const AppBundle &bundle, const QStringList &approved)
{
    DeployOptions options;
    options.useDependencyCache = false;
    options.approvedScripts = approved;
    Deployer deployer(sandbox, bundle, options);
    Deployment result;
    QObject::connect(&deployer, &Deployer::logOutput, &deployer,
                     [&result](DeployStep, LogStream, const QByteArray &data) { result.log += QString::fromUtf8(data); });
    QObject::connect(&deployer, &Deployer::stepStarted, &deployer, [&result](DeployStep step) { result.steps << step; });
    QSignalSpy finished(&deployer, &AsyncOperation::finished);
    deployer.start();
    if (!finished.wait(240000))
        return result;
    result.ok = deployer.succeeded();
    if (!result.ok)
        qWarning().noquote() << "deployment failed:" << deployer.error().message << result.log;
    return result;
}
} // namespace

void TestInstallScripts::unapproved_installsWithoutRunningTheScriptAndStillDeploys()
{
    SandboxFixture fixture;
    QString integrity;
    auto sandbox = sandboxWithPackage(fixture, &integrity);
    QVERIFY(sandbox);
    QVERIFY2(integrity.startsWith(u"sha512-"), qPrintable(integrity));

    const Deployment deployment = deploy(sandbox.get(), app(integrity), {});
    QVERIFY(deployment.ok);
    QVERIFY(deployment.steps.contains(DeployStep::InstallNodePackages));
    QVERIFY(!deployment.steps.contains(DeployStep::RunInstallScripts));
    QVERIFY2(deployment.log.contains(QStringLiteral("Install scripts of %1 were not run (not approved)").arg(PackageName)),
             qPrintable(deployment.log));
    QVERIFY(SandboxFixture::run(sandbox.get(), {QStringLiteral("test"), QStringLiteral("-d"),
                                                QStringLiteral("/home/user/app/node_modules/") + PackageName})
                .exitCode == 0);
    QVERIFY(!markerExists(sandbox.get()));
}

void TestInstallScripts::approved_runsTheScriptInItsOwnStep()
{
    SandboxFixture fixture;
    QString integrity;
    auto sandbox = sandboxWithPackage(fixture, &integrity);
    QVERIFY(sandbox);

    const Deployment deployment = deploy(sandbox.get(), app(integrity), {PackageName});
    QVERIFY(deployment.ok);
    const qsizetype install = deployment.steps.indexOf(DeployStep::InstallNodePackages);
    QVERIFY(install >= 0);
    QCOMPARE(deployment.steps.value(install + 1), DeployStep::RunInstallScripts);
    QVERIFY(!deployment.log.contains(QStringLiteral("not approved")));
    QVERIFY(markerExists(sandbox.get()));
}

QTEST_GUILESS_MAIN(TestInstallScripts)
#include "test_installscripts.moc"
