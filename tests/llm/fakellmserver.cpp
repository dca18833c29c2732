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
    connection.reader.append(socket->readAll());
    if (connection.busy || connection.reader.state() != HttpRequestReader::State::Complete)
        return;
    const Request request = connection.reader.take();
    connection.busy = true;
    if (m_answerCountTokens && request.path().endsWith("/messages/count_tokens")) {
        m_countRequests.append(request);
        answer(socket, json(200, R"({"input_tokens":)" + QByteArray::number(request.body.size() / 4) + "}"));
        return;
    }
    const QByteArray path = request.path();
    if (m_answerProbes && (path.endsWith("/api/version") || path.endsWith("/api/v0/models") || path.endsWith("/props"))) {
        m_probeRequests.append(request);
        answer(socket, json(404, R"({"error":{"message":"File Not Found","type":"not_found_error","code":404}})"));
        return;
    }
    m_requests.append(request);
    emit requestReceived();

    if (m_script.isEmpty() && m_responder) {
        answer(socket, m_responder(request));
        return;
    }
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
    QTimer::singleShot(response.pieceIntervalMs, socket,
                       [this, socket, response, index] { writePiece(socket, response, index + 1); });
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
    onReadyRead(socket);  // a pipelined request may wait
}
