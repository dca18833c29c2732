// SPDX-License-Identifier: MIT
#include "deploy/deploycommands.h"

#include <QTest>

using namespace std::chrono_literals;

class TestDeployCommands final : public QObject
{
    Q_OBJECT

private slots:
    void npmInstall_passesSpecsAsSeparateArguments();
    void npmInstall_withoutSpecsInstallsPackageJson();
    void pipInstall_installsIntoTheWorkspace();
    void shell_runsTheManifestCommandInTheAppFolder();
    void outputServer_servesTheOutputFolder();
};

void TestDeployCommands::npmInstall_passesSpecsAsSeparateArguments()
{
    const CommandSpec spec = DeployCommands::npmInstall({QStringLiteral("express@^4.19.2"), QStringLiteral("@types/node@20")}, 5min);
    QCOMPARE(spec.argv, (QStringList{QStringLiteral("npm"), QStringLiteral("install"), QStringLiteral("--no-audit"),
                                     QStringLiteral("--no-fund"), QStringLiteral("--no-update-notifier"),
                                     QStringLiteral("--prefer-offline"), QStringLiteral("express@^4.19.2"),
                                     QStringLiteral("@types/node@20")}));
    QCOMPARE(spec.workingDirectory, QStringLiteral("/home/user/app"));
    QVERIFY(spec.needsNetwork);
    QCOMPARE(spec.timeout, std::chrono::milliseconds(5min));
}

void TestDeployCommands::npmInstall_withoutSpecsInstallsPackageJson()
{
    const CommandSpec spec = DeployCommands::npmInstall({}, 1min);
    QCOMPARE(spec.argv, DeployCommands::npmInstallArguments());
}

void TestDeployCommands::pipInstall_installsIntoTheWorkspace()
{
    const CommandSpec spec = DeployCommands::pipInstall({QStringLiteral("numpy>=1.26,<2")}, 5min);
    QCOMPARE(spec.argv, (QStringList{QStringLiteral("python3"), QStringLiteral("-m"), QStringLiteral("pip"),
                                     QStringLiteral("install"), QStringLiteral("--user"),
                                     QStringLiteral("--break-system-packages"), QStringLiteral("--no-input"),
                                     QStringLiteral("--disable-pip-version-check"), QStringLiteral("numpy>=1.26,<2")}));
    QCOMPARE(spec.workingDirectory, QStringLiteral("/home/user"));
    QVERIFY(spec.needsNetwork);
}

void TestDeployCommands::shell_runsTheManifestCommandInTheAppFolder()
{
    const CommandSpec spec = DeployCommands::shell(QStringLiteral("npm run build && echo ok"), 8080, 2min);
    QCOMPARE(spec.argv, (QStringList{QStringLiteral("/bin/sh"), QStringLiteral("-c"), QStringLiteral("npm run build && echo ok")}));
    QCOMPARE(spec.workingDirectory, QStringLiteral("/home/user/app"));
    QCOMPARE(spec.environment.value(QStringLiteral("PORT")), QStringLiteral("8080"));
    QVERIFY(!spec.needsNetwork);
}

void TestDeployCommands::outputServer_servesTheOutputFolder()
{
    const CommandSpec spec = DeployCommands::outputServer(3000);
    QCOMPARE(spec.argv, (QStringList{QStringLiteral("python3"), QStringLiteral("-m"), QStringLiteral("http.server"),
                                     QStringLiteral("3000"), QStringLiteral("--bind"), QStringLiteral("0.0.0.0"),
                                     QStringLiteral("--directory"), QStringLiteral("/home/user/.spawnai/output")}));
    QCOMPARE(spec.timeout, std::chrono::milliseconds(0));
}

QTEST_GUILESS_MAIN(TestDeployCommands)
#include "test_deploycommands.moc"
