// SPDX-License-Identifier: MIT
#include "localserverscan.h"

#include "localserverprobe.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>

namespace {
Q_LOGGING_CATEGORY(lc, "spawnai.llm.local", QtInfoMsg)
}

LocalServerScan::LocalServerScan(QNetworkAccessManager *network, QList<Target> targets,
                                 std::chrono::milliseconds timeout, QObject *parent)
    : PendingOperation(parent)
{
    if (!network)
        network = new QNetworkAccessManager(this);
    if (targets.isEmpty())
        targets = defaultTargets();
    m_pending = int(targets.size());
    for (int i = 0; i < targets.size(); ++i) {
        LocalServerProbe::Options options;
        options.kind = targets.at(i).kind;
        // Never "localhost": it may resolve to ::1 first and cost a refused attempt.
        options.root = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(targets.at(i).port));
        options.timeout = timeout;
        LocalServerInfo placeholder;
        placeholder.kind = options.kind;
        placeholder.root = options.root;
        m_servers.append(placeholder);
        auto *probe = new LocalServerProbe(network, options, this);
        m_probes.append(probe);
        connect(probe, &AsyncOperation::finished, this, [this, i] { onProbeFinished(i); });
    }
    if (targets.isEmpty())
        finishLater();
}

LocalServerScan::~LocalServerScan()
{
    abortWork();
}

QList<LocalServerScan::Target> LocalServerScan::defaultTargets()
{
    return {
        {LocalServerKind::Ollama, LocalServerInfo::defaultPort(LocalServerKind::Ollama)},
        {LocalServerKind::LmStudio, LocalServerInfo::defaultPort(LocalServerKind::LmStudio)},
        {LocalServerKind::LlamaCpp, LocalServerInfo::defaultPort(LocalServerKind::LlamaCpp)},
    };
}

QList<LocalServerScan::Target> LocalServerScan::targetsFromEnvironment()
{
    const QString spec = qEnvironmentVariable("SPAWNAI_LOCAL_SERVERS");
    if (spec.isEmpty())
        return defaultTargets();
    QList<Target> targets;
    for (const QString &item : spec.split(u',', Qt::SkipEmptyParts)) {
        const QString name = item.section(u'=', 0, 0).trimmed().toLower();
        const quint16 port = item.section(u'=', 1).trimmed().toUShort();
        if (port == 0)
            continue;
        if (name == u"ollama")
            targets.append({LocalServerKind::Ollama, port});
        else if (name == u"lmstudio")
            targets.append({LocalServerKind::LmStudio, port});
        else if (name == u"llamacpp")
            targets.append({LocalServerKind::LlamaCpp, port});
    }
    return targets.isEmpty() ? defaultTargets() : targets;
}

QString LocalServerScan::noServerHelp()
{
    return tr("No local server found on this machine. Start one, then look again:\n"
              "  Ollama: ollama serve, then ollama pull qwen2.5-coder:7b (https://ollama.com)\n"
              "  LM Studio: load a model and start the server in the Developer tab, or lms server start\n"
              "  llama.cpp: llama-server -m MODEL.gguf -c 32768");
}

QList<LocalServerInfo> LocalServerScan::foundServers() const
{
    QList<LocalServerInfo> found;
    for (const LocalServerInfo &server : m_servers) {
        if (server.found)
            found.append(server);
    }
    return found;
}

void LocalServerScan::abortWork()
{
    for (LocalServerProbe *probe : std::exchange(m_probes, {})) {
        probe->disconnect(this);
        probe->cancel();
        probe->deleteLater();
    }
}

void LocalServerScan::onProbeFinished(int index)
{
    m_servers[index] = m_probes.at(index)->info();
    if (--m_pending > 0)
        return;
    qCDebug(lc) << "scan done:" << foundServers().size() << "server(s) found";
    succeed();
}
