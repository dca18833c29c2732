// SPDX-License-Identifier: MIT
#include "portforwarder.h"

#include <QLocalSocket>
#include <QTcpServer>
#include <QTcpSocket>

PortForwarder::PortForwarder(const QString &socketPath, QObject *parent)
    : QObject(parent)
    , m_socketPath(socketPath)
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &PortForwarder::acceptConnections);
}

PortForwarder::~PortForwarder() = default;

bool PortForwarder::listen(QString *error)
{
    if (m_server->listen(QHostAddress::LocalHost, 0))
        return true;
    *error = m_server->errorString();
    return false;
}

quint16 PortForwarder::hostPort() const
{
    return m_server->serverPort();
}

void PortForwarder::acceptConnections()
{
    while (QTcpSocket *client = m_server->nextPendingConnection()) {
        // The relay side is a child of the client: one deleteLater ends both.
        auto *relay = new QLocalSocket(client);
        connect(client, &QTcpSocket::readyRead, relay, [client, relay] {
            if (relay->state() == QLocalSocket::ConnectedState)
                relay->write(client->readAll());
        });
        // A browser may give up on a connection before the app's side
        // answers: then the client is closed and has nothing to give or take.
        connect(relay, &QLocalSocket::connected, client, [client, relay] {
            if (client->isOpen() && client->bytesAvailable() > 0)
                relay->write(client->readAll());
        });
        connect(relay, &QLocalSocket::readyRead, client, [client, relay] {
            if (client->isOpen())
                client->write(relay->readAll());
        });
        connect(relay, &QLocalSocket::disconnected, client, [client, relay] {
            if (!client->isOpen())
                return;
            client->write(relay->readAll());
            client->disconnectFromHost();
        });
        connect(relay, &QLocalSocket::errorOccurred, client, [client](QLocalSocket::LocalSocketError error) {
            if (error != QLocalSocket::PeerClosedError)
                client->abort();
        });
        connect(client, &QTcpSocket::disconnected, relay, [relay] { relay->disconnectFromServer(); });
        connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
        relay->connectToServer(m_socketPath);
    }
}
