// SPDX-License-Identifier: MIT
#include "httpfetch.h"
#include "sandboxtesthelpers.h"

#include <QCoreApplication>
#include "sandbox/local/localsandbox.h"
#include "sandbox/local/resourcelimiter.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <csignal>
#include <unistd.h>

// The isolation properties of the local sandbox, each checked from inside.
class TestLocalSandbox final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void filesystem_showsUsrReadOnlyAndAWritableWorkspaceOnly();
    void filesystem_hidesHostSecretsAndSockets();
    void writeFiles_refusesPathsOutsideTheWorkspace();
    void processes_haveTheirOwnPidNamespace();
    void destroy_endsEveryProcessInside();
    void appKilledWithSigkill_endsEveryProcessInside();
    void network_twoSandboxesServePort3000AtOnce();
    void network_hostLoopbackIsUnreachable();
    void network_noOutboundWithoutInternet();
    void lifetime_expiresAndExtendsUpToThePlanMaximum();
    void usage_reportsWhatRuns();
    void cache_restoresADirectoryInAnotherSandbox();
    void list_showsLiveSandboxes();

private:
    static QString marker(int which);
    QByteArray fetch(const QUrl &url);
};

void TestLocalSandbox::initTestCase()
{
    const QString missing = LocalSandboxProvider::unavailableReason();
    if (!missing.isEmpty())
        QSKIP(qPrintable(missing));
}

// A sleep length no other test run uses: this process's pid in it.
QString TestLocalSandbox::marker(int which)
{
    return QStringLiteral("7%1%2").arg(which).arg(QCoreApplication::applicationPid());
}

QByteArray TestLocalSandbox::fetch(const QUrl &url)
{
    return fetchBody(url);
}

void TestLocalSandbox::filesystem_showsUsrReadOnlyAndAWritableWorkspaceOnly()
{
    SandboxFixture fixture;
    auto sandbox = fixture.create();
    QVERIFY(sandbox);
    const auto listing = SandboxFixture::shell(sandbox.get(), QStringLiteral("ls -A / | tr '\\n' ' '; echo; id -un; pwd"));
    QCOMPARE(listing.exitCode, 0);
    QCOMPARE(listing.output,
             QStringLiteral("bin dev etc home lib lib64 proc run sbin tmp usr \nuser\n/home/user\n"));
    QVERIFY(SandboxFixture::shell(sandbox.get(), QStringLiteral("touch /usr/x")).exitCode != 0);
    QVERIFY(SandboxFixture::shell(sandbox.get(), QStringLiteral("touch /etc/x")).exitCode != 0);
    QCOMPARE(SandboxFixture::shell(sandbox.get(), QStringLiteral("echo hi > /home/user/app/x && cat /home/user/app/x")).output,
             QStringLiteral("hi\n"));
    const auto etc = SandboxFixture::shell(sandbox.get(), QStringLiteral("cat /etc/passwd; test -s /etc/ssl/certs/ca-certificates.crt && echo certs"));
    QVERIFY(etc.output.startsWith(QStringLiteral("user:x:%1:").arg(::geteuid())));
    QVERIFY(etc.output.contains(u"certs"));
    QVERIFY(!etc.output.contains(u"/root:/bin/bash"));
}

void TestLocalSandbox::filesystem_hidesHostSecretsAndSockets()
{
    SandboxFixture fixture;
    auto sandbox = fixture.create();
    QVERIFY(sandbox);
    const QStringList hidden{
        QStringLiteral("/root"), fixture.dataDir(), QDir::homePath(),
        QStringLiteral("/run/dbus/system_bus_socket"), QStringLiteral("/tmp/.X11-unix"),
        QStringLiteral("/run/user"), QStringLiteral("/etc/shadow"), QStringLiteral("/etc/ssl/private"),
        QStringLiteral("/work"), QStringLiteral("/var"),
    };
    for (const QString &path : hidden) {
        const auto probe = SandboxFixture::run(sandbox.get(), {QStringLiteral("test"), QStringLiteral("-e"), path});
        QVERIFY2(probe.exitCode == 1, qPrintable(path));
    }
    // The bwrap command line (with host paths) is not in the sandbox's view.
    const auto cmdline = SandboxFixture::shell(sandbox.get(), QStringLiteral("cat /proc/1/cmdline | tr '\\0' ' '"));
    QVERIFY2(!cmdline.output.contains(fixture.dataDir()), qPrintable(cmdline.output));
    const auto env = SandboxFixture::run(sandbox.get(), {QStringLiteral("env")});
    QVERIFY(!env.output.contains(u"DBUS_SESSION_BUS_ADDRESS"));
    QVERIFY(!env.output.contains(u"DISPLAY"));
    QVERIFY(!env.output.contains(u"API_KEY"));
}

