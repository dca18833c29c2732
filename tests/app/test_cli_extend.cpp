// SPDX-License-Identifier: MIT
#include "clirun.h"
#include "sandbox/local/localsandboxprovider.h"

#include <QDateTime>
#include <QFileInfo>
#include <QTemporaryDir>

// `spawnai extend ID [--minutes N]` as a user types it: it asks the process
// that runs the session (a `spawnai spawn` in another terminal) for more
// time, `show` then has the new end, and a session that cannot get more
// says why with a non-zero exit.
class TestCliExtend final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void wrongUsage_exits2AndSaysWhy_data();
    void wrongUsage_exits2AndSaysWhy();
    void runningSession_getsMoreTime_untilThePlansLimit();
};

namespace {
QDateTime expiresOf(const QString &dataDir, const QString &id)
{
    const CliResult show = runCli(dataDir, {QStringLiteral("show"), id, QStringLiteral("--json")});
    if (show.exitCode != 0 || show.objects.size() != 1) {
        qWarning().noquote() << "show --json:" << show.text();
        return {};
    }
    return QDateTime::fromString(show.objects.first().value(u"expires").toString(), Qt::ISODateWithMs);
}
} // namespace

void TestCliExtend::initTestCase()
{
    QVERIFY2(QFileInfo(QStringLiteral(SPAWNAI_BINARY)).isExecutable(), SPAWNAI_BINARY);
}

void TestCliExtend::wrongUsage_exits2AndSaysWhy_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("no id") << QStringList{QStringLiteral("extend")} << 2 << QStringLiteral("extend needs a session id");
    QTest::newRow("zero minutes") << QStringList{QStringLiteral("extend"), QStringLiteral("abcd1234"),
                                                 QStringLiteral("--minutes"), QStringLiteral("0")}
                                  << 2 << QStringLiteral("--minutes needs a positive whole number");
    QTest::newRow("minutes elsewhere") << QStringList{QStringLiteral("list"), QStringLiteral("--minutes=5")} << 2
                                       << QStringLiteral("--minutes is for extend");
    QTest::newRow("no such session") << QStringList{QStringLiteral("extend"), QStringLiteral("ffffffff")} << 3
                                     << QStringLiteral("ffffffff");
}

void TestCliExtend::wrongUsage_exits2AndSaysWhy()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    QTemporaryDir dataDir;
    const CliResult result = runCli(dataDir.path(), arguments);
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY2(result.text().contains(message), qPrintable(result.text()));
}

void TestCliExtend::runningSession_getsMoreTime_untilThePlansLimit()
{
    if (const QString missing = LocalSandboxProvider::unavailableReason(); !missing.isEmpty())
        QSKIP(qPrintable(missing));
    QTemporaryDir dataDir;
    QVERIFY(dataDir.isValid());
    ForegroundRun run(dataDir.path());
    run.start({QStringLiteral("spawn"), QStringLiteral("--template"), QStringLiteral("static-site"),
               QStringLiteral("--timeout"), QStringLiteral("300"), QStringLiteral("--json")});
    WAIT_FOR_STATUS(run, "ready", 20000);
    const QString id = run.sessionId();
    const QDateTime endBefore = expiresOf(dataDir.path(), id);
    QVERIFY(endBefore.isValid());

    // Ten more minutes, asked of the `spawn` process that runs it.
    const CliResult tenMore = runCli(dataDir.path(), {QStringLiteral("extend"), id.left(8), QStringLiteral("--minutes"),
                                                      QStringLiteral("10")});
    QVERIFY2(tenMore.exitCode == 0, qPrintable(tenMore.text()));
    QVERIFY2(tenMore.text().contains(id) && tenMore.text().contains(u"runs until"), qPrintable(tenMore.text()));
    const QDateTime endAfter = expiresOf(dataDir.path(), id);
    QVERIFY2(qAbs(endAfter.secsTo(endBefore.addSecs(600))) <= 2, qPrintable(endAfter.toString(Qt::ISODate)));

    // Past the hobby plan's hour it stops at the hour, counted from the start.
    const CliResult capped = runCli(dataDir.path(), {QStringLiteral("extend"), id, QStringLiteral("--minutes"),
                                                     QStringLiteral("120"), QStringLiteral("--json")});
    QVERIFY2(capped.exitCode == 0 && capped.objects.size() == 1, qPrintable(capped.text()));
    const QDateTime atTheLimit = QDateTime::fromString(capped.objects.first().value(u"expires").toString(), Qt::ISODateWithMs);
    QVERIFY2(qAbs(atTheLimit.secsTo(endBefore.addSecs(3600 - 300))) <= 5, qPrintable(atTheLimit.toString(Qt::ISODate)));
    QCOMPARE(expiresOf(dataDir.path(), id), atTheLimit);

    const CliResult refused = runCli(dataDir.path(), {QStringLiteral("extend"), id});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.text().contains(u"The hobby plan runs a sandbox for at most 60 minute"), qPrintable(refused.text()));

    // The running app saw none of it, and still stops when asked.
    QVERIFY(run.isRunning());
    run.signal(SIGTERM);
    QVERIFY(run.waitForExit(15000));
    QCOMPARE(run.exitCode(), 0);

    const CliResult stopped = runCli(dataDir.path(), {QStringLiteral("extend"), id});
    QCOMPARE(stopped.exitCode, 1);
    QVERIFY2(stopped.text().contains(u"is not running (it is stopped)"), qPrintable(stopped.text()));
}

QTEST_GUILESS_MAIN(TestCliExtend)
#include "test_cli_extend.moc"
