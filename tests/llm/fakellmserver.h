// SPDX-License-Identifier: MIT
#pragma once

#include "httprequestreader.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QTcpServer>
#include <QUrl>

#include <functional>

class QTcpSocket;

// A scripted HTTP/1.1 server on 127.0.0.1 written on a raw QTcpServer, so a
// test decides every byte: the status line and headers, chunked or
// close-delimited bodies, where the body is split, and whether the
// connection ends cleanly, drops or goes silent. Each request takes the next
// scripted response, in order; keep-alive is honoured like a real server.
// With the script empty, a responder (if set) computes the answer from the
// request, as a server that reads the body does (FakeAnthropicCache).
class FakeLlmServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeLlmServer)

public:
    enum class Framing
    {
        Chunked,         // Transfer-Encoding: chunked, one chunk per piece
        ContentLength,   // the whole body at once, Content-Length set
        CloseDelimited,  // no length: the body ends when the connection closes
    };
    enum class Ending
    {
        Complete,  // the body ends properly
        Drop,      // the connection closes in the middle of the body
        Hang,      // nothing more is sent, the connection stays open
    };

    struct Response
    {
        QByteArray head;  // status line and headers, CRLF-terminated, no blank line
        QList<QByteArray> pieces;
        Framing framing = Framing::Chunked;
        Ending ending = Ending::Complete;
        // Between pieces: a slow model is one that writes for seconds.
        int pieceIntervalMs = 1;
    };

    using Request = HttpRequest;

    explicit FakeLlmServer(QObject *parent = nullptr);
    ~FakeLlmServer() override;

    QUrl url(const QString &path = {}) const;
    quint16 port() const { return m_server.serverPort(); }

    void enqueue(const Response &response);
    // Answers every request that finds the script empty.
    void setResponder(std::function<Response(const Request &)> responder) { m_responder = std::move(responder); }
    const QList<Request> &requests() const { return m_requests; }
    // Anthropic's POST /v1/messages/count_tokens is answered on its own
    // ({"input_tokens": body bytes / 4}), outside the script and requests(),
    // so flows that count first (SpawnLaunch, the new-app form) keep their
    // scripts; off, a count takes the next scripted response like any request.
    void setAnswerCountTokens(bool answer) { m_answerCountTokens = answer; }
    const QList<Request> &countRequests() const { return m_countRequests; }
    // The questions OpenAiClient asks a server before its first generation
    // (GET /api/version, /api/v0/models, /props) are answered 404 on their
    // own, outside the script and requests(), as a plain OpenAI-compatible
    // server answers them; off, they take the next scripted response or the
    // responder like any request (the local server tests).
    void setAnswerProbes(bool answer) { m_answerProbes = answer; }
    const QList<Request> &probeRequests() const { return m_probeRequests; }
    int openConnections() const { return int(m_sockets.size()); }

    // A 200 text/event-stream answer as Anthropic sends it, each event a piece.
    static Response sse(const QList<QByteArray> &events, Ending ending = Ending::Complete,
                        const QByteArray &extraHeaders = {});
    // A JSON answer with Content-Length, e.g. an error body.
    static Response json(int status, const QByteArray &body, const QByteArray &extraHeaders = {});

signals:
    void requestReceived();

private:
    struct Connection
    {
        HttpRequestReader reader;
        bool busy = false;
    };

    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void answer(QTcpSocket *socket, const Response &response);
    void writePiece(QTcpSocket *socket, const Response &response, int index);
    void endResponse(QTcpSocket *socket, const Response &response);

    QTcpServer m_server;
    QHash<QTcpSocket *, Connection> m_sockets;
    QList<Response> m_script;
    std::function<Response(const Request &)> m_responder;
    QList<Request> m_requests;
    QList<Request> m_countRequests;
    QList<Request> m_probeRequests;
    bool m_answerCountTokens = true;
    bool m_answerProbes = true;
};