void TestLocalSandbox::writeFiles_refusesPathsOutsideTheWorkspace()
{
    SandboxFixture fixture;
    auto sandbox = fixture.create();
    QVERIFY(sandbox);
    QVERIFY(!SandboxFixture::write(sandbox.get(), QStringLiteral("/etc/passwd"), "x"));
    QVERIFY(!SandboxFixture::write(sandbox.get(), QStringLiteral("/home/user/../../tmp/x"), "x"));
    QVERIFY(!SandboxFixture::write(sandbox.get(), QStringLiteral("/home/user/app/a\nb"), "x"));
    // A symlink planted inside points inside: writing through it cannot reach the host.
    QCOMPARE(SandboxFixture::shell(sandbox.get(), QStringLiteral("ln -s /root /home/user/app/evil")).exitCode, 0);
    SandboxFixture::write(sandbox.get(), QStringLiteral("/home/user/app/evil/owned"), "x");
    QVERIFY(!QFile::exists(QStringLiteral("/root/owned")));
    QVERIFY(SandboxFixture::write(sandbox.get(), QStringLiteral("/home/user/app/sub/dir/ok.txt"), "fine"));
    QCOMPARE(SandboxFixture::shell(sandbox.get(), QStringLiteral("cat /home/user/app/sub/dir/ok.txt")).output, QStringLiteral("fine"));
}

void TestLocalSandbox::processes_haveTheirOwnPidNamespace()
{
    SandboxFixture fixture;
    auto sandbox = fixture.create();
    QVERIFY(sandbox);
    const auto count = SandboxFixture::shell(sandbox.get(), QStringLiteral("ls /proc | grep -c '^[0-9]'"));
    QVERIFY2(count.output.trimmed().toInt() <= 5, qPrintable(count.output));
}

void TestLocalSandbox::destroy_endsEveryProcessInside()
{
    SandboxFixture fixture;
    auto sandbox = fixture.create();
    QVERIFY(sandbox);
    CommandSpec spec;
    spec.argv = QStringList{QStringLiteral("/bin/sh"), QStringLiteral("-c"),
                            QStringLiteral("sleep %1 & sleep %1 & wait").arg(marker(1))};
    CommandRun *background = sandbox->start(spec);
    QSignalSpy started(background, &CommandRun::started);
    QVERIFY(started.wait(5000));
    // The shell and its two sleeps (a moment more while the shell forks).
    QTRY_VERIFY_WITH_TIMEOUT(hostProcessesWith(marker(1).toLatin1()).size() >= 3, 20000);
    PendingOperation *destroy = sandbox->destroy();
    QSignalSpy destroyed(destroy, &AsyncOperation::finished);
    QVERIFY(destroyed.wait(10000));
    QTRY_VERIFY(hostProcessesWith(marker(1).toLatin1()).isEmpty());
    QVERIFY(background->isFinished());
}

void TestLocalSandbox::appKilledWithSigkill_endsEveryProcessInside()
{
    // A second copy of this test program owns a sandbox and is killed hard.
    QProcess host;
    host.setProgram(QCoreApplication::applicationFilePath());
    host.setArguments({QStringLiteral("--host-helper")});
    // In the environment, not the arguments: only the sandboxed sleep may carry it.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("SPAWNAI_TEST_MARKER"), marker(2));
    host.setProcessEnvironment(environment);
    host.start();
    QVERIFY(host.waitForStarted());
    QByteArray said;
    QTRY_VERIFY2_WITH_TIMEOUT((said += host.readAllStandardOutput()).contains("running"),
                              qPrintable(QString::fromUtf8(said + host.readAllStandardError())), 20000);
    QTRY_COMPARE(hostProcessesWith(marker(2).toLatin1()).size(), 1);
    // The helper's slirp4netns, found by its parent before the parent dies.
    QList<qint64> helperSlirps;
    for (qint64 pid : hostProcessesWith("slirp4netns")) {
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (stat.open(QIODevice::ReadOnly)
            && stat.readAll().split(')').value(1).split(' ').value(2).toLongLong() == host.processId())
            helperSlirps << pid;
    }
    QCOMPARE(helperSlirps.size(), 1);
    ::kill(pid_t(host.processId()), SIGKILL);
    QVERIFY(host.waitForFinished());
    QTRY_VERIFY_WITH_TIMEOUT(hostProcessesWith(marker(2).toLatin1()).isEmpty(), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!QFile::exists(QStringLiteral("/proc/%1/cmdline").arg(helperSlirps.first()))
                                 || !hostProcessesWith("slirp4netns").contains(helperSlirps.first()),
                             10000);
}

