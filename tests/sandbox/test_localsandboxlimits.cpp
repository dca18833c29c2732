// SPDX-License-Identifier: MIT
#include "sandboxtesthelpers.h"

#include "sandbox/local/resourcelimiter.h"

#include <QSignalSpy>
#include <QTest>

// A fork bomb, a memory hog and a disk filler each end their sandbox with a
// resource error that names the limit, while other sandboxes keep working.
class TestLocalSandboxLimits final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void forkBomb_endsWithTheProcessLimit();
    void memoryHog_endsWithTheMemoryLimit();
    void diskFiller_endsWithTheWorkspaceLimit();

private:
    void expectTermination(const QString &script, const QString &limitWords, SandboxLimits limits);
};

void TestLocalSandboxLimits::initTestCase()
{
    const QString missing = LocalSandboxProvider::unavailableReason();
    if (!missing.isEmpty())
        QSKIP(qPrintable(missing));
    if (ResourceLimiter::detectMode() == ResourceLimiter::Mode::Rlimits)
        QSKIP("No control groups here: only the rlimit fallback holds (docs/local-sandbox.md)");
}

void TestLocalSandboxLimits::expectTermination(const QString &script, const QString &limitWords, SandboxLimits limits)
{
    SandboxFixture fixture;
    auto bystander = fixture.create();
    QVERIFY(bystander);
    SandboxSpec spec;
    spec.limits = limits;
    auto sandbox = fixture.create(spec);
    QVERIFY(sandbox);
    QSignalSpy terminated(sandbox.get(), &Sandbox::terminated);
    CommandSpec command;
    command.argv = QStringList{QStringLiteral("/bin/sh"), QStringLiteral("-c"), script};
    CommandRun *run = sandbox->start(command);
    QSignalSpy finished(run, &AsyncOperation::finished);
    QVERIFY(terminated.wait(30000));
    const auto reason = terminated.first().first().value<SpawnError>();
    QCOMPARE(reason.kind, ErrorKind::Resource);
    QVERIFY2(reason.message.contains(limitWords), qPrintable(reason.message));
    QTRY_VERIFY(run->isFinished());
    QCOMPARE(run->error().kind, ErrorKind::Resource);
    // The host and the other sandbox are fine.
    const auto other = SandboxFixture::shell(bystander.get(), QStringLiteral("echo alive"));
    QCOMPARE(other.output, QStringLiteral("alive\n"));
}

void TestLocalSandboxLimits::forkBomb_endsWithTheProcessLimit()
{
    SandboxLimits limits;
    limits.maxProcesses = 64;
    expectTermination(QStringLiteral("bomb() { bomb | bomb & }; bomb; sleep 60"), QStringLiteral("64 processes"), limits);
}

void TestLocalSandboxLimits::memoryHog_endsWithTheMemoryLimit()
{
    SandboxLimits limits;
    limits.memoryBytes = 64LL * 1024 * 1024;
    limits.workspaceBytes = 16LL * 1024 * 1024;
    expectTermination(QStringLiteral("python3 -c \"x = [bytearray(1024 * 1024) for _ in range(4096)]; import time; time.sleep(60)\""),
                      QStringLiteral("memory limit of 64 MiB"), limits);
}

void TestLocalSandboxLimits::diskFiller_endsWithTheWorkspaceLimit()
{
    SandboxLimits limits;
    limits.workspaceBytes = 32LL * 1024 * 1024;
    expectTermination(QStringLiteral("dd if=/dev/zero of=/home/user/fill bs=1M count=1000; sleep 60"),
                      QStringLiteral("workspace limit of 32 MiB"), limits);
}

QTEST_GUILESS_MAIN(TestLocalSandboxLimits)
#include "test_localsandboxlimits.moc"
