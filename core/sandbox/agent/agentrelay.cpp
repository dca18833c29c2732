// SPDX-License-Identifier: MIT
#include "agentrelay.h"

#include <QLocalServer>
#include <QLocalSocket>
#include <QTcpSocket>

namespace {
// Ties two sockets together until either side closes.
void pipeSockets(QLocalSocket *outside, QTcpSocket *inside)
{
    QObject::connect(outside, &QLocalSocket::readyRead, inside, [outside, inside] {
        inside->write(outside->readAll());
    });
    QObject::connect(inside, &QTcpSocket::readyRead, outside, [outside, inside] {
        outside->write(inside->readAll());
    });
    QObject::connect(inside, &QTcpSocket::connected, outside, [outside, inside] {
        if (outside->bytesAvailable() > 0)
            inside->write(outside->readAll());
    });
    QObject::connect(outside, &QLocalSocket::disconnected, inside, [inside] {
        inside->disconnectFromHost();
    });
    QObject::connect(inside, &QTcpSocket::disconnected, outside, [outside] {
        outside->disconnectFromServer();
    });
    QObject::connect(inside, &QTcpSocket::errorOccurred, outside, [outside] {
        outside->disconnectFromServer();
    });
    // The inside socket is a child of the outside one: one deleteLater ends both.
    QObject::connect(outside, &QLocalSocket::disconnected, outside, &QObject::deleteLater);
}
} // namespace

AgentRelay::AgentRelay(int port, QObject *parent)
    : QObject(parent)
    , m_port(port)
    , m_server(new QLocalServer(this))
{
    connect(m_server, &QLocalServer::newConnection, this, &AgentRelay::acceptConnections);
}

AgentRelay::~AgentRelay() = default;

bool AgentRelay::listen(const QString &socketPath, QString *error)
{
    QLocalServer::removeServer(socketPath);
    if (m_server->listen(socketPath))
        return true;
    *error = m_server->errorString();
    return false;
}

void AgentRelay::acceptConnections()
{
    while (QLocalSocket *outside = m_server->nextPendingConnection()) {
        auto *inside = new QTcpSocket(outside);
        pipeSockets(outside, inside);
        inside->connectToHost(QStringLiteral("127.0.0.1"), quint16(m_port));
    }
}