void TestLocalSandbox::network_twoSandboxesServePort3000AtOnce()
{
    SandboxFixture fixture;
    auto first = fixture.create();
    auto second = fixture.create();
    QVERIFY(first && second);
    QList<CommandRun *> servers;
    for (auto *sandbox : {first.get(), second.get()}) {
        QVERIFY(SandboxFixture::write(sandbox, QStringLiteral("/home/user/app/index.html"), sandbox->id().toUtf8()));
        CommandSpec spec;
        spec.argv = QStringList{QStringLiteral("python3"), QStringLiteral("-m"), QStringLiteral("http.server"), QStringLiteral("3000")};
        servers << sandbox->start(spec);
        PendingOperation *ready = sandbox->waitForHttp(3000, std::chrono::seconds(20));
        QSignalSpy readySpy(ready, &AsyncOperation::finished);
        QVERIFY(readySpy.wait(25000));
        QVERIFY2(ready->succeeded(), qPrintable(ready->error().message));
    }
    QCOMPARE(first->portUrl(3000).host(), QStringLiteral("127.0.0.1"));
    QVERIFY(first->portUrl(3000) != second->portUrl(3000));
    QCOMPARE(fetch(first->portUrl(3000).resolved(QUrl(QStringLiteral("index.html")))), first->id().toUtf8());
    QCOMPARE(fetch(second->portUrl(3000).resolved(QUrl(QStringLiteral("index.html")))), second->id().toUtf8());
}

void TestLocalSandbox::network_hostLoopbackIsUnreachable()
{
    QTcpServer listener;
    QVERIFY(listener.listen(QHostAddress::LocalHost, 0));
    const QString port = QString::number(listener.serverPort());
    for (bool internet : {false, true}) {
        SandboxFixture fixture;
        SandboxSpec spec;
        spec.internetAccess = internet;
        auto sandbox = fixture.create(spec);
        QVERIFY(sandbox);
        for (const QString &host : {QStringLiteral("127.0.0.1"), QStringLiteral("10.0.2.2")}) {
            // As the app's code: with internet on, slirp4netns is attached for it.
            CommandSpec attempt;
            attempt.argv = QStringList{
                QStringLiteral("python3"), QStringLiteral("-c"),
                QStringLiteral("import socket,sys\ntry:\n socket.create_connection(('%1',%2),3); print('connected')\n"
                               "except OSError as e: print('refused', e)").arg(host, port)};
            attempt.runsAppCode = true;
            const auto result = SandboxFixture::run(sandbox.get(), attempt);
            QVERIFY2(result.output.startsWith(u"refused"), qPrintable(host + u' ' + result.output));
        }
    }
    QVERIFY(!listener.hasPendingConnections());
}

void TestLocalSandbox::network_noOutboundWithoutInternet()
{
    SandboxFixture fixture;
    auto sandbox = fixture.create();
    QVERIFY(sandbox);
    // Only a loopback device: no packet can leave, so nothing is sent anywhere.
    const auto devices = SandboxFixture::shell(sandbox.get(), QStringLiteral("tail -n +3 /proc/net/dev | cut -d: -f1 | tr -d ' '"));
    QCOMPARE(devices.output, QStringLiteral("lo\n"));
    const auto attempt = SandboxFixture::run(sandbox.get(), {
        QStringLiteral("python3"), QStringLiteral("-c"),
        QStringLiteral("import socket\ntry:\n socket.create_connection(('192.0.2.1',80),3); print('connected')\n"
                       "except OSError as e: print('refused', e.errno)")});
    QVERIFY2(attempt.output.startsWith(u"refused"), qPrintable(attempt.output));
}

void TestLocalSandbox::lifetime_expiresAndExtendsUpToThePlanMaximum()
{
    SandboxFixture fixture;
    SandboxSpec spec;
    spec.timeout = std::chrono::seconds(1);
    spec.maxTimeout = std::chrono::seconds(3);
    auto sandbox = fixture.create(spec);
    QVERIFY(sandbox);
    const QDateTime created = sandbox->expiresAt().addSecs(-1);
    PendingOperation *extend = sandbox->extendTimeout(std::chrono::hours(1));
    QSignalSpy extended(extend, &AsyncOperation::finished);
    QVERIFY(extended.wait());
    QVERIFY(extend->succeeded());
    QVERIFY(sandbox->expiresAt() <= created.addSecs(3));
    QVERIFY(sandbox->expiresAt() >= created.addSecs(2));
    QSignalSpy expired(sandbox.get(), &Sandbox::expired);
    QVERIFY(expired.wait(6000));
    QVERIFY(sandbox->portUrl(3000).isEmpty());
    QCOMPARE(SandboxFixture::shell(sandbox.get(), QStringLiteral("true")).ok, false);
}

