// SPDX-License-Identifier: MIT
#include "clirun.h"

#include "common/paths.h"
#include "sandbox/local/localsandboxprovider.h"
#include "store/database.h"
#include "store/sessionstore.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QTemporaryDir>

// `spawnai delete ID [--purge]` through the real program, from a second
// process while a `spawnai spawn` runs the app, as a script would.
class TestCliDelete final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void deletePurge_stopsTheRunningApp_erasesTheSession_andKeepsTheSpend();
    void deleteWithoutPurge_isAStop_andTheHistoryStays();
    void refusals_exitWithTheirCodes();

private:
    // Records a model request of `cost` for `sessionId` in the history, as
    // a generated app's run would have.
    static void recordSpend(const QString &dataDir, const QString &sessionId, double cost);
    static QJsonObject costs(const QString &dataDir);
};

void TestCliDelete::initTestCase()
{
    QVERIFY2(QFileInfo(QStringLiteral(SPAWNAI_BINARY)).isExecutable(), SPAWNAI_BINARY);
    if (const QString missing = LocalSandboxProvider::unavailableReason(); !missing.isEmpty())
        QSKIP(qPrintable(missing));
}

void TestCliDelete::recordSpend(const QString &dataDir, const QString &sessionId, double cost)
{
    Paths::setDataDirOverride(dataDir);
    {
        Database database;
        QVERIFY(!database.open().isError());
        SessionStore store(database);
        LlmUsageRecord request;
        request.sessionId = sessionId;
        request.provider = QStringLiteral("anthropic");
        request.model = QStringLiteral("claude-sonnet-5-5");
        request.inputTokens = 1000;
        request.outputTokens = 800;
        request.cost = cost;
        request.purpose = QStringLiteral("prompt");
        QVERIFY(!store.recordLlmUsage(request).isError());
    }
    Paths::setDataDirOverride({});
}

QJsonObject TestCliDelete::costs(const QString &dataDir)
{
    const CliResult result = runCli(dataDir, {QStringLiteral("costs"), QStringLiteral("--json")});
    if (result.exitCode != 0 || result.objects.isEmpty())
        return {};
    QJsonObject report = result.objects.constLast();
    report.remove(QStringLiteral("time"));
    report.remove(QStringLiteral("topSessions"));  // names sessions; the sums are what must not move
    return report;
}

void TestCliDelete::deletePurge_stopsTheRunningApp_erasesTheSession_andKeepsTheSpend()
{
    QTemporaryDir dataDir;
    QVERIFY(dataDir.isValid());
    ForegroundRun run(dataDir.path());
    run.start({QStringLiteral("spawn"), QStringLiteral("--template"), QStringLiteral("static-site"),
               QStringLiteral("--json")});
    WAIT_FOR_STATUS(run, "ready", 20000);
    const QString id = run.sessionId();
    recordSpend(dataDir.path(), id, 0.375);
    const QJsonObject before = costs(dataDir.path());
    QCOMPARE(before.value(u"totals").toObject().value(u"total").toDouble(), 0.375);

    // A unique prefix is enough, as for stop.
    const CliResult deleted = runCli(dataDir.path(), {QStringLiteral("delete"), id.left(8), QStringLiteral("--purge"),
                                                      QStringLiteral("--json")});
    QVERIFY2(deleted.exitCode == 0, qPrintable(deleted.text()));
    QCOMPARE(deleted.objects.size(), 1);
    const QJsonObject event = deleted.objects.first();
    QCOMPARE(event.value(u"event").toString(), QStringLiteral("deleted"));
    QCOMPARE(event.value(u"session").toString(), id);
    QCOMPARE(event.value(u"status").toString(), QStringLiteral("deleted"));
    QVERIFY(event.value(u"purged").toBool());
    QVERIFY(event.contains(u"time"));

    // The process that ran it stopped it first, and exits as after stop.
    QVERIFY(run.waitForExit(15000));
    QCOMPARE(run.exitCode(), 0);
    QVERIFY(run.hasStatus(QStringLiteral("stopped")));

    const CliResult show = runCli(dataDir.path(), {QStringLiteral("show"), id});
    QCOMPARE(show.exitCode, 3);
    const CliResult list = runCli(dataDir.path(), {QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(list.exitCode, 0);
    QVERIFY2(list.objects.isEmpty(), qPrintable(list.text()));
    QVERIFY(!QFileInfo::exists(dataDir.path() + u"/logs/" + id + u".log"));
    // The month's spend is exactly what it was.
    QCOMPARE(costs(dataDir.path()), before);

    // Plain output says so too.
    const CliResult again = runCli(dataDir.path(), {QStringLiteral("delete"), id, QStringLiteral("--purge")});
    QCOMPARE(again.exitCode, 3);
}

void TestCliDelete::deleteWithoutPurge_isAStop_andTheHistoryStays()
{
    QTemporaryDir dataDir;
    QVERIFY(dataDir.isValid());
    ForegroundRun run(dataDir.path());
    run.start({QStringLiteral("spawn"), QStringLiteral("--template"), QStringLiteral("static-site"),
               QStringLiteral("--json")});
    WAIT_FOR_STATUS(run, "ready", 20000);
    const QString id = run.sessionId();

    const CliResult deleted = runCli(dataDir.path(), {QStringLiteral("delete"), id, QStringLiteral("--json")});
    QVERIFY2(deleted.exitCode == 0, qPrintable(deleted.text()));
    QCOMPARE(deleted.objects.size(), 1);
    QCOMPARE(deleted.objects.first().value(u"session").toString(), id);
    QCOMPARE(deleted.objects.first().value(u"status").toString(), QStringLiteral("stopped"));
    QVERIFY(run.waitForExit(15000));
    QCOMPARE(run.exitCode(), 0);

    const CliResult show = runCli(dataDir.path(), {QStringLiteral("show"), id});
    QCOMPARE(show.exitCode, 0);
    QVERIFY2(show.text().contains(u"Delete requested"), qPrintable(show.text()));
    QVERIFY(show.text().contains(u"Template: static-site"));

    const CliResult plain = runCli(dataDir.path(), {QStringLiteral("delete"), id, QStringLiteral("--purge")});
    QVERIFY2(plain.exitCode == 0, qPrintable(plain.text()));
    QVERIFY2(plain.text().contains(id + u" is deleted; its costs stay counted"), qPrintable(plain.text()));
}

void TestCliDelete::refusals_exitWithTheirCodes()
{
    QTemporaryDir dataDir;
    QVERIFY(dataDir.isValid());
    const CliResult unknown = runCli(dataDir.path(), {QStringLiteral("delete"), QStringLiteral("nosuchsession"),
                                                      QStringLiteral("--purge")});
    QCOMPARE(unknown.exitCode, 3);
    const CliResult noId = runCli(dataDir.path(), {QStringLiteral("delete")});
    QCOMPARE(noId.exitCode, 2);
    const CliResult purgeElsewhere = runCli(dataDir.path(), {QStringLiteral("stop"), QStringLiteral("abcd"),
                                                             QStringLiteral("--purge")});
    QCOMPARE(purgeElsewhere.exitCode, 2);
    QVERIFY(purgeElsewhere.text().contains(u"--purge is for delete"));
}

QTEST_GUILESS_MAIN(TestCliDelete)
#include "test_cli_delete.moc"
