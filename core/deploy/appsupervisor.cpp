// SPDX-License-Identifier: MIT
#include "appsupervisor.h"

#include "sandbox/commandrun.h"
#include "sandbox/sandbox.h"

#include <QLoggingCategory>

#include <utility>

namespace {
Q_LOGGING_CATEGORY(lc, "spawnai.deploy.supervisor")
} // namespace

AppSupervisor::AppSupervisor(Sandbox *sandbox, CommandRun *run, QObject *parent)
    : QObject(parent)
    , m_run(run)
{
    connect(run, &CommandRun::standardOutput, this,
            [this](const QByteArray &data) { emit output(LogStream::StandardOutput, data); });
    connect(run, &CommandRun::standardError, this,
            [this](const QByteArray &data) { emit output(LogStream::StandardError, data); });
    connect(run, &AsyncOperation::finished, this, &AppSupervisor::onFinished);
    if (sandbox)
        connect(sandbox, &QObject::destroyed, this, &AppSupervisor::abandon);
}

AppSupervisor::~AppSupervisor()
{
    stop();
}

bool AppSupervisor::isRunning() const
{
    return m_run && !m_run->isFinished();
}

void AppSupervisor::stop()
{
    CommandRun *run = std::exchange(m_run, nullptr);
    if (!run)
        return;
    disconnect(run, nullptr, this, nullptr);
    if (!run->isFinished())
        run->cancel();
    run->deleteLater();
}

void AppSupervisor::abandon()
{
    m_run = nullptr;
}

void AppSupervisor::onFinished()
{
    const CommandRun *run = m_run;
    if (!run)
        return;
    qCInfo(lc) << "app exited with code" << run->exitCode();
    // A run that ends with an error ended with its sandbox (expired, over a
    // limit, destroyed): the sandbox's own signal tells why, not this.
    if (!run->error().isError())
        emit exited(run->exitCode());
}
