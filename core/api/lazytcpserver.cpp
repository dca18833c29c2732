// SPDX-License-Identifier: MIT
#include "lazytcpserver.h"

#include <utility>

LazyTcpServer::LazyTcpServer(std::function<void()> beforeFirstConnection, QObject *parent)
    : QTcpServer(parent)
    , m_beforeFirstConnection(std::move(beforeFirstConnection))
{
}

LazyTcpServer::~LazyTcpServer() = default;

void LazyTcpServer::incomingConnection(qintptr socketDescriptor)
{
    if (const std::function<void()> hook = std::exchange(m_beforeFirstConnection, {}))
        hook();
    // Makes the socket and emits pendingConnectionAvailable, which the
    // HTTP server the hook bound this listener to receives.
    QTcpServer::incomingConnection(socketDescriptor);
}
