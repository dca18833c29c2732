// SPDX-License-Identifier: MIT
#include "clirun.h"

#include "sandbox/local/localsandboxprovider.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

// `spawnai list --ids` and `spawnai list --templates`, what the shell
// completions call at every Tab: one name per line, nothing else, and a data
// folder without a history stays without one.
class TestCliListing final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void templates_oneNamePerLine();
    void ids_ofAFolderWithoutHistory_printNothing_andCreateNoHistory();
    void ids_newestFirst_withinTheLimit();
    void refusals_exitWith2();
};

void TestCliListing::initTestCase()
{
    QVERIFY2(QFileInfo(QStringLiteral(SPAWNAI_BINARY)).isExecutable(), SPAWNAI_BINARY);
}

void TestCliListing::templates_oneNamePerLine()
{
    QTemporaryDir dataDir;
    QVERIFY(dataDir.isValid());
    const CliResult result = runCli(dataDir.path(), {QStringLiteral("list"), QStringLiteral("--templates")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.err, QByteArray());
    QCOMPARE(result.out, QByteArray("express-api\npython-script\nstatic-site\n"));
}

void TestCliListing::ids_ofAFolderWithoutHistory_printNothing_andCreateNoHistory()
{
    QTemporaryDir dataDir;
    QVERIFY(dataDir.isValid());
    const CliResult result = runCli(dataDir.path(), {QStringLiteral("list"), QStringLiteral("--ids")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, QByteArray());
    QCOMPARE(result.err, QByteArray());
    QVERIFY2(!QFileInfo::exists(dataDir.filePath(QStringLiteral("spawnai.sqlite"))),
             qPrintable(QDir(dataDir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).join(u' ')));
}

void TestCliListing::ids_newestFirst_withinTheLimit()
{
    if (const QString missing = LocalSandboxProvider::unavailableReason(); !missing.isEmpty())
        QSKIP(qPrintable(missing));
    QTemporaryDir dataDir;
    QVERIFY(dataDir.isValid());
    QStringList started;
    for (int i = 0; i < 2; ++i) {
        ForegroundRun run(dataDir.path());
        run.start({QStringLiteral("spawn"), QStringLiteral("--template"), QStringLiteral("static-site"), QStringLiteral("--json")});
        WAIT_FOR_STATUS(run, "ready", 20000);
        started.prepend(run.sessionId());
        run.signal(SIGINT);
        QVERIFY(run.waitForExit(20000));
    }
    const CliResult all = runCli(dataDir.path(), {QStringLiteral("list"), QStringLiteral("--ids")});
    QCOMPARE(all.exitCode, 0);
    QCOMPARE(QString::fromUtf8(all.out), started.join(u'\n') + u'\n');
    const CliResult newest = runCli(dataDir.path(), {QStringLiteral("list"), QStringLiteral("--ids"), QStringLiteral("--limit"), QStringLiteral("1")});
    QCOMPARE(QString::fromUtf8(newest.out), started.constFirst() + u'\n');
}

void TestCliListing::refusals_exitWith2()
{
    QTemporaryDir dataDir;
    QVERIFY(dataDir.isValid());
    const CliResult both = runCli(dataDir.path(), {QStringLiteral("list"), QStringLiteral("--ids"), QStringLiteral("--templates")});
    QCOMPARE(both.exitCode, 2);
    QVERIFY2(both.text().contains(u"--templates"), qPrintable(both.text()));
    const CliResult elsewhere = runCli(dataDir.path(), {QStringLiteral("show"), QStringLiteral("abcd"), QStringLiteral("--ids")});
    QCOMPARE(elsewhere.exitCode, 2);
    QVERIFY2(elsewhere.text().contains(u"--ids"), qPrintable(elsewhere.text()));
}

QTEST_GUILESS_MAIN(TestCliListing)
#include "test_cli_listing.moc"
