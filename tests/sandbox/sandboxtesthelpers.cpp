// SPDX-License-Identifier: MIT
#include "sandboxtesthelpers.h"

#include "common/paths.h"

#include <QDir>
#include <QSignalSpy>
#include <QTest>

SandboxFixture::SandboxFixture()
{
    Paths::setDataDirOverride(m_dir.path());
    m_provider = std::make_unique<LocalSandboxProvider>();
}

SandboxFixture::~SandboxFixture()
{
    m_provider.reset();
    Paths::setDataDirOverride({});
}

std::unique_ptr<Sandbox> SandboxFixture::create(SandboxSpec spec)
{
    SandboxCreation *creation = m_provider->create(spec);
    QSignalSpy finished(creation, &AsyncOperation::finished);
    if (!finished.wait(20000) || !creation->succeeded()) {
        qWarning() << "sandbox did not start:" << creation->error().message;
        delete creation;
        return nullptr;
    }
    std::unique_ptr<Sandbox> sandbox(creation->takeSandbox());
    delete creation;
    return sandbox;
}

SandboxFixture::Result SandboxFixture::run(Sandbox *sandbox, const QStringList &argv, int timeoutMs, bool network)
{
    CommandSpec spec;
    spec.argv = argv;
    spec.workingDirectory = QStringLiteral("/home/user");
    spec.timeout = std::chrono::milliseconds(timeoutMs);
    spec.needsNetwork = network;
    return run(sandbox, spec);
}

SandboxFixture::Result SandboxFixture::run(Sandbox *sandbox, const CommandSpec &spec)
{
    const int timeoutMs = spec.timeout.count() > 0 ? int(spec.timeout.count()) : 20000;
    CommandRun *command = sandbox->start(spec);
    Result result;
    QByteArray output;
    QObject::connect(command, &CommandRun::standardOutput, command, [&output](const QByteArray &data) { output += data; });
    QObject::connect(command, &CommandRun::standardError, command, [&output](const QByteArray &data) { output += data; });
    QSignalSpy finished(command, &AsyncOperation::finished);
    if (!command->isFinished())
        finished.wait(timeoutMs + 10000);
    result.ok = command->succeeded();
    result.exitCode = command->exitCode();
    result.output = QString::fromUtf8(output);
    result.error = command->error();
    delete command;
    return result;
}

SandboxFixture::Result SandboxFixture::shell(Sandbox *sandbox, const QString &script, int timeoutMs)
{
    return run(sandbox, {QStringLiteral("/bin/sh"), QStringLiteral("-c"), script}, timeoutMs);
}

bool SandboxFixture::write(Sandbox *sandbox, const QString &path, const QByteArray &content)
{
    PendingOperation *operation = sandbox->writeFiles({AppFile{path, content, false}});
    QSignalSpy finished(operation, &AsyncOperation::finished);
    finished.wait(10000);
    const bool ok = operation->succeeded();
    delete operation;
    return ok;
}

QList<qint64> hostProcessesWith(const QByteArray &marker)
{
    QList<qint64> pids;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool isPid = false;
        const qint64 pid = entry.toLongLong(&isPid);
        if (!isPid)
            continue;
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
        if (cmdline.open(QIODevice::ReadOnly) && cmdline.readAll().contains(marker))
            pids << pid;
    }
    return pids;
}
