// SPDX-License-Identifier: MIT
#include "egressconnection.h"

#include "sandbox/egressallowlist.h"

#include <QHostInfo>
#include <QLocalSocket>
#include <QTcpSocket>
#include <QTimer>

// A name that resolves to such an address (DNS rebinding, a hostile
// resolver) is refused; only an allow-list entry that names an address
// allows one (the tests' local registry).
bool EgressConnection::isPublicAddress(const QHostAddress &address)
{
    if (address.isLoopback() || address.isNull() || address.isMulticast() || address.isLinkLocal()
        || address.isSiteLocal() || address.isUniqueLocalUnicast() || address.isBroadcast())
        return false;
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);  // also v4-mapped v6
    if (isV4) {
        const auto in = [v4](quint32 net, int bits) { return (v4 >> (32 - bits)) == (net >> (32 - bits)); };
        return !(in(0x00000000, 8) || in(0x0A000000, 8) || in(0x7F000000, 8) || in(0xA9FE0000, 16)
                 || in(0xAC100000, 12) || in(0xC0A80000, 16) || in(0x64400000, 10) || in(0xC0000000, 24)
                 || in(0xC6120000, 15) || v4 >= 0xE0000000);
    }
    return address.protocol() == QAbstractSocket::IPv6Protocol && !address.isEqual(QHostAddress::AnyIPv6);
}

EgressConnection::EgressConnection(QLocalSocket *client, const EgressAllowList *allowList, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_allowList(allowList)
    , m_timer(new QTimer(this))
{
    m_client->setParent(this);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (m_piping || m_refused)
            close();  // idle, or a refused client that does not go
        else if (m_request.status == EgressRequest::Status::Ok)
            refuse(504, "Gateway Timeout");
        else
            refuse(408, "Request Timeout");
    });
    m_timer->start(HeadTimeoutMs);
    connect(m_client, &QLocalSocket::readyRead, this, &EgressConnection::readHead);
    connect(m_client, &QLocalSocket::disconnected, this, &EgressConnection::close);
    QTimer::singleShot(0, this, &EgressConnection::readHead);
}

EgressConnection::~EgressConnection()
{
    if (m_lookupId >= 0)
        QHostInfo::abortHostLookup(m_lookupId);
}

void EgressConnection::readHead()
{
    if (m_piping) {
        if (m_upstream)
            m_upstream->write(m_client->readAll());
        m_timer->start(IdleTimeoutMs);
        return;
    }
    if (m_request.status != EgressRequest::Status::Incomplete)
        return;  // decided; waiting for the name or the host
    m_buffer += m_client->read(EgressRequest::MaxHeadBytes + 4 - m_buffer.size());
    m_request = EgressRequest::parse(m_buffer);
    switch (m_request.status) {
    case EgressRequest::Status::Incomplete:
        return;
    case EgressRequest::Status::TooLarge:
        refuse(431, "Request Header Fields Too Large");
        return;
    case EgressRequest::Status::Malformed:
        refuse(400, "Bad Request");
        return;
    case EgressRequest::Status::Unsupported:
        refuse(405, "Method Not Allowed");
        return;
    case EgressRequest::Status::Ok:
        break;
    }
    const QString target = QStringLiteral("%1:%2").arg(m_request.host).arg(m_request.port);
    const EgressAllowList::Entry *entry = m_allowList->match(m_request.host, m_request.port);
    if (!entry) {
        refuse(403, "Forbidden", tr("not a package registry"));
        return;
    }
    m_timer->start(ConnectTimeoutMs);
    if (entry->isAddress) {
        m_addresses = {QHostAddress(m_request.host)};
        connectNext();
        return;
    }
    m_lookupId = QHostInfo::lookupHost(m_request.host, this, &EgressConnection::onResolved);
}

void EgressConnection::onResolved(const QHostInfo &info)
{
    m_lookupId = -1;
    const QList<QHostAddress> addresses = info.addresses();
    for (const QHostAddress &address : addresses) {
        if (isPublicAddress(address))
            m_addresses << address;
    }
    if (m_addresses.isEmpty()) {
        refuse(403, "Forbidden", addresses.isEmpty() ? tr("the name does not resolve")
                                                     : tr("the name resolves to a private address"));
        return;
    }
    connectNext();
}

void EgressConnection::connectNext()
{
    delete m_upstream;
    m_upstream = nullptr;
    if (m_addresses.isEmpty()) {
        refuse(502, "Bad Gateway");
        return;
    }
    m_upstream = new QTcpSocket(this);
    connect(m_upstream, &QTcpSocket::connected, this, &EgressConnection::onUpstreamConnected);
    connect(m_upstream, &QTcpSocket::errorOccurred, this, [this] {
        if (m_piping)
            close();
        else
            QTimer::singleShot(0, this, &EgressConnection::connectNext);
    });
    m_upstream->connectToHost(m_addresses.takeFirst(), quint16(m_request.port));
}

void EgressConnection::onUpstreamConnected()
{
    m_piping = true;
    m_timer->start(IdleTimeoutMs);
    const QByteArray rest = m_buffer.mid(m_request.headBytes);
    m_buffer.clear();
    if (m_request.tunnel)
        m_client->write("HTTP/1.1 200 Connection established\r\n\r\n");
    else
        m_upstream->write(m_request.upstreamHead);
    m_upstream->write(rest + m_client->readAll());
    connect(m_upstream, &QTcpSocket::readyRead, this, [this] {
        m_client->write(m_upstream->readAll());
        m_timer->start(IdleTimeoutMs);
    });
    connect(m_upstream, &QTcpSocket::disconnected, this, &EgressConnection::close);
}

void EgressConnection::refuse(int code, const QByteArray &reason, const QString &why)
{
    if (!why.isEmpty())
        emit blocked(QStringLiteral("%1:%2").arg(m_request.host).arg(m_request.port), why);
    const QByteArray body = "SpawnAI's install proxy refused this request: "
        + (why.isEmpty() ? reason : why.toUtf8()) + "\n";
    m_client->write("HTTP/1.1 " + QByteArray::number(code) + ' ' + reason
                    + "\r\nContent-Type: text/plain\r\nContent-Length: " + QByteArray::number(body.size())
                    + "\r\nConnection: close\r\n\r\n" + body);
    if (m_upstream) {
        m_upstream->disconnect(this);
        m_upstream->abort();
    }
    m_piping = false;
    m_refused = true;
    m_request.status = EgressRequest::Status::Malformed;  // nothing more is read
    m_timer->start(HeadTimeoutMs);
    m_client->disconnectFromServer();
    if (m_client->state() == QLocalSocket::UnconnectedState)
        close();
}

void EgressConnection::close()
{
    if (m_upstream) {
        m_upstream->disconnect(this);
        if (m_upstream->bytesAvailable() > 0 && m_client->state() == QLocalSocket::ConnectedState)
            m_client->write(m_upstream->readAll());
        m_upstream->abort();
    }
    m_timer->stop();
    m_client->disconnect(this);
    // What is still queued for the client goes out before the end.
    if (m_client->state() != QLocalSocket::UnconnectedState && m_client->bytesToWrite() > 0) {
        connect(m_client, &QLocalSocket::disconnected, this, &QObject::deleteLater);
        m_timer->disconnect(this);
        connect(m_timer, &QTimer::timeout, this, &QObject::deleteLater);
        m_timer->start(IdleTimeoutMs);
        m_client->disconnectFromServer();
        return;
    }
    m_client->abort();
    deleteLater();
}
