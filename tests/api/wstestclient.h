// SPDX-License-Identifier: MIT
#pragma once

// WebSocket clients of the rooms' tests (docs/api.md, WebSocket rooms):
// QWebSocket with what it received, and a raw TCP client that speaks the
// protocol by hand, for what a real client would not do (never read, never
// answer a ping) and to see the handshake's HTTP answer as sent.

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketHandshakeOptions>
#include <QtEndian>

#include <memory>

inline QString webSocketUrl(const QString &httpUrl)
{
    QString url = httpUrl;
    url.replace(QStringLiteral("http://"), QStringLiteral("ws://"));
    return url + QStringLiteral("/api/v1/events");
}

// A QWebSocket and every message it got, with when it got it.
class RoomClient final : public QObject
{
public:
    enum class Token
    {
        Header,
        Subprotocol,
        None,
    };

    RoomClient()
    {
        QObject::connect(&socket, &QWebSocket::textMessageReceived, this, [this](const QString &text) {
            messages.append(QJsonDocument::fromJson(text.toUtf8()).object());
            receivedAt.append(QDateTime::currentDateTimeUtc());
        });
    }

    // Opens and waits for the 101; false when refused or closed.
    bool open(const QString &httpUrl, const QByteArray &token, Token how = Token::Header,
              const QByteArray &origin = {})
    {
        QNetworkRequest request{QUrl(webSocketUrl(httpUrl))};
        QWebSocketHandshakeOptions options;
        if (how == Token::Header)
            request.setRawHeader("Authorization", "Bearer " + token);
        else if (how == Token::Subprotocol)
            options.setSubprotocols({QString::fromLatin1("bearer." + token)});
        if (!origin.isEmpty())
            request.setRawHeader("Origin", origin);
        QSignalSpy connected(&socket, &QWebSocket::connected);
        QSignalSpy disconnected(&socket, &QWebSocket::disconnected);
        socket.open(request, options);
        (void)QTest::qWaitFor([&] { return !connected.isEmpty() || !disconnected.isEmpty(); }, 10000);
        return !connected.isEmpty() && socket.state() == QAbstractSocket::ConnectedState;
    }
    void send(const QJsonObject &message)
    {
        socket.sendTextMessage(QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact)));
    }
    // Waits until `count` messages arrived.
    bool waitFor(qsizetype count, int timeoutMs = 30000)
    {
        return QTest::qWaitFor([&] { return messages.size() >= count; }, timeoutMs);
    }
    // The first message from `from` on that `accept` takes, or -1.
    template <typename Accept> qsizetype waitUntil(Accept accept, int timeoutMs = 30000, qsizetype from = 0)
    {
        qsizetype found = -1;
        (void)QTest::qWaitFor(
            [&] {
                for (qsizetype i = from; i < messages.size() && found < 0; ++i) {
                    if (accept(messages.at(i)))
                        found = i;
                }
                return found >= 0;
            },
            timeoutMs);
        return found;
    }
    // The session messages (not acks, errors or gaps).
    QList<QJsonObject> events() const
    {
        QList<QJsonObject> out;
        for (const QJsonObject &m : messages) {
            if (m.value(u"type").toString().startsWith(u"session."))
                out.append(m);
        }
        return out;
    }

    QWebSocket socket;
    QList<QJsonObject> messages;
    QList<QDateTime> receivedAt;
};

// One frame from the server (never masked).
struct RawFrame
{
    int opcode = -1;
    QByteArray payload;
    quint16 closeCode() const { return payload.size() >= 2 ? qFromBigEndian<quint16>(payload.constData()) : 0; }
    QString closeReason() const { return QString::fromUtf8(payload.mid(2)); }
};

// The protocol by hand on a QTcpSocket.
class RawWebSocket final
{
public:
    // Sends the upgrade request; `headers` are added as given.
    void connectTo(const QString &httpUrl, const QList<QByteArray> &headers)
    {
        const QUrl url(httpUrl);
        socket.connectToHost(url.host(), quint16(url.port()));
        socket.waitForConnected(5000);
        QByteArray request = "GET /api/v1/events HTTP/1.1\r\nHost: " + url.authority().toLatin1()
                             + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                               "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n";
        for (const QByteArray &header : headers)
            request += header + "\r\n";
        socket.write(request + "\r\n");
    }
    // The HTTP answer's head; what follows it stays in the buffer.
    QByteArray readHead(int timeoutMs = 10000)
    {
        (void)QTest::qWaitFor(
            [&] {
                m_buffer += socket.readAll();
                return m_buffer.contains("\r\n\r\n") || socket.state() != QAbstractSocket::ConnectedState;
            },
            timeoutMs);
        const qsizetype end = m_buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return m_buffer;
        const QByteArray head = m_buffer.left(end);
        m_buffer.remove(0, end + 4);
        return head;
    }
    // The body that came after the head (a refusal's JSON), as far as read.
    QByteArray rest()
    {
        (void)QTest::qWaitFor([&] { return socket.state() != QAbstractSocket::ConnectedState; }, 5000);
        m_buffer += socket.readAll();
        return m_buffer;
    }
    void sendText(const QByteArray &text) { sendFrame(0x1, text); }
    void sendFrame(int opcode, const QByteArray &payload)
    {
        QByteArray frame;
        frame.append(char(0x80 | opcode));
        if (payload.size() < 126) {
            frame.append(char(0x80 | payload.size()));
        } else {
            frame.append(char(0x80 | 126));
            frame.append(char(payload.size() >> 8)).append(char(payload.size() & 0xff));
        }
        const quint32 key = QRandomGenerator::global()->generate();
        char mask[4];
        qToBigEndian(key, mask);
        frame.append(mask, 4);
        for (qsizetype i = 0; i < payload.size(); ++i)
            frame.append(char(payload.at(i) ^ mask[i % 4]));
        socket.write(frame);
    }
    // The next whole frame, or opcode -1 when none came in time.
    RawFrame nextFrame(int timeoutMs = 10000)
    {
        RawFrame frame;
        (void)QTest::qWaitFor(
            [&] {
                m_buffer += socket.readAll();
                return takeFrame(&frame) || socket.state() != QAbstractSocket::ConnectedState;
            },
            timeoutMs);
        if (frame.opcode < 0)
            takeFrame(&frame);
        return frame;
    }

    QTcpSocket socket;

private:
    bool takeFrame(RawFrame *frame)
    {
        if (m_buffer.size() < 2)
            return false;
        qint64 length = quint8(m_buffer.at(1)) & 0x7f;
        qsizetype at = 2;
        if (length == 126) {
            if (m_buffer.size() < 4)
                return false;
            length = qFromBigEndian<quint16>(m_buffer.constData() + 2);
            at = 4;
        } else if (length == 127) {
            if (m_buffer.size() < 10)
                return false;
            length = qint64(qFromBigEndian<quint64>(m_buffer.constData() + 2));
            at = 10;
        }
        if (m_buffer.size() < at + length)
            return false;
        frame->opcode = quint8(m_buffer.at(0)) & 0x0f;
        frame->payload = m_buffer.mid(at, length);
        m_buffer.remove(0, at + length);
        return true;
    }

    QByteArray m_buffer;
};
