// SPDX-License-Identifier: MIT
#pragma once

#include "httprequest.h"

#include <QObject>
#include <QPointer>

class FakeE2bConnection;
class QTcpSocket;

// Relays one request to a port of a local sandbox, as E2B's edge proxy
// does for https://{port}-{id}.e2b.app. The upstream is asked to close
// after its answer, and the client connection closes with it, so a
// connection never stays bound to one sandbox port (clients that share
// one host:port for the API and the ports can keep pooling). An Upgrade
// (WebSocket) request becomes a tunnel both ways. Nothing answering on the
// port gives E2B's 502 "port is not open".
class FakeE2bPortTunnel final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeE2bPortTunnel)

public:
    FakeE2bPortTunnel(FakeE2bConnection *connection, const HttpRequest &request, quint16 hostPort,
                      const QString &sandboxId, int port);
    ~FakeE2bPortTunnel() override;

    static QByteArray portClosedBody(const QString &sandboxId, int port);
    static QByteArray notFoundBody(const QString &sandboxId);

private:
    void onUpstreamData();
    void onUpstreamClosed();

    QPointer<FakeE2bConnection> m_connection;
    QTcpSocket *m_upstream;
    QTcpSocket *m_client = nullptr;  // once the upstream answered
    QString m_sandboxId;
    int m_port;
    bool m_upgrade;
    bool m_done = false;
};
