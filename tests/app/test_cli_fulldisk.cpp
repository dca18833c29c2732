// SPDX-License-Identifier: MIT
#include "sandbox/local/localsandboxprovider.h"

#include <QDir>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

#include "clirun.h"
#include "crashchecks.h"
#include "fakellmserver.h"
#include "llmfixtures.h"

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <sys/mount.h>
#include <unistd.h>

// The data folder on a small tmpfs of its own (mount(2); the test runs as
// root in CI and skips otherwise), filled up while a session runs: SpawnAI
// says the disk is full in words, and loses nothing already stored (the
// earlier session's history, code and cost rows read back; integrity_check
// is ok once space is freed). docs/store.md, "A full disk".
class TestCliFullDisk final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void diskFillsMidSession_saysSoAndLosesNothing();

private:
    QTemporaryDir m_mountPoint;
    bool m_mounted = false;
};

namespace {

const QString Page = QStringLiteral(
    "<app>\n<manifest>\n{\"type\": \"webapp\", \"port\": 3000, \"start\": \"python3 -m http.server 3000\"}\n</manifest>\n"
    "<file path=\"index.html\">\n<!doctype html><html><head><title>Kept</title></head><body>kept</body></html>\n"
    "</file>\n</app>\n");

FakeLlmServer::Response claudeAnswer()
{
    return FakeLlmServer::sse({Fixtures::messageStart(900, 0, 0), Fixtures::textStart(0), Fixtures::textDelta(0, Page),
                               Fixtures::blockStop(0), Fixtures::messageDelta("end_turn", R"({"output_tokens":300})"),
                               Fixtures::messageStop()});
}

QProcessEnvironment talkingTo(const FakeLlmServer &claude, const QString &stopAfter = {})
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("ANTHROPIC_API_KEY"), QStringLiteral("sk-ant-test"));
    environment.insert(QStringLiteral("ANTHROPIC_BASE_URL"), claude.url().toString());
    environment.remove(QStringLiteral("E2B_API_KEY"));
    if (!stopAfter.isEmpty())
        environment.insert(QStringLiteral("SPAWNAI_CRASH_TEST_STOP_AFTER"), stopAfter);
    return environment;
}

// Writes `path` until the file system refuses (ENOSPC); the bytes written.
qint64 fillUp(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0)
        return -1;
    const QByteArray block(1 << 16, 'x');
    qint64 total = 0;
    for (qsizetype size = block.size(); size > 0; size /= 2) {
        for (;;) {
            const ssize_t written = ::write(fd, block.constData(), size_t(size));
            if (written <= 0)
                break;
            total += written;
        }
    }
    ::close(fd);
    return total;
}

QList<QJsonObject> withoutPrintTime(QList<QJsonObject> objects)
{
    for (QJsonObject &object : objects)
        object.remove(QStringLiteral("time"));
    return objects;
}

QString sessionsText(const CliResult &list)
{
    return QString::fromUtf8(list.out + list.err);
}
} // namespace

void TestCliFullDisk::initTestCase()
{
    QVERIFY2(QFileInfo(QStringLiteral(SPAWNAI_BINARY)).isExecutable(), SPAWNAI_BINARY);
    const QString missing = LocalSandboxProvider::unavailableReason();
    if (!missing.isEmpty())
        QSKIP(qPrintable(missing));
    QVERIFY(m_mountPoint.isValid());
    // 24 MiB: room for a session's history, its sandbox folder and the logs.
    if (::mount("tmpfs", QFile::encodeName(m_mountPoint.path()).constData(), "tmpfs", MS_NOSUID | MS_NODEV,
                "size=24m,mode=0700")
        != 0)
        QSKIP(qPrintable(QStringLiteral("cannot mount a tmpfs (needs root): %1").arg(QString::fromLocal8Bit(std::strerror(errno)))));
    m_mounted = true;
}

void TestCliFullDisk::cleanupTestCase()
{
    if (m_mounted)
        ::umount2(QFile::encodeName(m_mountPoint.path()).constData(), MNT_DETACH);
}

