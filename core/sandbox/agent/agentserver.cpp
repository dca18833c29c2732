// SPDX-License-Identifier: MIT
#include "agentserver.h"

#include "agentegress.h"
#include "agentrelay.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSaveFile>
#include <QSocketNotifier>

#include <csignal>
#include <sys/statvfs.h>
#include <unistd.h>

namespace {
QByteArray encode(const QByteArray &data)
{
    return data.toBase64();
}

QProcessEnvironment commandEnvironment(const QJsonObject &overrides)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (auto it = overrides.begin(); it != overrides.end(); ++it)
        env.insert(it.key(), it.value().toString());
    return env;
}
} // namespace

AgentServer::AgentServer(QObject *parent)
    : QObject(parent)
{
}

AgentServer::~AgentServer()
{
    for (QProcess *process : std::as_const(m_processes)) {
        if (process->processId() > 1)
            ::kill(-pid_t(process->processId()), SIGKILL);
    }
}

bool AgentServer::start()
{
    m_stdinNotifier = new QSocketNotifier(STDIN_FILENO, QSocketNotifier::Read, this);
    connect(m_stdinNotifier, &QSocketNotifier::activated, this, &AgentServer::readRequests);
    send({{QStringLiteral("event"), QStringLiteral("ready")}});
    return true;
}

void AgentServer::readRequests()
{
    char buffer[65536];
    const ssize_t count = ::read(STDIN_FILENO, buffer, sizeof buffer);
    if (count <= 0) {
        // The host closed our stdin: it is gone or destroying us.
        QCoreApplication::exit(0);
        return;
    }
    m_inbox.append(buffer, count);
    qsizetype newline;
    while ((newline = m_inbox.indexOf('\n')) >= 0) {
        const QByteArray line = m_inbox.left(newline);
        m_inbox.remove(0, newline + 1);
        const QJsonObject request = QJsonDocument::fromJson(line).object();
        if (!request.isEmpty())
            handle(request);
    }
}

void AgentServer::handle(const QJsonObject &request)
{
    const qint64 id = request.value(u"id").toInteger();
    const QString op = request.value(u"op").toString();
    if (op == u"exec")
        exec(id, request);
    else if (op == u"kill")
        kill(id, request);
    else if (op == u"write")
        write(id, request);
    else if (op == u"forward")
        forward(id, request);
    else if (op == u"df")
        diskUsage(id, request);
    else if (op == u"egress")
        openEgress(id, request);
    else if (op == u"egress-close")
        closeEgress(id);
    else
        sendError(id, QStringLiteral("unknown op %1").arg(op));
}

void AgentServer::exec(qint64 id, const QJsonObject &request)
{
    QStringList argv;
    for (const QJsonValue &value : request.value(u"argv").toArray())
        argv << value.toString();
    if (argv.isEmpty()) {
        sendError(id, QStringLiteral("empty command"));
        return;
    }
    auto *process = new QProcess(this);
    process->setProgram(argv.takeFirst());
    process->setArguments(argv);
    process->setWorkingDirectory(request.value(u"cwd").toString());
    process->setProcessEnvironment(commandEnvironment(request.value(u"env").toObject()));
    process->setStandardInputFile(QProcess::nullDevice());
    // Its own process group, so that a kill reaches everything it started.
    process->setChildProcessModifier([] { ::setpgid(0, 0); });
    m_processes.insert(id, process);

    connect(process, &QProcess::started, this, [this, id, process] {
        process->setProperty("pgid", process->processId());
        send({{QStringLiteral("id"), id}, {QStringLiteral("event"), QStringLiteral("started")},
              {QStringLiteral("pid"), process->processId()}});
    });
    connect(process, &QProcess::readyReadStandardOutput, this, [this, id, process] {
        send({{QStringLiteral("id"), id}, {QStringLiteral("event"), QStringLiteral("stdout")},
              {QStringLiteral("data"), QString::fromLatin1(encode(process->readAllStandardOutput()))}});
    });
    connect(process, &QProcess::readyReadStandardError, this, [this, id, process] {
        send({{QStringLiteral("id"), id}, {QStringLiteral("event"), QStringLiteral("stderr")},
              {QStringLiteral("data"), QString::fromLatin1(encode(process->readAllStandardError()))}});
    });
    connect(process, &QProcess::finished, this, [this, id, process](int code, QProcess::ExitStatus status) {
        // Whatever it left running in its group goes with it. processId() is
        // 0 by now, and kill(0) would hit the agent's own group.
        if (const qint64 group = process->property("pgid").toLongLong(); group > 1)
            ::kill(-pid_t(group), SIGKILL);
        const bool crashed = status == QProcess::CrashExit;
        send({{QStringLiteral("id"), id}, {QStringLiteral("event"), QStringLiteral("exit")},
              {QStringLiteral("code"), crashed ? 128 + 9 : code}, {QStringLiteral("crashed"), crashed}});
        m_processes.remove(id);
        process->deleteLater();
    });
    connect(process, &QProcess::errorOccurred, this, [this, id, process](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return;
        send({{QStringLiteral("id"), id}, {QStringLiteral("event"), QStringLiteral("error")},
              {QStringLiteral("message"), process->errorString()}});
        m_processes.remove(id);
        process->deleteLater();
    });
    process->start();
}

