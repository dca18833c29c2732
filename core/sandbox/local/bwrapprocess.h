// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QStringList>

#include <memory>

class Pipe;
class ProcessLaunch;
class QProcess;
class QSocketNotifier;
class ResourceLimiter;

// Runs bubblewrap for one sandbox. Its options travel through a pipe
// (--args), so host paths never show in the sandbox's /proc/1/cmdline, and
// it reports the sandbox's first process (--info-fd) once the namespaces
// exist. The child joins the limiter's control groups before bwrap runs.
class BwrapProcess final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BwrapProcess)

public:
    explicit BwrapProcess(QObject *parent = nullptr);
    ~BwrapProcess() override;

    // `arguments` as BwrapArguments::build() makes them: options, "--",
    // command. bwrap is started on a worker (ProcessLaunch): launched, or
    // setupFailed, follows.
    bool start(QStringList arguments, std::shared_ptr<ResourceLimiter> limiter, QString *error);
    // stdin/stdout carry the agent's protocol; callers never start or stop
    // it. Null until launched.
    QProcess *process() const { return m_process; }

signals:
    void launched();
    void namespacesReady(qint64 childPid);
    // bwrap gave up before the sandbox existed; `message` says why.
    void setupFailed(const QString &message);

private:
    void onLaunched(QProcess *process);
    void onInfoReadable();

    ProcessLaunch *m_launch = nullptr;
    QProcess *m_process = nullptr;
    std::unique_ptr<Pipe> m_infoPipe;
    QSocketNotifier *m_infoNotifier = nullptr;
    QByteArray m_info;
    QByteArray m_errors;
};
