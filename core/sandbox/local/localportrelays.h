// SPDX-License-Identifier: MIT
#pragma once

#include "common/spawnerror.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QUrl>

#include <functional>

class PortForwarder;

// The way in to a local sandbox's app ports: for each port a listener on the
// host's loopback (PortForwarder) whose connections go to a Unix socket, and
// the agent inside told to relay that socket to the port.
class LocalPortRelays final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LocalPortRelays)

public:
    // Sends one request to the sandbox's agent; the handler gets its answer.
    using AgentRequest = std::function<void(QJsonObject request, std::function<void(const QJsonObject &)> handler)>;

    LocalPortRelays(const QString &hostSocketDir, AgentRequest request, QObject *parent = nullptr);
    ~LocalPortRelays() override;

    // Opens a relay for each port: ready() once the agent relays them all,
    // or failed() with the first thing that went wrong.
    void open(const QList<int> &ports);
    bool isOpen() const { return !m_forwarders.isEmpty(); }
    // http://127.0.0.1:<host port>/ for an app port, empty if it has no relay.
    QUrl url(int port) const;
    void closeAll();

signals:
    void ready();
    void failed(const SpawnError &error);

private:
    QString m_hostSocketDir;
    AgentRequest m_request;
    QHash<int, PortForwarder *> m_forwarders;
    int m_pending = 0;
};
