// SPDX-License-Identifier: MIT
#include "bwrapprocess.h"

#include "inheritedfds.h"
#include "processlaunch.h"
#include "resourcelimiter.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSocketNotifier>

#include <unistd.h>

namespace {
constexpr int InfoFd = 3;
constexpr int ArgsFd = 4;
} // namespace

BwrapProcess::BwrapProcess(QObject *parent)
    : QObject(parent)
{
}

BwrapProcess::~BwrapProcess() = default;

bool BwrapProcess::start(QStringList arguments, std::shared_ptr<ResourceLimiter> limiter, QString *error)
{
    // bwrap takes the command itself only from its real command line.
    const QStringList command = arguments.mid(arguments.lastIndexOf(QStringLiteral("--")));
    arguments.resize(arguments.size() - command.size());
    auto argsPipe = std::make_shared<Pipe>();
    m_infoPipe = std::make_unique<Pipe>();
    QByteArray packed;
    for (const QString &arg : std::as_const(arguments))
        packed += arg.toUtf8() + '\0';
    // The options are a few kilobytes: they fit the pipe's buffer whole.
    if (!argsPipe->isValid() || !m_infoPipe->isValid()
        || ::write(argsPipe->writeEnd(), packed.constData(), size_t(packed.size())) != packed.size()) {
        *error = tr("Cannot pass the sandbox's arguments");
        return false;
    }
    argsPipe->closeWrite();
    auto fds = std::make_shared<InheritedFds>();
    fds->add(m_infoPipe->writeEnd(), InfoFd);
    fds->add(argsPipe->readEnd(), ArgsFd);
    QStringList program = limiter->wrapperCommand();
    program << QStringLiteral("bwrap") << QStringLiteral("--info-fd") << QString::number(InfoFd)
            << QStringLiteral("--args") << QString::number(ArgsFd) << command;
    m_launch = new ProcessLaunch(
        [program, fds, limiter, argsPipe](QProcess &process) mutable {
            process.setProgram(program.takeFirst());
            process.setArguments(program);
            process.setChildProcessModifier([fds, limiter, argsPipe] {
                // A process group of its own: a Ctrl-C or SIGTERM meant for
                // SpawnAI's terminal job must not kill the sandbox before
                // SpawnAI stops it.
                ::setpgid(0, 0);
                limiter->applyInChild();
                fds->applyInChild();
            });
        },
        this);
    connect(m_launch, &ProcessLaunch::finished, this, &BwrapProcess::onLaunched);
    return true;
}

void BwrapProcess::onLaunched(QProcess *process)
{
    m_launch->deleteLater();
    m_launch = nullptr;
    m_process = process;
    m_process->setParent(this);
    // The child has its copy now: the end of the info stream is bwrap's.
    m_infoPipe->closeWrite();
    if (m_process->state() == QProcess::NotRunning) {
        emit setupFailed(tr("bubblewrap could not start: %1").arg(m_process->errorString()));
        return;
    }
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError processError) {
        if (processError == QProcess::FailedToStart)
            emit setupFailed(tr("bubblewrap could not start: %1").arg(m_process->errorString()));
    });
    connect(m_process, &QProcess::readyReadStandardError, this, [this] {
        if (m_info.isEmpty())
            m_errors += m_process->readAllStandardError();
    });
    m_infoNotifier = new QSocketNotifier(m_infoPipe->readEnd(), QSocketNotifier::Read, this);
    connect(m_infoNotifier, &QSocketNotifier::activated, this, &BwrapProcess::onInfoReadable);
    emit launched();
}

void BwrapProcess::onInfoReadable()
{
    char buffer[4096];
    const ssize_t count = ::read(m_infoPipe->readEnd(), buffer, sizeof buffer);
    if (count > 0) {
        m_info.append(buffer, count);
        return;
    }
    // End of the info stream: bwrap has set up the namespaces, or given up.
    m_infoNotifier->setEnabled(false);
    m_infoPipe.reset();
    const qint64 childPid = QJsonDocument::fromJson(m_info).object().value(u"child-pid").toInteger();
    if (childPid <= 0) {
        m_process->waitForReadyRead(0);  // what bwrap said on its way out; does not wait
        m_errors += m_process->readAllStandardError();
        emit setupFailed(tr("bubblewrap could not create the sandbox: %1").arg(QString::fromUtf8(m_errors).trimmed()));
        return;
    }
    emit namespacesReady(childPid);
}
