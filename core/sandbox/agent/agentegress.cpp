// SPDX-License-Identifier: MIT
#include "agentegress.h"

#include <QLocalSocket>
#include <QTcpServer>
#include <QTcpSocket>

AgentEgress::AgentEgress(const QString &socketPath, QObject *parent)
    : QObject(parent)
    , m_socketPath(socketPath)
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &AgentEgress::acceptConnections);
}

AgentEgress::~AgentEgress() = default;

quint16 AgentEgress::listen(QString *error)
{
    if (m_server->listen(QHostAddress::LocalHost, 0))
        return m_server->serverPort();
    *error = m_server->errorString();
    return 0;
}

void AgentEgress::acceptConnections()
{
    while (QTcpSocket *inside = m_server->nextPendingConnection()) {
        // The host side is a child of the inside one: one deleteLater ends
        // both. Connections are children of the server, so destroying this
        // object (the installs are over) cuts every one of them.
        auto *host = new QLocalSocket(inside);
        connect(inside, &QTcpSocket::readyRead, host, [inside, host] {
            if (host->state() == QLocalSocket::ConnectedState)
                host->write(inside->readAll());
        });
        connect(host, &QLocalSocket::connected, inside, [inside, host] {
            if (inside->bytesAvailable() > 0)
                host->write(inside->readAll());
        });
        connect(host, &QLocalSocket::readyRead, inside, [inside, host] { inside->write(host->readAll()); });
        connect(host, &QLocalSocket::disconnected, inside, [inside, host] {
            inside->write(host->readAll());
            inside->disconnectFromHost();
        });
        connect(host, &QLocalSocket::errorOccurred, inside, [inside](QLocalSocket::LocalSocketError error) {
            if (error != QLocalSocket::PeerClosedError)
                inside->abort();
        });
        connect(inside, &QTcpSocket::disconnected, host, [host] { host->disconnectFromServer(); });
        connect(inside, &QTcpSocket::disconnected, inside, &QObject::deleteLater);
        host->connectToServer(m_socketPath);
    }
}
