// SPDX-License-Identifier: MIT
#include "deploy/appsupervisor.h"
#include "deploy/dependencycache.h"
#include "deploy/deploycommands.h"
#include "deployfixtures.h"
#include "fakesandbox.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace DeployFixtures;
using namespace std::chrono_literals;

class TestDeployer final : public QObject
{
    Q_OBJECT

private slots:
    void webapp_writesFilesAndStartsTheStaticServer();
    void api_installsSpecsAsSeparateArgumentsThenStarts();
    void api_withPackageJsonRunsPlainNpmInstall();
    void script_runsOnceAndServesTheEscapedOutputPage();
    void pip_installsIntoTheWorkspace();
    void build_runsBetweenInstallAndStart();
    void npmCacheHit_skipsTheInstall();
    void npmCacheMiss_installsThenSaves();
    void cacheTrouble_isNotAnError();
    void appOutputAndLaterExit_areReported();
    void destroyingTheDeployer_stopsTheApp();
    void finished_isNeverEmittedBeforeTheEventLoop();
};

namespace {
// Runs a deployment to its end and returns whether it succeeded.
bool deploy(Deployer &deployer)
{
    QSignalSpy finished(&deployer, &AsyncOperation::finished);
    deployer.start();
    if (!finished.wait(5000) || finished.count() != 1)
        return false;
    if (!deployer.succeeded())
        qWarning().noquote() << "deployment failed:" << deployer.error().message;
    return deployer.succeeded();
}

QList<DeployStep> startedSteps(const QSignalSpy &spy)
{
    QList<DeployStep> steps;
    for (const QList<QVariant> &arguments : spy)
        steps << arguments.at(0).value<DeployStep>();
    return steps;
}
} // namespace

void TestDeployer::webapp_writesFilesAndStartsTheStaticServer()
{
    FakeSandbox sandbox;
    Deployer deployer(&sandbox, webapp(), quickOptions());
    QSignalSpy started(&deployer, &Deployer::stepStarted);
    QSignalSpy stepped(&deployer, &Deployer::stepFinished);
    QVERIFY(deploy(deployer));

    QCOMPARE(sandbox.writeCalls(), 1);
    QCOMPARE(sandbox.writtenContent(QStringLiteral("/home/user/app/index.html")), QByteArray("<h1>Hi</h1>"));
    const QJsonObject manifest = QJsonDocument::fromJson(sandbox.writtenContent(QStringLiteral("/home/user/app/spawnai.json"))).object();
    QCOMPARE(manifest.value(QLatin1String("type")).toString(), QStringLiteral("webapp"));
    QVERIFY(!sandbox.hasWritten(QStringLiteral("/home/user/app/package.json")));

    QCOMPARE(sandbox.commands().size(), 1);
    const CommandSpec &start = sandbox.commands().at(0);
    QCOMPARE(start.argv, shell(QStringLiteral("python3 -m http.server 3000 --bind 0.0.0.0")));
    QCOMPARE(start.workingDirectory, QStringLiteral("/home/user/app"));
    QCOMPARE(start.environment.value(QStringLiteral("PORT")), QStringLiteral("3000"));
    QCOMPARE(start.timeout, 0ms);
    QVERIFY(!start.needsNetwork);

    QCOMPARE(sandbox.httpWaits(), QList<int>{3000});
    QCOMPARE(deployer.appUrl(), sandbox.portUrl(3000));
    QVERIFY(deployer.app() && deployer.app()->isRunning());
    QCOMPARE(startedSteps(started), (QList<DeployStep>{DeployStep::WriteFiles, DeployStep::Start, DeployStep::WaitReady}));
    QCOMPARE(stepped.count(), 3);
    QCOMPARE(deployer.plannedSteps(), startedSteps(started));
}

void TestDeployer::api_installsSpecsAsSeparateArgumentsThenStarts()
{
    FakeSandbox sandbox;
    sandbox.setCacheSupported(false);
    Deployer deployer(&sandbox, api({QStringLiteral("express@^4.19.2"), QStringLiteral("@types/node@20")}), quickOptions());
    QVERIFY(deploy(deployer));

    QCOMPARE(sandbox.commands().size(), 2);
    const CommandSpec &install = sandbox.commands().at(0);
    QCOMPARE(install.argv, (DeployCommands::npmInstallArguments()
                            + QStringList{QStringLiteral("express@^4.19.2"), QStringLiteral("@types/node@20")}));
    QCOMPARE(install.workingDirectory, QStringLiteral("/home/user/app"));
    QVERIFY(install.needsNetwork);
    QCOMPARE(install.timeout, std::chrono::milliseconds(5min));
    QCOMPARE(sandbox.commands().at(1).argv, shell(QStringLiteral("node server.js")));
    // npm must not wander up the tree looking for a package.json.
    QVERIFY(sandbox.hasWritten(QStringLiteral("/home/user/app/package.json")));
}

