// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

class QLocalServer;

// Accepts connections on a Unix socket the host can reach and pipes each one
// to 127.0.0.1:<port> inside the sandbox. This is how the host reaches the
// app without giving the sandbox a route to anything.
class AgentRelay final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgentRelay)

public:
    AgentRelay(int port, QObject *parent = nullptr);
    ~AgentRelay() override;

    bool listen(const QString &socketPath, QString *error);

private:
    void acceptConnections();

    int m_port;
    QLocalServer *m_server;
};
