// SPDX-License-Identifier: MIT
#pragma once

#include "common/pendingoperation.h"
#include "localserverinfo.h"

#include <chrono>

class LocalServerProbe;
class QNetworkAccessManager;

// Looks for local model servers on this machine, on 127.0.0.1 only, at their
// default ports (Ollama 11434, LM Studio 1234, llama.cpp 8080), all at once
// and each with a short timeout, so nothing waits on a server that is not
// there: a closed port answers at once. It always succeeds; servers() lists
// every kind asked, found or not (with why not).
class LocalServerScan final : public PendingOperation
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LocalServerScan)

public:
    struct Target
    {
        LocalServerKind kind;
        quint16 port;
    };

    // Without targets, the three default ports. `network` may be null: the scan makes its own.
    explicit LocalServerScan(QNetworkAccessManager *network = nullptr, QList<Target> targets = {},
                             std::chrono::milliseconds timeout = std::chrono::milliseconds(1500),
                             QObject *parent = nullptr);
    ~LocalServerScan() override;

    // In the order of the targets.
    const QList<LocalServerInfo> &servers() const { return m_servers; }
    QList<LocalServerInfo> foundServers() const;
    static QList<Target> defaultTargets();
    // $SPAWNAI_LOCAL_SERVERS ("ollama=11434,lmstudio=1234,llamacpp=8080",
    // any subset) when set, else the defaults: for a server moved to
    // another port, and for tests.
    static QList<Target> targetsFromEnvironment();
    // "No local server found", and how to start each kind.
    static QString noServerHelp();

protected:
    void abortWork() override;

private:
    void onProbeFinished(int index);

    QList<LocalServerProbe *> m_probes;
    QList<LocalServerInfo> m_servers;
    int m_pending = 0;
};