void TestCliFullDisk::diskFillsMidSession_saysSoAndLosesNothing()
{
    FakeLlmServer claude;
    claude.setResponder([](const FakeLlmServer::Request &) { return claudeAnswer(); });
    const QString dataDir = m_mountPoint.path() + QStringLiteral("/data");
    QVERIFY(QDir().mkpath(dataDir));

    // A session that ran to the end before: its history, code and costs.
    QString first;
    {
        ForegroundRun run(dataDir);
        run.setEnvironment(talkingTo(claude));
        run.start({QStringLiteral("spawn"), QStringLiteral("a page"), QStringLiteral("--json")});
        WAIT_FOR_STATUS(run, "ready", 30000);
        first = run.sessionId();
        run.signal(SIGTERM);
        QVERIFY(run.waitForExit(15000));
        QCOMPARE(run.exitCode(), 0);
    }
    const CliResult shownBefore = runCli(dataDir, {QStringLiteral("show"), first, QStringLiteral("--json")});
    QCOMPARE(shownBefore.exitCode, 0);
    const CrashChecks::Snapshot before = CrashChecks::snapshot(dataDir);
    QVERIFY(before.rows.value(QStringLiteral("llm_usage")).first > 0);
    QVERIFY(before.rows.value(QStringLiteral("app_files")).first > 0);

    // The second session's model answers while the disk has just filled up.
    const QString filler = dataDir + QStringLiteral("/../filler");
    ForegroundRun second(dataDir);
    second.setEnvironment(talkingTo(claude, QStringLiteral("generating")));
    second.start({QStringLiteral("spawn"), QStringLiteral("another page"), QStringLiteral("--json")});
    QTRY_VERIFY_WITH_TIMEOUT(CrashChecks::isStopped(second.pid()) || !second.isRunning(), 30000);
    QVERIFY2(second.isRunning(), qPrintable(second.transcript()));
    const qint64 filled = fillUp(filler);
    QVERIFY2(filled >= 0, "cannot write the filler");
    qInfo() << "filled the last" << filled << "bytes";
    const qint64 pid = second.pid();
    second.signal(SIGCONT);
    QVERIFY2(second.waitForExit(60000), qPrintable(second.transcript()));
    QVERIFY2(second.exitCode() != 0, qPrintable(second.transcript()));
    // Said where the user reads it: the failed status line, not only a log line.
    const QJsonObject failed = second.statusEvent(QStringLiteral("failed"));
    QVERIFY2(QJsonDocument(failed).toJson().contains("The disk holding SpawnAI's data is full"), qPrintable(second.transcript()));
    QCOMPARE(failed.value(u"error").toObject().value(u"kind").toString(), QStringLiteral("resource"));
    qInfo().noquote() << "what the user read:" << second.transcript();

    // Space freed, everything stored before reads back.
    QVERIFY(QFile::remove(filler));
    QCOMPARE(CrashChecks::integrity(dataDir), QStringLiteral("ok"));
    const QStringList lost = CrashChecks::lostRows(before, dataDir);
    QVERIFY2(lost.isEmpty(), qPrintable(lost.join(u'\n')));
    const CliResult list = runCli(dataDir, {QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(list.exitCode, 0);
    for (const QJsonObject &session : list.objects)
        QVERIFY2(CrashChecks::isTerminal(session.value(u"status").toString()), qPrintable(sessionsText(list)));
    const CliResult shownAfter = runCli(dataDir, {QStringLiteral("show"), first, QStringLiteral("--json")});
    QCOMPARE(shownAfter.exitCode, 0);
    // Byte for byte what it showed before, but for the moment each line was printed.
    QCOMPARE(withoutPrintTime(shownAfter.objects), withoutPrintTime(shownBefore.objects));
    const QStringList left = CrashChecks::leftovers(dataDir, pid);
    QVERIFY2(left.isEmpty(), qPrintable(left.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestCliFullDisk)
#include "test_cli_fulldisk.moc"
