// SPDX-License-Identifier: MIT
#include "fakellmserver.h"

#include <QTcpSocket>
#include <QTimer>

namespace {
QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 413: return "Payload Too Large";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 503: return "Service Unavailable";
    case 529: return "Site Overloaded";
    default: return "Status";
    }
}
} // namespace

QByteArray FakeLlmServer::Request::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool FakeLlmServer::Request::hasHeader(const QByteArray &name) const
{
    for (const auto &pair : headers) {
        if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

FakeLlmServer::FakeLlmServer(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &FakeLlmServer::onNewConnection);
    m_server.listen(QHostAddress::LocalHost, 0);
}

FakeLlmServer::~FakeLlmServer()
{
    const QList<QTcpSocket *> sockets = m_sockets.keys();
    for (QTcpSocket *socket : sockets) {
        socket->disconnect(this);
        socket->abort();
        delete socket;
    }
}

QUrl FakeLlmServer::url(const QString &path) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path));
}

void FakeLlmServer::enqueue(const Response &response)
{
    m_script.append(response);
}

FakeLlmServer::Response FakeLlmServer::sse(const QList<QByteArray> &events, Ending ending, const QByteArray &extraHeaders)
{
    Response response;
    response.head = "HTTP/1.1 200 OK\r\n"
                    "Date: Tue, 24 Nov 2026 10:00:00 GMT\r\n"
                    "Content-Type: text/event-stream; charset=utf-8\r\n"
                    "Transfer-Encoding: chunked\r\n"
                    "Connection: keep-alive\r\n"
                    "Cache-Control: no-cache\r\n"
                    "request-id: req_011CVtestStream\r\n"
                    "anthropic-organization-id: 00000000-0000-0000-0000-000000000000\r\n"
                    "x-robots-tag: none\r\n"
                  + extraHeaders;
    response.pieces = events;
    response.ending = ending;
    return response;
}

FakeLlmServer::Response FakeLlmServer::json(int status, const QByteArray &body, const QByteArray &extraHeaders)
{
    Response response;
    response.head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n"
                    "Date: Tue, 24 Nov 2026 10:00:00 GMT\r\n"
                    "Content-Type: application/json\r\n"
                    "Connection: keep-alive\r\n"
                    "request-id: req_011CVtestJson\r\n"
                  + extraHeaders;
    response.pieces = {body};
    response.framing = Framing::ContentLength;
    return response;
}

void FakeLlmServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        socket->setParent(nullptr);
        m_sockets.insert(socket, {});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_sockets.remove(socket);
            socket->deleteLater();
        });
    }
}

void FakeLlmServer::onReadyRead(QTcpSocket *socket)
{
    Connection &connection = m_sockets[socket];
    connection.buffer.append(socket->readAll());
    if (connection.busy)
        return;
    const qsizetype headEnd = connection.buffer.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return;
    Request request;
    const QList<QByteArray> lines = connection.buffer.first(headEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    request.method = requestLine.value(0);
    request.target = requestLine.value(1);
    qsizetype contentLength = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        request.headers.append({line.first(colon).trimmed(), line.sliced(colon + 1).trimmed()});
        if (line.first(colon).trimmed().compare("content-length", Qt::CaseInsensitive) == 0)
            contentLength = line.sliced(colon + 1).trimmed().toLongLong();
    }
    const qsizetype total = headEnd + 4 + contentLength;
    if (connection.buffer.size() < total)
        return;
    request.raw = connection.buffer.first(total);
    request.body = connection.buffer.sliced(headEnd + 4, contentLength);
    connection.buffer.remove(0, total);
    connection.busy = true;
    m_requests.append(request);
    emit requestReceived();

    if (m_script.isEmpty()) {
        answer(socket, json(500, R"({"type":"error","error":{"type":"api_error","message":"no scripted response"}})"));
        return;
    }
    answer(socket, m_script.takeFirst());
}

void FakeLlmServer::answer(QTcpSocket *socket, const Response &response)
{
    QByteArray head = response.head;
    if (response.framing == Framing::ContentLength) {
        qsizetype length = 0;
        for (const QByteArray &piece : response.pieces)
            length += piece.size();
        head += "Content-Length: " + QByteArray::number(length) + "\r\n";
    }
    socket->write(head + "\r\n");
    socket->flush();
    writePiece(socket, response, 0);
}

// Pieces go out one event-loop turn apart, so the client really receives
// them in separate reads.
void FakeLlmServer::writePiece(QTcpSocket *socket, const Response &response, int index)
{
    if (!m_sockets.contains(socket))
        return;
    if (index >= response.pieces.size()) {
        endResponse(socket, response);
        return;
    }
    const QByteArray &piece = response.pieces[index];
    if (response.framing == Framing::Chunked)
        socket->write(QByteArray::number(piece.size(), 16) + "\r\n" + piece + "\r\n");
    else
        socket->write(piece);
    socket->flush();
    QTimer::singleShot(1, socket, [this, socket, response, index] { writePiece(socket, response, index + 1); });
}

void FakeLlmServer::endResponse(QTcpSocket *socket, const Response &response)
{
    switch (response.ending) {
    case Ending::Hang:
        return;
    case Ending::Drop:
        socket->disconnectFromHost();
        return;
    case Ending::Complete:
        break;
    }
    if (response.framing == Framing::Chunked)
        socket->write("0\r\n\r\n");
    if (response.framing == Framing::CloseDelimited) {
        socket->disconnectFromHost();
        return;
    }
    socket->flush();
    m_sockets[socket].busy = false;
    if (!m_sockets[socket].buffer.isEmpty())  // a pipelined request waits
        onReadyRead(socket);
}
