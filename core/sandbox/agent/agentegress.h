// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>

class QTcpServer;

// The reverse of AgentRelay: listens on a loopback port inside the sandbox
// and pipes each connection to a Unix socket the host listens on (the host's
// install proxy). Package managers inside reach it as http://127.0.0.1:PORT.
class AgentEgress final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgentEgress)

public:
    AgentEgress(const QString &socketPath, QObject *parent = nullptr);
    ~AgentEgress() override;

    // Listens on a free port; 0 with `error` set when it cannot.
    quint16 listen(QString *error);

private:
    void acceptConnections();

    QString m_socketPath;
    QTcpServer *m_server;
};
