// SPDX-License-Identifier: MIT
#include "slirpnetwork.h"

#include <QLoggingCategory>
#include <QProcess>
#include <QSocketNotifier>

#include <unistd.h>

namespace {
Q_LOGGING_CATEGORY(lcSlirp, "spawnai.sandbox.slirp", QtInfoMsg)
constexpr int ExitFd = 3;
constexpr int ReadyFd = 4;
} // namespace

SlirpNetwork::SlirpNetwork(QObject *parent)
    : QObject(parent)
{
}

SlirpNetwork::~SlirpNetwork()
{
    detach();
}

void SlirpNetwork::attach(qint64 sandboxPid)
{
    detach();
    m_exitPipe = std::make_unique<Pipe>();
    m_readyPipe = std::make_unique<Pipe>();
    auto fds = std::make_shared<InheritedFds>();
    fds->add(m_exitPipe->readEnd(), ExitFd);
    fds->add(m_readyPipe->writeEnd(), ReadyFd);

    m_process = new QProcess(this);
    m_process->setProgram(QStringLiteral("slirp4netns"));
    m_process->setArguments({QStringLiteral("--configure"), QStringLiteral("--mtu=65520"),
                             QStringLiteral("--disable-host-loopback"),
                             QStringLiteral("--exit-fd=%1").arg(ExitFd),
                             QStringLiteral("--ready-fd=%1").arg(ReadyFd),
                             QString::number(sandboxPid), QStringLiteral("tap0")});
    m_process->setChildProcessModifier([fds] {
        ::setpgid(0, 0);  // out of reach of a Ctrl-C meant for SpawnAI, like the sandbox
        fds->applyInChild();
    });
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            emit failed(tr("slirp4netns could not start: %1").arg(m_process->errorString()));
    });
    connect(m_process, &QProcess::finished, this, [this] {
        if (!m_ready)
            emit failed(tr("slirp4netns stopped: %1").arg(QString::fromUtf8(m_process->readAll().trimmed())));
    });
    m_process->start();
    m_readyPipe->closeWrite();

    m_readyNotifier = new QSocketNotifier(m_readyPipe->readEnd(), QSocketNotifier::Read, this);
    connect(m_readyNotifier, &QSocketNotifier::activated, this, &SlirpNetwork::onReadyFd);
}

void SlirpNetwork::detach()
{
    delete m_readyNotifier;
    m_readyNotifier = nullptr;
    m_exitPipe.reset();  // closing the write end tells slirp4netns to exit
    m_readyPipe.reset();
    if (QProcess *process = std::exchange(m_process, nullptr)) {
        process->disconnect(this);
        if (process->state() == QProcess::NotRunning) {
            delete process;
        } else {
            // Reaped when it is gone, without waiting here.
            process->setParent(nullptr);
            connect(process, &QProcess::finished, process, &QObject::deleteLater);
            process->kill();
        }
    }
    m_ready = false;
}

void SlirpNetwork::onReadyFd()
{
    char byte = 0;
    const ssize_t count = ::read(m_readyPipe->readEnd(), &byte, 1);
    m_readyNotifier->setEnabled(false);
    if (count == 1) {
        m_ready = true;
        qCDebug(lcSlirp) << "network attached";
        emit ready();
    }
    // count == 0: slirp4netns died before it was ready; finished() reports it.
}
