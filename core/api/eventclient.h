// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QWebSocketProtocol>

#include <chrono>
#include <memory>

class ChangeFeed;
class QTimer;
class QWebSocket;
struct RoomCommand;
struct SessionChange;

// One WebSocket client of the rooms (docs/api.md, WebSocket rooms): the
// rooms it follows, each with its cursor (the `*` room's feed id, a
// session's seq); a subscription with `after` reads the store first, in
// pages paced by what the client has read, then takes the live changes, so
// nothing is missed or sent twice. A client whose unread bytes pass the
// limit, or that does not answer a ping, is closed: the host never holds
// more than the limit for it.
class EventClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventClient)

public:
    struct Limits
    {
        std::chrono::milliseconds pingInterval{30000};  // also how long a pong may take
        qint64 queueBytes = 1024 * 1024;
    };
    // How many sessions one connection may follow by id.
    static constexpr int MaxRooms = 1000;
    // Changes read from the store at a time during catch-up.
    static constexpr int PageSize = 100;

    EventClient(std::unique_ptr<QWebSocket> socket, ChangeFeed *feed, const Limits &limits,
                QObject *parent = nullptr);
    ~EventClient() override;

    // A live change of the feed, in id order, with its message as
    // EventMessage encodes it (the hub encodes it once for every client).
    void deliver(const SessionChange &change, const QString &message);
    // Closes with a close frame, and drops the connection if the client
    // does not complete the close soon (it may not be reading at all).
    void shut(QWebSocketProtocol::CloseCode code, const QString &reason);
    bool isClosing() const { return m_closing; }
    QWebSocket *socket() const { return m_socket.get(); }

signals:
    // The connection is gone; emitted once.
    void finished();

private:
    struct Room
    {
        qint64 cursor = -1;  // the last id (`*`) or seq sent; -1: from the next change on
        bool catchingUp = false;
    };

    void onMessage(const QString &text);
    void subscribe(const RoomCommand &command);
    void unsubscribe(const RoomCommand &command);
    // Sends what catching-up rooms still miss, while the client keeps up.
    void pump();
    void send(const QJsonObject &message);
    void onPingTimer();
    void finish();

    std::unique_ptr<QWebSocket> m_socket;
    ChangeFeed *m_feed;
    Limits m_limits;
    QHash<QString, Room> m_rooms;  // "*" or session ids
    QTimer *m_ping;
    QTimer *m_grace;
    bool m_awaitingPong = false;
    bool m_closing = false;
    bool m_finished = false;
    bool m_pumping = false;
};
