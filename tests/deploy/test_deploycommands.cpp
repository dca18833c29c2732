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
    void npmInstall_runsNoPackagesScripts();
    void npmInstall_withAMinimumAgeAsksForVersionsPublishedBefore();
    void npmRebuild_runsTheApprovedPackagesScriptsAsArguments();
    void pipInstall_letsOnlyApprovedPackagesBuildFromSource();
    void shell_runsTheManifestCommandInTheAppFolder();
    void outputServer_servesTheOutputFolder();
};

void TestDeployCommands::npmInstall_passesSpecsAsSeparateArguments()
{
    const CommandSpec spec = DeployCommands::npmInstall({QStringLiteral("express@^4.19.2"), QStringLiteral("@types/node@20")}, 5min);
    QCOMPARE(spec.argv, (QStringList{QStringLiteral("npm"), QStringLiteral("install"), QStringLiteral("--no-audit"),
                                     QStringLiteral("--no-fund"), QStringLiteral("--no-update-notifier"),
                                     QStringLiteral("--prefer-offline"), QStringLiteral("--ignore-scripts"),
                                     QStringLiteral("express@^4.19.2"),
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
                                     QStringLiteral("--disable-pip-version-check"), QStringLiteral("--only-binary"),
                                     QStringLiteral(":all:"), QStringLiteral("numpy>=1.26,<2")}));
    QCOMPARE(spec.workingDirectory, QStringLiteral("/home/user"));
    QVERIFY(spec.needsNetwork);
}

void TestDeployCommands::npmInstall_runsNoPackagesScripts()
{
    QVERIFY(DeployCommands::npmInstallArguments().contains(QStringLiteral("--ignore-scripts")));
    QVERIFY(DeployCommands::npmInstall({QStringLiteral("sharp@0.33")}, 1min).argv.contains(QStringLiteral("--ignore-scripts")));
    QVERIFY(!DeployCommands::npmInstall({}, 1min).argv.join(u' ').contains(QStringLiteral("--before")));
}

void TestDeployCommands::npmInstall_withAMinimumAgeAsksForVersionsPublishedBefore()
{
    const QDateTime before(QDate(2026, 11, 8), QTime(1, 40, 0, 125), Qt::UTC);
    const CommandSpec spec = DeployCommands::npmInstall({QStringLiteral("express")}, 1min, before);
    QCOMPARE(spec.argv, (DeployCommands::npmInstallArguments()
                         + QStringList{QStringLiteral("--before=2026-11-08T01:40:00.125Z"), QStringLiteral("express")}));
    // Local times are written as UTC.
    const CommandSpec local = DeployCommands::npmInstall({}, 1min, before.toOffsetFromUtc(3600));
    QVERIFY(local.argv.contains(QStringLiteral("--before=2026-11-08T01:40:00.125Z")));
}

void TestDeployCommands::npmRebuild_runsTheApprovedPackagesScriptsAsArguments()
{
    const CommandSpec spec = DeployCommands::npmRebuild({QStringLiteral("sharp"), QStringLiteral("@scope/native")}, 3min);
    QCOMPARE(spec.argv, (QStringList{QStringLiteral("npm"), QStringLiteral("rebuild"), QStringLiteral("--no-audit"),
                                     QStringLiteral("--no-fund"), QStringLiteral("--no-update-notifier"),
                                     QStringLiteral("--"), QStringLiteral("sharp"), QStringLiteral("@scope/native")}));
    QCOMPARE(spec.workingDirectory, QStringLiteral("/home/user/app"));
    QCOMPARE(spec.timeout, std::chrono::milliseconds(3min));
    QVERIFY(spec.needsNetwork);
}

void TestDeployCommands::pipInstall_letsOnlyApprovedPackagesBuildFromSource()
{
    const CommandSpec spec = DeployCommands::pipInstall({QStringLiteral("somepkg==1.0"), QStringLiteral("requests")}, 1min,
                                                        {QStringLiteral("somepkg")});
    const QStringList argv = spec.argv;
    // ":all:" first: pip reads the options in order, and a later ":all:"
    // would clear the --no-binary names again.
    const qsizetype onlyBinary = argv.indexOf(QStringLiteral("--only-binary"));
    const qsizetype noBinary = argv.indexOf(QStringLiteral("--no-binary"));
    QVERIFY(onlyBinary > 0);
    QCOMPARE(argv.at(onlyBinary + 1), QStringLiteral(":all:"));
    QVERIFY(noBinary > onlyBinary);
    QCOMPARE(argv.at(noBinary + 1), QStringLiteral("somepkg"));
    QCOMPARE(argv.count(QStringLiteral("--no-binary")), 1);
    QCOMPARE(argv.mid(argv.size() - 2), (QStringList{QStringLiteral("somepkg==1.0"), QStringLiteral("requests")}));
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
