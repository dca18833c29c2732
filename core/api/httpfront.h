// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractHttpServer>
#include <QHttpServerResponder>

class ApiServer;

// Qt HTTP Server's side of ApiServer, made when the first connection
// arrives: Qt 6.4's QAbstractHttpServer constructor makes a
// QSslConfiguration, which loads OpenSSL (4 MiB of RSS) into a window that
// may never be called (docs/benchmarks.md, What hosting the API costs).
// It parses requests and hands them, and WebSocket upgrades, to ApiServer.
class HttpFront final : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpFront)

public:
    explicit HttpFront(ApiServer *api);
    ~HttpFront() override;

    QHttpServerResponder responder(const QHttpServerRequest &request, QTcpSocket *socket)
    {
        return makeResponder(request, socket);
    }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    ApiServer *m_api;
};
