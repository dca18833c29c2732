// SPDX-License-Identifier: MIT
#include "hostlocator.h"

#include "apiclient.h"
#include "common/pendingoperation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QProcess>

#include <cerrno>
#include <csignal>

namespace {
Q_LOGGING_CATEGORY(lcHostLocator, "spawnai.mcp.host")

constexpr std::chrono::milliseconds PollInterval{100};
// A host opens its store, reconciles what the last one left and listens:
// seconds at most on a loaded machine.
constexpr int StartPolls = 200;  // 20 s

bool processLives(qint64 pid)
{
    // EPERM: it lives, as another user.
    if (pid <= 0 || (::kill(pid_t(pid), 0) != 0 && errno != EPERM))
        return false;
    // A host that died but that nobody reaped (a container's init may not)
    // still answers kill(); its state says it is a zombie.
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return true;
    const QByteArray line = stat.readAll();
    const qsizetype afterName = line.lastIndexOf(')');
    return afterName < 0 || line.mid(afterName + 2, 1) != "Z";
}
} // namespace

HostLocator::HostLocator(const QString &dataDir, ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_dataDir(dataDir)
    , m_program(QCoreApplication::applicationFilePath())
    , m_client(client)
{
    m_poll.setInterval(PollInterval);
    connect(&m_poll, &QTimer::timeout, this, &HostLocator::checkStarted);
}

HostLocator::~HostLocator() = default;

PendingOperation *HostLocator::connectToHost()
{
    auto *operation = new PendingOperation;
    // Answered from the event loop, never before the caller has connected.
    QTimer::singleShot(0, operation, [this, operation] {
        if (readHost()) {
            operation->succeed();
            return;
        }
        m_waiting << operation;
        if (!m_poll.isActive())
            startHost();
    });
    return operation;
}

bool HostLocator::readHost()
{
    QFile file(QDir(m_dataDir).filePath(QStringLiteral("api.json")));
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QJsonObject info = QJsonDocument::fromJson(file.readAll()).object();
    const QUrl url(info.value(u"url").toString());
    // A host that crashed leaves its api.json behind; its pid tells.
    if (!url.isValid() || !processLives(info.value(u"pid").toInteger()))
        return false;
    QString tokenPath = info.value(u"tokenFile").toString();
    if (tokenPath.isEmpty())
        tokenPath = QDir(m_dataDir).filePath(QStringLiteral("api-token"));
    QFile tokenFile(tokenPath);
    if (!tokenFile.open(QIODevice::ReadOnly))
        return false;
    const QByteArray token = tokenFile.readAll().trimmed();
    if (token.isEmpty())
        return false;
    m_client->setHost(url, token);
    return true;
}

void HostLocator::startHost()
{
    QProcess process;
    process.setProgram(m_program);
    process.setArguments({QStringLiteral("serve"), QStringLiteral("--data-dir"), m_dataDir});
    // Our stdout is the MCP channel: the host's output must never reach it.
    process.setStandardInputFile(QProcess::nullDevice());
    process.setStandardOutputFile(QProcess::nullDevice());
    process.setStandardErrorFile(QProcess::nullDevice());
    qCInfo(lcHostLocator) << "no host runs for" << m_dataDir << "- starting" << m_program << "serve";
    if (!process.startDetached(&m_startedPid)) {
        settleWaiting(SpawnError::system(tr("Could not start the SpawnAI host (%1 serve): %2")
                                             .arg(m_program, process.errorString())));
        return;
    }
    m_pollsLeft = StartPolls;
    m_poll.start();
}

void HostLocator::checkStarted()
{
    if (readHost()) {
        settleWaiting({});
        return;
    }
    if (!processLives(m_startedPid)) {
        settleWaiting(SpawnError::system(tr("The SpawnAI host stopped before it was ready. Run \"spawnai serve "
                                            "--data-dir %1\" in a terminal to see why.")
                                             .arg(m_dataDir)));
        return;
    }
    if (--m_pollsLeft <= 0)
        settleWaiting(SpawnError::system(tr("The SpawnAI host did not get ready within 20 seconds."), true));
}

void HostLocator::settleWaiting(const SpawnError &error)
{
    m_poll.stop();
    const QList<QPointer<PendingOperation>> waiting = std::exchange(m_waiting, {});
    for (const QPointer<PendingOperation> &operation : waiting) {
        if (!operation)
            continue;
        if (error.isError())
            operation->fail(error);
        else
            operation->succeed();
    }
}