void TestLocalSandbox::usage_reportsWhatRuns()
{
    SandboxFixture fixture;
    auto sandbox = fixture.create();
    QVERIFY(sandbox);
    QVERIFY(SandboxFixture::write(sandbox.get(), QStringLiteral("/home/user/app/blob"), QByteArray(1024 * 1024, 'x')));
    SandboxFixture::shell(sandbox.get(), QStringLiteral("i=0; while [ $i -lt 20000 ]; do i=$((i+1)); done"));
    UsageReading *reading = sandbox->readUsage();
    QSignalSpy finished(reading, &AsyncOperation::finished);
    QVERIFY(finished.wait());
    QVERIFY(reading->succeeded());
    QVERIFY(reading->usage().workspaceBytes >= 1024 * 1024);
    if (static_cast<LocalSandbox *>(sandbox.get())->limiterMode() != ResourceLimiter::Mode::Rlimits) {
        QVERIFY(reading->usage().processes >= 1);
        QVERIFY(reading->usage().memoryBytes > 0);
        QVERIFY(reading->usage().cpuSeconds > 0.0);
    }
}

void TestLocalSandbox::cache_restoresADirectoryInAnotherSandbox()
{
    SandboxFixture fixture;
    const QString key = QStringLiteral("0123456789abcdef0123456789abcdef");
    auto first = fixture.create();
    QVERIFY(first);
    QVERIFY(SandboxFixture::write(first.get(), QStringLiteral("/home/user/app/node_modules/pkg/index.js"), "module.exports=1"));
    PendingOperation *save = first->saveCachedDirectory(key, QStringLiteral("/home/user/app/node_modules"));
    QSignalSpy saved(save, &AsyncOperation::finished);
    QVERIFY(saved.wait(20000));
    QVERIFY2(save->succeeded(), qPrintable(save->error().message));

    auto second = fixture.create();
    QVERIFY(second);
    PendingOperation *miss = second->restoreCachedDirectory(QStringLiteral("ffffffffffffffffffffffffffffffff"),
                                                            QStringLiteral("/home/user/app/node_modules"));
    QSignalSpy missed(miss, &AsyncOperation::finished);
    QVERIFY(missed.wait());
    QVERIFY(!miss->succeeded());
    PendingOperation *restore = second->restoreCachedDirectory(key, QStringLiteral("/home/user/app/node_modules"));
    QSignalSpy restored(restore, &AsyncOperation::finished);
    QVERIFY(restored.wait(20000));
    QVERIFY2(restore->succeeded(), qPrintable(restore->error().message));
    QCOMPARE(SandboxFixture::shell(second.get(), QStringLiteral("cat /home/user/app/node_modules/pkg/index.js")).output,
             QStringLiteral("module.exports=1"));
    // The cache is the host's: a sandbox cannot write to it.
    QVERIFY(SandboxFixture::shell(second.get(), QStringLiteral("touch /run/spawnai/cache/x")).exitCode != 0);
}

void TestLocalSandbox::list_showsLiveSandboxes()
{
    SandboxFixture fixture;
    SandboxSpec spec;
    spec.sessionId = QStringLiteral("session-1");
    auto sandbox = fixture.create(spec);
    QVERIFY(sandbox);
    SandboxListing *listing = fixture.provider()->list();
    QSignalSpy listed(listing, &AsyncOperation::finished);
    QVERIFY(listed.wait());
    QCOMPARE(listing->sandboxes().size(), 1);
    QCOMPARE(listing->sandboxes().first().id, sandbox->id());
    QCOMPARE(listing->sandboxes().first().sessionId, QStringLiteral("session-1"));
}

namespace {
// The --host-helper mode: own a sandbox with a marked process, then wait to be killed.
int runHostHelper(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    SandboxFixture fixture;
    SandboxSpec spec;
    spec.internetAccess = true;
    auto sandbox = fixture.create(spec);
    if (!sandbox)
        return 1;
    CommandSpec command;
    command.argv = QStringList{QStringLiteral("sleep"), qEnvironmentVariable("SPAWNAI_TEST_MARKER")};
    command.runsAppCode = true;  // so that slirp4netns runs, and must end with us
    CommandRun *run = sandbox->start(command);
    QObject::connect(run, &CommandRun::started, &app, [] {
        fputs("running\n", stdout);
        fflush(stdout);
    });
    return app.exec();
}
} // namespace

int main(int argc, char *argv[])
{
    if (argc > 1 && qstrcmp(argv[1], "--host-helper") == 0)
        return runHostHelper(argc, argv);
    QCoreApplication app(argc, argv);
    TestLocalSandbox test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_localsandbox.moc"
