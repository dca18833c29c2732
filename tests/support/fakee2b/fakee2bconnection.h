// SPDX-License-Identifier: MIT
#pragma once

#include "httprequestreader.h"

#include <QObject>

#include <functional>

class QTcpSocket;

// One client connection of the fake E2B server: cuts requests out of the
// stream and writes answers with HTTP/1.1 keep-alive. A request is answered
// before the next pipelined one is read. The socket can be handed over to a
// tunnel (the port proxy), after which this object only relays nothing.
class FakeE2bConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeE2bConnection)

public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    explicit FakeE2bConnection(QTcpSocket *socket, QObject *parent = nullptr);
    ~FakeE2bConnection() override;

    bool isOpen() const;
    // A whole answer with Content-Length.
    void respond(int status, const QByteArray &contentType, const QByteArray &body, const Headers &headers = {});
    // A chunked answer, written piece by piece; every chunk is flushed.
    void beginStream(int status, const QByteArray &contentType, const Headers &headers = {});
    void writeChunk(const QByteArray &data);
    void endStream();
    // Closes at once, mid-request or mid-answer, without a proper end.
    void drop();
    // Stops reading requests; the caller now owns the socket's bytes.
    QTcpSocket *takeSocket(QByteArray *pending);

    static QByteArray reasonPhrase(int status);

signals:
    // The head of a request arrived; its body may still be in flight.
    void headReceived(const HttpRequest &head);
    void requestReceived(const HttpRequest &request);
    // The answer to the current request was written to its end (`status`).
    void answered(int status);
    void closed();

private:
    void onReadyRead();
    void finishAnswer();

    QTcpSocket *m_socket;
    HttpRequestReader m_reader;
    int m_status = 0;
    bool m_busy = false;
    bool m_headSignalled = false;
    bool m_tunnelled = false;
};