void TestDeployer::api_withPackageJsonRunsPlainNpmInstall()
{
    FakeSandbox sandbox;
    const QByteArray packageJson = R"({"name": "x", "dependencies": {"express": "^4.19.2"}})";
    const AppBundle bundle(Manifest(AppType::Api), {file(QStringLiteral("server.js")), file(QStringLiteral("package.json"), packageJson)});
    Deployer deployer(&sandbox, bundle, quickOptions());
    QVERIFY(deploy(deployer));
    QCOMPARE(sandbox.commands().at(0).argv, DeployCommands::npmInstallArguments());
    QCOMPARE(sandbox.writtenContent(QStringLiteral("/home/user/app/package.json")), packageJson);
}

void TestDeployer::script_runsOnceAndServesTheEscapedOutputPage()
{
    FakeSandbox sandbox;
    sandbox.onCommandContaining(QStringLiteral("python3 main.py"),
                                FakeCommandScript::exit(0, "primes: 2 3 5\n<script>alert(1)</script>\n", "warning: slow\n"));
    DeployOptions options = quickOptions();
    options.scriptTimeout = 42s;
    Deployer deployer(&sandbox, script(), options);
    QVERIFY(deploy(deployer));

    QCOMPARE(sandbox.commands().size(), 2);
    const CommandSpec &run = sandbox.commands().at(0);
    QCOMPARE(run.argv, shell(QStringLiteral("python3 main.py")));
    QCOMPARE(run.timeout, std::chrono::milliseconds(42s));
    QCOMPARE(sandbox.commands().at(1).argv, DeployCommands::outputServer(3000).argv);

    const QString page = QString::fromUtf8(sandbox.writtenContent(QStringLiteral("/home/user/.spawnai/output/index.html")));
    QVERIFY2(page.contains(QLatin1String("primes: 2 3 5")), qPrintable(page));
    QVERIFY(page.contains(QLatin1String("warning: slow")));
    QVERIFY(page.contains(QLatin1String("&lt;script&gt;alert(1)&lt;/script&gt;")));
    QVERIFY(!page.contains(QLatin1String("<script>")));
    QCOMPARE(deployer.appUrl(), sandbox.portUrl(3000));
    QVERIFY(deployer.plannedSteps().contains(DeployStep::RunScript));
}

void TestDeployer::pip_installsIntoTheWorkspace()
{
    FakeSandbox sandbox;
    Deployer deployer(&sandbox, script({QStringLiteral("requests==2.31.0"), QStringLiteral("numpy>=1.26,<2")}), quickOptions());
    QVERIFY(deploy(deployer));
    const CommandSpec &pip = sandbox.commands().at(0);
    QCOMPARE(pip.argv, (QStringList{QStringLiteral("python3"), QStringLiteral("-m"), QStringLiteral("pip"),
                                    QStringLiteral("install"), QStringLiteral("--user"),
                                    QStringLiteral("--break-system-packages"), QStringLiteral("--no-input"),
                                    QStringLiteral("--disable-pip-version-check"), QStringLiteral("--only-binary"),
                                    QStringLiteral(":all:"), QStringLiteral("requests==2.31.0"),
                                    QStringLiteral("numpy>=1.26,<2")}));
    QCOMPARE(pip.workingDirectory, QStringLiteral("/home/user"));
    QVERIFY(pip.needsNetwork);
    QVERIFY(sandbox.restoreCalls().isEmpty());  // the cache is for node_modules only
}

void TestDeployer::build_runsBetweenInstallAndStart()
{
    FakeSandbox sandbox;
    DeployOptions options = quickOptions();
    options.buildTimeout = 7s;
    Deployer deployer(&sandbox, withBuild(api(), QStringLiteral("npm run build")), options);
    QVERIFY(deploy(deployer));
    QCOMPARE(sandbox.commands().size(), 3);
    QCOMPARE(sandbox.commands().at(0).argv.at(0), QStringLiteral("npm"));
    QCOMPARE(sandbox.commands().at(1).argv, shell(QStringLiteral("npm run build")));
    QCOMPARE(sandbox.commands().at(1).timeout, std::chrono::milliseconds(7s));
    QCOMPARE(sandbox.commands().at(2).argv, shell(QStringLiteral("node server.js")));
}

void TestDeployer::npmCacheHit_skipsTheInstall()
{
    FakeSandbox sandbox;
    const QString key = DependencyCache::npmKey({QStringLiteral("express@^4.19.2")}, {}, {});
    sandbox.addCachedKey(key);
    Deployer deployer(&sandbox, api(), quickOptions());
    QSignalSpy log(&deployer, &Deployer::logOutput);
    QVERIFY(deploy(deployer));

    QCOMPARE(deployer.dependencyCacheKey(), key);
    QVERIFY(deployer.usedDependencyCache());
    QCOMPARE(sandbox.restoreCalls(), QStringList{key + QStringLiteral(" /home/user/app/node_modules")});
    QVERIFY(sandbox.saveCalls().isEmpty());
    QCOMPARE(sandbox.commands().size(), 1);
    QCOMPARE(sandbox.commands().at(0).argv, shell(QStringLiteral("node server.js")));
    QVERIFY(!log.isEmpty());
    QCOMPARE(log.at(0).at(1).value<LogStream>(), LogStream::Info);
}