void AgentServer::kill(qint64 id, const QJsonObject &request)
{
    const qint64 target = request.value(u"target").toInteger();
    const int signal = request.value(u"signal").toInt(SIGKILL);
    if (QProcess *process = m_processes.value(target); process && process->processId() > 1)
        ::kill(-pid_t(process->processId()), signal);
    send({{QStringLiteral("id"), id}, {QStringLiteral("event"), QStringLiteral("ok")}});
}

void AgentServer::write(qint64 id, const QJsonObject &request)
{
    // The host validated every path; writing here, as the sandbox user, means
    // a symlink planted by the app can only ever point inside the sandbox.
    for (const QJsonValue &value : request.value(u"files").toArray()) {
        const QJsonObject file = value.toObject();
        const QString path = file.value(u"path").toString();
        if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
            sendError(id, QStringLiteral("cannot create the folder of %1").arg(path));
            return;
        }
        QSaveFile out(path);
        if (!out.open(QIODevice::WriteOnly)
            || out.write(QByteArray::fromBase64(file.value(u"data").toString().toLatin1())) < 0
            || !out.commit()) {
            sendError(id, QStringLiteral("cannot write %1: %2").arg(path, out.errorString()));
            return;
        }
        QFile::Permissions permissions = QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther;
        if (file.value(u"executable").toBool())
            permissions |= QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther;
        QFile::setPermissions(path, permissions);
    }
    send({{QStringLiteral("id"), id}, {QStringLiteral("event"), QStringLiteral("ok")}});
}

void AgentServer::forward(qint64 id, const QJsonObject &request)
{
    auto *relay = new AgentRelay(request.value(u"port").toInt(), this);
    QString error;
    if (!relay->listen(request.value(u"socket").toString(), &error)) {
        delete relay;
        sendError(id, error);
        return;
    }
    m_relays << relay;
    send({{QStringLiteral("id"), id}, {QStringLiteral("event"), QStringLiteral("ok")}});
}

void AgentServer::openEgress(qint64 id, const QJsonObject &request)
{
    delete m_egress;
    m_egress = new AgentEgress(request.value(u"socket").toString(), this);
    QString error;
    const quint16 port = m_egress->listen(&error);
    if (port == 0) {
        delete m_egress;
        m_egress = nullptr;
        sendError(id, error);
        return;
    }
    send({{QStringLiteral("id"), id}, {QStringLiteral("event"), QStringLiteral("ok")}, {QStringLiteral("port"), port}});
}

void AgentServer::closeEgress(qint64 id)
{
    delete m_egress;
    m_egress = nullptr;
    send({{QStringLiteral("id"), id}, {QStringLiteral("event"), QStringLiteral("ok")}});
}

void AgentServer::diskUsage(qint64 id, const QJsonObject &request)
{
    struct statvfs stats {};
    const QByteArray path = QFile::encodeName(request.value(u"path").toString());
    if (::statvfs(path.constData(), &stats) != 0) {
        sendError(id, QStringLiteral("statvfs failed"));
        return;
    }
    const qint64 total = qint64(stats.f_blocks) * qint64(stats.f_frsize);
    const qint64 available = qint64(stats.f_bavail) * qint64(stats.f_frsize);
    send({{QStringLiteral("id"), id}, {QStringLiteral("event"), QStringLiteral("ok")},
          {QStringLiteral("total"), total}, {QStringLiteral("used"), total - available}});
}

void AgentServer::send(QJsonObject event)
{
    QByteArray line = QJsonDocument(event).toJson(QJsonDocument::Compact);
    line.append('\n');
    qsizetype written = 0;
    while (written < line.size()) {
        const ssize_t count = ::write(STDOUT_FILENO, line.constData() + written, size_t(line.size() - written));
        if (count < 0 && errno == EINTR)
            continue;
        if (count <= 0)
            return;  // the host is gone; stdin EOF ends us shortly
        written += count;
    }
}

void AgentServer::sendError(qint64 id, const QString &message)
{
    send({{QStringLiteral("id"), id}, {QStringLiteral("event"), QStringLiteral("error")},
          {QStringLiteral("message"), message}});
}
