// SPDX-License-Identifier: MIT
#include "fakee2bconnection.h"

#include <QDateTime>
#include <QLocale>
#include <QTcpSocket>
#include <QTimer>

FakeE2bConnection::FakeE2bConnection(QTcpSocket *socket, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
{
    m_socket->setParent(this);
    connect(m_socket, &QTcpSocket::readyRead, this, &FakeE2bConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::disconnected, this, &FakeE2bConnection::closed);
}

FakeE2bConnection::~FakeE2bConnection() = default;

bool FakeE2bConnection::isOpen() const
{
    return !m_tunnelled && m_socket->state() == QAbstractSocket::ConnectedState;
}

QByteArray FakeE2bConnection::reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 201: return "Created";
    case 204: return "No Content";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 409: return "Conflict";
    case 415: return "Unsupported Media Type";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 501: return "Not Implemented";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    case 504: return "Gateway Timeout";
    default: return "Status";
    }
}

static QByteArray head(int status, const QByteArray &contentType, const FakeE2bConnection::Headers &headers)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + FakeE2bConnection::reasonPhrase(status) + "\r\n"
                   + "Date: " + QLocale::c().toString(QDateTime::currentDateTimeUtc(), u"ddd, dd MMM yyyy hh:mm:ss 'GMT'").toLatin1() + "\r\n";
    if (!contentType.isEmpty())
        out += "Content-Type: " + contentType + "\r\n";
    for (const auto &[name, value] : headers)
        out += name + ": " + value + "\r\n";
    return out;
}

void FakeE2bConnection::respond(int status, const QByteArray &contentType, const QByteArray &body, const Headers &headers)
{
    if (!isOpen())
        return;
    QByteArray out = head(status, contentType, headers);
    if (status != 204 && status != 304)
        out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    m_socket->write(out + "\r\n" + (status == 204 ? QByteArray() : body));
    m_socket->flush();
    m_status = status;
    finishAnswer();
}

void FakeE2bConnection::beginStream(int status, const QByteArray &contentType, const Headers &headers)
{
    if (!isOpen())
        return;
    m_socket->write(head(status, contentType, headers) + "Transfer-Encoding: chunked\r\n\r\n");
    m_socket->flush();
    m_status = status;
}

void FakeE2bConnection::writeChunk(const QByteArray &data)
{
    if (!isOpen() || data.isEmpty())
        return;
    m_socket->write(QByteArray::number(data.size(), 16) + "\r\n" + data + "\r\n");
    m_socket->flush();
}

void FakeE2bConnection::endStream()
{
    if (!isOpen())
        return;
    m_socket->write("0\r\n\r\n");
    m_socket->flush();
    finishAnswer();
}

void FakeE2bConnection::drop()
{
    m_socket->abort();
}

QTcpSocket *FakeE2bConnection::takeSocket(QByteArray *pending)
{
    m_tunnelled = true;
    m_socket->disconnect(this);
    *pending = m_reader.takeBuffer() + m_socket->readAll();
    return m_socket;
}

void FakeE2bConnection::onReadyRead()
{
    if (m_tunnelled)
        return;
    m_reader.append(m_socket->readAll());
    if (m_busy)
        return;
    const HttpRequestReader::State state = m_reader.state();
    if (state == HttpRequestReader::State::Malformed) {
        respond(400, "text/plain; charset=utf-8", "Bad Request");
        m_socket->disconnectFromHost();
        return;
    }
    if (state == HttpRequestReader::State::NeedHead)
        return;
    if (!m_headSignalled) {
        m_headSignalled = true;
        emit headReceived(m_reader.head());
        if (!isOpen())
            return;
    }
    if (state != HttpRequestReader::State::Complete)
        return;
    m_busy = true;
    m_headSignalled = false;
    emit requestReceived(m_reader.take());
}

void FakeE2bConnection::finishAnswer()
{
    m_busy = false;
    emit answered(m_status);
    // A pipelined request waits in the buffer: read it on the next turn.
    QTimer::singleShot(0, this, &FakeE2bConnection::onReadyRead);
}
