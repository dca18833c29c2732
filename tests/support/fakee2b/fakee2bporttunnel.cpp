// SPDX-License-Identifier: MIT
#include "fakee2bporttunnel.h"

#include "fakee2bconnection.h"
#include "fakee2bwire.h"

#include <QTcpSocket>

namespace {
// The request as the app gets it: the target in origin form (a client
// that used the server as its HTTP proxy sent an absolute URL), and unless
// it upgrades, its Connection header replaced.
QByteArray upstreamRequest(const HttpRequest &request, bool upgrade)
{
    const QByteArray query = request.query();
    QByteArray head = request.method + ' ' + request.path() + (query.isEmpty() ? QByteArray() : '?' + query) + " HTTP/1.1\r\n";
    for (const auto &[name, value] : request.headers) {
        const bool connectionHeader = name.compare("connection", Qt::CaseInsensitive) == 0
            || name.compare("keep-alive", Qt::CaseInsensitive) == 0 || name.compare("proxy-connection", Qt::CaseInsensitive) == 0;
        if (upgrade || !connectionHeader)
            head += name + ": " + value + "\r\n";
    }
    if (!upgrade)
        head += "Connection: close\r\n";
    const qsizetype headEnd = request.raw.indexOf("\r\n\r\n");
    return head + "\r\n" + request.raw.sliced(headEnd + 4);
}
} // namespace

FakeE2bPortTunnel::FakeE2bPortTunnel(FakeE2bConnection *connection, const HttpRequest &request, quint16 hostPort,
                                     const QString &sandboxId, int port)
    : QObject(connection)
    , m_connection(connection)
    , m_upstream(new QTcpSocket(this))
    , m_sandboxId(sandboxId)
    , m_port(port)
    , m_upgrade(request.hasHeader("upgrade"))
{
    const QByteArray bytes = upstreamRequest(request, m_upgrade);
    connect(m_upstream, &QTcpSocket::connected, this, [this, bytes] { m_upstream->write(bytes); });
    connect(m_upstream, &QTcpSocket::readyRead, this, &FakeE2bPortTunnel::onUpstreamData);
    connect(m_upstream, &QTcpSocket::disconnected, this, &FakeE2bPortTunnel::onUpstreamClosed);
    connect(m_upstream, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
        if (error != QAbstractSocket::RemoteHostClosedError)
            onUpstreamClosed();
    });
    m_upstream->connectToHost(QStringLiteral("127.0.0.1"), hostPort);
}

FakeE2bPortTunnel::~FakeE2bPortTunnel() = default;

QByteArray FakeE2bPortTunnel::portClosedBody(const QString &sandboxId, int port)
{
    return FakeE2bWire::object({{"sandboxId", sandboxId},
                                {"message", QStringLiteral("The sandbox is running but port is not open")},
                                {"code", 502},
                                {"port", port}});
}

QByteArray FakeE2bPortTunnel::notFoundBody(const QString &sandboxId)
{
    return FakeE2bWire::object(
        {{"sandboxId", sandboxId}, {"message", QStringLiteral("The sandbox was not found")}, {"code", 502}});
}

void FakeE2bPortTunnel::onUpstreamData()
{
    if (!m_client) {
        if (!m_connection)
            return;
        QByteArray pending;
        m_client = m_connection->takeSocket(&pending);
        if (m_upgrade && !pending.isEmpty())
            m_upstream->write(pending);
        if (m_upgrade) {
            connect(m_client, &QTcpSocket::readyRead, this, [this] { m_upstream->write(m_client->readAll()); });
        }
        // The client's side ends the whole exchange, tunnel included.
        connect(m_client, &QTcpSocket::disconnected, m_connection, &QObject::deleteLater);
    }
    m_client->write(m_upstream->readAll());
}

void FakeE2bPortTunnel::onUpstreamClosed()
{
    if (std::exchange(m_done, true))
        return;
    if (m_client) {
        m_client->write(m_upstream->readAll());
        m_client->disconnectFromHost();
        return;
    }
    if (m_upstream->bytesAvailable() > 0) {
        onUpstreamData();
        m_done = false;
        onUpstreamClosed();
        return;
    }
    // Nothing answered: the agent's relay found no listener on the port.
    if (m_connection)
        m_connection->respond(502, "application/json; charset=utf-8", portClosedBody(m_sandboxId, m_port));
    deleteLater();
}