void TestDeployer::npmCacheMiss_installsThenSaves()
{
    FakeSandbox sandbox;
    Deployer first(&sandbox, api(), quickOptions());
    QVERIFY(deploy(first));
    const QString key = first.dependencyCacheKey();
    QVERIFY(!first.usedDependencyCache());
    QCOMPARE(sandbox.restoreCalls().size(), 1);
    QCOMPARE(sandbox.commands().at(0).argv.at(0), QStringLiteral("npm"));
    QCOMPARE(sandbox.saveCalls(), QStringList{key + QStringLiteral(" /home/user/app/node_modules")});
    QVERIFY(sandbox.cachedKeys().contains(key));

    // The second deployment of the same dependency set restores instead.
    first.app()->stop();
    Deployer second(&sandbox, api(), quickOptions());
    QVERIFY(deploy(second));
    QVERIFY(second.usedDependencyCache());
    QCOMPARE(sandbox.commands().size(), 3);  // npm, node, node
}

void TestDeployer::cacheTrouble_isNotAnError()
{
    FakeSandbox unsupported;
    unsupported.setCacheSupported(false);
    Deployer first(&unsupported, api(), quickOptions());
    QVERIFY(deploy(first));
    QCOMPARE(unsupported.saveCalls().size(), 1);

    FakeSandbox full;
    full.setCacheSaveFails(true);
    Deployer second(&full, api(), quickOptions());
    QVERIFY(deploy(second));

    FakeSandbox disabled;
    DeployOptions options = quickOptions();
    options.useDependencyCache = false;
    Deployer third(&disabled, api(), options);
    QVERIFY(deploy(third));
    QVERIFY(disabled.restoreCalls().isEmpty());
    QVERIFY(disabled.saveCalls().isEmpty());
}

void TestDeployer::appOutputAndLaterExit_areReported()
{
    FakeSandbox sandbox;
    sandbox.onCommandContaining(QStringLiteral("http.server"), FakeCommandScript::hang("Serving HTTP on 0.0.0.0 port 3000\n"));
    Deployer deployer(&sandbox, webapp(), quickOptions());
    QSignalSpy log(&deployer, &Deployer::logOutput);
    QSignalSpy deployerSignals(&deployer, &AsyncOperation::finished);
    QVERIFY(deploy(deployer));
    QTRY_VERIFY(!log.isEmpty());
    QCOMPARE(log.at(0).at(0).value<DeployStep>(), DeployStep::Start);
    QCOMPARE(log.at(0).at(1).value<LogStream>(), LogStream::StandardOutput);
    QCOMPARE(log.at(0).at(2).toByteArray(), QByteArray("Serving HTTP on 0.0.0.0 port 3000\n"));

    // After finished() the deployment is silent; the supervisor reports the app.
    AppSupervisor *app = deployer.app();
    QVERIFY(app);
    QSignalSpy output(app, &AppSupervisor::output);
    QSignalSpy exited(app, &AppSupervisor::exited);
    const qsizetype logged = log.count();
    sandbox.finishCommand(0, 3, "crashed\n");
    QCOMPARE(exited.count(), 1);
    QCOMPARE(exited.at(0).at(0).toInt(), 3);
    QCOMPARE(output.count(), 1);
    QCOMPARE(output.at(0).at(0).value<LogStream>(), LogStream::StandardOutput);
    QCOMPARE(output.at(0).at(1).toByteArray(), QByteArray("crashed\n"));
    QCOMPARE(log.count(), logged);
    QCOMPARE(deployerSignals.count(), 1);
    QVERIFY(!app->isRunning());
    QVERIFY(deployer.succeeded());
    QCOMPARE(app->run()->outputTail(1), QStringLiteral("crashed"));
}

void TestDeployer::destroyingTheDeployer_stopsTheApp()
{
    FakeSandbox sandbox;
    {
        Deployer deployer(&sandbox, webapp(), quickOptions());
        QVERIFY(deploy(deployer));
        QVERIFY(sandbox.cancelledCommands().isEmpty());
    }
    QCOMPARE(sandbox.cancelledCommands().size(), 1);
    QCOMPARE(sandbox.cancelledCommands().at(0).argv, sandbox.commands().at(0).argv);
}

void TestDeployer::finished_isNeverEmittedBeforeTheEventLoop()
{
    FakeSandbox sandbox;
    const AppBundle bad(Manifest(AppType::WebApp), {file(QStringLiteral("../escape.html"))});
    Deployer deployer(&sandbox, bad);
    QSignalSpy finished(&deployer, &AsyncOperation::finished);
    deployer.start();
    QCOMPARE(finished.count(), 0);
    QVERIFY(finished.wait(5000));
    QCOMPARE(deployer.error().kind, ErrorKind::User);
    QCOMPARE(sandbox.writeCalls(), 0);
}

QTEST_GUILESS_MAIN(TestDeployer)
#include "test_deployer.moc"
