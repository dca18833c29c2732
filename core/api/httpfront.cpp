// SPDX-License-Identifier: MIT
#include "httpfront.h"

#include "apiserver.h"

HttpFront::HttpFront(ApiServer *api)
    : QAbstractHttpServer(api)
    , m_api(api)
{
    // Qt 6.4 upgrades a WebSocket only while this signal has a receiver.
    connect(this, &QAbstractHttpServer::newWebSocketConnection, api, &ApiServer::newWebSocketConnection);
}

HttpFront::~HttpFront() = default;

bool HttpFront::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    return m_api->handleRequest(request, socket);
}

void HttpFront::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    m_api->missingHandler(request, socket);
}
